"""Half-space (ZWNJ, U+200C) restoration for Persian text.

Persian writes a ZWNJ between some morphemes of one word: after the verb
prefixes می/نمی, before the plural ها and the comparative تر/ترین, before the
clitics ای/ام/اند... after ه or ی, and inside compounds (شهادت‌طلبی). News
arrives with a space in its place (``می زنیم``) or with nothing (``میزنیم``).

Each word is analysed as prefix + stem + suffixes, or as a compound, and the
analyses are scored with the word frequencies of the lexicon in
``models/zwnj/`` (built from hazm's MIT-licensed data by
``models/build/build_zwnj_lexicon.py``); the best one says where half-spaces
go. Two words separated by one space become one word only when an analysis of
the pair puts a prefix, suffix or compound boundary exactly at the space.
A participle that heads many compounds (شده، زده) joins the word before it
when a noun follows (اعلام‌شده نتایج), not before a verb (اعلام شده است).
Half-spaces already written constrain the analysis, which keeps the result
stable: restoring twice changes nothing more.

A compound written joined is parted only in a text that has lost its
half-spaces: one that writes its half-spaces (with ZWNJ, or spaced affixes
such as ``می زنیم``) more often than it writes affixes joined keeps its joined
compounds (همزمان) as written. A final ۀ (the ezafe) is analysed as ه.
"""

from persianews.text.zwnj.restoration import half_space_edits, restore

__all__ = ["half_space_edits", "restore"]

"""Words found mostly right after a given name or an honorific in unlabeled news (``models/person_words.tsv``):
surnames, a feature kind of the entity tagger.

A surname standing alone («لاریجانی گفت») has no given name beside it; how often
the same word follows one elsewhere in the corpora tells the tagger it is a
name. The table is read on first use.
"""

from __future__ import annotations

import functools

from persianews.resources import data_rows

#: The table's file in ``models/`` (built by ``models/build/ner/person_words.py``).
PERSON_WORDS_FILE = "person_words.tsv"
#: The share bounds of the feature's buckets, highest first.
_BUCKETS = ((0.75, "3"), (0.5, "2"), (0.0, "1"))


@functools.cache
def _table() -> dict[str, str]:
    return {row[0]: next(name for bound, name in _BUCKETS if float(row[1]) >= bound)
            for row in data_rows(PERSON_WORDS_FILE)}


def person_word_bucket(word: str) -> str | None:
    """How often a token key without its separate-word markers follows a given name or an honorific in the
    corpora, as a bucket (``3``: three quarters of its occurrences or more, ``2``: half, ``1``: a quarter),
    or None for a word not in the table."""
    return _table().get(word)

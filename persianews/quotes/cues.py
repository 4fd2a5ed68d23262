"""The cue lexicon (``models/cues.tsv``), loaded once, and a linear-time cue finder.

Forms are looked up by a folded key: spaces and ZWNJs removed and hamza
letters made plain, so ``یادآور شد`` = ``یادآورشد``, ``خاطرنشان`` = ``خاطر نشان``,
``تأکید`` = ``تاکید`` and a stray ZWNJ inside a word (``برش‌مرد``) is ignored.
The finder scans the text once for the letters of some form (a C regex of
the keys as a trie, ``re``) and tries, only at the words found there, the
longest run of words that is a form, extending a run only while it is the
prefix of some form (linear time).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterator

import attrs
import regex

from persianews.quotes.cue_patterns import alternation, trie_alternation
from persianews.quotes.naming import NAMING, naming_frame
from persianews.quotes.tense import FUTURE
from persianews.text.key_scan import KeyScanner, inside_letters, key_scanner
from persianews.records import Span, trusted_span
from persianews.resources import data_rows
from persianews.text.bounded_cache import memoized
from persianews.text.fold import CharacterFold
from persianews.text.reach import REACH

ZWNJ = "\u200c"
_PLAIN_LETTERS = {"أ": "ا", "آ": "ا", "ؤ": "و", "ئ": "ی", "ي": "ی", "ك": "ک", "ۀ": "ه"}
_PLAIN = CharacterFold(_PLAIN_LETTERS)
_FOLD = CharacterFold({**_PLAIN_LETTERS, " ": None, ZWNJ: None})
_WORD = regex.compile(r"[\p{L}\p{M}\u200c]+")
_PREVIOUS_WORD = regex.compile(_WORD.pattern, regex.REVERSE)
_LETTER = r"\p{L}\p{M}"
_PHRASE_PATTERNS = frozenset({"according", "noun"})
"""Patterns matched by their own regexes rather than looked up word by word."""
_NOUN_OBJECTS = ("امیدواری", "نگرانی", "خرسندی", "تأسف", "ناراحتی", "رضایت", "نظر")
"""The noun of «با ابراز امیدواری از اینکه …» after the reporting noun."""
_THAT_NOUNS = ("نکته", "مطلب", "موضوع", "مسئله", "مساله", "مسأله", "ادعا")
"""«با اشاره به این نکته که …», «با طرح این ادعا که …»: a noun before «که» that stands for the clause (after a
reporting noun, «این ادعا» is the subject's own claim: 5 of 5 in news-dev-2, news-dev and telegram-dev)."""
_MODALS = frozenset({"باید", "نباید", "میتوان", "نمیتوان", "توان", "بتوان", "نتوان", "میبایست", "بایستی"})
"""Modals of an impersonal verb: «می‌توان گفت …», «باید خاطرنشان کرد …» (one can say, one must note) report no
one's statement (139 such cues in news-dev-2 and news-dev, 25 of 25 read were the writer's own words)."""
_AUXILIARIES = FUTURE | _MODALS
"""Modals and the auxiliaries of the future (:data:`~persianews.quotes.tense.FUTURE`): «خواهد گفت» reports nothing
said yet."""


@memoized()
def fold_form(text: str) -> str:
    """A form's lookup key: no spaces or ZWNJs, plain alef, waw and yeh (cached by the text: the rules fold
    the same words again and again, and a hit is one dict look-up with no Python frame)."""
    return _FOLD(text)


@attrs.frozen
class CueMatch:
    """A cue found in the text: its span (a glued «و» left out) and the patterns it can start."""

    span: Span
    patterns: frozenset[str]
    kind: str

    @property
    def start(self) -> int:
        """Where the cue starts in the text."""
        return self.span.start

    @property
    def end(self) -> int:
        """Where the cue ends in the text."""
        return self.span.end


@attrs.frozen
class CueLexicon:
    """Cue forms by folded key, the closers of discontinuous cues, speaker heads and labels."""

    forms: dict[str, tuple[frozenset[str], str]]
    """Folded form → (patterns, kind)."""
    gated: frozenset[str]
    """Folded forms that are cues only right before «که» or a colon (``گفته``, ``گفتن``)."""
    prefixes: frozenset[str]
    """Every prefix of a folded form: a run of words is extended only while it is one."""
    starts: KeyScanner
    """Where the letters of some form's key may start (:mod:`persianews.text.key_scan`)."""
    closer: regex.Pattern
    """The second half of a discontinuous cue (``… شد``)."""
    according: regex.Pattern
    """``به گفته`` and the like; group ``cue``."""
    according_starts: re.Pattern[str]
    """Where an ``according`` match may start: see :func:`finditer_from`."""
    noun: regex.Pattern
    """``با/ضمن NOUN (بر/به) اینکه``; group ``cue`` is the noun, the match ends before the clause. «با» may be glued to
    the noun («بابیان اینکه»: 12 in news-dev-2, news-dev and telegram-dev). The preposition may be glued to «اینکه»
    («با تاکید براینکه», «با اشاره به‌اینکه»: 5 in news-dev-2 and news-dev, lines ≢ 3 mod 4, all 5 a participial
    clause that no rule found)."""
    noun_starts: re.Pattern[str]
    """Where a ``noun`` match may start: see :func:`finditer_from`."""
    heads: frozenset[str]
    """Folded words that open a speaker phrase: the cue lexicon's heads and the one-word role words of
    ``title_heads.tsv`` (every spelling: مسئول، مسؤول، مسوول)."""
    role_openers: frozenset[str]
    """The first word of every role word of ``title_heads.tsv`` (رئیس، نایب، قائم، خطیب …), folded: not the cue
    lexicon's heads of groups and media."""
    title_openers: frozenset[str]
    """``heads`` and ``role_openers``: the words a title written after a name may open with."""
    labels: frozenset[str]
    honorifics: frozenset[str]
    media: frozenset[str]
    """Words for a post (``پست``, ``توییت``) that stand before its owner in a speaker line."""

    def patterns_of(self, key: str) -> frozenset[str]:
        """The patterns (``say``, ``ask``, ``first`` …) of the cue form whose key (:func:`fold_form`) is ``key``;
        none when no form has it."""
        entry = self.forms.get(key)
        return frozenset() if entry is None else entry[0]

    def find(self, text: str) -> tuple[CueMatch, ...]:
        """Every cue in ``text``, left to right, longest first, not overlapping.

        The hamza letters are made plain in the whole text (one to one); one C scan (:attr:`starts`) finds
        where the letters of a form may start, and only the words there are read. Linear in the text."""
        text = _PLAIN(text)
        padded = " " + text  # see :attr:`starts`: a match at ``i`` there is a key at ``i`` in ``text``
        out = []
        position = 0
        for found in self.starts.starts(padded):
            if found < position:
                continue  # inside the last cue
            word = _word_start(text, found)
            match = self._form_at(text, word, 0) or self._form_at(text, word, 1)
            if match is None:
                continue
            cue, position = match
            previous = _PREVIOUS_WORD.search(text, 0, word)
            if previous is None or previous.group().replace(ZWNJ, "") not in _AUXILIARIES:
                out.append(cue)
        return tuple(out)

    def _form_at(self, text: str, word: int, glued: int) -> tuple[CueMatch, int] | None:
        """The longest form whose words start at ``word`` (after a glued «و» when ``glued``), with the end
        of its last word; None when ``word`` starts no word (a letter before it)."""
        words = _WORD.finditer(text, max(0, word - 1), word + REACH)  # from the letter before: is it one?
        first = next(words, None)
        if first is None or first.start() != word:
            return None
        key, start, end = first.group().replace(ZWNJ, ""), word, first.end()
        if glued:
            if not (key.startswith("و") and end - word > 1):
                return None
            key, start = key[1:], text.index("و", word) + 1  # after the «و» (and a ZWNJ before it)
        best = None
        while key in self.prefixes:
            if key in self.forms and not _is_dialogue(text, end, key) \
                    and (key not in self.gated or _gate_open(text, start, end, self.forms[key][0])):
                best = (CueMatch(trusted_span(start, end), *self.forms[key]), end)
            following = next(words, None)
            if following is None or text[end:following.start()].strip(" \u200c"):
                break
            key += following.group().replace(ZWNJ, "")
            end = following.end()
        return best


def finditer_from(pattern: regex.Pattern, starts: re.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, tried only where ``starts`` finds a match start: ``starts`` is ``pattern``
    without its look-arounds (a ``re`` pattern that matches wherever ``pattern`` does), which ``re`` finds in
    C, where ``regex`` tries a pattern that opens with a look-behind at every position of the text."""
    position = 0
    while (start := starts.search(text, position)) is not None:
        match = pattern.match(text, start.start())
        if match is None:
            position = start.start() + 1
        else:
            yield match
            position = match.end()


def _word_start(text: str, position: int) -> int:
    """Where the word whose letters ``position`` may continue starts: back over ZWNJs, a glued «و» and
    ZWNJs before it."""
    while position and text[position - 1] == ZWNJ:
        position -= 1
    if position and text[position - 1] == "و":
        position -= 1
        while position and text[position - 1] == ZWNJ:
            position -= 1
    return position


_GATE = regex.compile(rf"[ \u200c]*+(?::|که(?![{_LETTER}]|\u200c[{_LETTER}])|،?[ \u200c]*«(?=[^»\n]*\s[^»\n]*\s))")
"""What must follow a gated form: a colon, «که» as a word of its own, or the «« of words said, three words
at least (``وزیر گفته «…»``, ``ایسنا نوشته «…»``; rule ``cue:direct-guillemets``: 18 firings in telegram-dev,
17 reports); what is written on a thing is a word or two (``رویش نوشته «سوهانک»``)."""
_CONJOINED = regex.compile(rf"[{_LETTER}]ه[ \u200c]+و[ \u200c]+$")
"""Before a gated form: a participle and «و» («… خبر داده و گفته …»), a conjoined verb of the same wire."""
_PASSIVE = regex.compile(rf"[ \u200c]*+(?:شد|شده|شود|می[ \u200c]?شود|نشد|نشده)(?![{_LETTER}])")
"""After a gated form: the passive («گفته شده که …»), no one's statement."""
_NOUN_BEFORE = frozenset({"این", "آن", "همین", "همان", "هر", "در", "به", "از", "با", "بر", "طبق", "ارزش", "واقعیت"})
"""Words before which a gated form is a noun: «در این نوشته که …», «به گفته …», «ارزش افزوده که …»."""


def _gate_open(text: str, start: int, end: int, patterns: frozenset[str]) -> bool:
    """Whether the gated form at ``[start, end)`` (a cue of ``patterns``) is a verb: a colon or «که» follows and
    no demonstrative or preposition stands before it; or it follows a participle and «و» and is no passive; or it
    is the participle with a comma after it (:func:`_reports_before_comma`) or a bare clause
    (:func:`reports_bare_clause`). The colloquial «میگن» is a report only after a group (:func:`plural_before`)."""
    if text[start:end].replace(ZWNJ, "").replace(" ", "") == _COLLOQUIAL_PLURAL:
        return plural_before(text, start) is not None
    if patterns == _GATED_JUDGING:
        return _JUDGING_GATE.match(text, end, end + REACH) is not None
    if NAMING in patterns:
        return naming_frame(text, max(0, start - _AS_REACH), start, end) is not None
    if _GATE.match(text, end, end + REACH) is None:
        if _COMMA_GATE.match(text, end, end + REACH) is not None and _reports_before_comma(text, start, end):
            return True
        if reports_bare_clause(text, start, end, patterns):
            return True
        return _CONJOINED.search(text, max(0, start - 40), start) is not None \
            and _PASSIVE.match(text, end, end + 12) is None
    previous = _PREVIOUS_WORD.search(text, max(0, start - REACH), start)
    return previous is None or bool(text[previous.end():start].strip(" \u200c")) \
        or previous.group().replace(ZWNJ, "") not in _NOUN_BEFORE


_GATED_JUDGING = frozenset({"deem", "gated"})
"""The patterns of a bare participle of judging («دانسته», «خوانده»: models/build/build_cues.py ``BARE_JUDGING``)."""
_JUDGING_GATE = regex.compile(rf"[ \u200c]*+(?:و(?![{_LETTER}\u200c])|[،؛.!؟\n]|$)")
"""What follows a bare participle of judging that is a verb: «و» as a word, a comma, the sentence's end (not an
auxiliary: «خوانده می‌شوند», «خوانده بودم», «خوانده خواهد شد»)."""
_AS_REACH = 300
"""How far back from a verb of naming its frame «از X به عنوان Y» is looked for."""
_COLLOQUIAL_PLURAL = "میگن"
_GROUP = regex.compile(r"(?:ها|های|ان|ات)$")
"""The end of a plural subject: «کاربران», «ایرانی‌ها», «مقامات»."""
_NOT_A_GROUP = frozenset({"الان", "میان", "ها", "اینها", "آنها", "اونها", "همینها", "همانها", "همونها", "بارها",
                          "سالها", "ماهها", "روزها", "مدتها", "قرنها", "ساعتها", "خودشان", "خودمان", "خودتان"})
"""Words that end like a plural but name no group: an adverb, a verb, a pronoun («الان میگن», «اینها میگن»,
«بارها گفته بودند», «رهبری خودشان می‌فرمودند»)."""
_BEFORE_NO_SUBJECT = frozenset({"در", "به", "از", "با", "توی", "تو", "بیرون", "برای", "که"})
"""Before a plural, words that make it no subject: a preposition («در پیام‌ها میگن», «به مذاکرات میگن») or
«که» of a relative clause («چیزی که کاربران میگن»)."""


ALSO = frozenset({"هم", "نیز"})
"""«هم» and «نیز» («also»): one may stand between a subject and its verb («کاربران هم میگن»)."""


def plural_in_an(word: str) -> bool:
    """Whether a word in «ان» is a plural: not itself a dictionary word (زمان، ایران، خیابان) but a dictionary
    noun's plural (کاربران، دانشجویان، نمایندگان), or a plural role word of title_plurals.txt (مسئولان)."""
    from persianews.entities import words  # the dictionary, loaded on first use

    if words.in_dictionary(word):
        return word in _title_plurals()
    stems = [word[:-2], word[:-3] if word.endswith("یان") else "", word[:-3] + "ه" if word.endswith("گان") else ""]
    return word in _title_plurals() or any(stem and words.in_dictionary(stem) for stem in stems)


@functools.cache
def _title_plurals() -> frozenset[str]:
    return frozenset(row[0].replace(ZWNJ, "") for row in data_rows("title_plurals.txt"))


def plural_before(text: str, start: int) -> Span | None:
    """The plural subject right before a verb at ``start``, with the quantifier of a part before it («برخی از
    نمایندگان», «برخی کارشناسان»), or None: «کاربران میگن …», «گزارش‌ها میگن که …»; not an adverb, a pronoun,
    nor the object of a preposition, nor a singular in «ان» (زمان). One «هم» / «نیز» may stand between
    («کاربران هم میگن»). The colloquial «میگن» (``cue:indirect-stance`` as usual) is a report only after one: alone
    it is impersonal («they say»). Of 131 «میگن» in telegram-dev 12 so open (all 12 read: 11 with their speaker,
    one a relative clause). A plural after «از» is a subject only after a quantifier of a part
    (:func:`_partitive_before`)."""
    previous = _PREVIOUS_WORD.search(text, max(0, start - REACH), start)
    if previous is not None and previous.group() in ALSO and not text[previous.end():start].strip(" \u200c"):
        start = previous.start()  # «کاربران هم میگن»
        previous = _PREVIOUS_WORD.search(text, max(0, start - REACH), start)
    if previous is None or text[previous.end():start].strip(" \u200c"):
        return None
    word = previous.group().replace(ZWNJ, "")  # «تازه‌ای», «بیانیه‌ای» end in «ای», not «های»
    if _GROUP.search(previous.group()) is None or word in _NOT_A_GROUP \
            or word.endswith("ان") and not plural_in_an(word):
        return None
    span = Span(previous.start(), previous.end())
    before = _PREVIOUS_WORD.search(text, max(0, previous.start() - REACH), previous.start())
    if before is None or text[before.end():previous.start()].strip(" \u200c"):
        return span
    if before.group() == "از":
        partitive = _partitive_before(text, before.start())
        return Span(partitive, span.end) if partitive is not None else None
    if before.group().replace(ZWNJ, "") in _PARTITIVES:
        return Span(before.start(), span.end)  # «برخی کارشناسان»
    return span if before.group().replace(ZWNJ, "") not in _BEFORE_NO_SUBJECT else None


def _partitive_before(text: str, start: int) -> int | None:
    """Where a quantifier of a part stands right before the «از» at ``start`` (None if none does): «تعدادی از
    کاربران میگن …», «برخی از نمایندگان میگن …» name a group of speakers (the plural is no preposition's object there). In
    telegram-dev, news-dev-2 and news-dev 3 «میگن» so follow a plural, all 3 a report of the group."""
    previous = _PREVIOUS_WORD.search(text, max(0, start - REACH), start)
    if previous is None or text[previous.end():start].strip(" \u200c") \
            or previous.group().replace(ZWNJ, "") not in _PARTITIVES:
        return None
    return previous.start()


_PARTITIVES = frozenset(w.replace(ZWNJ, "") for w in
                        "تعدادی برخی بسیاری بعضی عده‌ای شماری گروهی بخشی جمعی اکثر اکثریت بیشتر اغلب خیلی".split())
"""Quantifiers of a part before «از» and a plural: a group («یکی از» is one person, not a plural's subject)."""


def _reports_before_comma(text: str, start: int, end: int) -> bool:
    """«سناتور … گفته، …», «آن طور که وزیر گفته، …»: the participle «گفته» and a comma (or «؛») report the clause
    after it (the journalists' perfect without «است»), unless a preposition or demonstrative makes it a
    noun, it closes a compound verb («تسلیت گفته،», «دروغ گفته،»), «نه … نه» lists it («نه قرآن گفته، نه
    …») or it ends a relative clause on a noun («در نامه‌ای که … گفته، …»). Reads at most
    ``_COMMA_GATE_CLAUSE`` characters before the participle."""
    if text[start:end].replace(ZWNJ, "") != "گفته":
        return False
    floor = max(0, start - _COMMA_GATE_CLAUSE)
    previous = _PREVIOUS_WORD.search(text, floor, start)
    if previous is None or text[previous.end():start].strip(" \u200c"):
        return False
    before = _PREVIOUS_WORD.search(text, floor, previous.start())
    if (previous.group().replace(ZWNJ, "") in _NOT_A_REPORT_BEFORE
            or before is not None and before.group() == "نه"):
        return False
    clause = text[floor:start]
    stop = max(clause.rfind(mark) for mark in ".!?؟:\n؛،")  # a comma closes a relative clause before
    return _RELATIVE_THAT.search(clause, stop + 1) is None


def reports_bare_clause(text: str, start: int, end: int, patterns: frozenset[str] = frozenset()) -> bool:
    """«وزیر گفته توسعه … متوقف نشد», «میزان نوشته این دو …»: the perfect «گفته»/«نوشته» with no
    «است» reports the bare clause after it (rule ``cue:indirect-bare-perfect``), and so does a gated claim, promise,
    threat or commitment of ``patterns`` (``promise``: «وعده داده بود … حل خواهد شد», «مدعی بودند … وجود دارد»; rule
    ``cue:indirect-bare-promise``), when a word opens that clause on the
    same line (no auxiliary, passive or conjunction: «گفته بودم», «گفته می‌شود», «گفته نشده») and a word of
    the same clause stands right before it that makes it no noun («به گفته», «این نوشته») nor its object
    («را گفته»); the clause before it has no «که» (a relative clause: «مواردی که مهر گفته هنوز …»; not that of a
    manner clause, :func:`_opens_manner_clause`) and no question word («چه کسی گفته …؟»). Reads at most
    ``_COMMA_GATE_CLAUSE`` characters before the participle.

    In telegram-dev 113 new indirect quotes (VahidOnline, ircfspace, withyashar, farsna, farahmand_alipour,
    SBoxxx); of 30 read at random 28 are reports, 24 with the right speaker."""
    if fold_form(text[start:end]) not in _BARE_PERFECTS and "promise" not in patterns:
        return False
    following = _BARE_CLAUSE_WORD.match(text, end, end + REACH)
    if following is None or fold_form(following.group(1)) in _NOT_A_BARE_CLAUSE:
        return False
    floor = max(0, start - _COMMA_GATE_CLAUSE)
    previous = _PREVIOUS_WORD.search(text, floor, start)
    if previous is None or text[previous.end():start].strip(" \u200c") \
            or fold_form(previous.group()) in _NOT_BEFORE_A_BARE_PERFECT or _glued_to(previous.group()):
        return False
    clause = text[floor:start]
    stop = max(clause.rfind(mark) for mark in ".!?؟:\n؛")
    return not any(fold_form(word.group()) in _NOT_BEFORE_A_BARE_REPORT
                   and not _opens_manner_clause(text, word.start() + floor)
                   for word in _WORD.finditer(clause, stop + 1))


def _opens_manner_clause(text: str, that: int) -> bool:
    """Whether the word at ``that`` is a «که» after «آن‌طور», «همان‌طور», «آن‌گونه» or «چنان»: a manner clause («آن‌طور
    که وزیر گفته …», as X said), in which a bare perfect reports the clause after it, not a relative clause on a noun
    («مواردی که مهر گفته …»).

    In news-dev-2 and telegram-dev 4 bare perfects so reported (all 4 read: reports of the speaker before them). A
    «که» after a verb (a complement clause, «… مدعی شده که X به Y گفته …») was tried and left out: of 10 such firings
    2 read a noun («امید دارد که گفته X»), and the speaker found is the outer clause's subject («خبری … منتشر شد، که
    روابط عمومی … گفته …»)."""
    word = _WORD.match(text, that)
    if word is None or word.group() != "که":
        return False
    before = _PREVIOUS_WORD.search(text, max(0, that - REACH), that)
    return before is not None and fold_form(before.group()) in _AS


def _glued_to(word: str) -> bool:
    """Whether ``word`` ends in a glued «به» («بهگفته»: the noun of «به گفته»); a weekday ends in «شنبه»
    («روز پنجشنبه گفته …»: a report; 3 of 3 such bare perfects in news-dev-2 and telegram-dev)."""
    return word.endswith("به") and not word.replace(ZWNJ, "").endswith("شنبه")


_COMMA_GATE = regex.compile(r"[ \u200c]*[،؛]")
"""A comma after the participle, or the semicolon some writers put for it («گفته؛ …», then read as a colon by
:mod:`persianews.quotes.direct`: 6 in news-dev-2 and telegram-dev, all the speaker's words)."""
_COMMA_GATE_CLAUSE = 200
SAY_OBJECTS = frozenset({"تسلیت", "تبریک", "دروغ", "سخن", "خوشامد", "ناسزا", "شعر", "نه", "راست", "بیراه"})
"""Words that make «گفته» (and «گفت», «می‌گفت») part of a compound verb or a «نه … نه» list, not a report."""
_NOT_A_REPORT_BEFORE = _NOUN_BEFORE | SAY_OBJECTS
_RELATIVE_THAT = regex.compile(rf"ی[ \u200c]+که(?![{_LETTER}\u200c])")
"""«نامه‌ای که», «کسی که»: a «که» after a noun with the relative «ی» opens a relative clause on it."""


_BARE_PERFECTS = frozenset({"گفته", "نوشته"})
"""Not «افزوده»: in news-dev-2, news-dev and telegram-dev none of its 88 uses before a word that could open a clause
reports one; 80 are the adjective of «ارزش افزوده», the rest «بر … افزوده» or other nouns' adjective."""
_BARE_CLAUSE_WORD = regex.compile(rf" +([{_LETTER}\u200c]+)")
_NOT_A_BARE_CLAUSE = frozenset(
    "که شد شده شود شدند بود بودم بودی بودیم بودید بودند بودن است هست اند ام ایم اید باشد باشند باشه "
    "نشد نشده نشود نبود نیست می نمی میشود میشد میشه میشن نمیشود نمیشد نمیشه و یا را ها های هم نیز "
    "شدهاند شدهاست شدهبود شوند میشوند نمیشوند شدن خواهد خواهند نخواهد نخواهند بوده بودهاند".split())
"""Folded words after «گفته» that open no clause: auxiliaries, the passive («افزوده شده‌اند», «افزوده خواهند
شد»), a conjunction, a plural suffix."""
_NOT_BEFORE_A_BARE_PERFECT = _NOT_A_REPORT_BEFORE | {"را", "و", "اساس", "بنابر"}
"""Words right before «گفته» that make it a noun or the verb of an object or a conjoined participle; so does
a word that ends in «به» (a preposition glued to the word before it: «رسیدبه گفته …»)."""
QUESTION_WORDS = frozenset(map(fold_form, "چه چرا کی کجا آیا چطور چگونه".split()))
"""Folded words that open a question (what, why, when, where, whether, how)."""
_NOT_BEFORE_A_BARE_REPORT = QUESTION_WORDS | frozenset(map(fold_form, "که مگر کدام".split()))
"""Words before «گفته» in its clause that make it a relative clause or a question, not a report."""
_AS = frozenset(map(fold_form, "آن‌طور همان‌طور طور آن‌گونه همان‌گونه گونه چنان همچنان".split()))
"""Words before «که» that make it «as» («آن‌طور که X گفته …», «آن طور که …»: «طور» alone when a space splits it), no
relative clause; folded without the half-space, so «آنطور» is the same word."""


_AND_GO = regex.compile(r"[ \u200c]*و[ \u200c]*گو")


def _is_dialogue(text: str, end: int, key: str) -> bool:
    """«گفت و گو» is a noun (dialogue), not the verb «گفت»."""
    return key == "گفت" and _AND_GO.match(text, end, end + 8) is not None


_PAST_PLURAL = regex.compile(r"\s\S*[دت]ند$")
"""A compound or pluperfect cue in the plural past: «گزارش دادند», «اعلام کردند», «گفته بودند»."""


def _colloquial_plural(form: str) -> str | None:
    """The colloquial plural past of a compound cue, «ند» written «ن» («کاربران گزارش دادن که …», «گفته بودن
    «…»»), folded: gated like «گفتن», since the form is also the infinitive («گزارش دادن»)."""
    return fold_form(form[:-1]) if _PAST_PLURAL.search(form) else None


@functools.cache
def lexicon() -> CueLexicon:
    """The cue lexicon, loaded and compiled on first use."""
    forms: dict[str, tuple[frozenset[str], str]] = {}
    by_pattern: dict[str, list[str]] = defaultdict(list)
    closers = set()
    gated = set()
    colloquial: dict[str, tuple[frozenset[str], str]] = {}
    for form, kind, patterns, _lemma in data_rows("cues.tsv"):
        names = frozenset(patterns.split(","))
        for name in names:
            by_pattern[name].append(form)
        if kind == "none" or names <= _PHRASE_PATTERNS:
            continue
        if "…" in form:
            opener, closer = (part.strip() for part in form.split("…"))
            closers.add(closer)
            form = opener
        key = fold_form(form)
        if "gated" in names:
            gated.add(key)
        if (spoken := _colloquial_plural(form)) is not None:
            colloquial[spoken] = (names, kind)
        previous = forms.get(key)
        if previous is not None:
            names |= previous[0]
            kind = kind if kind == previous[1] else "both"
        forms[key] = (names, kind)
    for key, entry in colloquial.items():
        if key not in forms:  # a form the lexicon lists itself keeps its own patterns
            gated.add(key)
            forms[key] = entry
    roles = [row[0] for row in data_rows("title_heads.tsv")]
    heads = frozenset(fold_form(w) for w in by_pattern["head"] + [role for role in roles if " " not in role])
    role_openers = frozenset(fold_form(role.split()[0]) for role in roles)
    return CueLexicon(
        forms=forms,
        gated=frozenset(gated),
        prefixes=frozenset(key[:n] for key in forms for n in range(1, len(key) + 1)),
        starts=key_scanner(forms, inside_letters(_WORD)),
        closer=regex.compile(rf"(?<![{_LETTER}\u200c])(?:{alternation(closers)})(?![{_LETTER}]|\u200c[{_LETTER}])"),
        according=regex.compile(
            rf"(?<![{_LETTER}\u200c])(?P<cue>{alternation(by_pattern['according'])})(?![{_LETTER}\u200c])"),
        according_starts=re.compile(trie_alternation(by_pattern["according"])),
        noun=regex.compile(
            rf"(?<![{_LETTER}\u200c])(?:با|ضمن)\s*(?P<cue>(?:{alternation(by_pattern['noun'])})"
            rf"(?:\s+(?:{alternation(_NOUN_OBJECTS)}))?)"
            rf"(?:\s+(?:بر|به|از)[\s\u200c]*|\s+)(?:این[ \u200c]?که|این\s+(?:{alternation(_THAT_NOUNS)})\s+که)(?![{_LETTER}])"),
        noun_starts=re.compile(rf"(?:با|ضمن)\s*(?:{alternation(by_pattern['noun'])})"),  # re's \s holds regex's
        heads=heads,
        role_openers=role_openers,
        title_openers=heads | role_openers,
        labels=frozenset(fold_form(w) for w in by_pattern["label"]),
        honorifics=frozenset(fold_form(w) for w in by_pattern["honorific"]),
        media=frozenset(fold_form(w) for w in by_pattern["medium"]),
    )

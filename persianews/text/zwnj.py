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

from __future__ import annotations

import enum
import functools
import re
from typing import Final, Iterable, Iterator, Literal, NamedTuple

from persianews.text.bounded_cache import ByteBoundedLRU

ZWNJ = "\u200c"
NON_JOINING = frozenset("اآأإٱدذرزژوؤءۀة")

Edit = tuple[int, int, str]
Boundaries = tuple[tuple[int, str], ...]  # (position in the joined word, kind)

# Boundary kinds inside an analysed word: prefix (می‌کند), suffix (کتاب‌ها), compound of the lexicon
# (شهادت‌طلبی), compound with a bound head (گفتمان‌سازی), other compound (تجدید‌پذیر), a word of the
# lexicon that the text writes in two parts (نمایش نامه), a soft joint (آنها: joined as written),
# a suffix written joined (کتابی), and a compound of the lexicon also current joined (همزمان: written
# joined it stays, written spaced it takes a ZWNJ).
PREFIX, SUFFIX, LEXICON_COMPOUND, BOUND_HEAD, FREE_COMPOUND, PARTED, SOFT, JOINED, EITHER = "pscbfaoje"
# Kinds written with a ZWNJ in a joined word.
WRITTEN_KINDS = frozenset((PREFIX, SUFFIX, LEXICON_COMPOUND, BOUND_HEAD, FREE_COMPOUND))
# A space at a boundary of these kinds shows that the text spaces its half-spaces.
EVIDENCE_KINDS = frozenset((PREFIX, SUFFIX))
# Kinds left joined as written in a text that shows how it writes half-spaces.
KEPT_KINDS = frozenset((LEXICON_COMPOUND, BOUND_HEAD, FREE_COMPOUND))

_LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc"
_WORD = re.compile(f"[{_LETTERS}]+(?:{ZWNJ}+[{_LETTERS}]+)*")
_MAYBE_PROTECTED = re.compile(r"[@#/]|www\.")
_PROTECTED = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mails
    rf"|[@#][\w{ZWNJ}]+"  # handles and hashtags
    r"|\S+\.[a-z]{2,}/\S*",  # bare domains with a path
    re.IGNORECASE,
)

# Closed-class words: never one side of a join, a stem only of ها (درها).
FUNCTION_WORDS = frozenset(
    "و یا که را از به در با بر تا برای اگر اما ولی یعنی چون چه نه نیز پس "
    "وی او من تو ما شما ایشان خود آن این آنان اینان آنکه اینکه است چند هر هیچ".split()
)
# Roles of a written word in a join of two spaced words (Analyser._left_role, _right_role).
L_WORD, L_SOFT, L_PREFIX, L_DETERMINER, L_FIRST, L_LOOSE = 1, 2, 4, 8, 16, 32
R_WORD, R_AFFIX, R_SOFT, R_HEAD, R_FREE = 1, 2, 4, 8, 16
SOFT_LEFTS = frozenset(("آن", "این"))
SOFT_RIGHTS = frozenset(("ها", "هایی"))
# Determiners: the left word of a spaced compound (آن قدر، همه جا) stays apart.
DETERMINERS = frozenset("آن این همه هر یک چند هیچ".split())
# Numbers: a number and a unit stay apart (هزار متر، پنج نفره) unless the lexicon joins them.
NUMBERS = frozenset(
    "یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده بیست سی چهل پنجاه شصت هفتاد هشتاد نود صد "
    "دویست سیصد چهارصد پانصد هزار میلیون میلیارد چند".split()
)
# Words that take no suffix: function words and prefixes (بیاید is no «بی» + «اید»).
NOT_NOUNS = frozenset("نیز هم را".split())
NOT_STEMS = FUNCTION_WORDS | {"بی", "می", "نمی", "هم"}
# Pronoun plurals usually written joined (آنها): the spaced form joins, the joined one stays.
SOFT_WORDS = {"آنها": 2, "اینها": 3, "آنهایی": 2, "اینهایی": 3}
# Words after which an ambiguous «…ههای» reads «…هه‌ای» (هیچ برهه‌ای), not «…ه‌های».
INDEFINITE_DETERMINERS = frozenset("یک هیچ چنین چنان چه".split())

VERB_PREFIXES = ("می", "نمی", "برمی", "برنمی", "درمی", "درنمی", "فرومی", "فرونمی", "فرامی",
                 "بازمی", "بازنمی", "وامی", "وانمی", "ورمی")
VERB_PREFIX_STARTS = tuple({prefix[:2] for prefix in VERB_PREFIXES})
PREFIX_WORDS = frozenset(VERB_PREFIXES + ("بی",))  # written apart, they join the next word
PRESENT_ENDINGS = {"د": 6.0, "ند": 6.0, "م": 5.5, "یم": 5.5, "ید": 5.5, "ی": 4.5}
PAST_ENDINGS = {"": 5.5, "ند": 5.5, "م": 5.0, "یم": 5.0, "ید": 5.0, "ی": 4.5}
# Present stems used bare after می/نمی (نمی‌توان).
BARE_PRESENT_STEMS = {"توان": 5.5}
# Scores: a word scores its half-step rounded log10 frequency from the lexicon (0-9); an analysis
# scores its stem minus a penalty per suffix, prefix or compound joint; verb forms score as
# frequent words. The best analysis wins.
PARTICIPLE_CLITICS = ("ام", "ای", "ایم", "اید", "اند")
PARTICIPLE_SCORE = 4.0
NEGATIVE_PARTICIPLE_SCORE = 3.0
VERB_WORD_SCORE = 3.0
PARTICIPLE_CLITIC_SCORE = 4.0  # کرده‌ام، دیده‌ای (also read as «دید» + «های»)
PLURAL_PERFECT_SCORE = 6.0  # کرده‌ایم، کرده‌اید، کرده‌اند: no noun reading competes
PREVERBS = ("بر", "در", "فرو", "فرا", "باز", "وا")
PREVERB_PENALTY = 0.5

HA_SUFFIXES = ("ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "هاست")
TAR_SUFFIXES = ("تر", "ترین", "تری", "ترها", "ترهای", "تریم")
POSSESSIVE_CLITICS = ("ام", "ات", "اش")
COPULA_CLITICS = ("ایم", "اید", "اند")
PLURAL_CLITICS = ("مان", "تان", "شان")
ZWNJ_SUFFIX_PENALTY = 1.5
INDEFINITE_PENALTY = 1.0
INDEFINITE_AFTER_YEH_PENALTY = 2.5
COPULA_PENALTY = 2.5
JOINED_SUFFIX_PENALTY = 1.0
MIN_TAGGED_SCORE = 1.0
UNKNOWN_STEM_SCORE = -0.5
PREFIX_BI_PENALTY = 2.5
HEAD_SCORE = 5.0
HEAD_COMPOUND_PENALTY = 2.0
HEAD_LEFT_MIN_SCORE = 2.0
BOUND_HEAD_MAX_SCORE = 2.0
PRODUCTIVE_HEAD_COMPOUNDS = 50
PRODUCTIVE_PART_COMPOUNDS = 20
COMMON_WORD = 7.5  # a word this frequent on its own is rarely a compound head
FREE_WORD = 5.5  # a word this frequent on its own is not joined to the word before it
AUXILIARY_PRESENT_STEMS = ("خواه", "باش")
FREE_COMPOUND_PENALTY = 3.5
FREE_COMPOUND_MIN_SCORE = 3.5
MIN_COMPOUND_PART = 3
STRONG_WORD = 2.5
LONGEST_WORD = 40  # letters; longer runs are not words and are left alone
CACHE_BYTES = 32 * 1024 * 1024  # per cache of the Analyser (news-dev needs about 65 MB in all nine)
ATTESTED_WORD = 2.0  # a lexicon word this frequent is taken as spelled there
ATTESTED_COMPOUND = 1.5  # a compound of two free words this frequent joins when written spaced


class Analysis(NamedTuple):
    score: float
    boundaries: Boundaries


# Analysis(score, boundaries) without the Python-level __new__ of a NamedTuple: analyses are many.
_analysis = functools.partial(tuple.__new__, Analysis)


class Suffix(NamedTuple):
    kind: str  # SUFFIX (after a ZWNJ) or JOINED
    penalty: float
    after: str | None  # letters the stem must end with (SILENT_HE: a vowel ه); None: any
    not_after: str  # letters the stem must not end with
    stem_tail: str  # letters restored at the end of the stem (دیدگان → دیده)
    min_stem_score: float | None  # None: a stem missing from the lexicon will do
    after_function_word: bool  # may follow a function word (درها، چه‌ها)
    comparative: bool  # تر، ترین...


class Decision(NamedTuple):
    """What to do with one written word: the word with its half-spaces restored (those already
    written are kept), the kind of boundary at each position of its joined key, and the word
    as restored after an indefinite determiner (None when the same)."""

    restored: str
    kinds: dict[int, str]
    after_indefinite: str | None
    changed: bool = False  # whether restored differs from the word as written


_decision = functools.partial(tuple.__new__, Decision)  # see _analysis
HEH_YEH = "ۀ"  # a final ه with the ezafe hamza (خانۀ): analysed as ه


class _Miss(enum.Enum):
    """The type of the cache-miss sentinel, so that a ``.get(key, _MISSING)`` narrows."""

    MISSING = enum.auto()


_MISSING: Final[Literal[_Miss.MISSING]] = _Miss.MISSING  # a cache miss

_NO_KINDS: dict[int, str] = {}  # the kinds of a word without boundaries (shared: never changed)
_NOWHERE: frozenset[int] = frozenset()
SILENT_HE = "\x00"  # stands for a final ه read as a vowel (خانه, not راه) in Suffix.after


def _suffix_table() -> dict[str, list[Suffix]]:
    table: dict[str, list[Suffix]] = {}

    def add(surface, kind, penalty, after=None, not_after="", stem_tail="", min_stem_score=0.0,
            after_function_word=False):
        table.setdefault(surface, []).append(Suffix(kind, penalty, after, not_after, stem_tail, min_stem_score,
                                                    after_function_word, surface.startswith("تر")))

    for surface in HA_SUFFIXES:
        add(surface, SUFFIX, ZWNJ_SUFFIX_PENALTY, min_stem_score=None, after_function_word=True)
    for surface in TAR_SUFFIXES:
        add(surface, SUFFIX, ZWNJ_SUFFIX_PENALTY, min_stem_score=MIN_TAGGED_SCORE)
    add("ای", SUFFIX, INDEFINITE_PENALTY, after=SILENT_HE, min_stem_score=MIN_TAGGED_SCORE)
    add("ای", SUFFIX, INDEFINITE_AFTER_YEH_PENALTY, after="ی", min_stem_score=MIN_TAGGED_SCORE)
    for surface in POSSESSIVE_CLITICS:
        add(surface, SUFFIX, ZWNJ_SUFFIX_PENALTY, after=SILENT_HE + "ی", min_stem_score=MIN_TAGGED_SCORE)
    for surface in COPULA_CLITICS:  # after a participle they are verbs, scored as such
        add(surface, SUFFIX, COPULA_PENALTY, after=SILENT_HE + "ی", min_stem_score=MIN_TAGGED_SCORE)
    for surface in PLURAL_CLITICS:
        add(surface, SUFFIX, JOINED_SUFFIX_PENALTY, after=SILENT_HE, min_stem_score=MIN_TAGGED_SCORE)
    # Suffixes written joined: they compete with the ZWNJ readings (دریای = دریا + ی, not دری‌ای).
    for surface in ("ی", "م", "ت", "ش"):
        add(surface, JOINED, JOINED_SUFFIX_PENALTY)
    for surface in PLURAL_CLITICS:
        add(surface, JOINED, JOINED_SUFFIX_PENALTY, not_after=SILENT_HE)
    for surface in ("", "ی", "م", "ت", "ش") + PLURAL_CLITICS:
        add("ان" + surface, JOINED, JOINED_SUFFIX_PENALTY)
    for surface in ("یی", "یان", "یم", "یت", "یش", "یمان", "یتان", "یشان", "ست"):
        add(surface, JOINED, JOINED_SUFFIX_PENALTY, after="اوی")
    add("گان", JOINED, JOINED_SUFFIX_PENALTY, stem_tail="ه")
    add("گانی", JOINED, JOINED_SUFFIX_PENALTY, stem_tail="ه")
    add("ین", JOINED, JOINED_SUFFIX_PENALTY, after="ر")  # بهتر + ین
    return table


class Lexicon:
    """The ZWNJ lexicon of ``models/zwnj/``: word scores, ZWNJ spellings, verbs, compound heads."""

    def __init__(self) -> None:
        self.scores: dict[str, float] = {}
        self.compound_forms: dict[str, str] = {}
        self.compound_firsts: set[str] = set()  # first parts of the ZWNJ compounds
        self.either: set[str] = set()  # compounds also current joined (EITHER)
        self._read_words()
        self.verb_tails: dict[str, float] = dict(BARE_PRESENT_STEMS)
        self.finite_verbs: set[str] = set()
        self.participles: dict[str, float] = {}
        self.present_stems: set[str] = set()
        self.infinitives: set[str] = set()
        self._read_verbs()
        self.suffixes = _suffix_table()
        self.suffix_lengths: dict[str, tuple[int, ...]] = {}  # last letter -> lengths of the suffixes
        for suffix in sorted(self.suffixes, key=len):
            if suffix:
                lengths = self.suffix_lengths.get(suffix[-1], ())
                if len(suffix) not in lengths:
                    self.suffix_lengths[suffix[-1]] = lengths + (len(suffix),)
        self.heads: dict[str, bool] = {}  # second part of compounds -> bound (rarely a word alone)
        self.compounds_of: dict[str, dict[str, int]] = {"L": {}, "R": {}}  # side -> part -> compounds
        for part, side, count, score in _rows(_read_model("zwnj/parts.tsv")):
            self.compounds_of[side][part] = int(count)
            if side == "R" and part not in self.suffixes and part not in FUNCTION_WORDS:
                self.heads[part] = self._bound(part, int(count), float(score))
        heads = [part for part, count in self.compounds_of["R"].items()
                 if count >= PRODUCTIVE_PART_COMPOUNDS and part in self.participles]
        # participles that are productive compound heads, as written (شده، شدۀ)
        self.participle_heads = frozenset(heads + [head[:-1] + HEH_YEH for head in heads])
        self.bound_heads = frozenset(head for head, bound in self.heads.items() if bound)
        self.head_lengths: dict[str, tuple[int, ...]] = {}  # first two letters -> lengths of the heads
        for head in sorted(self.heads, key=len):
            lengths = self.head_lengths.get(head[:2], ())
            if len(head) not in lengths:
                self.head_lengths[head[:2]] = lengths + (len(head),)

    def _bound(self, head: str, compounds: int, score: float) -> bool:
        """Whether a compound head is a bound form: not a word, not a verb form, and when it
        derives from a word (فکری، زنان) only a productive nominalised verb stem (سازی، گیری)."""
        if len(head) < 3 or score > BOUND_HEAD_MAX_SCORE:
            return False
        if head in self.finite_verbs or head in self.participles or head in self.infinitives:
            return False
        base = None
        if head.endswith("ی"):
            base = head[:-1]
            if base in AUXILIARY_PRESENT_STEMS:
                return False
        elif head.endswith("ان"):
            base = head[:-2]
        base_score = self.scores.get(base, -1.0) if base else -1.0
        if base_score < STRONG_WORD:
            return True
        return base in self.present_stems and (compounds >= PRODUCTIVE_HEAD_COMPOUNDS or base_score < COMMON_WORD)

    def _read_words(self) -> None:
        # Whole sections at a time: the lexicon loads on the first call, so its load is kept cheap.
        sections = _read_model("zwnj/words.txt").split("\n=")[1:]
        scores = self.scores
        for section in sections:
            name, _, body = section.partition("\n")
            if name == "firsts":
                self.compound_firsts.update(body.split())
            elif name.startswith(("z", "b")):
                keys = body.replace(ZWNJ, "").split()
                self.compound_forms.update(zip(keys, body.split()))
                scores.update(dict.fromkeys(keys, float(name[1:])))
                if name.startswith("b"):
                    self.either.update(keys)
            else:
                scores.update(dict.fromkeys(body.split(), float(name)))

    def _read_verbs(self) -> None:
        # Every form of a tense at once, by string operations on all its stems (see _read_words).
        fields = "\t".join(_rows(_read_model("zwnj/verbs.tsv"), split=False)).split("\t")
        pasts, presents = fields[0::2], fields[1::2]
        glides = [present + "ی" for present in presents if present[-1] in "اوآ"]  # آید، گوید
        participles = _with_endings(pasts, "ه")
        by_score: list[tuple[float, list[str]]] = [(score, [stem]) for stem, score in BARE_PRESENT_STEMS.items()]
        by_score.append((PARTICIPLE_SCORE, participles))
        for stems, endings in ((presents, PRESENT_ENDINGS), (pasts, PAST_ENDINGS), (glides, PRESENT_ENDINGS)):
            for ending, score in endings.items():
                forms = _with_endings(stems, ending)
                by_score.append((score, forms))
                if ending != "ی":  # a second person singular is too often a noun + ی
                    self.finite_verbs.update(forms)
        by_score.sort(key=lambda item: item[0])  # the best score of a form is the last one set
        for score, forms in by_score:
            self.verb_tails.update(dict.fromkeys(forms, score))
        for prefix in ("ن",) + PREVERBS:
            self.participles.update(dict.fromkeys(_with_endings(participles, prefix, before=True),
                                                  NEGATIVE_PARTICIPLE_SCORE))
        self.participles.update(dict.fromkeys(participles, PARTICIPLE_SCORE))
        self.present_stems.update(presents)
        self.infinitives.update(_with_endings(pasts, "ن"))


def _with_endings(stems: list[str], affix: str, before: bool = False) -> list[str]:
    """Each of ``stems`` with ``affix`` after it (or before it), built in one go."""
    if not stems:
        return []
    if before:
        return (affix + "\n" + "\n".join(stems)).replace("\n", "\n" + affix).split("\n")[1:]
    return ((affix + "\n").join(stems) + affix).split("\n")


def _read_model(name: str) -> str:
    """The text of the data file ``models/<name>``."""
    from persianews.resources import open_text

    with open_text(name) as handle:
        return handle.read()


def _rows(text: str, split: bool = True) -> list:
    """The lines of a data file without its ``#`` header and blank lines, split at tabs."""
    lines = [line for line in text.split("\n") if line.strip() and not line.startswith("#")]
    return [line.split("\t") for line in lines] if split else lines


def _shift(boundaries: Boundaries, offset: int) -> Boundaries:
    return tuple((position + offset, kind) for position, kind in boundaries)


class Analyser:
    """Analyses joined words against the lexicon; decisions are cached per written word."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # Each cache keeps its most recently used entries within CACHE_BYTES (memory stays bounded on
        # long runs, whatever the length of the words).
        self.stems = ByteBoundedLRU(CACHE_BYTES)
        self.words = ByteBoundedLRU(CACHE_BYTES)
        self.simple_stems = ByteBoundedLRU(CACHE_BYTES)
        self.decisions = ByteBoundedLRU(CACHE_BYTES)
        self.join_decisions = ByteBoundedLRU(CACHE_BYTES)
        self.verb_forms = ByteBoundedLRU(CACHE_BYTES)
        self.right_parts = ByteBoundedLRU(CACHE_BYTES)
        self.left_roles = ByteBoundedLRU(CACHE_BYTES)
        self.right_roles = ByteBoundedLRU(CACHE_BYTES)

    def decide(self, form: str) -> Decision:
        """The decision for ``form``, a word as written (its ZWNJs are kept as boundaries)."""
        decision = self.decisions.recall(form)
        if decision is None:
            if HEH_YEH in form:  # نامۀ is analysed as نامه, and written back with its ۀ
                folded = self.decide(form.replace(HEH_YEH, "ه"))
                restored = _unfold(folded.restored, form)
                decision = Decision(restored, folded.kinds,
                                    folded.after_indefinite and _unfold(folded.after_indefinite, form),
                                    restored != form)
            else:
                decision = self._decide(form)
            self.decisions[form] = decision
        return decision

    def _decide(self, form: str) -> Decision:
        """The best analysis of ``form`` made into a Decision."""
        lexicon = self.lexicon
        if lexicon.scores.get(form, 0.0) >= ATTESTED_WORD and form not in lexicon.compound_forms:
            return _decision((form, _NO_KINDS, None, False))  # a plain word of the lexicon (so without ZWNJ)
        if ZWNJ in form:
            key = form.replace(ZWNJ, "")
            required = _zwnj_positions(form)
        else:
            key, required = form, _NOWHERE
        if len(key) > LONGEST_WORD:
            return _decision((form, _NO_KINDS, None, False))
        best = self.best(key, required)
        if best is None:
            return _decision((form, _NO_KINDS, None, False))
        if not required and not key.endswith("ههای"):
            for _, kind in best.boundaries:
                if kind in WRITTEN_KINDS:
                    break
            else:  # only joints written joined (سیگارم = سیگار + م)
                return _decision((form, _NO_KINDS, None, False))
        restored = _with_zwnj(form, _written(key, best.boundaries))
        after_indefinite = None
        if key.endswith("ههای"):
            indefinite = self.best(key, required | {len(key) - 2})
            if indefinite is not None and indefinite.score >= STRONG_WORD - INDEFINITE_PENALTY:
                after_indefinite = _with_zwnj(form, _written(key, indefinite.boundaries))
                if after_indefinite == restored:
                    after_indefinite = None
        return _decision((restored, dict(best.boundaries), after_indefinite, restored != form))

    def best(self, key: str, required: frozenset[int] = frozenset()) -> Analysis | None:
        """Best analysis of the joined word ``key`` with a boundary at each ``required`` position."""
        if key in SOFT_WORDS:
            return self.word(key) if required <= {SOFT_WORDS[key]} else None
        if not required:
            # A word of the lexicon with some frequency is taken as spelled there.
            score = self.lexicon.scores.get(key)
            if score is not None and score >= ATTESTED_WORD:
                return self.word(key)
        best = None
        for candidate in self._candidates(key, required):
            if best is not None and candidate.score <= best.score:
                continue
            if required and not required.issubset(position for position, _ in candidate.boundaries):
                continue
            best = candidate
        return best

    def _candidates(self, key: str, required: frozenset[int]) -> Iterator[Analysis]:
        """Analyses of ``key``. Parts ``required`` apart are already separated in the text: that is
        evidence enough for a suffix after a stem missing from the lexicon (بعله اش), and the parts
        of a compound are the separated ones."""
        whole = self.simple_stem(key) if required else self.stem(key)
        if whole is not None:
            yield whole
        if required and (whole is None or not whole.boundaries):
            parted = self._compound(key, sorted(required))
            if parted is not None and whole is not None and whole.score >= ATTESTED_WORD:
                # a word of the lexicon, written joined there, that the text parts (نمایش نامه)
                parted = _analysis((whole.score, tuple((position, PARTED if position in required else kind)
                                                       for position, kind in parted.boundaries)))
            if parted is not None:
                yield parted
            if 2 in required and key.startswith("بی"):
                # بی written apart is the prefix, even of a word the lexicon writes joined (بی گاه)
                rest = self.word(key[2:])
                if rest is not None and key[2:] not in NOT_STEMS:
                    yield _analysis((rest.score - PREFIX_BI_PENALTY, ((2, PREFIX),) + _shift(rest.boundaries, 2)))
        yield from self._verbs(key)
        perfect = self._verb_tail(key)  # کرده‌ایم
        if perfect is not None and perfect.boundaries:
            plural = key.endswith(COPULA_CLITICS)
            yield _analysis((PLURAL_PERFECT_SCORE if plural else PARTICIPLE_CLITIC_SCORE, perfect.boundaries))
        # A word of the lexicon is only re-analysed as a known stem + suffix (ساعتها = ساعت + ها).
        yield from self._inflections(key, key in self.lexicon.scores, required)

    def _verbs(self, key: str) -> Iterator[Analysis]:
        if not key.startswith(VERB_PREFIX_STARTS):
            return
        for prefix in VERB_PREFIXES:
            if key.startswith(prefix):
                tail = self._verb_tail(key[len(prefix):])
                if tail is not None:
                    penalty = PREVERB_PENALTY if len(prefix) > 3 else 0.0
                    yield _analysis((tail.score - penalty,
                                     ((len(prefix), PREFIX),) + _shift(tail.boundaries, len(prefix))))

    def _verb_tail(self, tail: str) -> Analysis | None:
        score = self.lexicon.verb_tails.get(tail)
        if score is not None:
            return _analysis((score, ()))
        for clitic in PARTICIPLE_CLITICS:
            if tail.endswith(clitic):
                score = self.lexicon.participles.get(tail[:-len(clitic)])
                if score is not None:
                    return _analysis((score - ZWNJ_SUFFIX_PENALTY, ((len(tail) - len(clitic), SUFFIX),)))
        return None

    def noun_like(self, form: str) -> bool:
        """Whether ``form`` is a word of the lexicon that is no function word, number or verb form."""
        key = form.replace(HEH_YEH, "ه")
        return (self.lexicon.scores.get(key, 0.0) >= STRONG_WORD and key not in FUNCTION_WORDS
                and key not in NUMBERS and key not in DETERMINERS and key not in NOT_NOUNS and not self.verb_form(key))

    def verb_form(self, key: str) -> bool:
        """Whether ``key`` is a finite verb, a participle or an infinitive (then it is no compound head)."""
        verb = self.verb_forms.recall(key)
        if verb is None:
            verb = self.verb_forms[key] = self._verb_form(key)
        return verb

    def _verb_form(self, key: str) -> bool:
        lexicon = self.lexicon
        if (key in lexicon.finite_verbs or key in lexicon.participles or key in lexicon.infinitives
                or (key[:1] in "بن" and self._subjunctive(key))):
            return True
        if key.endswith(PARTICIPLE_CLITICS):
            participle = self._verb_tail(key)
            if participle is not None and participle.boundaries:
                return True
        return key.startswith(VERB_PREFIX_STARTS) and next(self._verbs(key), None) is not None

    def _subjunctive(self, key: str) -> bool:
        """Whether ``key`` is a finite verb with the prefix ب or ن (بگیرد، نیاید، بیفتد)."""
        if key[:1] not in ("ب", "ن"):
            return False
        finite = self.lexicon.finite_verbs
        rest = key[1:]
        if rest in finite:
            return True
        return rest[:1] == "ی" and ("ا" + rest[1:] in finite or "آ" + rest[2:] in finite)

    def _inflections(self, key: str, known_stems: bool, required: frozenset[int]) -> Iterator[Analysis]:
        lexicon = self.lexicon
        suffixes = lexicon.suffixes
        # A suffix starts at or after the last required boundary (one boundary, at its start).
        longest = len(key) - (max(required) if required else 2)
        for length in lexicon.suffix_lengths.get(key[-1:], ()):
            if length > longest:
                break
            options = suffixes.get(key[-length:])
            if options is None:
                continue
            base = key[:-length]
            joint = len(base)
            final = base[-1]
            if final == "ه" and joint >= 3 and base[-2] != "ا":  # a final ه read as a vowel (خانه, not راه)
                final = SILENT_HE
            for kind, penalty, after, not_after, stem_tail, min_stem_score, after_function_word, comparative \
                    in options:
                if (after is not None and final not in after) or final in not_after:
                    continue
                stem_key = base + stem_tail if stem_tail else base
                if not after_function_word and stem_key in NOT_STEMS:
                    continue
                if comparative and lexicon.scores.get(stem_key + "تر", 0.0) >= STRONG_WORD:
                    continue  # بیشتری، کلانتری: ی after a word in تر, not «تری»
                if known_stems and not (stem_key in lexicon.scores or stem_key in lexicon.verb_tails
                                        or stem_key in lexicon.participles):
                    continue
                inside = [position for position in required if position < joint] if required else None
                if inside:  # the stem must be a word or a compound parted where the text parts it
                    stem = self.simple_stem(stem_key) or self._compound(stem_key, inside)
                else:
                    cached = self.stems.recall(stem_key, _MISSING)
                    stem = self.stem(stem_key) if cached is _MISSING else cached
                if stem is None:
                    if (min_stem_score is not None and not required) or len(stem_key) < 3:
                        continue
                    yield _analysis((UNKNOWN_STEM_SCORE - penalty, ((joint, kind),)))
                elif min_stem_score is not None and (stem.score < min_stem_score or len(stem_key) < 3):
                    continue
                else:
                    yield _analysis((stem.score - penalty, stem.boundaries + ((joint, kind),)))

    def word(self, key: str) -> Analysis | None:
        """The lexicon entry for ``key``, with the boundaries of its ZWNJ spelling."""
        entry = self.words.recall(key)
        if entry is None:
            if key not in self.lexicon.scores and key not in SOFT_WORDS:
                return None
            entry = self.words[key] = self._word(key)
        return entry

    def _word(self, key: str) -> Analysis:
        if key in SOFT_WORDS:
            return _analysis((ATTESTED_WORD, ((SOFT_WORDS[key], SOFT),)))
        score = self.lexicon.scores[key]
        form = self.lexicon.compound_forms.get(key)
        if form is None:
            return _analysis((score, ()))
        return _analysis((score, _boundaries_of(form, EITHER if key in self.lexicon.either else LEXICON_COMPOUND)))

    def stem(self, key: str) -> Analysis | None:
        """Best analysis of ``key`` as one stem: a word, a verb form, a derived word
        (word + ی), بی + word or, for a word missing from the lexicon, a compound."""
        best = self.stems.recall(key, _MISSING)
        if best is not _MISSING:
            return best
        best = self.simple_stem(key)
        if best is None:
            best = self._compound(key)
        self.stems[key] = best
        return best

    def simple_stem(self, key: str) -> Analysis | None:
        """Best analysis of ``key`` as one stem that is not a compound."""
        best = self.simple_stems.recall(key, _MISSING)
        if best is not _MISSING:
            return best
        best = self.word(key)
        lexicon = self.lexicon
        verb_score = lexicon.participles.get(key, -1.0)
        if verb_score < 0 and (key in lexicon.verb_tails or (key[:1] in "بن" and self._subjunctive(key))):
            verb_score = VERB_WORD_SCORE
        if verb_score >= 0 and (best is None or best.score < verb_score):
            best = _analysis((verb_score, best.boundaries if best else ()))
        if best is None or best.score < STRONG_WORD:
            if key[-1:] == "ی":
                candidate = self._derived(key)
                if candidate is not None and (best is None or candidate.score > best.score):
                    best = candidate
            if key[:2] == "بی":
                candidate = self._prefixed(key)
                if candidate is not None and (best is None or candidate.score > best.score):
                    best = candidate
        self.simple_stems[key] = best
        return best

    def _derived(self, key: str) -> Analysis | None:
        """Adjectives and abstract nouns in ی/یی/گی (انسانی، تنهایی، خستگی) of a known word."""
        base = _derivation_base(key)
        if base is None:
            return None
        word = self.word(base)
        if word is None or word.score < STRONG_WORD:
            return None
        return _analysis((word.score - JOINED_SUFFIX_PENALTY, word.boundaries))

    def _prefixed(self, key: str) -> Analysis | None:
        if not key.startswith("بی") or len(key) < 5:
            return None
        word = self.word(key[2:])
        if word is None or word.score < STRONG_WORD:
            return None
        return _analysis((word.score - PREFIX_BI_PENALTY, ((2, PREFIX),) + _shift(word.boundaries, 2)))

    def _compound(self, key: str, splits: Iterable[int] | None = None) -> Analysis | None:
        """Best reading of ``key`` as two words of the lexicon, or a word and a compound head."""
        scores, heads = self.lexicon.scores, self.lexicon.heads
        best = None
        for split in range(MIN_COMPOUND_PART, len(key) - MIN_COMPOUND_PART + 1) if splits is None else splits:
            left_key, right_key = key[:split], key[split:]
            if min(split, len(right_key)) < MIN_COMPOUND_PART:
                continue
            left_score = scores.get(left_key)
            if left_score is None or left_score < HEAD_LEFT_MIN_SCORE or left_key in FUNCTION_WORDS:
                continue
            bound = heads.get(right_key)
            if bound is not None:
                score = min(left_score, HEAD_SCORE) - HEAD_COMPOUND_PENALTY
                kind = BOUND_HEAD if bound else FREE_COMPOUND
                right_boundaries: Boundaries = ()
            else:
                right = self.word(right_key)
                if right is None or right_key in FUNCTION_WORDS:
                    continue
                if right.boundaries:  # سید + جمال‌الدین
                    score = min(left_score, right.score + FREE_COMPOUND_PENALTY) - FREE_COMPOUND_PENALTY
                elif min(left_score, right.score) >= FREE_COMPOUND_MIN_SCORE:
                    score = min(left_score, right.score) - FREE_COMPOUND_PENALTY
                else:
                    continue
                if self.verb_form(right_key):
                    continue
                kind = FREE_COMPOUND
                right_boundaries = right.boundaries
            if best is None or score > best.score:
                left = self.word(left_key)
                if left is None:  # a scored word always has an entry
                    continue
                best = _analysis((score, left.boundaries + ((split, kind),) + _shift(right_boundaries, split)))

        return best

    def joint(self, left: str, right: str) -> str | None:
        """The kind of boundary at the space when the written words ``left`` and ``right``,
        separated by a space, are one word; None when they are two."""
        left_role = self.left_roles.recall(left)
        if left_role is None:
            left_role = self.left_role(left)
        right_role = self.right_roles.recall(right)
        if right_role is None:
            right_role = self.right_role(right)
        if not JOINABLE_ROLES[left_role << ROLE_BITS | right_role]:
            return None
        return self.pair_joint(left, right)

    def pair_joint(self, left: str, right: str) -> str | None:
        """Analyser.joint for words whose roles may join."""
        pair = (left, right)
        kind = self.join_decisions.recall(pair, _MISSING)
        if kind is _MISSING:
            kind = self.join_decisions[pair] = self._joint(left, right)
        return kind

    def left_role(self, left: str) -> int:
        """What ``left``, a written word, may be the first part of (the L_* flags): 0 for nothing."""
        role = self.left_roles.recall(left)
        if role is None:
            role = self.left_roles[left] = self._left_role(left)
        return role

    def right_role(self, right: str) -> int:
        """What ``right``, a written word, may be the second part of (the R_* flags): 0 for nothing."""
        role = self.right_roles.recall(right)
        if role is None:
            role = self.right_roles[right] = self._right_role(right)
        return role

    def _left_role(self, left: str) -> int:
        if left.endswith(HEH_YEH):  # an ezafe ends the word (نامۀ دوست)
            return 0
        key = left.replace(ZWNJ, "")
        lexicon = self.lexicon
        if key in SOFT_LEFTS:
            return L_SOFT
        if key in FUNCTION_WORDS:
            return 0
        if key in PREFIX_WORDS:
            return L_PREFIX
        if key in DETERMINERS:
            return L_DETERMINER
        role = L_WORD
        if key in lexicon.compound_firsts:
            role |= L_FIRST
        if lexicon.compounds_of["L"].get(key, 0) >= PRODUCTIVE_PART_COMPOUNDS or key not in lexicon.scores:
            role |= L_LOOSE
        return role

    def _right_role(self, right: str) -> int:
        key = right.replace(ZWNJ, "").replace(HEH_YEH, "ه")
        if key in FUNCTION_WORDS:
            return 0
        role = R_WORD
        if key in self.lexicon.suffixes:
            role |= R_AFFIX
            if key in SOFT_RIGHTS:
                role |= R_SOFT
        parts = self.right_parts.recall(key)
        if parts is None:
            parts = self.right_parts[key] = self._right_part(key)
        starts_with_head, free = parts
        if starts_with_head:
            role |= R_HEAD
        if free:
            role |= R_FREE
        return role

    def _joint(self, left: str, right: str) -> str | None:
        if left.endswith(HEH_YEH):  # an ezafe ends the word (نامۀ دوست)
            return None
        left_key, right_key = left.replace(ZWNJ, ""), right.replace(ZWNJ, "").replace(HEH_YEH, "ه")
        if SOFT_WORDS.get(left_key + right_key) == len(left_key):
            return SOFT
        if left_key in FUNCTION_WORDS or right_key in FUNCTION_WORDS:
            return None
        affix = right_key in self.lexicon.suffixes or left_key in PREFIX_WORDS
        if not affix and not (self._may_compound(left_key, right_key) and self._may_join(left_key, right_key)):
            return None
        kinds = self.decide(left + ZWNJ + right).kinds
        kind = kinds.get(len(left_key))
        if kind is not None:
            # the join does not read the right word anew (مورد کارهای is no «مورد‌کاره‌ای»)
            offset = len(left_key)
            inside = {position - offset for position in kinds if position > offset and kinds[position] in WRITTEN_KINDS}
            own = {position for position, k in self.decide(right).kinds.items() if k in WRITTEN_KINDS}
            if not inside <= own:
                return None
        if kind in (PREFIX, SUFFIX, SOFT) or (kind == JOINED and right_key in PLURAL_CLITICS):
            return kind
        if kind == BOUND_HEAD:  # the right word is the head, at most with a suffix; no number + unit
            joined = (left_key not in NUMBERS
                      and all(kinds[position] == SUFFIX for position in kinds if position > len(left_key))
                      and (not affix or self._may_compound(left_key, right_key)))
        elif kind == PARTED:  # only before a compound head (نمایش نامه), not before any word (پیش روی)
            head = (self.lexicon.compounds_of["R"].get(right_key, 0) >= PRODUCTIVE_PART_COMPOUNDS
                    or self.lexicon.scores.get(right_key, -1.0) < FREE_WORD)
            joined = head and left_key not in DETERMINERS and (not affix or self._may_compound(left_key, right_key))
        else:
            joined = kind in (LEXICON_COMPOUND, EITHER) and (not affix or self._may_compound(left_key, right_key))
        return kind if joined else None

    def _may_join(self, left_key: str, right_key: str) -> bool:
        """A quick test before the analysis of two spaced words as one: the compound needs a word of
        the lexicon that runs past the space (the compound itself, or a word that the text parts),
        or a bound compound head after it."""
        scores = self.lexicon.scores
        key = left_key + right_key
        for end in range(len(left_key) + 1, len(key) + 1):
            if key[:end] in scores:
                return True
        bound_heads = self.lexicon.bound_heads
        for end in range(MIN_COMPOUND_PART, len(right_key) + 1):
            if right_key[:end] in bound_heads:
                return True
        return False

    def _may_compound(self, left_key: str, right_key: str) -> bool:
        """Whether two spaced words may be the parts of one compound."""
        lexicon = self.lexicon
        if left_key in DETERMINERS:
            return False
        right = self.right_parts.recall(right_key)
        if right is None:
            right = self.right_parts[right_key] = self._right_part(right_key)
        starts_with_head, free = right
        if left_key not in lexicon.compound_firsts and not starts_with_head:
            return False
        # Two words that could each stand alone are usually written apart (اهل بیت، قابل اجرا),
        # unless the first is a productive compound part (پیش بینی).
        # A first part that is no word on its own is no word apart either (جابه جا، دهن دره).
        if (free and lexicon.compounds_of["L"].get(left_key, 0) < PRODUCTIVE_PART_COMPOUNDS
                and not (left_key not in lexicon.scores
                         and lexicon.compound_forms.get(left_key + right_key, "").startswith(left_key + ZWNJ))):
            return False
        # Even then, a compound of two free words needs a frequency of its own (not قابل اجرا).
        if (free and left_key in lexicon.scores and left_key not in PREFIX_WORDS
                and lexicon.scores.get(left_key + right_key, ATTESTED_COMPOUND) < ATTESTED_COMPOUND):
            return False
        return not self.verb_form(right_key)

    def _right_part(self, right_key: str) -> tuple[bool, bool]:
        """Whether a word starts with a compound head, and whether it is a free word: common on its
        own and no productive compound head."""
        lexicon = self.lexicon
        right_word = right_key[:-1] if right_key.endswith(("ای", "وی")) else right_key  # ezafe: هیئت امنای
        alone = lexicon.scores.get(right_word)
        if alone is None:  # a word derived from a free word is free too (بانک مرکزی), one from a verb
            base = _derivation_base(right_word)  # stem is a compound head (برنامه ریزی)
            alone = -1.0 if base is None or base in lexicon.present_stems else lexicon.scores.get(base, -1.0)
        free = alone >= FREE_WORD and lexicon.compounds_of["R"].get(right_word, 0) < PRODUCTIVE_PART_COMPOUNDS
        heads = lexicon.heads
        for length in lexicon.head_lengths.get(right_key[:2], ()):
            if length > len(right_key):
                break
            if right_key[:length] in heads:
                return True, free
        return False, free


def _may_join_roles(left: int, right: int) -> bool:
    """Whether words of these roles (L_* and R_* flags) may join: a quick test that rules out most
    pairs before Analyser._joint, which it never contradicts (tabulated in JOINABLE_ROLES)."""
    if not left or not right:
        return False
    if left & L_SOFT:
        return bool(right & R_SOFT)
    if left & L_PREFIX or right & R_AFFIX:
        return True
    if left & L_DETERMINER or not (left & L_FIRST or right & R_HEAD):
        return False
    return not (right & R_FREE) or bool(left & L_LOOSE)


ROLE_BITS = 5  # R_* flags fit in five bits
JOINABLE_ROLES = tuple(_may_join_roles(index >> ROLE_BITS, index & ((1 << ROLE_BITS) - 1))
                       for index in range(1 << (ROLE_BITS + 6)))


def _derivation_base(key: str) -> str | None:
    """The word that ``key`` derives from with ی/یی/گی (انسانی → انسان، خستگی → خسته), if it may."""
    if key.endswith("گی"):
        return key[:-2] + "ه"
    if key.endswith("یی") and key[-3:-2] in ("ا", "و"):
        return key[:-2]
    if key.endswith("ی") and key[-2:-1] not in ("ا", "و", "ی", ""):
        return key[:-1]
    return None


def _unfold(restored: str, form: str) -> str:
    """``restored``, the decision for ``form`` with its ۀ folded to ه, with the letters of ``form``."""
    pieces = []
    index = 0
    for char in restored:
        if char == ZWNJ and form[index:index + 1] != ZWNJ:
            pieces.append(ZWNJ)
            continue
        pieces.append(form[index])
        index += 1
    return "".join(pieces)


def _with_zwnj(form: str, positions: tuple[int, ...]) -> str:
    """``form`` with a ZWNJ before each letter at one of ``positions`` of its joined key."""
    if not positions:
        return form
    wanted = set(positions)
    pieces = []
    letters = 0
    for char in form:
        if char == ZWNJ:
            wanted.discard(letters)
        elif letters in wanted:
            pieces.append(ZWNJ)
        if char != ZWNJ:
            letters += 1
        pieces.append(char)
    return "".join(pieces)


def _zwnj_positions(form: str) -> frozenset[int]:
    if ZWNJ not in form:
        return frozenset()
    return frozenset(position for position, _ in _boundaries_of(form, JOINED))


def _boundaries_of(form: str, kind: str) -> Boundaries:
    boundaries = []
    position = 0
    for part in form.split(ZWNJ)[:-1]:
        position += len(part)
        boundaries.append((position, kind))
    return tuple(boundaries)


def _written(key: str, boundaries: Boundaries) -> tuple[int, ...]:
    """Positions of ``key`` that take a ZWNJ: written boundaries after a joining letter."""
    return tuple(sorted({position for position, kind in boundaries
                         if kind in WRITTEN_KINDS and key[position - 1] not in NON_JOINING}))


_ANALYSER: Analyser | None = None


def _analyser() -> Analyser:
    global _ANALYSER
    if _ANALYSER is None:
        _ANALYSER = Analyser(Lexicon())
    return _ANALYSER


def half_space_edits(text: str) -> list[Edit]:
    """Edits (start, end, replacement) on `text` that restore half-spaces; sorted by start, non-overlapping.

    A text that shows how it writes half-spaces, with ZWNJ or with a space before a suffix or
    after a prefix (می کند، کتاب ها), more often than it writes such an affix joined (میکند،
    کتابها), writes its compounds as it means them: a compound written joined there (همزمان)
    stays joined. A text that has lost its half-spaces has its joined compounds parted too."""
    if not text:
        return []
    analyser = _analyser()
    decisions = analyser.decisions
    protected = [m.span() for m in _PROTECTED.finditer(text)] if _MAYBE_PROTECTED.search(text) else []
    protected_index = 0
    spelled = text.count(ZWNJ)  # half-spaces the text writes as ZWNJ or as a space
    left_roles, right_roles = analyser.left_roles, analyser.right_roles
    participle_heads = analyser.lexicon.participle_heads
    participles = False
    # Words that become one: start, end, restored form, kinds of its boundaries, whether changed.
    groups: list[tuple[int, int, str, dict[int, str], bool]] = []
    last_end = -2
    for match in _WORD.finditer(text):
        start, end = match.span()
        if protected:
            while protected_index < len(protected) and protected[protected_index][1] <= start:
                protected_index += 1
            if protected_index < len(protected) and protected[protected_index][0] < end:
                continue
        word = match.group()
        decision = decisions.get(word) or analyser.decide(word)
        form, kinds, after_indefinite, changed = decision
        if last_end + 1 == start and text[last_end] == " ":
            previous = groups[-1][2]
            if after_indefinite is not None and previous in INDEFINITE_DETERMINERS:
                form, changed = after_indefinite, after_indefinite != word
            left_role = left_roles.get(previous)
            if left_role is None:
                left_role = analyser.left_role(previous)
            # Join to the words before while they form one word; a join may allow the one before.
            while left_role:
                right_role = right_roles.get(form)
                if right_role is None:
                    right_role = analyser.right_role(form)
                if not JOINABLE_ROLES[left_role << ROLE_BITS | right_role]:
                    break
                kind = analyser.pair_joint(previous, form)
                if kind is None:
                    break
                if kind in EVIDENCE_KINDS:
                    spelled += 1
                start = groups.pop()[0]
                joined = analyser.decide(previous + ZWNJ + form)
                form, kinds, changed = joined.restored, joined.kinds, True
                if not (groups and groups[-1][1] + 1 == start and text[start - 1] == " "):
                    break
                previous = groups[-1][2]
                left_role = left_roles.get(previous)
                if left_role is None:
                    left_role = analyser.left_role(previous)
            if form in participle_heads:
                participles = True
        groups.append((start, end, form, kinds, changed))
        last_end = end
    if participles and len(groups) > 2:
        groups = _adjectival_participles(analyser, text, groups)
    edits: list[Edit] = []
    compounds: list[int] = []  # the edits that part a compound written joined
    lost = 0  # affixes the text writes joined where a half-space belongs (میکند)
    for start, _, form, kinds, changed in groups:
        if changed:
            lost += _group_edits(text, start, form, kinds, edits, compounds)
    if compounds and spelled > lost:
        parted = set(compounds)
        edits = [edit for index, edit in enumerate(edits) if index not in parted]
    return edits


def _adjectival_participles(analyser: Analyser, text: str, groups: list) -> list:
    """Groups with a word and a participle compound head that follows it joined (وحشت‌زده،
    انجام‌شدۀ) when a noun or an ezafe follows: before a verb or at the end they are a verb
    (انجام شده است)."""
    lexicon = analyser.lexicon
    heads = lexicon.participle_heads
    merged = [groups[0]]
    for index in range(1, len(groups)):
        start, end, form, kinds, _ = groups[index]
        previous = merged[-1]
        if form in heads and previous[1] + 1 == start and text[start - 1] == " " and (
                form.endswith(HEH_YEH) or (index + 1 < len(groups) and groups[index + 1][0] == end + 1
                                           and text[end] == " " and (groups[index + 1][2] == "را"
                                                                     or analyser.noun_like(groups[index + 1][2])))):
            left = previous[2]
            if analyser.noun_like(left.replace(ZWNJ, "")) and not left.endswith(HEH_YEH):
                joint = len(left.replace(ZWNJ, ""))
                joined_kinds = {**previous[3], joint: LEXICON_COMPOUND}
                joined_kinds.update((joint + position, kind) for position, kind in kinds.items())
                merged[-1] = (previous[0], end, left + ZWNJ + form, joined_kinds, True)
                continue
        merged.append(groups[index])
    return merged


def _group_edits(text: str, start: int, form: str, kinds: dict[int, str], edits: list[Edit],
                 compounds: list[int]) -> int:
    """Add the edits that turn the text from ``start`` into ``form``, its restored form whose
    boundaries are of ``kinds``; list those that part a compound written joined in ``compounds``.
    Returns how many half-spaces go after a prefix or before a suffix that the text writes joined."""
    offset = start
    position = 0  # letters of form so far
    lost = 0
    for char in form:
        written = text[offset]
        if char == written:
            offset += 1
            if char != ZWNJ:
                position += 1
        elif written == " ":  # a space inside the group: the words join
            edits.append((offset, offset + 1, ZWNJ))
            offset += 1
        else:  # a half-space the text lacks
            kind = kinds.get(position)
            if kind in KEPT_KINDS:
                compounds.append(len(edits))
            elif kind in EVIDENCE_KINDS:
                lost += 1
            edits.append((offset, offset, ZWNJ))
    return lost


def restore(text: str) -> str:
    """``text`` with its half-spaces restored."""
    pieces = []
    last = 0
    for start, end, replacement in half_space_edits(text):
        pieces.append(text[last:start])
        pieces.append(replacement)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)

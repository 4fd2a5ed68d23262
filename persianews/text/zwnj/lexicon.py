"""The ZWNJ lexicon of ``models/zwnj/`` and the word classes, boundary kinds and scores of the analysis."""

from __future__ import annotations

from typing import NamedTuple

ZWNJ = "\u200c"
LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc"
"""The letters of the words that half-space restoration looks at (a character class without brackets)."""
NON_JOINING = frozenset("اآأإٱدذرزژوؤءۀة")

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

# Closed-class words: never one side of a join, a stem only of ها (درها).
FUNCTION_WORDS = frozenset(
    "و یا که را از به در با بر تا برای اگر اما ولی یعنی چون چه نه نیز پس "
    "وی او من تو ما شما ایشان خود آن این آنان اینان آنکه اینکه است چند هر هیچ".split()
)
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
ATTESTED_WORD = 2.0  # a lexicon word this frequent is taken as spelled there
ATTESTED_COMPOUND = 1.5  # a compound of two free words this frequent joins when written spaced


class Suffix(NamedTuple):
    kind: str  # SUFFIX (after a ZWNJ) or JOINED
    penalty: float
    after: str | None  # letters the stem must end with (SILENT_HE: a vowel ه); None: any
    not_after: str  # letters the stem must not end with
    stem_tail: str  # letters restored at the end of the stem (دیدگان → دیده)
    min_stem_score: float | None  # None: a stem missing from the lexicon will do
    after_function_word: bool  # may follow a function word (درها، چه‌ها)
    comparative: bool  # تر، ترین...


HEH_YEH = "ۀ"  # a final ه with the ezafe hamza (خانۀ): analysed as ه
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
        # what an analysis may find at the end of a word and give a half-space: suffixes written after one
        self.zwnj_suffixes = tuple(surface for surface, options in self.suffixes.items()
                                   if any(option.kind == SUFFIX for option in options)) + PARTICIPLE_CLITICS
        # the stems that a lexicon compound gives a half-space, and those that take a final ه (دیدگان → دیده)
        self.compound_stems = frozenset(self.compound_forms).union(
            key[:-1] for key in self.compound_forms if key.endswith("ه"))
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

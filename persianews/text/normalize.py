"""Persian text normalization as named, explainable rules that keep source offsets.

Each rule is a function from the current text to a list of edits; the
framework applies the edits and composes the alignment, so every normalized
character still points at the source characters it came from. Rules run in
the order they are defined here (see :data:`RULES`); each one sees the output
of the ones before, and ``normalize`` is idempotent.

Decisions (the defaults of :class:`NormalizationConfig`):

* Arabic ``ي ى ك ة`` and other Arabic/Urdu variants become Persian ``ی ک ه``;
  presentation forms and ligatures are decomposed, but phrase ligatures and
  symbols (``ﷺ ﷽ ﷼``) are kept.
* Hamza forms are kept as written (``مسئول`` and ``مسؤول`` stay distinct):
  both spellings are standard and the hamza carries meaning; matching code
  compares folded keys instead of rewriting the text. A letter followed by a
  combining hamza or madda is composed (``ا`` + ``ٓ`` → ``آ``).
* Digits are unified to ASCII by default (``digits="ascii"``), so numbers parse
  everywhere; ``digits="fa"`` writes Persian digits, ``"keep"`` leaves them.
* Half-spaces (ZWNJ) are restored by :mod:`persianews.text.zwnj`
  (``half_spaces``) after stray ones are removed.
* Emoji, bullets and Telegram markers are kept: the segmenter uses them.
"""

from __future__ import annotations

import functools
import re
from typing import Mapping

import attrs

from persianews.errors import InputTypeError
from persianews.records import Span
from persianews.text.alignment import Alignment, Edit, apply_edits
from persianews.text.characters import (
    COMPOSITIONS, CONTROL_RANGES, DIACRITIC_RANGES, DIGIT_MAPPINGS, LETTER_VARIANTS, PRESENTATION_RANGES,
    PRESENTATION_TABLE, SPACES,
)
from persianews.text.normalize_config import (
    ARABIC_LETTER, RULES, RULES_BY_NAME, ZWNJ, Change, NormalizationConfig, Pattern, Rule, rule,
)
from persianews.text.patterns import char_class, characters_of, lazy_pattern


@attrs.frozen
class NormalizedText:
    """Normalized text, its alignment to the source, and the changes each rule made."""

    text: str
    source: str
    alignment: Alignment = attrs.field(repr=False)
    changes: tuple[Change, ...] = ()
    config: NormalizationConfig = attrs.field(factory=NormalizationConfig, repr=False)

    def __str__(self) -> str:
        return self.text

    def source_span(self, span: Span) -> Span:
        """The range of the source behind ``span`` of the normalized text."""
        return self.alignment.source_span(span)

    def explain(self) -> list[str]:
        """One line per rule that changed something, each followed by one line per edit: the
        source span, the text before and after (normalizes again with ``explain`` if needed)."""
        changes = self.changes
        if not self.config.explain:
            changes = normalize(self.source, attrs.evolve(self.config, explain=True)).changes
        lines = []
        for change in changes:
            docs = {rule.name: rule.doc for rule in (*RULES, *self.config.extra_rules)}
            lines.append(f"{change.rule}: {change.count} edit(s): {docs[change.rule]}")
            for span, before, after in change.edits:
                lines.append(f"  [{span.start}:{span.end}] {before!r} -> {after!r}")
        return lines


def _mapped_edits(text: str, pattern: re.Pattern, mapping: Mapping[str, str]) -> list[Edit]:
    return [(m.start(), m.end(), mapping[m.group()]) for m in pattern.finditer(text)]


def _attached_deletion(text: str, start: int, end: int) -> Edit:
    """Delete ``text[start:end]`` so that the character before it keeps it in its source range."""
    if start and not text[start - 1].isspace():
        return start - 1, end, text[start - 1]
    return start, end, ""


_PRESENTATION_BLOCK = re.compile(f"[{PRESENTATION_RANGES}]")


@rule(_PRESENTATION_BLOCK, starts=characters_of(PRESENTATION_RANGES))
def presentation_forms(text: str, config: NormalizationConfig) -> list[Edit]:
    """Replace Arabic presentation forms and ligatures by their letters (ﻻ → لا, ﮐ → ک);
    spacing forms of diacritics are removed, phrase ligatures and symbols (ﷺ ﷼) kept."""
    return [(m.start(), m.end(), PRESENTATION_TABLE[ord(m.group())])
            for m in _PRESENTATION_BLOCK.finditer(text) if ord(m.group()) in PRESENTATION_TABLE]


_COMPOSABLE = re.compile(r"[\u0653-\u0655](?<=" + "|".join(COMPOSITIONS) + ")")


@rule(_COMPOSABLE, starts="\u0653\u0654\u0655")
def compose_hamza(text: str, config: NormalizationConfig) -> list[Edit]:
    """Combine a letter and a combining hamza or madda into the precomposed letter (ا + ٓ → آ)."""
    return [(m.start() - 1, m.end(), COMPOSITIONS[text[m.start() - 1:m.end()]]) for m in _COMPOSABLE.finditer(text)]


_LETTER_VARIANT = char_class("".join(LETTER_VARIANTS))


@rule(_LETTER_VARIANT, characters=lambda config: LETTER_VARIANTS, starts="".join(LETTER_VARIANTS))
def arabic_letters(text: str, config: NormalizationConfig) -> list[Edit]:
    """Write Arabic and Urdu letter variants as the Persian letters (ي ى → ی, ك → ک, ة → ه)."""
    return _mapped_edits(text, _LETTER_VARIANT, LETTER_VARIANTS)


_DIACRITICS = re.compile(f"[{DIACRITIC_RANGES}]+")


@rule(_DIACRITICS, starts=characters_of(DIACRITIC_RANGES))
def diacritics(text: str, config: NormalizationConfig) -> list[Edit]:
    """Remove Arabic diacritics (harakat, tanvin, shadda, superscript alef, Quranic marks, and
    any hamza or madda left uncomposed) and tatweel; the letter before them keeps them in its
    source range."""
    return [_attached_deletion(text, m.start(), m.end()) for m in _DIACRITICS.finditer(text)]


_FOREIGN_DIGIT = {system: char_class("".join(mapping)) for system, mapping in DIGIT_MAPPINGS.items()}


@rule(lambda config: _FOREIGN_DIGIT[config.digits], switch=lambda config: config.digits != "keep",
      characters=lambda config: DIGIT_MAPPINGS[config.digits], starts=lambda config: "".join(DIGIT_MAPPINGS[config.digits]))
def digits(text: str, config: NormalizationConfig) -> list[Edit]:
    """Unify Persian, Arabic-Indic and ASCII digits into one system (ASCII by default)."""
    return _mapped_edits(text, _FOREIGN_DIGIT[config.digits], DIGIT_MAPPINGS[config.digits])


_CONTROL = re.compile(f"[{CONTROL_RANGES}]+")
_EMOJI_BEFORE_JOINER = lazy_pattern(r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]")
_EMOJI = lazy_pattern(r"\p{Extended_Pictographic}")


@rule(_CONTROL, starts=characters_of(CONTROL_RANGES))
def control_characters(text: str, config: NormalizationConfig) -> list[Edit]:
    """Remove direction marks (LRM, RLM, ALM, embeddings, isolates), BOM, soft hyphens,
    zero-width spaces, control characters, and ZWJ except between the parts of an emoji."""
    edits = []
    for m in _CONTROL.finditer(text):
        start, end = m.span()
        if (m.group() == "\u200d" and start and _EMOJI_BEFORE_JOINER().match(text, start - 1, start)
                and _EMOJI().match(text, end, end + 1)):
            continue
        edits.append((start, end, ""))
    return edits


_LINE_BREAK = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")


@rule(_LINE_BREAK, starts="\r\u2028\u2029\x85\x0b\x0c")
def line_breaks(text: str, config: NormalizationConfig) -> list[Edit]:
    """Write every line break (CR LF, CR, NEL, line and paragraph separators, VT, FF) as \\n."""
    return [(m.start(), m.end(), "\n") for m in _LINE_BREAK.finditer(text)]


_SPACE_MAPPING = dict.fromkeys(SPACES, " ")
_SPACE_CHARACTER = char_class(SPACES)


@rule(_SPACE_CHARACTER, characters=lambda config: _SPACE_MAPPING, starts=SPACES)
def space_characters(text: str, config: NormalizationConfig) -> list[Edit]:
    """Write tabs, no-break spaces and the other space characters as a plain space."""
    return _mapped_edits(text, _SPACE_CHARACTER, _SPACE_MAPPING)


_WORD_EDGE_PATTERN = r"[\s\p{P}\p{S}\p{N}\p{Latin}\p{Greek}\p{Cyrillic}]"
_WORD_EDGE = lazy_pattern(_WORD_EDGE_PATTERN)
_STRAY_ZWNJ = lazy_pattern(rf"{ZWNJ}{{2,}}|(?:^|(?<={_WORD_EDGE_PATTERN})){ZWNJ}+|{ZWNJ}+(?={_WORD_EDGE_PATTERN}|$)")


@rule(re.compile(ZWNJ))
def stray_half_spaces(text: str, config: NormalizationConfig) -> list[Edit]:
    """Remove half-spaces that join nothing (at word edges: next to spaces, punctuation, digits
    or Latin letters) and collapse doubled ones; inside a word, remove one after a letter that never
    joins forward (ا د ر و …) unless it parts a suffix (کشور‌ها) or two words of the lexicon (کار‌آفرین):
    there it has no visual effect (د‌ر → در, اند‌ازه → اندازه)."""
    from persianews.text.zwnj.parts import idle_joiners  # the lexicon loads on first use

    edits = []
    idle = idle_joiners(text)
    for m in _STRAY_ZWNJ().finditer(text):
        start, end = m.span()
        if start == 0 or end == len(text) or _WORD_EDGE().match(text, start - 1, start) \
                or _WORD_EDGE().match(text, end, end + 1):
            edits.append(_attached_deletion(text, start, end))
        elif start not in idle:
            edits.append((start, end, ZWNJ))
    edits.extend(_attached_deletion(text, start, end) for start, end in idle.items())
    edits.sort()
    return edits


_STRAIGHT_OR_CURLY_QUOTE = re.compile(r'["“]')
_STRAIGHT_PAIR = re.compile(r'"[^"\n]*"')
_CURLY_QUOTE_OR_LINE_BREAK = re.compile(r"[“”\n]")
_ARABIC_LETTER = re.compile(ARABIC_LETTER)


@rule(_STRAIGHT_OR_CURLY_QUOTE, switch=lambda config: config.guillemets, starts='"“')
def guillemets(text: str, config: NormalizationConfig) -> list[Edit]:
    """Write paired straight or curly double quotes around Persian text as «…». Quotes pair within
    a line: straight ones in order (first with second, third with fourth), curly ones as nested
    brackets."""
    pairs = [m.span() for m in _STRAIGHT_PAIR.finditer(text)]
    openings: list[int] = []
    for m in _CURLY_QUOTE_OR_LINE_BREAK.finditer(text):
        if m.group() == "“":
            openings.append(m.start())
        elif m.group() == "\n":
            openings.clear()
        elif openings:
            pairs.append((openings.pop(), m.end()))
    edits: list[Edit] = []
    for start, end in pairs:
        if _ARABIC_LETTER.search(text, start + 1, end - 1):
            edits.append((start, start + 1, "«"))
            edits.append((end - 1, end, "»"))
    edits.sort()
    return edits


# Spaces before punctuation, or an opening bracket and the spaces after it; each alternative starts
# with one literal character, for speed (re then skips to the characters they start with, where a
# lookbehind or a character class first would be tried at every position). A run of spaces is tried
# from its first space only (the lookbehind after it) and read once (possessive), so a long run not
# followed by punctuation costs its length, not its square.
_SPACE_BEFORE_PUNCTUATION = re.compile(r" (?<!  )(?: *+(?=[،؛!؟?;»)\]]|[.,:](?!\d)))|« +|\( +|\[ +")


@rule(re.compile(r" [.،؛:!؟?,;»)\]]|« |\( |\[ "), switch=lambda config: config.punctuation_spacing)
def space_before_punctuation(text: str, config: NormalizationConfig) -> list[Edit]:
    """Remove spaces before . ، ؛ : ! ؟ and closing brackets (after a non-space), and after opening
    ones (« سلام » → «سلام»); a space before a decimal point (.5) stays."""
    edits: list[Edit] = []
    for m in _SPACE_BEFORE_PUNCTUATION.finditer(text):
        start, end = m.span()
        if text[start] != " ":  # an opening bracket: the spaces after it
            edits.append((start + 1, end, ""))
        elif start and not text[start - 1].isspace():
            edits.append((start, end, ""))
    return edits


_MISSING_SPACE_AFTER_PUNCTUATION = lazy_pattern(
    # each alternative starts with its punctuation, for speed; the insertion point is the match end
    rf"(?:\.(?<=(?:{ARABIC_LETTER}{{2}}|\p{{N}}|[»)\]])\.)"
    rf"|(?<![!؟?])[!؟?]++(?<=[\p{{L}}\p{{N}}»)\]][!؟?]+)"
    rf"|:(?<=[\p{{L}}»)\]]:))(?={ARABIC_LETTER}|«)"
    rf"|:(?<={ARABIC_LETTER}:)(?=\p{{N}})"
    rf"|[،؛](?<=[^\s\p{{N}}][،؛])(?=\p{{N}})"
    rf"|[،؛](?<=\S[،؛])(?=[\p{{L}}«(])"
)
_LINK_HINT = re.compile(r"[@/]|\.[A-Za-z]|www\.")
_WHITESPACE = lazy_pattern(r"\s")
_LAST_WHITESPACE = lazy_pattern(r"(?r)\s")


@rule(re.compile(r"[.!؟?:،؛]\S"), switch=lambda config: config.punctuation_spacing)
def space_after_punctuation(text: str, config: NormalizationConfig) -> list[Edit]:
    """Put a space after . ! ؟ : when a Persian letter or « follows, and after ، ؛ when a letter,
    digit, « or ( follows (شود.مدیرکل → شود. مدیرکل, کرد:دولت → کرد: دولت, مقدس،سیل → مقدس، سیل);
    never inside URLs, domains, e-mails or @handles, after a one-letter abbreviation (ج.ا), or in
    decimals (1.5), times (20:30) and dates (1402/6/4)."""
    from persianews.text.segment import LINK  # the tokenizer's patterns compile on first use, not at import

    edits = []
    word_end = -1
    links: list[tuple[int, int]] = []
    for m in _MISSING_SPACE_AFTER_PUNCTUATION().finditer(text):
        point = m.end()
        if point > word_end:  # the links of the whitespace-delimited word around the point
            before = _LAST_WHITESPACE().search(text, 0, point)
            after = _WHITESPACE().search(text, point)
            word_start, word_end = before.end() if before else 0, after.start() if after else len(text)
            links = ([link.span() for link in LINK.finditer(text, word_start, word_end)]
                     if _LINK_HINT.search(text, word_start, word_end) else [])
        if not any(start < point < end for start, end in links):
            edits.append((point, point, " "))
    return edits


# Every run of two or more, and a single space or line break at either end of the text; the pattern opens with
# its character class, for speed (re skips to the spaces and line breaks; an alternative that opens with \A would
# have it tried at every position). A paragraph break (\n\n) becomes itself.
_SPACE_RUN = re.compile(r"[ \n](?:[ \n]+|\Z|(?<=\A[ \n]))")
# A run of spaces and line breaks that space_runs changes holds one of these (\n\n stays as it is).
_CHANGING_RUNS = ("  ", " \n", "\n ", "\n\n\n")


@rule(_SPACE_RUN)
def space_runs(text: str, config: NormalizationConfig) -> list[Edit]:
    """Collapse runs of spaces, strip spaces at line edges and at both ends of the text, and
    keep at most one blank line between paragraphs."""
    if not (text[:1] in " \n" or text[-1:] in " \n" or any(run in text for run in _CHANGING_RUNS)):
        return []  # four C-level substring scans instead of a regex attempt at every space
    edits = []
    for m in _SPACE_RUN.finditer(text):
        start, end = m.span()
        if start == 0 or end == len(text):
            replacement = ""
        elif "\n" not in m.group():
            replacement = " "
        else:
            replacement = "\n\n" if m.group().count("\n") > 1 else "\n"
        edits.append((start, end, replacement))
    return edits


@rule(_ARABIC_LETTER)
def glued_words(text: str, config: NormalizationConfig) -> list[Edit]:
    """Put back the space lost between a word the text writes alone elsewhere (a name, «وی») and a
    title head, reporting verb or «در» run into it (…احمدیسخنگوی → …احمدی سخنگوی, ویافزود → وی افزود),
    in words that no lexicon knows; and the spaces of a citing phrase around its outlet's name
    (به گزارشمهربه نقل از → به گزارش مهر به نقل از); and the line break lost inside a name written twice, a
    subheading glued to its paragraph (مینا سالاریمینا سالاری عضو … → مینا سالاری / مینا سالاری عضو …); and the
    space lost between an honorific and the given name run into it before a name (دکترمحمدباقر قالیباف → دکتر
    محمدباقر قالیباف); and the line break lost between a clause's last word and the given name run into it before a
    name, a subheading glued to its paragraph (… در حال افزایش استمحمدعلی شاعری، … → … در حال افزایش است /
    محمدعلی شاعری، …), or the space lost after «که» (بود کهعبدالناصر همتی → بود که عبدالناصر همتی)."""
    from persianews.text.glued import (citing_edits, doubled_name_edits, glued_word_edits,  # the lexicon loads on first use
                                       honorific_given_edits, verb_given_edits)

    return sorted(set(glued_word_edits(text)) | set(citing_edits(text)) | set(doubled_name_edits(text))
                  | set(honorific_given_edits(text)) | set(verb_given_edits(text)))


@rule(_ARABIC_LETTER, switch=lambda config: config.half_spaces)
def half_spaces(text: str, config: NormalizationConfig) -> list[Edit]:
    """Restore half-spaces (ZWNJ) after the prefixes می/نمی, before suffixes (ها, تر, ترین, ای,
    ام, اند...) and inside lexicon compounds, from both the spaced and the joined form."""
    from persianews.text.zwnj import half_space_edits  # its lexicon and patterns load on first use

    return half_space_edits(text)


# Characters common in news text; the others of a text are collected in one scan (_UNCOMMON), and a
# rule whose matches start with uncommon characters only runs when the text has one of them.
_COMMON_RANGES = ("\u0621-\u0628\u062a-\u063a\u0641\u0642\u0644-\u0648\u067e\u0686\u0698\u06a9\u06af\u06cc"  # no ي ك ة ى
                  "\u200c\n a-zA-Z0-9.،:؛«»()/")
_COMMON = frozenset(characters_of(_COMMON_RANGES))
_UNCOMMON = re.compile(f"[^{_COMMON_RANGES}]")
Step = tuple[Rule, Pattern, Mapping[str, str] | None, frozenset[str] | None]


@functools.lru_cache(maxsize=32)
def _plan(config: NormalizationConfig) -> tuple[Step, ...]:
    """The rules a config runs, each with its trigger, (for the fast path) its character mapping, and
    the uncommon characters its trigger's matches start with (None: the trigger decides alone)."""
    steps = []
    for entry in _ordered_rules(config):
        if entry.enabled(config):
            starts = frozenset(entry.starts(config)) if entry.starts is not None else None
            steps.append((entry, entry.trigger(config),
                          entry.characters(config) if entry.characters is not None and not config.explain else None,
                          starts if starts is not None and starts.isdisjoint(_COMMON) else None))
    return tuple(steps)


def _ordered_rules(config: NormalizationConfig) -> list[Rule]:
    """The built-in rules with the config's extra rules just before ``half_spaces``."""
    last = RULES_BY_NAME["half_spaces"]
    return [entry for entry in RULES if entry is not last] + list(config.extra_rules) + [last]


DEFAULT_CONFIG = NormalizationConfig()


def normalize(text: str, config: NormalizationConfig | None = None) -> NormalizedText:
    """Normalize Persian text; the result keeps the alignment back to ``text``.

    Raises :class:`~persianews.errors.InputTypeError` for anything but ``str``
    (bytes must be decoded first).
    """
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputTypeError("normalize() takes str, not bytes: decode the bytes first, "
                             "e.g. data.decode('utf-8')")
    if not isinstance(text, str):
        raise InputTypeError(f"normalize() takes str, not {type(text).__name__}")
    config = config or DEFAULT_CONFIG
    current, alignment = text, Alignment.identity(len(text))
    changes: list[Change] = []
    # The uncommon characters of current, collected when first needed; then those the rules write are
    # added, so that it holds those of current and maybe some a rule removed (their rules' triggers decide).
    uncommon: set[str] | None = None
    for entry, trigger, characters, starts in _plan(config):
        if starts is not None:
            if uncommon is None:
                uncommon = set(_UNCOMMON.findall(current))
            if uncommon.isdisjoint(starts):
                continue
        if not trigger.search(current):
            continue
        explained: tuple[tuple[Span, str, str], ...] = ()
        if characters is not None:
            count = 0
            written = []
            for old, new in characters.items():
                if old in current:
                    count += current.count(old)
                    current = current.replace(old, new)
                    written.append(new)
        else:
            edits = list(entry.function(current, config))  # read twice (a custom rule may yield)
            if config.explain:
                explained = tuple((alignment.source_span(Span(start, end)), current[start:end], new)
                                  for start, end, new in edits if current[start:end] != new)
            current, alignment, count = apply_edits(current, alignment, edits)
            written = [new for _, _, new in edits] if count and uncommon is not None else []
        if count:
            changes.append(Change(entry.name, count, explained))
            if uncommon is not None:
                uncommon.update(_UNCOMMON.findall("".join(written)))
    return NormalizedText(current, text, alignment, tuple(changes), config)

"""Persian text normalization as named, explainable rules that keep source offsets.

Each rule is a function from the current text to a list of edits; the
framework applies the edits and composes the alignment, so every normalized
character still points at the source characters it came from.

Decisions (the defaults of :class:`NormalizationConfig`):

* Arabic ``ي ى ك ة`` and other Arabic/Urdu variants become Persian ``ی ک ه``;
  presentation forms and ligatures are decomposed.
* Hamza forms are kept as written (``مسئول`` and ``مسؤول`` stay distinct):
  both spellings are standard and the hamza carries meaning; matching code
  compares folded keys instead of rewriting the text.
* Digits are unified to ASCII by default (``digits="ascii"``), so numbers parse
  everywhere; ``digits="fa"`` writes Persian digits, ``"keep"`` leaves them.
* Emoji, bullets and Telegram markers are kept: the segmenter uses them.
"""

from __future__ import annotations

import unicodedata
from typing import Callable, Iterable, Literal

import attrs
import regex

from persianews.errors import InputTypeError
from persianews.records import Span
from persianews.text.alignment import Alignment, Edit, apply_edits

RuleFunction = Callable[[str, "NormalizationConfig"], Iterable[Edit]]

ZWNJ = "\u200c"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ASCII_DIGITS = "0123456789"


@attrs.frozen
class NormalizationConfig:
    """Which rules run and how; an immutable value (use ``attrs.evolve`` to change it)."""

    digits: Literal["ascii", "fa", "keep"] = "ascii"
    half_spaces: bool = True
    guillemets: bool = True
    punctuation_spacing: bool = True
    disabled: frozenset[str] = frozenset()
    explain: bool = False


@attrs.frozen
class Rule:
    name: str
    function: RuleFunction
    doc: str

    def enabled(self, config: NormalizationConfig) -> bool:
        switch = {"half_spaces": config.half_spaces, "guillemets": config.guillemets,
                  "punctuation_spacing": config.punctuation_spacing,
                  "digits": config.digits != "keep"}.get(self.name, True)
        return switch and self.name not in config.disabled


@attrs.frozen
class Change:
    """What one rule did: how many edits, and with ``explain`` each edit in source terms."""

    rule: str
    count: int
    edits: tuple[tuple[Span, str, str], ...] = ()


@attrs.frozen
class NormalizedText:
    """Normalized text, its alignment to the source, and the changes made."""

    text: str
    source: str
    alignment: Alignment = attrs.field(repr=False)
    changes: tuple[Change, ...] = ()

    def source_span(self, span: Span) -> Span:
        return self.alignment.source_span(span)

    def explain(self) -> list[str]:
        """One line per rule that changed something (and per edit when explained)."""
        lines = []
        for change in self.changes:
            lines.append(f"{change.rule}: {change.count} edit(s) — {RULES_BY_NAME[change.rule].doc}")
            for span, before, after in change.edits:
                lines.append(f"  [{span.start}:{span.end}] {before!r} -> {after!r}")
        return lines


RULES: list[Rule] = []
RULES_BY_NAME: dict[str, Rule] = {}


def rule(function: RuleFunction) -> RuleFunction:
    """Register a normalization rule under its function name, documented by its docstring."""
    doc = " ".join((function.__doc__ or "").split())
    entry = Rule(function.__name__, function, doc)
    RULES.append(entry)
    RULES_BY_NAME[entry.name] = entry
    return function


def _edits_from_pattern(pattern: regex.Pattern, text: str, replace: Callable[[regex.Match], str]) -> list[Edit]:
    return [(m.start(), m.end(), replace(m)) for m in pattern.finditer(text)]


def _edits_from_table(text: str, table: dict[str, str], pattern: regex.Pattern) -> list[Edit]:
    return [(m.start(), m.end(), table[m.group()]) for m in pattern.finditer(text)]


def _char_class(chars: Iterable[str]) -> regex.Pattern:
    return regex.compile("[" + "".join(regex.escape(c) for c in chars) + "]")


_COMPOSITIONS = {
    "ا\u0653": "آ", "ا\u0654": "أ", "ا\u0655": "إ", "و\u0654": "ؤ",
    "ی\u0654": "ئ", "ي\u0654": "ئ", "ى\u0654": "ئ", "ه\u0654": "ۀ",
}
_COMPOSITION_PATTERN = regex.compile("|".join(_COMPOSITIONS))


@rule
def compose_hamza(text: str, config: NormalizationConfig) -> list[Edit]:
    """Combine a letter and a combining hamza or madda into the precomposed letter (ا + ٓ → آ)."""
    return _edits_from_table(text, _COMPOSITIONS, _COMPOSITION_PATTERN)


_PRESENTATION_PATTERN = regex.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFE]")


@rule
def presentation_forms(text: str, config: NormalizationConfig) -> list[Edit]:
    """Replace Arabic presentation forms and ligatures by their letters (ﻻ → لا, ﮐ → ک)."""
    return _edits_from_pattern(_PRESENTATION_PATTERN, text,
                               lambda m: unicodedata.normalize("NFKC", m.group()))


_LETTERS = {"ي": "ی", "ى": "ی", "ی": "ی", "ې": "ی", "ێ": "ی", "ك": "ک", "ڪ": "ک", "ګ": "گ",
            "ة": "ه", "ە": "ه", "ھ": "ه", "ہ": "ه", "ۂ": "ۀ", "ٲ": "أ", "ٳ": "إ", "ٱ": "ا"}
_LETTER_PATTERN = _char_class(_LETTERS)


@rule
def arabic_letters(text: str, config: NormalizationConfig) -> list[Edit]:
    """Write Arabic and Urdu letter variants as the Persian letters (ي ى → ی, ك → ک, ة → ه)."""
    return _edits_from_table(text, _LETTERS, _LETTER_PATTERN)


_DIGIT_TABLES = {
    "ascii": {c: ASCII_DIGITS[i] for digits in (PERSIAN_DIGITS, ARABIC_DIGITS) for i, c in enumerate(digits)},
    "fa": {c: PERSIAN_DIGITS[i] for digits in (ASCII_DIGITS, ARABIC_DIGITS) for i, c in enumerate(digits)},
}
_DIGIT_PATTERNS = {name: _char_class(table) for name, table in _DIGIT_TABLES.items()}


@rule
def digits(text: str, config: NormalizationConfig) -> list[Edit]:
    """Unify Persian, Arabic-Indic and ASCII digits into one system (ASCII by default)."""
    return _edits_from_table(text, _DIGIT_TABLES[config.digits], _DIGIT_PATTERNS[config.digits])


_DIACRITICS_PATTERN = regex.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]+")


@rule
def diacritics(text: str, config: NormalizationConfig) -> list[Edit]:
    """Remove Arabic diacritics (harakat, tanvin, shadda, superscript alef) and tatweel."""
    return _edits_from_pattern(_DIACRITICS_PATTERN, text, lambda m: "")


_CONTROL_PATTERN = regex.compile(
    r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad\u200b\u2060"
    r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+"
    r"|(?<![\p{So}\p{Sk}\uFE0F\U0001F3FB-\U0001F3FF])\u200d+|\u200d+(?![\p{So}\p{Sk}])"
)


@rule
def control_characters(text: str, config: NormalizationConfig) -> list[Edit]:
    """Remove direction marks (LRM, RLM, embeddings), BOM, soft hyphens, zero-width spaces,
    control characters and ZWJ except inside emoji sequences."""
    return _edits_from_pattern(_CONTROL_PATTERN, text, lambda m: "")


_SPACE_PATTERN = regex.compile(r"\r\n?|[\u2028\u2029\x85]|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


@rule
def space_characters(text: str, config: NormalizationConfig) -> list[Edit]:
    """Write tabs, NBSP and other space characters as a space, and every line break as \\n."""
    return _edits_from_pattern(_SPACE_PATTERN, text,
                               lambda m: " " if m.group() not in ("\r\n", "\r", "\u2028", "\u2029", "\x85") else "\n")


_STRAY_ZWNJ_PATTERN = regex.compile(
    r"\u200c{2,}"                                      # doubled
    r"|(?:^|(?<=[\s\p{P}\p{S}\d]))\u200c+"             # at the start of a word
    r"|\u200c+(?=[\s\p{P}\p{S}\d]|$)",                 # at the end of a word
    regex.MULTILINE,
)


@rule
def stray_half_spaces(text: str, config: NormalizationConfig) -> list[Edit]:
    """Remove half-spaces that join nothing (at word edges) and collapse doubled ones."""
    return _edits_from_pattern(_STRAY_ZWNJ_PATTERN, text,
                               lambda m: ZWNJ if len(m.group()) > 1 and _inside_word(text, m) else "")


def _inside_word(text: str, match: regex.Match) -> bool:
    start, end = match.start(), match.end()
    return 0 < start and end < len(text) and text[start - 1].isalpha() and text[end].isalpha()


_STRAIGHT_QUOTES_PATTERN = regex.compile(r'"([^"\n]{1,400})"|“([^”\n]{1,400})”')


@rule
def guillemets(text: str, config: NormalizationConfig) -> list[Edit]:
    """Write paired straight or curly double quotes around Persian text as «…»."""
    edits: list[Edit] = []
    for m in _STRAIGHT_QUOTES_PATTERN.finditer(text):
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        if regex.search(r"\p{Arabic}", inner):
            edits.append((m.start(), m.start() + 1, "«"))
            edits.append((m.end() - 1, m.end(), "»"))
    return edits


_SPACE_BEFORE_PUNCT = regex.compile(r"(?<=\S) +(?=[.،؛:!؟?,;)»\]])")
_SPACE_INSIDE_BRACKETS = regex.compile(r"(?<=[«(\[]) +| +(?=[»)\]])")
ARABIC_LETTER = r"[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF]"
_MISSING_SPACE_AFTER = regex.compile(
    rf"(?<={ARABIC_LETTER}{{2}}[.!؟:]|(?:{ARABIC_LETTER}|\p{{N}})[،؛]|[»)][.،؛:!؟])"
    rf"(?={ARABIC_LETTER}|«)"
)


@rule
def punctuation_spacing(text: str, config: NormalizationConfig) -> list[Edit]:
    """No space before . ، ؛ : ! ؟ and closing brackets, none inside « » and ( ); a space after
    sentence punctuation when a Persian letter follows (شود.مدیرکل → شود. مدیرکل), never inside
    URLs, domains, decimals, times or dates."""
    edits = [(m.start(), m.end(), "") for m in _SPACE_BEFORE_PUNCT.finditer(text)]
    edits += [(m.start(), m.end(), "") for m in _SPACE_INSIDE_BRACKETS.finditer(text)]
    edits += [(m.start(), m.start(), " ") for m in _MISSING_SPACE_AFTER.finditer(text)
              if not _inside_link(text, m.start())]
    edits.sort()
    return _merge_overlaps(edits)


def _inside_link(text: str, position: int) -> bool:
    word_start = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position)) + 1
    word = text[word_start:position]
    return "://" in word or "www." in word or "@" in word


def _merge_overlaps(edits: list[Edit]) -> list[Edit]:
    merged: list[Edit] = []
    for edit in edits:
        if merged and edit[0] < merged[-1][1]:
            continue
        merged.append(edit)
    return merged


_SPACE_RUNS = regex.compile(r"^[ ]+|[ ]+$|(?<= ) +|\n{3,}|\A\n+|\n+\Z", regex.MULTILINE)


@rule
def space_runs(text: str, config: NormalizationConfig) -> list[Edit]:
    """Collapse runs of spaces, strip spaces at line edges and limit blank lines to one."""
    return _edits_from_pattern(_SPACE_RUNS, text, lambda m: "\n\n" if m.group().startswith("\n\n\n") else "")


@rule
def half_spaces(text: str, config: NormalizationConfig) -> list[Edit]:
    """Restore half-spaces (ZWNJ) in prefixes می/نمی/بی, suffixes ها/ترین/ای/اند and
    lexicon compounds, from both the spaced and the joined form."""
    from persianews.text.zwnj import half_space_edits

    return half_space_edits(text)


def normalize(text: str, config: NormalizationConfig | None = None) -> NormalizedText:
    """Normalize Persian text; the result keeps the alignment back to ``text``."""
    if isinstance(text, (bytes, bytearray)):
        raise InputTypeError("normalize() takes str, not bytes: decode the bytes first, "
                             "e.g. data.decode('utf-8')")
    if not isinstance(text, str):
        raise InputTypeError(f"normalize() takes str, not {type(text).__name__}")
    config = config or NormalizationConfig()
    current, alignment = text, Alignment.identity(len(text))
    changes: list[Change] = []
    for entry in RULES:
        if not entry.enabled(config):
            continue
        edits = list(entry.function(current, config))
        if not edits:
            continue
        explained = ()
        if config.explain:
            explained = tuple((alignment.source_span(Span(start, end)), current[start:end], new)
                              for start, end, new in edits if current[start:end] != new)
        current, alignment, count = apply_edits(current, alignment, edits)
        if count:
            changes.append(Change(entry.name, count, explained))
    return NormalizedText(current, text, alignment, tuple(changes))

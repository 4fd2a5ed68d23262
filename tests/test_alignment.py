"""Alignment between normalized and source text: apply_edits, Document.source_span, and
hypothesis properties of normalization (never fails, idempotent, spans round-trip)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from persianews.document import Document
from persianews.records import Article, Span
from persianews.stages.normalize import NormalizeStage
from persianews.stages.segment import SegmentStage
from persianews.text.alignment import Alignment, apply_edits
from persianews.text.normalize import ZWNJ, NormalizationConfig, normalize

NO_ZWNJ = NormalizationConfig(half_spaces=False)
PROPERTY = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def mapping(alignment: Alignment) -> list[tuple[int, int]]:
    return list(zip(alignment.starts, alignment.ends))


def test_identity():
    alignment = Alignment.identity(3)
    assert mapping(alignment) == [(0, 1), (1, 2), (2, 3)]
    assert alignment.source_span(Span(1, 3)) == Span(1, 3)
    assert alignment.source_span(Span(3, 3)) == Span(3, 3)


def test_deletion_insertion_and_replacement():
    text, alignment, count = apply_edits("abcdef", Alignment.identity(6), [(1, 2, ""), (3, 3, " "), (4, 6, "X")])
    assert (text, count) == ("ac dX", 3)
    assert mapping(alignment) == [(0, 1), (2, 3), (3, 3), (3, 4), (4, 6)]


def test_one_for_one_edits_keep_the_alignment():
    identity = Alignment.identity(3)
    text, alignment, count = apply_edits("abc", identity, [(0, 1, "x"), (2, 3, "z")])
    assert (text, count) == ("xbz", 2) and alignment is identity


def test_edits_that_change_nothing_are_not_counted():
    identity = Alignment.identity(3)
    assert apply_edits("abc", identity, [(0, 1, "a"), (1, 1, "")]) == ("abc", identity, 0)


def test_shared_prefix_stays_one_to_one_and_covers_what_it_replaced():
    # "ab" -> "a": the a keeps the deleted b in its range
    text, alignment, _ = apply_edits("abc", Alignment.identity(3), [(0, 2, "a")])
    assert text == "ac" and mapping(alignment) == [(0, 2), (2, 3)]


def test_composition_of_edits():
    first = apply_edits("a  b", Alignment.identity(4), [(1, 3, " ")])
    text, alignment, _ = apply_edits(first[0], first[1], [(1, 1, "-")])
    assert text == "a- b"
    assert mapping(alignment) == [(0, 1), (1, 1), (1, 3), (3, 4)]


def test_tanvin_stays_in_the_source_span_of_its_word():
    source = "کاملاً درست"
    result = normalize(source, NO_ZWNJ)
    assert result.text == "کاملا درست"
    assert result.source_span(Span(0, 5)).slice(source) == "کاملاً"


def test_ligature_maps_to_its_source_character():
    source = "ﻻزم"
    result = normalize(source, NO_ZWNJ)
    assert result.text == "لازم"
    assert result.source_span(Span(0, 1)) == result.source_span(Span(1, 2)) == Span(0, 1)


def test_inserted_space_is_a_point():
    source = "شود.مدیرکل"
    result = normalize(source, NO_ZWNJ)
    assert result.text == "شود. مدیرکل"
    assert result.source_span(Span(4, 5)) == Span(4, 4)
    assert result.source_span(Span(5, 11)).slice(source) == "مدیرکل"


def test_source_span_outside_the_text_is_refused():
    with pytest.raises(ValueError, match="outside"):
        normalize("abc").source_span(Span(2, 9))


def test_document_source_span():
    source = "  رئيس\u200f جمهور گفت:«سلام»"
    doc = NormalizeStage()(Document.from_article(Article(source)))
    assert doc.text == "رئیس جمهور گفت: «سلام»"
    start = doc.text.index("«")
    assert doc.source_span(Span(start, start + 6)).slice(source) == "«سلام»"
    assert doc.source_span(Span(0, 4)).slice(source) == "رئيس"


# Hypothesis strategies: any string, and strings built from what Persian news is made of.
PIECES = [
    *"سلامکتابمیشودهایروزنامهپژوهشگرانآ", *"يىكةۀأؤإئء", *"۰۱۲۳۴۵۶۷۸۹0123456789٠١٫٬",
    *'.،؛:!؟?,;«»()[]"“”-/@#_…', "\u200c", "\u200c\u200c", "\u200d", "\u200e", "\u200f", " ", "  ",
    "\n", "\n\n", "\r\n", "\t", "\u00a0", "\ufeff", "😀", "👍🏽", "👨\u200d👩\u200d👧", "❤️", "🇮🇷", "🔹", "▪️",
    "\u064e", "\u064b", "\u0651", "\u0654", "\u0653", "\u0670", "\u0640", "ﻻ", "ﮐ", "ﺍ", "\ufe70", "\ufc5e",
    "ﷲ", "ﷺ", "https://t.me/farsna", "moi.ir/x3RXY", "@farsna", "www.", ".ir", "a", "Z", "e\u0301",
    "می", "ها", "تر", "ای",
]
persian_like = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
any_text = st.one_of(st.text(), persian_like)
configs = st.sampled_from([NormalizationConfig(), NO_ZWNJ, NormalizationConfig(digits="fa", guillemets=False),
                           NormalizationConfig(digits="keep", punctuation_spacing=False)])


@PROPERTY
@given(any_text, configs)
def test_normalization_never_fails_and_aligns_every_character(text, config):
    result = normalize(text, config)
    alignment = result.alignment
    assert len(alignment) == len(result.text)
    previous = (0, 0)
    for start, end in mapping(alignment):
        assert 0 <= start <= end <= len(text)
        assert previous[0] <= start and previous[1] <= end
        previous = (start, end)


@PROPERTY
@given(any_text, configs)
def test_idempotent(text, config):
    once = normalize(text, config).text
    assert normalize(once, config).text == once


def source_normalizes_to_token(source: str, token, config: NormalizationConfig, half_spaces_by_text: bool = False) -> bool:
    """The token's source slice normalizes to the token, except that quotes made guillemets
    stay quotes (their pairing depends on the text around them) and, with ``half_spaces_by_text``,
    that half-spaces may differ in a text that writes some: restoration follows how the whole text
    writes them (a compound written joined stays joined in a text that writes its half-spaces), so a
    token alone may gain a ZWNJ it has not in its text. A text with no ZWNJ compares strictly."""
    alone = normalize(token.source_span.slice(source), config).text
    if half_spaces_by_text and ZWNJ in source:
        alone, expected = alone.replace(ZWNJ, ""), token.text.replace(ZWNJ, "")
    else:
        expected = token.text
    return alone == expected or (token.text in "«»" and alone in '"“”')


def assert_tokens_round_trip(text: str, config: NormalizationConfig, half_spaces_by_text: bool = False) -> None:
    doc = SegmentStage()(NormalizeStage(config)(Document.from_article(Article(text))))
    for token in doc.tokens:
        assert token.span.slice(doc.text) == token.text
        assert source_normalizes_to_token(text, token, config, half_spaces_by_text), \
            (token, token.source_span.slice(text))


@PROPERTY
@given(any_text, configs.filter(lambda config: not config.half_spaces))
def test_token_source_spans_round_trip(text, config):
    assert_tokens_round_trip(text, config)


@PROPERTY
@given(st.lists(st.sampled_from([piece for piece in PIECES if not any(c in piece for c in "/@.:")]),
                max_size=40).map("".join))
def test_token_source_spans_round_trip_with_half_spaces(text):
    """Half-space restoration protects the whole non-space run around a URL, wider than the URL
    token, so this runs on Persian-like text without links; half-spaces are compared by text (see
    :func:`source_normalizes_to_token`)."""
    assert_tokens_round_trip(text, NormalizationConfig(), half_spaces_by_text=True)


def test_a_token_alone_may_gain_the_half_space_its_text_leaves_out():
    """«ﷲﷲ» alone is two words parted by a half-space; in a text that writes a ZWNJ («س‌س») the
    compound stays joined (hypothesis found this case): every other character still round-trips."""
    text = "س\u200cس۰ﷲﷲ"
    assert normalize("ﷲﷲ").text == "الله\u200cالله"
    assert normalize(text).text.endswith("اللهالله")
    assert_tokens_round_trip(text, NormalizationConfig(), half_spaces_by_text=True)
    with pytest.raises(AssertionError):
        assert_tokens_round_trip(text, NormalizationConfig())


@PROPERTY
@given(any_text)
def test_tokens_and_sentences_are_ordered_and_do_not_overlap(text):
    doc = SegmentStage()(NormalizeStage()(Document.from_article(Article(text))))
    for layer in (doc.tokens, doc.sentences):
        for before, after in zip(layer, layer[1:]):
            assert before.span.end <= after.span.start
            assert before.source_span.end <= after.source_span.start
        assert all(len(item.span) > 0 for item in layer)
    # every token lies in exactly one sentence
    for token in doc.tokens:
        assert sum(sentence.span.contains(token.span) for sentence in doc.sentences) == 1


def reference_alignment(text: str, alignment: Alignment, edits: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The alignment after ``edits`` by the rule of apply_edits, character by character: characters a
    replacement shares with what it replaces at its edges keep their ranges, the rest take the range of
    what was replaced (a pure insertion: the point where it was made, widened inside a shared range),
    and a non-empty replacement covers the whole replaced range."""
    old = mapping(alignment)
    new: list[tuple[int, int]] = []
    position = 0
    for start, end, replacement in edits:
        if text[start:end] == replacement:
            continue
        new += old[position:start]
        position = end
        replaced = text[start:end]
        prefix = 0
        while prefix < min(len(replaced), len(replacement)) and replaced[prefix] == replacement[prefix]:
            prefix += 1
        suffix = 0
        while (suffix < min(len(replaced), len(replacement)) - prefix
               and replaced[-1 - suffix] == replacement[-1 - suffix]):
            suffix += 1
        if end - suffix > start + prefix:
            middle = (old[start + prefix][0], old[end - suffix - 1][1])
        elif start + prefix == len(old):
            middle = (old[-1][1], old[-1][1]) if old else (0, 0)
        else:
            low = old[start + prefix][0]
            middle = (low, max(low, old[start + prefix - 1][1]) if start + prefix else low)
        pieces = old[start:start + prefix] + [middle] * (len(replacement) - prefix - suffix) + old[end - suffix:end]
        if pieces and end > start:
            pieces[0] = (old[start][0], pieces[0][1])
            pieces[-1] = (pieces[-1][0], old[end - 1][1])
        new += pieces
    return new + old[position:]


@st.composite
def texts_and_edits(draw):
    """A text of a few letters with sorted, non-overlapping edits: insertions, deletions, and replacements
    that may keep the first or last replaced character (as attached deletions do)."""
    text = draw(st.text(alphabet="abc ", max_size=30))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12)))
    edits = []
    for start, end in zip(cuts[0::2], cuts[1::2]):
        kept = text[start:start + 1] if end > start and draw(st.booleans()) else ""
        edits.append((start, end, kept + draw(st.text(alphabet="abx", max_size=3))))
    return text, edits


@PROPERTY
@given(texts_and_edits(), st.booleans())
def test_apply_edits_realigns_by_the_rule(text_and_edits, shifted):
    text, edits = text_and_edits
    # an alignment that is no identity: the first character deleted and inserted back (a point)
    alignment = Alignment.identity(len(text))
    if shifted and text:
        alignment = apply_edits(text, alignment, [(0, 1, "")])[1]
        alignment = apply_edits(text[1:], alignment, [(0, 0, text[0])])[1]
    new_text, new_alignment, _ = apply_edits(text, alignment, edits)
    assert mapping(new_alignment) == reference_alignment(text, alignment, edits)
    assert len(new_alignment) == len(new_text)

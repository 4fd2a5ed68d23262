"""Half-spaces inside a word after a letter that never joins forward (normalization rule ``stray_half_spaces``,
round 31, issue 13/14): a crawl that writes one after «د» inside words («د‌ر», «اند‌ازه») has them removed where
the word reads as a word without them; a suffix's, two words' and a compound's stay. Offsets map back, and
normalizing twice changes nothing more; in both pipelines the glued junk is no speaker. The examples are written
for these tests."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from persianews.records import Span
from persianews.text.normalize import NormalizationConfig, normalize

from .quote_rows import speakers

Z = "\u200c"
NO_ZWNJ = NormalizationConfig(half_spaces=False)


@pytest.mark.parametrize(("source", "expected"), [
    (f"د{Z}ر مجلس", "در مجلس"),
    (f"د{Z}{Z}{Z}{Z}ر مجلس", "در مجلس"),  # a run of four
    (f"اند{Z}ازه بود{Z}جه", "اندازه بودجه"),
    (f"گزارش شد{Z}ه است", "گزارش شده است"),
    (f"کاند{Z}ید{Z}اهای شهر", "کاندیداهای شهر"),
    (f"می{Z}د{Z}{Z}انستند", f"می{Z}دانستند"),  # the prefix's half-space after «ی» stays
    (f"کشور{Z}ها{Z}یشان", f"کشور{Z}هایشان"),
])
def test_an_idle_half_space_is_removed(source, expected):
    """Golden: the word without its idle half-spaces, in both configs."""
    for config in (NO_ZWNJ, NormalizationConfig()):
        result = normalize(source, config)
        assert result.text == expected
        assert "stray_half_spaces" in [change.rule for change in result.changes]


@pytest.mark.parametrize("text", [
    f"کشور{Z}ها و نیرو{Z}های آن",  # a suffix after a non-joining letter
    f"آزاد{Z}تر و آمریکا{Z}یی",
    f"بر{Z}اساس گزارش",  # two words: a half-space for a space
    f"دونالد{Z}ترامپ آمد",  # a name no lexicon reads joined
    f"امام حسین علیهما{Z}السلام",  # an Arabic phrase: the article's word
    f"کار{Z}آفرینی رونق گرفت",  # a compound the restoration joins
    f"نامه{Z}ای رسید",  # a half-space after a joining letter
])
def test_a_working_half_space_stays(text):
    """Negative: these half-spaces part a suffix, two words or a compound; the idle one beside them still goes."""
    for config in (NO_ZWNJ, NormalizationConfig()):
        assert normalize(text, config).text == text
        assert normalize(f"د{Z}ر {text}", config).text == f"در {text}"


@given(st.lists(st.sampled_from(["د", "ر", "ا", "و", "ه", "ها", "ید", "کشور", "بود", "اند", "ازه", "کار", "آفرینی",
                                 "می", Z, Z, Z, " ", "ی"]), max_size=24).map("".join))
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_idempotent_and_offsets_map_back(text):
    """Property: normalizing twice changes nothing more, and each word maps back to its source with its half-spaces."""
    for config in (NO_ZWNJ, NormalizationConfig()):
        result = normalize(text, config)
        assert normalize(result.text, config).text == result.text
        position = 0
        for word in result.text.split():
            start = result.text.index(word, position)
            position = start + len(word)
            source = result.source_span(Span(start, position)).slice(text)
            assert source.replace(Z, "") == word.replace(Z, "") or config.half_spaces


def test_a_crawl_half_space_makes_no_speaker(every_nlp):
    """Golden: the sentence's named person speaks, not «د‌ر کنار»; negative: the name stays whole."""
    doc = every_nlp(f"د{Z}{Z}ر کنار این نشست، سعید ملکی گفت: بود{Z}جه امسال کافی نیست.")
    assert speakers(doc) == ["سعید ملکی"]
    assert doc.quotes[0].content.text == "بودجه امسال کافی نیست."

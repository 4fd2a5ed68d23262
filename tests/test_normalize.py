"""Normalization rules: golden cases per rule, text left alone, explanations, configuration,
and input types. Alignment and the hypothesis properties are in test_alignment.py."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import persianews
from persianews.errors import InputTypeError
from persianews.text.normalize import RULES, RULES_BY_NAME, NormalizationConfig, normalize

# The ZWNJ restoration has its own tests (test_zwnj.py); here it is off so that each case
# shows one rule at work.
NO_ZWNJ = NormalizationConfig(half_spaces=False)
Z = "\u200c"

GOLDEN = [
    # (rule, source, normalized)
    ("presentation_forms", "ﻻ ﮐﺘﺎب", "لا کتاب"),
    ("presentation_forms", "ﷲ", "الله"),
    ("presentation_forms", "سلام\ufe70", "سلام"),  # a spacing form of tanvin
    ("compose_hamza", "ا\u0653ب", "آب"),
    ("compose_hamza", "مسی\u0654له", "مسئله"),
    ("compose_hamza", "خانه\u0654 ما", "خانۀ ما"),
    ("arabic_letters", "كتاب عربي", "کتاب عربی"),
    ("arabic_letters", "مصطفى", "مصطفی"),
    ("arabic_letters", "مدرسة", "مدرسه"),
    ("arabic_letters", "ھمه", "همه"),
    ("diacritics", "کِتاب", "کتاب"),
    ("diacritics", "کاملاً", "کاملا"),
    ("diacritics", "مُحَمَّد", "محمد"),
    ("diacritics", "کـــتاب", "کتاب"),
    ("diacritics", "موسیٰ", "موسی"),
    ("digits", "۱۴۰۲ و ٣٤", "1402 و 34"),
    ("control_characters", "سلام\u200f دنیا\u200e", "سلام دنیا"),
    ("control_characters", "\ufeffمتن", "متن"),
    ("control_characters", "نرم\u00adافزار", "نرمافزار"),
    ("control_characters", "ب\u200dپ", "بپ"),
    ("control_characters", "a\x00b\x1fc", "abc"),
    ("line_breaks", "یک\r\nدو\rسه", "یک\nدو\nسه"),
    ("line_breaks", "یک\u2028دو", "یک\nدو"),
    ("space_characters", "یک\u00a0دو\tسه\u202fچهار", "یک دو سه چهار"),
    ("stray_half_spaces", f"{Z}کتاب{Z} خوب", "کتاب خوب"),
    ("stray_half_spaces", f"کتاب{Z}{Z}ها", f"کتاب{Z}ها"),
    ("stray_half_spaces", f"کتاب {Z} خوب", "کتاب خوب"),
    ("stray_half_spaces", f"سال ۱۴۰۲{Z}", "سال 1402"),
    ("guillemets", 'او گفت "سلام بر شما" و رفت', "او گفت «سلام بر شما» و رفت"),
    ("guillemets", "او گفت “سلام” و رفت", "او گفت «سلام» و رفت"),
    ("space_before_punctuation", "سلام ، دنیا .", "سلام، دنیا."),
    ("space_before_punctuation", "چرا ؟ گفت :", "چرا؟ گفت:"),
    ("space_before_punctuation", "« سلام » ( ره )", "«سلام» (ره)"),
    ("space_after_punctuation", "شود.مدیرکل", "شود. مدیرکل"),
    ("space_after_punctuation", "کرد:دولت", "کرد: دولت"),
    ("space_after_punctuation", "دفاع مقدس،سیل", "دفاع مقدس، سیل"),
    ("space_after_punctuation", "چرا؟!گفت", "چرا؟! گفت"),
    ("space_after_punctuation", "گفت:«سلام»", "گفت: «سلام»"),
    ("space_after_punctuation", "تهران؛مشهد", "تهران؛ مشهد"),
    ("space_after_punctuation", "ساعت:۲۰", "ساعت: 20"),
    ("space_after_punctuation", "سال ۱۴۰۲.وی", "سال 1402. وی"),
    ("space_runs", "سلام   دنیا", "سلام دنیا"),
    ("space_runs", "  سلام \n دنیا  ", "سلام\nدنیا"),
    ("space_runs", "یک\n\n\n\nدو", "یک\n\nدو"),
    ("space_runs", "یک\n \n \nدو", "یک\n\nدو"),
]


@pytest.mark.parametrize(("rule", "source", "expected"), GOLDEN)
def test_rule(rule, source, expected):
    result = normalize(source, NO_ZWNJ)
    assert result.text == expected
    assert rule in [change.rule for change in result.changes]


UNTOUCHED = [
    "https://t.me/farsna/459880",
    "moi.ir/x3RXY",
    "www.farsnews.ir",
    "@farsna_ir",
    "info@irna.ir",
    "https://t.me/farsna.سلام",
    "1.5",
    "3.14159",
    "20:30",
    "1402/6/4",
    "1,000,000",
    "ج.ا.ا",
    "ه.ش",
    "مسئول مسؤول",
    "رأی و رئیس",
    "👨\u200d👩\u200d👧 👍🏽 ❤️ 🇮🇷",
    "🔹 خبر اول\n🔸 خبر دوم",
    "«سلام»",
    "ﷺ ﷽ ﷼",
    'He said "hello"',
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_left_alone(text):
    assert normalize(text, NO_ZWNJ).text == text


@pytest.mark.parametrize("text", ["۲۰:۳۰", "۱۴۰۲/۶/۴", "۱٫۵"])
def test_times_dates_and_decimals_only_change_digits(text):
    result = normalize(text, NO_ZWNJ)
    assert [change.rule for change in result.changes] == ["digits"]


def test_persian_times_dates_and_decimals_keep_their_shape():
    assert normalize("ساعت ۲۰:۳۰ روز ۱۴۰۲/۶/۴ نرخ ۱.۵", NO_ZWNJ).text == "ساعت 20:30 روز 1402/6/4 نرخ 1.5"


def test_default_restores_half_spaces():
    assert normalize("كتاب ها را مي خوانم").text == f"کتاب{Z}ها را می{Z}خوانم"


def test_rules_have_names_docs_and_a_fixed_order():
    names = [entry.name for entry in RULES]
    assert names == [
        "presentation_forms", "compose_hamza", "arabic_letters", "diacritics", "digits",
        "control_characters", "line_breaks", "space_characters", "stray_half_spaces", "guillemets",
        "space_before_punctuation", "space_after_punctuation", "space_runs", "glued_words", "half_spaces",
    ]
    assert all(entry.doc for entry in RULES)
    assert RULES_BY_NAME["digits"].doc.startswith("Unify")


def test_changes_count_each_rule():
    result = normalize("كتاب عربي ۱۲", NO_ZWNJ)
    assert {change.rule: change.count for change in result.changes} == {"arabic_letters": 2, "digits": 2}
    assert all(change.edits == () for change in result.changes)


def test_explain_lists_rule_names_and_edits():
    result = normalize("كتاب «  سلام  » ۱", NO_ZWNJ)
    lines = result.explain()
    rules = [line.split(":")[0] for line in lines if not line.startswith(" ")]
    assert rules == ["arabic_letters", "digits", "space_before_punctuation"]
    assert "  [0:1] 'ك' -> 'ک'" in lines
    assert "  [16:17] '۱' -> '1'" in lines


def test_explain_config_records_edits_in_source_terms():
    source = "سلام\u200f  دنیا"
    result = normalize(source, attrs.evolve(NO_ZWNJ, explain=True))
    edits = {change.rule: change.edits for change in result.changes}
    (span, before, after), = edits["control_characters"]
    assert span.slice(source) == "\u200f" and (before, after) == ("\u200f", "")
    assert [(span.slice(source), after) for span, _, after in edits["space_runs"]] == [("  ", " ")]
    assert result.explain()[0].startswith("control_characters: 1 edit(s)")


def test_unchanged_text_has_no_changes():
    result = normalize("سلام دنیا", NO_ZWNJ)
    assert result.text == "سلام دنیا" and result.changes == () and result.explain() == []


@pytest.mark.parametrize(("digits", "expected"), [("ascii", "12 و 34"), ("fa", "۱۲ و ۳۴"), ("keep", "12 و ۳٤")])
def test_digit_systems(digits, expected):
    assert normalize("12 و ۳٤", attrs.evolve(NO_ZWNJ, digits=digits)).text == expected


def test_switches_turn_rules_off():
    source = 'گفت:"سلام" ، كتاب'
    assert normalize(source, NO_ZWNJ).text == "گفت: «سلام»، کتاب"
    assert normalize(source, attrs.evolve(NO_ZWNJ, guillemets=False)).text == 'گفت:"سلام"، کتاب'
    assert normalize(source, attrs.evolve(NO_ZWNJ, punctuation_spacing=False)).text == "گفت:«سلام» ، کتاب"
    assert normalize(source, attrs.evolve(NO_ZWNJ, disabled={"arabic_letters"})).text == "گفت: «سلام»، كتاب"


def test_config_is_immutable_and_validated():
    config = NormalizationConfig()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        config.digits = "fa"
    with pytest.raises(ValueError, match="digits"):
        NormalizationConfig(digits="roman")
    with pytest.raises(ValueError, match="unknown normalization rule.*no_such_rule.*known rules: presentation_forms"):
        NormalizationConfig(disabled={"no_such_rule"})
    assert NormalizationConfig(disabled=["digits"]).disabled == frozenset({"digits"})


def test_defaults():
    config = NormalizationConfig()
    assert (config.digits, config.half_spaces, config.guillemets, config.punctuation_spacing,
            config.disabled, config.explain) == ("ascii", True, True, True, frozenset(), False)


@pytest.mark.parametrize("data", [b"\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85", bytearray(b"abc")])
def test_bytes_are_refused_with_a_hint_to_decode(data):
    with pytest.raises(InputTypeError, match=r"not bytes: decode .*\.decode\('utf-8'\)"):
        normalize(data)


def test_other_types_are_refused():
    with pytest.raises(InputTypeError, match="not int"):
        normalize(12)
    with pytest.raises(TypeError):  # InputTypeError is a TypeError
        normalize(None)


def test_public_api():
    result = persianews.normalize("كتاب")
    assert isinstance(result, persianews.NormalizedText)
    assert str(result) == "کتاب" and result.source == "كتاب"


def test_empty_and_blank_text():
    assert normalize("").text == ""
    assert normalize(" \n\t\u200c\u200f ").text == ""


def test_extra_rules_are_the_hook_for_spelling_correction():
    import regex

    from persianews.records import Span
    from persianews.text.normalize import Rule

    pattern = regex.compile("میخوام")

    def informal_to_formal(text, config):
        """Write the colloquial میخوام as می‌خواهم."""
        return [(m.start(), m.end(), "می\u200cخواهم") for m in pattern.finditer(text)]

    config = NormalizationConfig(extra_rules=[Rule.custom(informal_to_formal, pattern)])
    result = normalize("من ميخوام برم", config)
    assert result.text == "من می\u200cخواهم برم"
    assert [change.rule for change in result.changes][-1] == "informal_to_formal"
    assert any("colloquial" in line for line in result.explain())
    span = result.source_span(Span(result.text.index("می"), result.text.index(" برم")))
    assert "من ميخوام برم"[span.start:span.end] == "ميخوام"


@pytest.mark.parametrize(("after_run", "expected"), [("y", "x. y"), (".", "x.."), ("\n.", "x.\n.")])
def test_long_space_run_is_read_once(after_run, expected):
    """A run of 200,000 spaces after punctuation: each space used to start a scan to the run's end
    (about half an hour); tried from its first space only, it takes milliseconds."""
    assert normalize("x ." + " " * 200_000 + after_run, NO_ZWNJ).text == expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \n.،»(«x5", max_size=20))
def test_space_before_punctuation_removes_whole_runs_after_a_non_space(text):
    from persianews.text.normalize import space_before_punctuation

    for start, end, replacement in space_before_punctuation(text, NO_ZWNJ):
        assert replacement == "" and set(text[start:end]) == {" "}
        assert not text[start - 1].isspace() and text[end:end + 1] != " "


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \nab\t", max_size=20))
def test_space_runs_finds_nothing_only_where_every_run_stays(text):
    from persianews.text.normalize import _SPACE_RUN, space_runs

    if not space_runs(text, NO_ZWNJ):  # every run it matches is then a paragraph break inside the text
        assert all(m.group() == "\n\n" and 0 < m.start() and m.end() < len(text) for m in _SPACE_RUN.finditer(text))

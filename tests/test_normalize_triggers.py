"""normalize skips the rules that look for rare characters in texts without them, and nothing else."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persianews.text import normalize as normalization
from persianews.text.normalize import DEFAULT_CONFIG, NormalizationConfig, normalize
from persianews.text.patterns import characters_of

CONFIGS = [DEFAULT_CONFIG, NormalizationConfig(digits="fa"), NormalizationConfig(digits="keep", guillemets=False)]
STARTS = "".join(sorted({char for config in CONFIGS for *_, starts in normalization._plan(config) if starts
                         for char in sorted(starts)[:12]}))
# rare characters of the rules (a dozen of each), common ones, and the rules' multi-character triggers
TEXTS = st.lists(st.sampled_from([*STARTS, *"سلام کتاب ها می  شود.،:«»\n\n0123۱۲", "\r\n", "ﻻ", "ا\u0653", '"ب"',
                                  "\u200c", "\u200d"]), max_size=40).map("".join)


def test_characters_of_expands_ranges():
    assert characters_of("a-cx") == "abcx"
    assert characters_of("\u0610-\u0612\u0640") == "\u0610\u0611\u0612\u0640"
    assert characters_of("-a") == "-a" and characters_of("") == ""


@pytest.mark.parametrize("config", CONFIGS)
def test_only_rules_that_look_for_rare_characters_are_skipped_by_them(config):
    steps = normalization._plan(config)
    skipped = {entry.name for entry, _, _, starts in steps if starts is not None}
    assert {"presentation_forms", "diacritics", "control_characters", "line_breaks"} <= skipped
    assert not skipped & {"half_spaces", "space_runs", "space_before_punctuation", "stray_half_spaces"}
    for _, _, _, starts in steps:
        assert starts is None or starts.isdisjoint(normalization._COMMON)


@settings(max_examples=300)
@given(TEXTS)
def test_every_trigger_match_starts_with_one_of_its_characters(text):
    for config in CONFIGS:
        for entry, trigger, _, starts in normalization._plan(config):
            match = trigger.search(text)
            if starts is not None and match is not None:
                assert text[match.start()] in starts, entry.name


@settings(max_examples=200)
@given(TEXTS)
def test_skipping_changes_nothing(text):
    for config in CONFIGS:
        result = normalize(text, config)
        plan = normalization._plan(config)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(normalization, "_plan", lambda config, plan=plan: tuple(step[:3] + (None,) for step in plan))
            reference = normalize(text, config)
        assert (result.text, result.changes) == (reference.text, reference.changes)
        assert list(result.alignment.starts) == list(reference.alignment.starts)


def test_letters_a_rule_writes_are_seen_by_the_rules_after_it():
    # presentation forms become Arabic letters (ي ة ك) that only arabic_letters, a later rule, makes Persian
    result = normalize("\ufef1 \ufe93 \ufedb")
    assert result.text == "ی ه ک"
    assert [change.rule for change in result.changes] == ["presentation_forms", "arabic_letters"]

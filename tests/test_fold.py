"""CharacterFold gives what str.translate gives, for the folds the library uses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persianews.entities import keys
from persianews.quotes import cues
from persianews.readers import news_text, telegram_text
from persianews.text.fold import CharacterFold

_FOLDS = [keys._LETTERS, cues._FOLD, cues._PLAIN, news_text.fold, telegram_text._FOLD]
_ALPHABET = "ايیيىكکئؤأإآۀةهءـ\u200c\u200d\u200f\u200e\xa0\xad \u064b\u0650\u0670۰۱۲٣٩09abیی"


def _texts() -> st.SearchStrategy[str]:
    """Short words and long texts over the folded characters and their neighbours."""
    return st.text(alphabet=st.sampled_from(_ALPHABET), max_size=200) | st.text(max_size=120)


@settings(max_examples=300)
@given(_texts())
def test_fold_equals_translate(text: str) -> None:
    for fold in _FOLDS:
        assert fold(text) == text.translate(fold._table)


@given(_texts())
def test_key_fold_equals_the_translate_and_regex_fold(text: str) -> None:
    import re
    marks = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")
    expected = re.sub("ی{2,}", "ی", marks.sub("", text.translate(keys._LETTERS._table)))
    assert keys.fold_uncached(text) == expected


def test_golden_folds() -> None:
    assert keys.fold_uncached("رئيس\u200cجمهور") == "ریسجمهور"
    assert keys.fold_uncached("رضائی") == "رضای"
    assert keys.fold_uncached("مُحَمَّد") == "محمد"
    assert keys.fold_uncached("۱۴۰۲") == "1402"
    assert cues.fold_form("یادآور شد") == "یاداورشد"
    assert news_text.fold("كيهان\u200cها") == "کیهان ها"


def test_text_without_folded_characters_is_returned_as_is() -> None:
    text = "سلام دنیا " * 20
    assert news_text.fold(text) is text
    assert keys._LETTERS("سلام") == "سلام"


@pytest.mark.parametrize("mapping", [{"ab": "c"}, {"a": "b", "b": "c"}])
def test_rejects_folds_that_are_not_one_pass(mapping: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        CharacterFold(mapping)

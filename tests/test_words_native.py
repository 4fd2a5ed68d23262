"""The compiled twin of a word's analyses (words_native.c) gives what the pure-Python twin gives
(words._analyses_in_python): on the dictionary's and the lexicons' words, on golden words of each class, on
words made of their parts (hypothesis), and on every word type of news-dev when the shared corpora are there;
the analyses' memos give the same values either way; bad arguments raise a TypeError."""

from __future__ import annotations

import itertools
import sys
import types

import pytest
from hypothesis import given
from hypothesis import strategies as st

from persianews.entities import lexicons, words
from persianews.native import compiled_module

WORDS = compiled_module(words.COMPILED)
needs_compiled = pytest.mark.skipif(WORDS is None, reason="the compiled module was not built (no C compiler)")

PARTS = ["ال", "حسین", "ی", "زاده", "پور", "نیا", "ها", "های", "هایش", "یان", "ترین", "ان", "ین", "ون", "در", "با",
         "خصوص", "مورد", "جمله", "کتاب", "مردم", "سازی", "صالح", "ایران", "ای", "اسلام", "گفت", "علی", "\u200c", "\ue000",
         "\ue001", "a", "ب", "ت"]
"""Words, endings, prepositions, markers and letters whose runs make every class of analysis."""
GOLDEN = {
    "حسینی": "yeh", "علی": None, "کتابها": None, "زرتشتیپور": "unknown", "مردمسازی": "compound", "ظریف": "word",
    "المؤمنین": None, "\ue000و\ue001": None, "درخصوص": None, "ab": None, "": None,
}
"""Words and their surname class (the values of the shipped lexicons)."""


def _both(key: str) -> None:
    assert WORDS.analyses(words._native_tables(), key) == words._analyses_in_python(key), key


@needs_compiled
def test_the_compiled_analyses_of_the_lexicons_words_equal_the_python_ones():
    dictionary = sorted(lexicons.dictionary().masks)
    for key in itertools.chain(dictionary[::7], sorted(lexicons.given_name_keys())[::3], lexicons.context("stop"),
                               lexicons.context("surname_suffix"), lexicons.context("adjective"), GOLDEN):
        _both(key)


def test_the_analyses_of_golden_words():
    for key, surname in GOLDEN.items():
        assert words._analyses_in_python(key)[8] == surname, key
        if WORDS is not None:
            assert WORDS.analyses(words._native_tables(), key)[8] == surname, key
    assert words._analyses_in_python("حسینی")[5] == "ی" and words._analyses_in_python("کتابها")[6] == "plural"
    assert words._analyses_in_python("درخصوص")[3] and words._analyses_in_python("مردمسازی")[7]


@needs_compiled
@given(st.lists(st.sampled_from(PARTS), max_size=5).map("".join))
def test_the_compiled_analyses_of_words_made_of_parts_equal_the_python_ones(key):
    _both(key)


@needs_compiled
def test_the_compiled_analyses_refuse_bad_arguments():
    for arguments in [(), (words._native_tables(),), (words._native_tables(), 1), ((), "a"),
                      (words._native_tables()[:-1], "a"), (words._native_tables()[:3] + (1,) + words._native_tables()[4:], "a")]:
        with pytest.raises(TypeError):
            WORDS.analyses(*arguments)


@needs_compiled
@pytest.mark.filterwarnings("ignore:.*pip install -e:RuntimeWarning")
def test_the_memos_give_the_same_values_with_the_python_twin(monkeypatch):
    """Where the binary is stale, the memos are filled by the Python twin, with the same values."""
    memos = words._ANALYSED
    keys = ["حسینی", "کتابها", "درخصوص", "زرتشتیپور", "x" * 40]  # the last too long to be stored
    compiled = [tuple(memo(key) for memo in memos) for key in keys]
    stale = types.ModuleType(words.COMPILED)
    stale.SOURCE_SHA256, stale.__file__ = "0" * 64, "_words_native.so"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, words.COMPILED, stale)
    monkeypatch.setattr(sys.modules["persianews.entities"], "_words_native", stale, raising=False)
    compiled_module.cache_clear()
    try:
        assert compiled_module(words.COMPILED) is None
        for memo in memos:
            memo.clear()
        assert [tuple(memo(key) for memo in memos) for key in keys] == compiled
    finally:
        monkeypatch.undo()
        compiled_module.cache_clear()
        for memo in memos:
            memo.clear()


@needs_compiled
def test_both_twins_give_the_same_on_news_dev(shared):
    """Every word type of news-dev."""
    import persianews
    from persianews.document import Document
    from persianews.entities.keys import token_keys

    nlp = persianews.load(entities={"tagger": False})
    before_entities = list(itertools.takewhile(lambda stage: stage.name != "entities", nlp.stages))
    seen: set[str] = set()
    for article in persianews.read(shared / "corpora" / "news-dev" / "farsnews-dev.jsonl"):
        if isinstance(article, persianews.Article):
            doc = Document.from_article(article)
            for stage in before_entities:
                doc = stage(doc)
            seen.update(token_keys(list(doc.tokens.pieces), list(doc.tokens.kinds)))
    for key in sorted(seen):
        _both(key)

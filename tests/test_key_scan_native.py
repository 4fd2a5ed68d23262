"""Where a cue form's key may start (quotes/key_scan.py): the compiled twin (key_scan_native.c) finds what the
pure-Python twin, the reference, finds (on invented sentences, on strings made of cue words, letters, joints and
marks, and on every news-dev text when the shared corpora are there); the cues found are the same either way; the
according-to cues' trie of forms finds the starts their flat alternation finds."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from persianews.quotes import cue_patterns, cues
from persianews.text import key_scan
from persianews.quotes.cues import lexicon
from persianews.native import compiled_module

from tests.conftest import SHARED

COMPILED = compiled_module(key_scan.COMPILED)
needs_compiled = pytest.mark.skipif(COMPILED is None, reason="the compiled module was not built (no C compiler)")

SENTENCES = [
    "وزیر امور خارجه گفت: مذاکرات ادامه دارد.",
    "سخنگوی دولت در نشست خبری اعلام کرد که جلسه فردا برگزار می‌شود.",
    "وی همچنین خاطر نشان کرد که بودجه کافی نیست و افزود: باید صبر کرد.",
    "به گفته یک منبع آگاه، نامه ارسال شده است.",
    "رئیس سازمان با تأکید بر اینکه «کار تمام است» یادآور شد که تصمیم با مجلس است.",
    "کاربران میگن قیمت‌ها بالا رفته؛ و گفت و گو ادامه دارد.\nوگفت: نه.",
    "",
    "گفت",
]
"""Invented sentences with cues of every shape: a colon, «که», a form of two words, a glued «و», a ZWNJ."""
PARTS = ["گفت", "اعلام", "کرد", "خاطر", "نشان", "یادآور", "شد", "افزود", "تاکید", "تأکید", "به", "گفته", "و", "ی",
         "ا", " ", "\u200c", "\n", ":", "«", "»", "،", "a", "1", "۱"]
"""Cue words and their pieces, letters, the joints a key may hold, marks and characters of other scripts."""


def _python(text: str) -> list[int]:
    return lexicon().starts.python_starts(text)


@needs_compiled
def test_the_compiled_starts_of_invented_sentences_are_the_python_ones():
    found = 0
    for sentence in SENTENCES:
        padded = " " + sentence
        assert lexicon().starts.starts(padded) == _python(padded), sentence
        found += len(_python(padded))
    assert found >= 8


@needs_compiled
@given(st.lists(st.sampled_from(PARTS), max_size=12).map("".join))
def test_the_compiled_starts_of_strings_made_of_parts_are_the_python_ones(text):
    assert lexicon().starts.starts(text) == _python(text)


@needs_compiled
@pytest.mark.skipif(not (SHARED / "corpora" / "news-dev").is_dir(), reason="no shared corpora")
def test_the_compiled_starts_of_news_dev_texts_are_the_python_ones():
    import persianews

    for article in itertools.islice(persianews.read(SHARED / "corpora" / "news-dev" / "farsnews-dev.jsonl"), 300):
        padded = " " + article.text
        assert lexicon().starts.starts(padded) == _python(padded)


def test_the_cues_found_are_the_same_with_the_python_twin(monkeypatch):
    compiled = [lexicon().find(sentence) for sentence in SENTENCES]
    monkeypatch.setattr(key_scan, "compiled_module", lambda module: None)
    assert [lexicon().find(sentence) for sentence in SENTENCES] == compiled
    assert sum(map(len, compiled)) >= 7


def test_a_bad_trie_is_refused():
    if COMPILED is None:
        pytest.skip("the compiled module was not built (no C compiler)")
    with pytest.raises(ValueError):
        COMPILED.compile_trie([0], [2], [0], [ord("ا")], [0], "")  # a node's edges run past the last
    with pytest.raises(ValueError):
        COMPILED.compile_trie([], [], [], [], [], "")  # no root
    with pytest.raises(ValueError):
        COMPILED.key_starts(object(), "متن")  # no trie


@given(st.lists(st.sampled_from(["به", "گفته", "گفتهٔ", "بر", "اساس", "طبق", "اظهارات", " ", "\u200c", "ا", "ه", "های"]),
                max_size=8).map("".join))
def test_the_according_forms_trie_finds_the_starts_of_their_alternation(text):
    flat = re.compile(cue_patterns.alternation(_according_forms()))
    trie = lexicon().according_starts
    assert [m.start() for m in _every(flat, text)] == [m.start() for m in _every(trie, text)]


def _according_forms() -> list[str]:
    return [form for form, _kind, patterns, _lemma in cues.data_rows("cues.tsv") if "according" in patterns.split(",")]


def _every(pattern: re.Pattern[str], text: str):
    position = 0
    while (match := pattern.search(text, position)) is not None:
        yield match
        position = match.start() + 1

"""bounded_cache.Memo: a function's results by argument, in bounded memory."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from persianews.text.bounded_cache import Memo


def test_memo_computes_each_key_once():
    calls: list[str] = []

    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    memo = Memo(shout)
    assert [memo[word] for word in ["ab", "cd", "ab", "ab"]] == ["AB", "CD", "AB", "AB"]
    assert calls == ["ab", "cd"]
    assert list(map(memo.__getitem__, ["cd", "ab"])) == ["CD", "AB"] and calls == ["ab", "cd"]


def test_memo_stores_none_and_tuple_keys():
    calls: list[tuple[str, str]] = []

    def joined(pair: tuple[str, str]) -> str | None:
        calls.append(pair)
        return None if pair[0] == pair[1] else "".join(pair)

    memo = Memo(joined)
    assert memo["a", "a"] is None and memo["a", "a"] is None
    assert memo["a", "b"] == "ab" and memo["a", "b"] == "ab"
    assert calls == [("a", "a"), ("a", "b")]


def test_memo_does_not_store_long_keys():
    calls: list[str] = []
    memo = Memo(lambda word: calls.append(word) or len(word), max_key_characters=10)
    long_word = "x" * 100_000
    assert memo[long_word] == 100_000 and memo[long_word] == 100_000
    assert calls == [long_word, long_word] and memo.entries() == 0
    assert memo["y" * 5, "z" * 6] == 2 and memo.entries() == 0  # a tuple counts all its characters


def test_memo_keeps_recent_entries_within_two_generations():
    calls: list[str] = []
    memo = Memo(lambda key: calls.append(key) or key * 2, max_entries=3, max_key_characters=10)
    for key in ["a", "b", "c", "d"]:  # d starts a new generation: a, b, c are the older one
        memo[key]
    assert memo.entries() == 4
    assert memo["a"] == "aa" and len(calls) == 4  # used again: found in the older generation
    for key in ["e", "f", "g"]:  # the generation of d, a, e ends: b and c are dropped
        memo[key]
    assert memo.entries() <= 6
    memo["a"], memo["b"]
    assert calls.count("a") == 1 and calls.count("b") == 2
    memo.clear()
    assert memo.entries() == 0


@given(st.lists(st.text(max_size=6), max_size=200), st.integers(1, 8))
def test_memo_gives_the_function_value_and_stays_bounded(keys, max_entries):
    memo = Memo(lambda word: word[::-1], max_entries=max_entries, max_key_characters=4)
    for key in keys:
        assert memo[key] == key[::-1]
        assert memo.entries() <= 2 * max_entries


def test_a_memoized_function_computes_each_word_once_and_stays_bounded():
    import pickle

    from persianews.entities import words
    from persianews.text.bounded_cache import MemoFunction, memoized

    calls: list[str] = []

    @memoized(max_entries=4, max_key_characters=5)
    def shout(word: str) -> str:
        """The word in capitals."""
        calls.append(word)
        return word.upper()

    assert isinstance(shout, MemoFunction) and shout.__doc__ == "The word in capitals."
    assert shout("ab") == "AB" and shout("ab") == "AB" and calls == ["ab"]
    assert shout("abcdef") == "ABCDEF" and shout("abcdef") == "ABCDEF" and calls == ["ab", "abcdef", "abcdef"]
    for index in range(100):  # two generations of four entries at most
        assert shout(f"w{index}") == f"W{index}"
    assert shout.cache.entries() <= 8
    assert pickle.loads(pickle.dumps(words.surname_class)) is words.surname_class


@given(st.lists(st.text(max_size=6), max_size=200), st.integers(1, 8))
def test_memo_put_stores_as_a_miss_does(keys, max_entries):
    """What another memo's miss computed together is stored within the same bounds."""
    memo = Memo(lambda word: pytest.fail("computed"), max_entries=max_entries, max_key_characters=4)
    for key in keys:
        memo.put(key, key[::-1])
        memo.put(key, key[::-1])  # stored again: no new generation for it
        assert memo.entries() <= 2 * max_entries
        if len(key) <= 4:
            assert memo[key] == key[::-1]
        else:
            assert key not in memo

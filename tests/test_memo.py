"""bounded_cache.Memo: a function's results by argument, in bounded memory; its compiled base (memo_native.c) and
its pure-Python twin (PythonMemo) alike."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from persianews.text.bounded_cache import Memo, PythonMemo

#: Both twins: the Memo in use (on the compiled base where it was built) and the pure-Python reference.
TWINS = [Memo, PythonMemo]


@pytest.mark.parametrize("memo_type", TWINS)
def test_memo_computes_each_key_once(memo_type):
    calls: list[str] = []

    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    memo = memo_type(shout)
    assert [memo[word] for word in ["ab", "cd", "ab", "ab"]] == ["AB", "CD", "AB", "AB"]
    assert calls == ["ab", "cd"]
    assert list(map(memo.__getitem__, ["cd", "ab"])) == ["CD", "AB"] and calls == ["ab", "cd"]


@pytest.mark.parametrize("memo_type", TWINS)
def test_memo_stores_none_and_tuple_keys(memo_type):
    calls: list[tuple[str, str]] = []

    def joined(pair: tuple[str, str]) -> str | None:
        calls.append(pair)
        return None if pair[0] == pair[1] else "".join(pair)

    memo = memo_type(joined)
    assert memo["a", "a"] is None and memo["a", "a"] is None
    assert memo["a", "b"] == "ab" and memo["a", "b"] == "ab"
    assert calls == [("a", "a"), ("a", "b")]


@pytest.mark.parametrize("memo_type", TWINS)
def test_memo_does_not_store_long_keys(memo_type):
    calls: list[str] = []
    memo = memo_type(lambda word: calls.append(word) or len(word), max_key_characters=10)
    long_word = "x" * 100_000
    assert memo[long_word] == 100_000 and memo[long_word] == 100_000
    assert calls == [long_word, long_word] and memo.entries() == 0
    assert memo["y" * 5, "z" * 6] == 2 and memo.entries() == 0  # a tuple counts all its characters


@pytest.mark.parametrize("memo_type", TWINS)
def test_memo_keeps_recent_entries_within_two_generations(memo_type):
    calls: list[str] = []
    memo = memo_type(lambda key: calls.append(key) or key * 2, max_entries=3, max_key_characters=10)
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


@pytest.mark.parametrize("memo_type", TWINS)
@given(st.lists(st.text(max_size=6), max_size=200), st.integers(1, 8))
def test_memo_gives_the_function_value_and_stays_bounded(memo_type, keys, max_entries):
    memo = memo_type(lambda word: word[::-1], max_entries=max_entries, max_key_characters=4)
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


@pytest.mark.parametrize("memo_type", TWINS)
@given(st.lists(st.text(max_size=6), max_size=200), st.integers(1, 8))
def test_memo_put_stores_as_a_miss_does(memo_type, keys, max_entries):
    """What another memo's miss computed together is stored within the same bounds."""
    memo = memo_type(lambda word: pytest.fail("computed"), max_entries=max_entries, max_key_characters=4)
    for key in keys:
        memo.put(key, key[::-1])
        memo.put(key, key[::-1])  # stored again: no new generation for it
        assert memo.entries() <= 2 * max_entries
        if len(key) <= 4:
            assert memo[key] == key[::-1]
        else:
            assert key not in memo


_OPERATIONS = st.lists(st.one_of(st.tuples(st.just("get"), st.text("abc", max_size=5)),
                                 st.tuples(st.just("put"), st.text("abc", max_size=5)),
                                 st.tuples(st.just("pair"), st.tuples(st.text("ab", max_size=3), st.text("ab", max_size=3))),
                                 st.just(("clear", ""))), max_size=120)


@given(_OPERATIONS, st.integers(1, 6), st.integers(0, 5))
def test_the_compiled_memo_holds_what_the_python_twin_holds(operations, max_entries, max_key_characters):
    """The same calls give the same values, the same function calls and the same two generations."""
    if Memo.__mro__[1] is PythonMemo:
        pytest.skip("the compiled memo was not built (no C compiler)")
    memos, calls = [], []
    for memo_type in (Memo, PythonMemo):
        called: list[object] = []
        calls.append(called)
        memos.append(memo_type(lambda key, called=called: called.append(key) or repr(key), max_entries=max_entries,
                               max_key_characters=max_key_characters))
    for operation, key in operations:
        values = []
        for memo in memos:
            if operation == "clear":
                memo.clear()
            elif operation == "put":
                memo.put(key, key * 2)
            else:
                values.append(memo[key])
        assert values[:1] == values[1:]
        assert dict(memos[0]) == dict(memos[1]) and memos[0].entries() == memos[1].entries()
    assert calls[0] == calls[1]


@pytest.mark.parametrize("memo_type", TWINS)
def test_a_failing_function_stores_nothing_and_a_key_without_length_fails(memo_type):
    def fails(key: object) -> object:
        raise ValueError(key)

    memo = memo_type(fails)
    with pytest.raises(ValueError):
        memo["a"]
    assert memo.entries() == 0
    with pytest.raises(TypeError):
        memo_type(str)[1]  # a key's characters are counted: an int has none
    with pytest.raises(TypeError):
        memo.put((1, 2), "x")


def test_the_compiled_memo_is_a_dict_collected_with_its_cycles_and_pickled_empty():
    import gc
    import pickle
    import weakref

    memo = Memo(len, max_entries=7, max_key_characters=9)
    assert isinstance(memo, dict) and memo["abc"] == 3 and memo == {"abc": 3}
    again = pickle.loads(pickle.dumps(memo))
    assert type(again) is Memo and again.entries() == 0 and again["ab"] == 2
    assert (again.max_entries, again.max_key_characters) == (7, 9)

    class Owner:
        def double(self, key: str) -> str:
            return key * 2

    owner = Owner()
    owner.memo = Memo(owner.double)  # type: ignore[attr-defined]  # a cycle: owner, memo, bound method
    assert owner.memo["ab"] == "abab"  # type: ignore[attr-defined]
    gone = weakref.ref(owner)
    del owner
    gc.collect()
    assert gone() is None


@pytest.mark.parametrize("memo_type", TWINS)
def test_calling_a_memo_is_subscripting_it(memo_type):
    memo = memo_type(str.upper)
    assert memo("ab") == memo["ab"] == "AB" and memo.entries() == 1
    with pytest.raises(TypeError):
        memo()
    with pytest.raises(TypeError):
        memo("a", "b")
    with pytest.raises(TypeError):
        memo(["unhashable"])

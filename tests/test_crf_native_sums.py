"""The compiled weight sums of the tagger's scorer (crf_native.c: weight_table, table_sum, word_sum, lent_sums)
against their pure-Python twins (EmissionScorer._vector over tagger_features.form_features and lent_features):
the same sums, bit for bit, on random features and words and on the shipped model's own words; the compiled
word shape against tagger_features.word_shape; and their refusals."""

from __future__ import annotations

import array
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from persianews.entities import crf_native
from persianews.entities.keys import OPAQUE
from persianews.entities.tagger import EntityTagger
from persianews.entities.tagger_features import (
    SHAPE_TABLE_SIZE,
    form_features,
    lent_features,
    shape_classes,
    word_shape,
)

COMPILED = crf_native.native()
pytestmark = pytest.mark.skipif(COMPILED is None, reason="the compiled module was not built (no C compiler)")

#: Letters of every class the features tell apart: Persian, ZWNJ, digits, Latin, punctuation, the opaque key,
#: a character beyond the basic plane and a lone surrogate.
_LETTERS = st.sampled_from(["ا", "ب", "ی", "ه", "\u200c", "۲", "7", "a", "Z", ".", "«", OPAQUE, "😀", "\ud800"])
_WORDS = st.lists(_LETTERS, max_size=7).map("".join)
_WEIGHTS = st.floats(-1e6, 1e6)


def _python_sum(states: dict, features: list[str], width: int) -> tuple[float, ...] | None:
    """The twin: each known feature's weights added to zeros, feature after feature (EmissionScorer._vector)."""
    sums = None
    for feature in features:
        for label, weight in states.get(feature, ()):
            sums = sums or [0.0] * width
            sums[label] += weight
    return None if sums is None else tuple(sums)


def _unpacked(vector: bytes | None) -> tuple[float, ...] | None:
    return None if vector is None else tuple(array.array("d", vector))


def _states(names: list[str], data) -> dict:
    """A model's state weights for ``names``: (label, weight) pairs in label order, each label once."""
    return {name: tuple((label, data.draw(_WEIGHTS)) for label in sorted(data.draw(st.sets(st.integers(0, 2), min_size=1))))
            for name in names}


@given(st.lists(st.sampled_from(["a", "b", "ب=ی", "d", "unknown", "\ud800"]), max_size=8), st.data())
def test_the_table_sums_are_the_python_ones(features, data):
    states = _states(data.draw(st.lists(st.sampled_from(["a", "b", "ب=ی", "d", "\ud800"]), unique=True)), data)
    table = COMPILED.weight_table(states, 3)
    assert _unpacked(COMPILED.table_sum(table, features)) == _python_sum(states, features, 3)
    assert COMPILED.table_sum(table, iter(features)) == COMPILED.table_sum(table, tuple(features))


@given(_WORDS, _WORDS, st.lists(st.sampled_from(["pos=N", "oov", "surname_suffix=زاده", "c=12"]), max_size=3), st.data())
def test_a_word_types_compiled_sum_is_the_python_sum_of_its_features(plain, text, tail, data):
    features = form_features(plain, text) + tail
    known = data.draw(st.lists(st.sampled_from(features + ["w=", "p1=", "s9=x"]), unique=True))
    states = _states(known, data)
    table = COMPILED.weight_table(states, 3)
    found = COMPILED.word_sum(table, plain, text, word_shape(text), plain != OPAQUE, tail)
    assert _unpacked(found) == _python_sum(states, features, 3)


@given(st.lists(st.one_of(_LETTERS, st.characters()), max_size=16).map("".join))
def test_the_compiled_shape_is_the_python_shape_or_none_beyond_its_table(text):
    found = COMPILED.word_shape(shape_classes(), text)
    if found is None:
        assert any(ord(char) >= SHAPE_TABLE_SIZE for char in text[:12])
    else:
        assert found == word_shape(text)


def test_the_compiled_shape_reads_the_first_twelve_characters_only():
    assert COMPILED.word_shape(shape_classes(), "ب" * 12 + "😀") == "f" == word_shape("ب" * 12 + "😀")
    assert COMPILED.word_shape(shape_classes(), "ب" * 11 + "😀") is None
    assert COMPILED.word_shape(shape_classes(), "") == ""
    assert COMPILED.word_shape(shape_classes(), "a1b‌«ب»۲") == word_shape("a1b‌«ب»۲") == "a9az«f»9"


@given(_WORDS, st.one_of(st.none(), st.sampled_from(["12", "7", "ب"])), st.data())
def test_the_lent_sums_are_the_python_sums_of_the_lent_features(plain, coarse, data):
    groups = lent_features(plain, coarse)
    names = [feature for group in groups for feature in group] + ["w-1=", "c+1=x"]
    known = data.draw(st.lists(st.sampled_from(names), unique=True))
    states = _states(known, data)
    table = COMPILED.weight_table(states, 3)
    found = COMPILED.lent_sums(table, plain, coarse)
    assert tuple(map(_unpacked, found)) == tuple(_python_sum(states, list(group), 3) for group in groups)


def test_the_shipped_models_words_sum_alike_compiled_and_in_python():
    """Every word the model has a ``w=`` feature for (its training words), as its own type and with a ZWNJ
    spelling: the compiled scorer's vector is the pure-Python scorer's, bit for bit."""
    from importlib import resources

    model = resources.files("persianews.models").joinpath("ner_tagger.crfsuite").read_bytes()
    compiled, python = EntityTagger(model).scorer, EntityTagger(model, compiled=False).scorer
    words = [name[2:] for name in python._states if name.startswith("w=")]
    assert len(words) > 1000
    for plain in words:
        for text in (plain, plain[:2] + "\u200c" + plain[2:]):
            tail = ["pos=N", "freq=3"]
            assert _unpacked(compiled._word_part(plain, text, tail)) == python._word_part(plain, text, tail)
        for coarse in ("-", "12", None):
            assert tuple(map(_unpacked, compiled._lent(plain, coarse))) == python._lent(plain, coarse)
    marked = "\ue000{}\ue001".format
    pairs = [pair for plain in words[::7] + ["", OPAQUE, "😀ب", "ب\ud800", "۱۴۰۲", "Tehran"]
             for pair in ((plain, plain), (marked(plain), plain + "\u200c"), (plain, "«" + plain + "»"))]
    made = COMPILED.type_parts(compiled._types, compiled._by_piece, [key for key, _ in pairs],
                               [text for _, text in pairs], None, compiled._maker())
    for (key, text), parts in zip(pairs, made):
        assert tuple(map(_unpacked, parts)) == python._new_type(key, text)
        assert compiled._types[key, text] is parts
        assert tuple(map(_unpacked, compiled._new_type(key, text))) == python._new_type(key, text)


def test_the_compiled_look_up_by_piece_gives_each_key_its_own_type():
    """type_parts' index by piece (``by_piece``) answers a token only for the key it holds: one piece under
    two keys, alternating, gets each key's parts, the Python twin's; the index holds only what the types'
    cache holds, and nothing once that is full."""
    from importlib import resources

    model = resources.files("persianews.models").joinpath("ner_tagger.crfsuite").read_bytes()
    compiled, python = EntityTagger(model).scorer, EntityTagger(model, compiled=False).scorer
    keys = ["تهران", "\ue000تهران\ue001", "تهران", "\ue000تهران\ue001", "گفت"]
    pieces = ["تهران", "تهران", "تهران", "تهران", "گفت"]
    expected = [python._new_type(*pair) for pair in zip(keys, pieces)]
    for _ in range(2):  # made, then found
        made = COMPILED.type_parts(compiled._types, compiled._by_piece, keys, pieces, None, compiled._maker())
        assert [tuple(map(_unpacked, parts)) for parts in made] == expected
        assert all(compiled._types[key, piece] is parts for (piece, (key, parts)) in compiled._by_piece.items())
    full = compiled._maker()[:7] + (0,)  # a cache with no room: types are made each time, none kept
    by_piece: dict = {}
    made = COMPILED.type_parts({}, by_piece, keys, pieces, None, full)
    assert [tuple(map(_unpacked, parts)) for parts in made] == expected
    assert by_piece == {}


def test_a_word_types_compiled_sum_reads_every_analysis_as_its_python_twin():
    """A word of every lexicon feature, and the word analyses as plain functions (not caches): the
    compiled sum of its own features is the Python one."""
    from persianews.entities import tagger_features

    features = ["bias", "w=x", "shape=a", "pos=N", "pos=V", "freq=3", "given", "given:frequent", "stop",
                "surname=yeh", "surname_suffix=ی", "detached_suffix", "honorific", "c=7", "cf=7.1"]
    states = {name: ((number % 3, float(number + 1) / 7),) for number, name in enumerate(features)}
    table = COMPILED.weight_table(states, 3)
    analyses = list(tagger_features.type_analyses())
    analyses[0] = lambda key: frozenset({"V", "N"})
    analyses[3:5] = [lambda key: 123, lambda key: True]
    analyses[5] = frozenset({"x"})
    analyses[6:10] = [lambda key: 1, lambda key: "yeh", lambda key: "ی", lambda key: True]
    analyses[10:12] = [{"x"}, {"x": ("7", "7.1")}]
    own, coarse = COMPILED.type_sum(table, shape_classes(), tuple(analyses), "k", "x", "x")
    assert coarse == "7"
    assert _unpacked(own) == _python_sum(states, features, 3)


@pytest.mark.parametrize("frequency", [7, 10, 123, -5, 10 ** 30, -(10 ** 30), True, 2.5, 0, False])
def test_a_word_types_compiled_frequency_feature_counts_the_characters_as_its_python_twin(frequency):
    """``freq=`` + the characters of str(frequency), counted in C for an int (no string made), by str()
    otherwise (a bool's «True», a float): the feature lexical_features writes."""
    from persianews.entities import tagger_features

    names = [f"freq={size}" for size in range(40)]
    states = {name: ((number % 3, float(number + 1) / 7),) for number, name in enumerate(names)}
    analyses = list(tagger_features.type_analyses())
    analyses[0], analyses[3] = (lambda key: frozenset()), (lambda key: frequency)
    own, _coarse = COMPILED.type_sum(COMPILED.weight_table(states, 3), shape_classes(), tuple(analyses), "k", "x", "x")
    assert _unpacked(own) == _python_sum(states, [f"freq={len(str(frequency)) if frequency else 0}"], 3)


def test_long_words_and_clusters_sum_as_their_python_twins():
    """Names longer than the buffer the sums write short names in (a word of 300 letters, a cluster of 200
    characters, a ZWNJ spelling): the same features, the same sums."""
    from persianews.entities import tagger_features

    plain, cluster = "ب" * 150 + "ی" * 150, "7" * 200
    text = plain[:5] + "\u200c" + plain[5:]
    tail = ["c=" + cluster, "cf=" + cluster + ".1"]
    features = [*form_features(plain, text), "oov", "freq=0", *tail]
    lent = lent_features(plain, cluster)
    states = {name: ((number % 3, float(number + 1) / 7),) for number, name in
              enumerate([*features, *(name for group in lent for name in group)])}
    table = COMPILED.weight_table(states, 3)
    analyses = list(tagger_features.type_analyses())
    analyses[0], analyses[3], analyses[4], analyses[6] = (lambda key: frozenset()), (lambda key: 0), \
        (lambda key: False), (lambda key: False)
    analyses[7:10] = [lambda key: None, lambda key: None, lambda key: False]
    analyses[11] = {plain: (cluster, cluster + ".1")}
    own, coarse = COMPILED.type_sum(table, shape_classes(), tuple(analyses), plain, plain, text)
    assert coarse == cluster and _unpacked(own) == _python_sum(states, features, 3)
    assert tuple(map(_unpacked, COMPILED.lent_sums(table, plain, cluster))) == \
        tuple(_python_sum(states, list(group), 3) for group in lent)


@pytest.mark.parametrize("error, message, call", [
    (TypeError, "weight_table", lambda m, t: m.weight_table([], 2)),
    (ValueError, "the width must be", lambda m, t: m.weight_table({}, 0)),
    (ValueError, "a feature's weights must", lambda m, t: m.weight_table({"a": [(0, 1.0)]}, 2)),
    (ValueError, "a feature's weights must", lambda m, t: m.weight_table({"a": ((0, 1.0, 2.0),)}, 2)),
    (IndexError, "the labels must be", lambda m, t: m.weight_table({"a": ((2, 1.0),)}, 2)),
    (IndexError, "the labels must be", lambda m, t: m.weight_table({"a": ((-1, 1.0),)}, 2)),
    (IndexError, "the labels must be", lambda m, t: m.weight_table({"a": ((1, 1.0), (0, 1.0))}, 2)),
    (IndexError, "the labels must be", lambda m, t: m.weight_table({"a": ((0, 1.0), (0, 1.0))}, 2)),
    (ValueError, "a feature's weights must", lambda m, t: m.weight_table({"a": ((0, "1.0"),)}, 2)),
    (TypeError, "a feature must be", lambda m, t: m.weight_table({b"a": ((0, 1.0),)}, 2)),
    (TypeError, "table_sum", lambda m, t: m.table_sum(t)),
    (TypeError, "table_sum", lambda m, t: m.table_sum("table", ["a"])),
    (TypeError, "'NoneType' object is not", lambda m, t: m.table_sum(t, None)),
    (TypeError, "word_sum", lambda m, t: m.word_sum(t, "a", "a", "a", True)),
    (TypeError, "word_sum", lambda m, t: m.word_sum(t, "a", "a", "a", True, "tail")),
    (TypeError, "a feature must be", lambda m, t: m.word_sum(t, b"a", "a", "a", True, [])),
    (TypeError, "word_sum", lambda m, t: m.word_sum(object(), "a", "a", "a", True, [])),
    (TypeError, "word_shape", lambda m, t: m.word_shape(b"a", "a")),
    (TypeError, "word_shape", lambda m, t: m.word_shape("a", "a")),
    (TypeError, "word_shape", lambda m, t: m.word_shape(b"ab")),
    (TypeError, "lent_sums", lambda m, t: m.lent_sums(t, b"a", None)),
    (TypeError, "lent_sums", lambda m, t: m.lent_sums(t, "a", 1)),
    (TypeError, "lent_sums", lambda m, t: m.lent_sums(object(), "a", None)),
    (TypeError, "type_parts", lambda m, t: m.type_parts({}, {}, ["a"], [], None, None)),
    (TypeError, "type_parts", lambda m, t: m.type_parts({}, None, ["a"], ["a"], None, None)),
    (TypeError, "type_parts", lambda m, t: m.type_parts({}, {}, ["a"], ["a"], None, (t, b"", _analyses()))),
    (TypeError, "'NoneType' object is not",
     lambda m, t: m.type_parts({}, {}, ["a"], ["a"], None, (t, b"", _analyses(), set(), {}, None, b"", None))),
    (ZeroDivisionError, "division by zero",
     lambda m, t: m.type_parts({}, {}, ["a"], ["a"], lambda key, text: 1 / 0, None)),
    (TypeError, "type_sum", lambda m, t: m.type_sum(t, shape_classes(), (), "a", "a", "a")),
    (TypeError, "type_sum", lambda m, t: m.type_sum(t, b"a", _analyses(), "a", "a", "a")),
    (TypeError, "type_sum", lambda m, t: m.type_sum(t, shape_classes(), _analyses(), b"a", "a", "a")),
    (TypeError, "a feature must be",
     lambda m, t: m.type_sum(t, shape_classes(), _analyses(surname=lambda key: 1), "a", "a", "a")),
    (ValueError, "invalid literal for int",
     lambda m, t: m.type_sum(t, shape_classes(), _analyses(tags=lambda key: int("not a number")), "a", "a", "a")),
])
def test_the_compiled_sums_refuse_what_is_not_their_input(error, message, call):
    """Each refusal raises its own error, from the check meant (review13a: one either-or assertion passed
    whatever failed first)."""
    table = COMPILED.weight_table({"a": ((0, 1.0),)}, 2)
    with pytest.raises(error, match=re.escape(message)):
        call(COMPILED, table)


def test_a_callback_that_changes_the_lists_does_not_crash_type_parts():
    """review13a: type_parts read borrowed items of its lists across Python callbacks, and a callback that
    emptied them crashed it; it reads tuples of the lists taken once. Run in a child: a crash must not end
    the suite."""
    code = ("from persianews.entities import crf_native\n"
            "keys, pieces = ['a', 'b'], ['a', 'b']\n"
            "def new_type(key, text):\n"
            "    keys.clear(); pieces.clear(); return (key, text)\n"
            "print(crf_native.native().type_parts({}, {}, keys, pieces, new_type, None))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, "[('a', 'a'), ('b', 'b')]")


class _Incomparable:
    """An analysis no string compares with."""

    __hash__ = None  # type: ignore[assignment]

    def __ne__(self, other):
        raise KeyError("no comparison")


def test_a_failed_comparison_in_type_sum_is_its_error():
    """review13a: type_sum returns the comparison's own error, with no API call while it is pending."""
    analyses = list(_analyses())
    analyses[13] = _Incomparable()  # the opaque marker
    table = COMPILED.weight_table({"a": ((0, 1.0),)}, 2)
    with pytest.raises(KeyError, match="no comparison"):
        COMPILED.type_sum(table, shape_classes(), tuple(analyses), "a", "a", "a")


def _analyses(tags=None, surname=None) -> tuple:
    """The word analyses of type_sum, with ``tags`` or ``surname`` in place of the lexicons'."""
    from persianews.entities import tagger_features

    analyses = list(tagger_features.type_analyses())
    analyses[0] = tags or analyses[0]
    analyses[7] = surname or analyses[7]
    return tuple(analyses)


def test_a_table_knows_its_features_only():
    table = COMPILED.weight_table({"bias": ((0, 0.5),), "w=ب": ((1, 2.0),)}, 2)
    assert COMPILED.table_sum(table, ["nothing", "w="]) is None
    assert _unpacked(COMPILED.word_sum(table, "ب", "ب", "f", True, [])) == (0.5, 2.0)
    assert COMPILED.word_sum(COMPILED.weight_table({}, 2), "ب", "ب", "f", True, []) is None


def test_a_feature_that_is_not_a_string_adds_nothing_as_in_python():
    """The pure-Python scorer's ``states.get`` finds no weights for a feature that is not a string; the compiled
    sums skip it too, rather than raise."""
    states = {"a": ((0, 1.5),), "bias": ((1, 0.25),)}
    table = COMPILED.weight_table(states, 2)
    features = [1, None, b"a", "a", 2.0, ("a",)]
    assert _unpacked(COMPILED.table_sum(table, features)) == _python_sum(states, features, 2) == (1.5, 0.0)
    assert COMPILED.table_sum(table, [b"a", 7]) is None
    assert _unpacked(COMPILED.word_sum(table, "x", "x", "x", False, [1, b"a", "a"])) == (1.5, 0.25)

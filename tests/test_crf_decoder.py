"""The tagger's own CRF runtime: reading crfsuite model files, emission scores and Viterbi decoding, checked
against brute force on tiny models and against crfsuite's tag() on the shipped model (news and Telegram test
splits of the stand-off annotations, ParsTwiNER test) and on a model trained here; the compiled parts
(crf_native.c), where they were built, against their pure-Python twins and crfsuite alike."""

from __future__ import annotations

import array
import importlib.util
import itertools
import struct
import sys
import types
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import persianews.entities
from persianews.entities import crf_native
from persianews.entities.crf_decoder import CrfDecoder, window_addends
from persianews.entities.crf_model import read_crf_model
from persianews.entities.tagger import DEFAULT_MODEL, EntityTagger, load_tagger, rules_of, sentence_ranges
from persianews.entities.tagger_features import FeatureExtractor, rule_tags
from persianews.entities.tagger_training import prepare_pipeline
from persianews.errors import PipelineError
from persianews.native import compiled_module

ROOT = Path(__file__).resolve().parent.parent
COMPILED = crf_native.native()
#: The decoding paths to test: pure Python always, compiled where it was built.
PATHS = [False] + ([True] if COMPILED is not None else [])
needs_compiled = pytest.mark.skipif(COMPILED is None, reason="the compiled module was not built (no C compiler)")


def _shipped_model() -> bytes:
    from importlib import resources

    return resources.files("persianews.models").joinpath(DEFAULT_MODEL).read_bytes()


def _brute_force(emissions: list[list[float]], transitions: list[list[float]]) -> list[int]:
    """The best label sequence by trying them all; of equal scores, crfsuite's: the smallest last label, then
    the smallest label before it, and so on (the first of the sequences sorted by their reversal)."""
    width = len(transitions)
    best: tuple[float, tuple[int, ...]] | None = None
    for labels in itertools.product(range(width), repeat=len(emissions)):
        score = sum(row[label] for row, label in zip(emissions, labels))
        score += sum(transitions[a][b] for a, b in zip(labels, labels[1:]))
        key = (-score, labels[::-1])
        if best is None or key < best:
            best = key
    assert best is not None
    return list(best[1][::-1])


_small_scores = st.integers(-3, 3).map(float)  # whole numbers: exact sums, and many ties


@given(st.integers(1, 4).flatmap(lambda width: st.tuples(
    st.lists(st.lists(_small_scores, min_size=width, max_size=width), min_size=width, max_size=width),
    st.lists(st.lists(_small_scores, min_size=width, max_size=width), min_size=1, max_size=5),
    st.integers(1, 3))))
def test_viterbi_finds_the_best_sequence_and_breaks_ties_as_crfsuite(case):
    transitions, emissions, addends = case
    # each score split into addends the decoder sums: the score less one per other addend, then ones (the
    # other addends running past the sentence's end, as the scorer's neighbour rows do)
    first = [[value - (addends - 1) for value in row] for row in emissions]
    ones = [[1.0] * len(transitions) for _ in range(len(emissions) + 2)]
    split = [first] + [ones] * (addends - 1)
    assert CrfDecoder(transitions).decode(*split) == _brute_force(emissions, transitions)


@given(st.lists(st.lists(st.floats(-5, 5), min_size=3, max_size=3), min_size=1, max_size=6),
       st.lists(st.lists(st.floats(-5, 5), min_size=3, max_size=3), min_size=3, max_size=3))
def test_viterbi_on_real_valued_scores_reaches_the_best_score(emissions, transitions):
    labels = CrfDecoder(transitions).decode(emissions)

    def score(sequence):
        return sum(row[label] for row, label in zip(emissions, sequence)) + \
            sum(transitions[a][b] for a, b in zip(sequence, sequence[1:]))
    assert len(labels) == len(emissions)
    assert score(labels) >= score(_brute_force(emissions, transitions)) - 1e-9


def _window_case(width: int, tokens: int):
    """A strategy of (transitions, types, context, bos, eos) for decode_window, whole-number scores (exact
    sums, many ties)."""
    vector = st.tuples(*[_small_scores] * width)
    return st.tuples(st.lists(st.lists(_small_scores, min_size=width, max_size=width), min_size=width, max_size=width),
                     st.lists(st.tuples(*[vector] * 5), min_size=tokens, max_size=tokens),
                     st.lists(vector, min_size=tokens, max_size=tokens), vector, vector)


@given(st.integers(1, 4).flatmap(lambda width: st.integers(0, 6).flatmap(lambda n: _window_case(width, n))))
def test_the_window_decoders_sum_the_neighbours_and_find_the_best_sequence(case):
    transitions, token_types, context, bos, eos = case
    n = len(token_types)
    zero = (0.0,) * len(bos)

    def lent(index: int, part: int, before_start: tuple, after_end: tuple) -> tuple:
        return before_start if index < 0 else after_end if index >= n else token_types[index][part]
    emissions = [[sum(parts) for parts in zip(token_types[t][0], lent(t - 2, 1, zero, zero), lent(t - 1, 2, bos, zero),
                                                lent(t + 1, 3, zero, eos), lent(t + 2, 4, zero, zero), context[t])]
                 for t in range(n)]
    expected = _brute_force(emissions, transitions) if n else []
    assert CrfDecoder(transitions, False).decode_window(token_types, context, bos, eos) == expected
    if COMPILED is not None:
        assert CrfDecoder(transitions, True).decode_window(*_packed(token_types, context, bos, eos)) == expected


def _pack(vector) -> bytes:
    return array.array("d", vector).tobytes()


def _packed(token_types, context, bos, eos) -> tuple:
    """decode_window's arguments with the vectors packed, as the compiled decoder reads them."""
    return [tuple(map(_pack, parts)) for parts in token_types], list(map(_pack, context)), _pack(bos), _pack(eos)


@needs_compiled
@given(st.integers(1, 8).flatmap(lambda width: st.integers(1, 12).flatmap(lambda n: st.tuples(
    st.lists(st.lists(st.floats(-1e3, 1e3), min_size=width, max_size=width), min_size=width, max_size=width),
    st.lists(st.tuples(*[st.tuples(*[st.floats(-1e3, 1e3)] * width)] * 5), min_size=n, max_size=n),
    st.lists(st.tuples(*[st.floats(-1e3, 1e3)] * width), min_size=n, max_size=n),
    st.tuples(*[st.floats(-1e3, 1e3)] * width), st.tuples(*[st.floats(-1e3, 1e3)] * width)))))
def test_the_compiled_decoder_gives_the_python_decoders_labels_on_real_valued_scores(case):
    transitions, *window = case
    assert CrfDecoder(transitions, True).decode_window(*_packed(*window)) == \
        CrfDecoder(transitions, False).decode_window(*window)


def test_the_window_addends_lay_the_neighbours_out():
    a, b = ((1.0,), (2.0,), (3.0,), (4.0,), (5.0,)), ((10.0,), (20.0,), (30.0,), (40.0,), (50.0,))
    own, lent_2, lent_1, lent1, lent2, context = window_addends([a, b], [(7.0,), (8.0,)], (-1.0,), (-2.0,))
    assert list(own) == [(1.0,), (10.0,)] and list(context) == [(7.0,), (8.0,)]
    assert list(lent_2)[:2] == [(0.0,), (0.0,)]
    assert list(lent_1)[:2] == [(-1.0,), (3.0,)]
    assert list(lent1)[:2] == [(40.0,), (-2.0,)]
    assert list(lent2)[:2] == [(0.0,), (0.0,)]
    assert window_addends([], [], (0.0,), (0.0,)) == ((),)


_TWO = _pack((0.0, 0.0))


@needs_compiled
@pytest.mark.parametrize("call", [
    lambda m, w: m.decode_window(w),
    lambda m, w: m.decode_window("weights", [], [], _TWO, _TWO),
    lambda m, w: m.decode_window(b"123", [], [], _TWO, _TWO),
    lambda m, w: m.decode_window(w, 5, [], _TWO, _TWO),
    lambda m, w: m.decode_window(w, [(_TWO,) * 5], [], _TWO, _TWO),
    lambda m, w: m.decode_window(w, [(_TWO,) * 4], [_TWO], _TWO, _TWO),
    lambda m, w: m.decode_window(w, [[_TWO] * 5], [_TWO], _TWO, _TWO),
    lambda m, w: m.decode_window(w, [(_pack((0.0,)),) * 5], [_TWO], _TWO, _TWO),
    lambda m, w: m.decode_window(w, [((0.0, 0.0),) * 5], [_TWO], _TWO, _TWO),
    lambda m, w: m.decode_window(w, [(_TWO,) * 5] * 2, [_TWO] * 2, None, _TWO),
    lambda m, w: m.decode_window(w, [(_TWO,) * 5] * 2, [_TWO, "x"], _TWO, _TWO),
    lambda m, w: m.sum_vectors([]),
    lambda m, w: m.sum_vectors(_TWO),
    lambda m, w: m.sum_vectors([b"123"]),
    lambda m, w: m.sum_vectors([_TWO, _pack((1.0,))]),
    lambda m, w: m.sum_vectors([_TWO, (1.0, 2.0)]),
])
def test_the_compiled_parts_refuse_what_is_not_their_input(call):
    weights = array.array("d", [0.0] * 4).tobytes()
    with pytest.raises((TypeError, ValueError, IndexError)):
        call(COMPILED, weights)


@needs_compiled
@given(st.lists(st.tuples(*[st.floats(-1e6, 1e6)] * 3), min_size=1, max_size=6))
def test_the_compiled_vector_sums_add_left_to_right(vectors):
    expected = list(vectors[0])
    for vector in vectors[1:]:
        expected = [a + b for a, b in zip(expected, vector)]
    assert COMPILED.sum_vectors([_pack(v) for v in vectors]) == _pack(expected)


def test_the_compiled_module_is_the_installed_sources_build():
    """A binary built from another version of crf_native.c (a stale build) fails here, not silently: rebuild
    it with ``pip install -e .``."""
    if importlib.util.find_spec("persianews.entities._crf_native") is None:
        pytest.skip("the compiled module was not built (no C compiler)")
    assert COMPILED is not None, "persianews/entities/_crf_native*.so is stale: rebuild it with pip install -e ."


def test_a_binary_built_from_another_source_is_refused_with_a_warning(monkeypatch):
    stale = types.ModuleType("persianews.entities._crf_native")
    stale.SOURCE_SHA256, stale.__file__ = "0" * 64, "_crf_native.so"  # type: ignore[attr-defined]
    stale.decode_window = stale.word_sum = None  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "persianews.entities._crf_native", stale)
    monkeypatch.setattr(persianews.entities, "_crf_native", stale, raising=False)
    compiled_module.cache_clear()
    try:
        with pytest.warns(RuntimeWarning, match="pip install -e"):
            assert crf_native.native() is None
        assert CrfDecoder([[0.0]]).compiled is None
    finally:
        monkeypatch.undo()
        compiled_module.cache_clear()
    assert crf_native.native() is COMPILED


def test_decoder_edges_and_refusals():
    decoder = CrfDecoder([[0.0, -1.0], [2.0, 0.5]])
    assert decoder.decode([]) == [] and decoder.decode() == []
    assert decoder.decode([(0.0, 1.0)]) == [1]
    assert decoder.decode([(0.0, 0.0)]) == [0]  # a tie: the first label
    assert CrfDecoder([[1.5]]).decode([(2.0,), (-1.0,)]) == [0, 0]
    for bad in ([], [[1.0, 2.0]], [[float("nan")]], [[float("inf"), 0.0], [0.0, 0.0]]):
        with pytest.raises(ValueError):
            CrfDecoder(bad)


def test_the_shipped_model_is_read_whole_with_crfsuites_weights():
    pycrfsuite = pytest.importorskip("pycrfsuite")
    data = _shipped_model()  # crfsuite reads it in place: kept alive
    model = read_crf_model(data)
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(data)
    info = tagger.info()  # crfsuite's text dump: weights rounded to 6 decimals
    assert list(model.labels) == tagger.labels()
    index = {label: n for n, label in enumerate(model.labels)}
    assert sum(map(len, model.states.values())) == len(info.state_features)
    for (attribute, label), weight in info.state_features.items():
        assert dict(model.states[attribute])[index[label]] == pytest.approx(weight, abs=1e-6)
    for (first, second), weight in info.transitions.items():
        assert model.transitions[index[first]][index[second]] == pytest.approx(weight, abs=1e-6)


@pytest.mark.parametrize("data", [b"", b"lCRF", b"not a model at all, not even close" * 4,
                                  _shipped_model()[:5000], _shipped_model()[:-8],
                                  b"lCRF" + _shipped_model()[4:8] + b"XXXX" + _shipped_model()[12:]])
def test_anything_but_a_crfsuite_model_is_refused_with_its_source_named(data):
    with pytest.raises(PipelineError, match="my.model"):
        read_crf_model(data, "my.model")
    with pytest.raises(PipelineError, match="my.model"):
        EntityTagger(data, source="my.model")


def test_a_model_without_labels_or_with_a_weight_not_a_number_is_refused():
    data = bytearray(_shipped_model())
    struct.pack_into("<I", data, 20, 0)  # no labels
    with pytest.raises(PipelineError):
        read_crf_model(bytes(data))
    data = bytearray(_shipped_model())
    features_at = struct.unpack_from("<I", data, 28)[0]
    struct.pack_into("<d", data, features_at + 12 + 12, float("nan"))  # the first feature's weight
    with pytest.raises(PipelineError):
        read_crf_model(bytes(data))


def test_a_model_whose_string_table_lies_is_refused():
    data = bytearray(_shipped_model())
    labels_at = struct.unpack_from("<I", data, 32)[0]
    struct.pack_into("<I", data, labels_at + 16, 99)  # the label table claims 99 ids
    with pytest.raises(PipelineError):
        read_crf_model(bytes(data))


@pytest.mark.parametrize("compiled", PATHS)
def test_emission_scores_are_crfsuites_sums_of_the_feature_weights(compiled):
    tagger = EntityTagger(_shipped_model(), compiled=compiled)
    model = read_crf_model(_shipped_model())
    doc = prepare_pipeline()("خبرگزاری فارس گزارش داد علی کاظمی استاندار قزوین در تهران با وزیر نیرو دیدار کرد")
    view, rules = rules_of(doc)
    tags = rule_tags(rules, view)
    features = FeatureExtractor().sentence(view, 0, view.n, tags)
    scores = tagger.scorer.scores(view, 0, view.n, tags)
    assert len(scores) == view.n
    for token, row in zip(features, scores):
        expected = [0.0] * len(model.labels)
        for feature in token:
            for label, weight in model.states.get(feature, ()):
                expected[label] += weight
        assert row == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("compiled", PATHS)
def test_a_word_no_neighbour_feature_names_lends_its_clusters_vectors_exactly(compiled):
    from persianews.entities.clusters import clusters_of
    from persianews.entities.tagger_features import lent_features

    scorer = EntityTagger(_shipped_model(), compiled=compiled).scorer
    unknown = "زززززز"
    assert unknown not in scorer._neighbours and "تهران" in scorer._neighbours
    for plain in (unknown, "تهران", "کاظمی", ""):
        for coarse in (None, "-", clusters_of("تهران")[0], clusters_of("علی")[0]):
            expected = tuple(map(scorer._vector, lent_features(plain, coarse)))
            assert scorer._lent(plain, coarse) == expected  # the same bytes (floats): the same additions
    assert scorer._lent(unknown, "-") is scorer._lent("زززززب", "-")  # kept by cluster


def _crfsuite_labels(model: bytes, docs: list) -> tuple[list, list]:
    """crfsuite's labels and ours for every sentence of ``docs``; ours are the same by every path (pure
    Python, and compiled where it was built)."""
    pycrfsuite = pytest.importorskip("pycrfsuite")
    crfsuite = pycrfsuite.Tagger()
    crfsuite.open_inmemory(model)
    taggers = [EntityTagger(model, compiled=compiled) for compiled in PATHS]
    extractor = FeatureExtractor()
    theirs, mine = [], []
    for doc in docs:
        view, rules = rules_of(doc)
        tags = rule_tags(rules, view)
        ranges = sentence_ranges(doc)
        theirs += [crfsuite.tag(extractor.sentence(view, start, end, tags)) for start, end in ranges]
        by_path = [tagger.tag(view, ranges, rules) for tagger in taggers]
        assert all(labels == by_path[0] for labels in by_path)
        mine += by_path[0]
    return theirs, mine


def _standoff(shared: Path, monkeypatch):
    monkeypatch.setenv("PERSIANEWS_SHARED", str(shared))
    spec = importlib.util.spec_from_file_location("standoff", ROOT / "models" / "build" / "ner" / "standoff.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("corpora", [("news-dev", "news-dev-2"), ("telegram-dev",)])
def test_the_labels_are_crfsuites_on_the_held_out_annotated_records(shared, monkeypatch, corpora):
    standoff = _standoff(shared, monkeypatch)
    chosen = [a for a in standoff.read_annotations(sorted(standoff.ANNOTATIONS.glob("*.jsonl")))
              if a["corpus"] in corpora and standoff.split_of(a["sha1"]) == "test"]
    prepare = prepare_pipeline()
    docs = [prepare(article) for _a, article in standoff.annotated_articles(chosen[::3])]
    assert docs
    theirs, mine = _crfsuite_labels(_shipped_model(), docs)
    assert mine == theirs and any(label != "O" for labels in mine for label in labels)


def test_the_labels_are_crfsuites_on_parstwiner_test(shared):
    from persianews.entities.tagger_training import conll_documents, read_conll

    path = shared / "data" / "ner-parstwiner" / "test.txt"
    with open(path, encoding="utf-8") as handle:
        sentences = list(read_conll(handle, str(path)))
    docs = [doc for doc, _labels in conll_documents(sentences[::4])]
    theirs, mine = _crfsuite_labels(_shipped_model(), docs)
    assert mine == theirs and any(label != "O" for labels in mine for label in labels)


@pytest.mark.parametrize("text", [
    "استاندار قزوین و فرماندار تاکستان و استاندار قزوین در استانداری قزوین گفتند: کار ادامه دارد.",
    "خبرگزاری فارس گزارش داد علی کاظمی در دانشگاه تهران با وزیر امور خارجه دیدار کرد",
    "", "؟!", "a b c"])
def test_the_phrases_the_tagger_reads_are_the_matches_token_after_token(text):
    from persianews.entities import lexicons
    from persianews.entities.matcher import TokenView

    doc = prepare_pipeline()(text)
    view = TokenView(doc.text, doc.tokens, lexicons.trie())
    for start, end in [(0, view.n), *((s, view.n) for s in range(view.n)), *((0, e) for e in range(view.n))]:
        expected = [tuple(match) for index in range(start, end) for match in view.matches[index]]
        assert [tuple(phrase) for phrase in view.matches.starting(start, end)] == expected

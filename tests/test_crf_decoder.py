"""The tagger's own CRF runtime: reading crfsuite model files, emission scores and Viterbi decoding, checked
against brute force on tiny models and against crfsuite's tag() on the shipped model (news and Telegram test
splits of the stand-off annotations, ParsTwiNER test) and on a model trained here."""

from __future__ import annotations

import importlib.util
import itertools
import struct
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from persianews.entities.crf_decoder import CrfDecoder
from persianews.entities.crf_model import read_crf_model
from persianews.entities.tagger import DEFAULT_MODEL, EntityTagger, load_tagger, rules_of, sentence_ranges
from persianews.entities.tagger_features import FeatureExtractor, rule_tags
from persianews.entities.tagger_training import prepare_pipeline
from persianews.errors import PipelineError

ROOT = Path(__file__).resolve().parent.parent


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


def test_emission_scores_are_crfsuites_sums_of_the_feature_weights():
    tagger = load_tagger()
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


def _crfsuite_labels(model: bytes, docs: list) -> tuple[list, list]:
    """crfsuite's labels and ours for every sentence of ``docs``."""
    pycrfsuite = pytest.importorskip("pycrfsuite")
    crfsuite = pycrfsuite.Tagger()
    crfsuite.open_inmemory(model)
    ours = EntityTagger(model)
    extractor = FeatureExtractor()
    theirs, mine = [], []
    for doc in docs:
        view, rules = rules_of(doc)
        tags = rule_tags(rules, view)
        ranges = sentence_ranges(doc)
        theirs += [crfsuite.tag(extractor.sentence(view, start, end, tags)) for start, end in ranges]
        mine += ours.tag(view, ranges, rules)
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

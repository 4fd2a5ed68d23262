"""The tagger's compiled pass over a whole document (crf_native.c: tag_document, through
EmissionScorer.document_labels) against its pure-Python twin (EmissionScorer.window then
CrfDecoder.decode_window, sentence by sentence): the same labels on every sentence of news-dev, on random
ranges over hostile texts, and refusals of what is not its input (never a crash)."""

from __future__ import annotations

import array
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import persianews

from persianews.entities import crf_native
from persianews.entities.tagger import DEFAULT_MODEL, EntityTagger, rules_of, sentence_ranges
from persianews.entities.tagger_features import rule_tags
from persianews.entities.tagger_training import prepare_pipeline

COMPILED = crf_native.native()
pytestmark = pytest.mark.skipif(COMPILED is None, reason="the compiled module was not built (no C compiler)")

_MODEL = resources.files("persianews.models").joinpath(DEFAULT_MODEL).read_bytes()
_TEXT = ("خبرگزاری فارس گزارش داد علی کاظمی استاندار قزوین در تهران با وزیر نیرو دیدار کرد. "
         "سازمان ملل متحد و وزارت امور خارجه ایران بیانیه‌ای دادند؛ «محمد جواد ظریف» گفت: ۱۲ نفر آمدند.")


@pytest.fixture(scope="module")
def taggers() -> tuple[EntityTagger, EntityTagger]:
    """A compiled tagger and a pure-Python one of the shipped model."""
    return EntityTagger(_MODEL, compiled=True), EntityTagger(_MODEL, compiled=False)


def _pure_labels(tagger: EntityTagger, view, ranges, tags) -> list[list[int]]:
    """The twin: each range's window scores decoded on its own, in Python."""
    return [tagger.decoder.decode_window(*tagger.scorer.window(view, start, end, tags)) for start, end in ranges]


def _compiled_labels(tagger: EntityTagger, view, ranges, tags) -> list[list[int]]:
    return tagger.scorer.document_labels(tagger.decoder.packed, view, ranges, tags)


def test_every_sentence_of_news_dev_gets_the_pure_pythons_labels(shared, taggers):
    compiled, pure = taggers
    prepare = prepare_pipeline()
    docs = [prepare(article) for article in persianews.read(str(shared / "corpora" / "news-dev" / "farsnews-dev.jsonl"))]
    tagged = 0
    for doc in docs:
        view, rules = rules_of(doc)
        tags, ranges = rule_tags(rules, view), sentence_ranges(doc)
        labels = _compiled_labels(compiled, view, ranges, tags)
        assert labels == _pure_labels(pure, view, ranges, tags)
        tagged += sum(map(any, labels))
    assert len(docs) > 1000 and tagged > 1000  # not all O


@settings(max_examples=40, deadline=None)
@given(st.text(st.sampled_from("علی کاظمی تهران. وزیر«»۱2aZ\u200c\n؟!"), max_size=80), st.data())
def test_any_ranges_over_any_text_get_the_pure_pythons_labels(taggers, text, data):
    compiled, pure = taggers
    doc = prepare_pipeline()(text)
    view, rules = rules_of(doc)
    bounds = st.integers(0, view.n)
    ranges = [tuple(sorted(pair)) for pair in data.draw(st.lists(st.tuples(bounds, bounds), max_size=5))]
    for tags in (rule_tags(rules, view), None):
        assert _compiled_labels(compiled, view, ranges, tags) == _pure_labels(pure, view, ranges, tags)


def test_the_tagger_takes_the_document_pass_and_the_python_path_alike(taggers):
    compiled, pure = taggers
    doc = prepare_pipeline()(_TEXT)
    view, rules = rules_of(doc)
    ranges = sentence_ranges(doc)
    assert compiled.tag(view, ranges, rules) == pure.tag(view, ranges, rules)
    assert any(label != "O" for labels in compiled.tag(view, ranges, rules) for label in labels)
    outside = [(2, 1), (1, 3)]  # one not within the tokens: range by range, as the pure path slices
    assert compiled.tag(view, outside, rules) == pure.tag(view, outside, rules)
    assert compiled.candidates(view, ranges, rules=rules) == pure.candidates(view, ranges, rules=rules)


def _arguments(tagger: EntityTagger, **changes):
    """tag_document's arguments for a tiny document (two tokens' parts), with ``changes``."""
    scorer = tagger.scorer
    view = _view("علی کاظمی")
    assert view.n == 2
    two = scorer._type_parts(view, 0, 2)
    arguments = dict(weights=tagger.decoder.packed, bos=scorer._bos, eos=scorer._eos, types=two, matches=None,
                     phrase_parts={}, new_phrase=scorer._new_phrase, rules=[(), ()], rule_parts={},
                     new_rule=scorer._new_rule, ranges=[(0, 2)])
    arguments.update(changes)
    return list(arguments.values())


def _view(text: str):
    return rules_of(prepare_pipeline()(text))[0]


def _vector(width: int) -> bytes:
    return array.array("d", [0.5] * width).tobytes()


#: Matches' reads of two tokens, the first the whole phrase ("e",).
_ENTRIES = ([("e",), ()], {}, [], {})


@pytest.mark.parametrize("change", [
    dict(weights="weights"), dict(weights=b"123"), dict(bos=b"1"), dict(eos=None),
    dict(types=((),)), dict(types=[(b"x",) * 5] * 2), dict(types=[()] * 2), dict(types=[None, None]),
    dict(matches="x"), dict(matches=([], {}, [])), dict(matches=((), {}, [], {})),
    dict(matches=([("e",), ()], {0: "bad"}, [0], {})), dict(matches=([(), ()], {0: ((5, 6, ()),)}, [0], {})),
    dict(matches=([(), ()], {0: ((0, 1),)}, [0], {})), dict(matches=([(), ()], {0: (("0", 1, ()),)}, [0], {})),
    dict(matches=([(), ()], {0: ((0, None, ()),)}, [0], {})), dict(matches=([("e",), ()], {}, ["a"], {})),
    dict(matches=([("e",), ()], {}, [], {0: "x"})), dict(phrase_parts=[]), dict(new_phrase=None),
    dict(matches=_ENTRIES, new_phrase=lambda entries: "nonsense"),
    dict(matches=_ENTRIES, new_phrase=lambda entries: (b"1", None, None, None)),
    dict(matches=_ENTRIES, new_phrase=lambda entries: 1 / 0),
    dict(rules=((), ())), dict(rules=[["rB-PERSON"], ()]), dict(rules=[("rB-PERSON",), ()], new_rule=lambda tags: ()),
    dict(rules=[("rB-PERSON",), ()], new_rule=lambda tags: (None, "x", None)), dict(rule_parts=None),
    dict(ranges=[(0, 3)]), dict(ranges=[(2, 1)]), dict(ranges=[(-1, 1)]), dict(ranges=[(0,)]), dict(ranges=[0]),
    dict(ranges=[("0", 1)]), dict(ranges=((0, 2),)),
])
def test_the_document_pass_refuses_what_is_not_its_input(taggers, change):
    with pytest.raises((TypeError, ValueError, IndexError, ZeroDivisionError)):
        COMPILED.tag_document(*_arguments(taggers[0], **change))


def test_the_document_pass_holds_its_own_copies_while_the_callbacks_run(taggers):
    compiled = taggers[0]
    types = _arguments(compiled)[3]
    whole = [("entries",), ()]
    rules = [("rB-PERSON",), ("rI-PERSON",)]
    width = len(compiled.labels)

    def new_phrase(entries):  # a hostile callback: empties every list the pass was given
        types.clear(), whole.clear(), rules.clear()
        return (_vector(width), None, _vector(width), None)

    labels = COMPILED.tag_document(*_arguments(compiled, types=types, matches=(whole, {}, [], {}),
                                               new_phrase=new_phrase, rules=rules))
    assert len(labels) == 1 and len(labels[0]) == 2 and all(0 <= label < width for label in labels[0])
    assert COMPILED.tag_document(*_arguments(compiled, ranges=[])) == []
    assert COMPILED.tag_document(*_arguments(compiled, ranges=[(1, 1), (0, 1)]))[0] == []


@pytest.mark.parametrize("last", [-2**63, -1, 0, 2**62])
def test_a_phrase_whose_end_is_out_of_its_sentence_adds_nothing_past_it(taggers, last):
    """A phrase's end comes from Python: one far before its start or past the tokens is clamped, never read
    past the sentence (a very negative end once overflowed the inner loop's bound)."""
    compiled = taggers[0]
    scorer = compiled.scorer
    view = _view("علی کاظمی در تهران بود")
    width = len(compiled.labels)
    vector = _vector(width)
    labels = COMPILED.tag_document(compiled.decoder.packed, scorer._bos, scorer._eos,
                                   scorer._type_parts(view, 0, view.n),
                                   ([()] * view.n, {1: ((1, last, ("e",)),)}, [1], {}), {},
                                   lambda entries: (vector,) * 4, None, {}, scorer._new_rule, [(1, view.n)])
    assert len(labels) == 1 and len(labels[0]) == view.n - 1


_SCORES = st.floats(-4.0, 4.0, allow_nan=False).map(lambda x: round(x, 1))  # ties and -0.0 included


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_random_type_vectors_shared_by_tokens_get_the_pure_pythons_labels(taggers, data):
    """The pass reads each token's five type vectors once and lends them to its neighbours: over random
    vectors (word types shared by several tokens, as a document's repeated words share them) and ranges,
    its labels are those of decode_window in Python, sentence by sentence."""
    compiled, pure = taggers
    width = len(compiled.labels)
    vector = st.lists(_SCORES, min_size=width, max_size=width).map(tuple)
    pool = data.draw(st.lists(st.tuples(*[vector] * 5), min_size=1, max_size=4))
    n = data.draw(st.integers(0, 12))
    types = [pool[data.draw(st.integers(0, len(pool) - 1))] for _token in range(n)]
    bos, eos = data.draw(vector), data.draw(vector)
    bounds = st.integers(0, n)
    ranges = [tuple(sorted(pair)) for pair in data.draw(st.lists(st.tuples(bounds, bounds), max_size=4))]

    def pack(scores: tuple[float, ...]) -> bytes:
        return array.array("d", scores).tobytes()

    packed = {id(parts): tuple(map(pack, parts)) for parts in pool}
    labels = COMPILED.tag_document(compiled.decoder.packed, pack(bos), pack(eos), [packed[id(p)] for p in types],
                                   None, {}, compiled.scorer._new_phrase, None, {}, compiled.scorer._new_rule, ranges)
    zero = (0.0,) * width
    assert labels == [pure.decoder.decode_window(types[start:end], [zero] * (end - start), bos, eos)
                      for start, end in ranges]

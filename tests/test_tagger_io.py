"""The IO label scheme of the entity tagger: IO spans, the scheme read from a model's labels, BIO → IO
training labels, and an IO model trained on a small slice that loads and finds entities."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

import persianews
from persianews.cli import EXIT_OK, TAGGER_SCHEMES, main
from persianews.entities.candidates import Candidate
from persianews.entities.tagger import (
    SCHEMES,
    EntityTagger,
    SPANS_OF_SCHEME,
    bio_spans,
    io_spans,
    label_scheme,
    ranged_spans,
    split_at_rules,
    to_io,
)
from persianews.entities.tagger_features import FeatureExtractor
from persianews.entities.tagger_merge import TAGGER_RULE
from persianews.entities.tagger_training import (
    labelled_sequences,
    prepare_pipeline,
    token_labels,
)

from .ner_training import bio_labels, ours_and_crfsuites, training_conll

LABELS = ["PERSON", "ORG", "LOC"]


@pytest.mark.parametrize("labels, spans", [
    (["O", "PERSON", "PERSON", "O"], [("PERSON", 1, 3)]),
    (["LOC", "LOC", "ORG"], [("LOC", 0, 2), ("ORG", 2, 3)]),            # a label change ends an entity
    (["PERSON", "O", "PERSON"], [("PERSON", 0, 1), ("PERSON", 2, 3)]),
    (["ORG"], [("ORG", 0, 1)]),
    ([], []),
    (["O", "O"], []),
])
def test_io_spans(labels, spans):
    assert io_spans(labels) == spans


def test_io_merges_adjacent_entities_of_one_label_that_bio_keeps_apart():
    bio = ["B-LOC", "B-LOC", "I-LOC", "B-ORG"]
    assert bio_spans(bio) == [("LOC", 0, 1), ("LOC", 1, 3), ("ORG", 3, 4)]
    assert to_io(bio) == ["LOC", "LOC", "LOC", "ORG"]
    assert io_spans(to_io(bio)) == [("LOC", 0, 3), ("ORG", 3, 4)]


@given(st.lists(st.sampled_from(["O", *LABELS]), max_size=20))
def test_io_spans_cover_exactly_the_labelled_tokens_in_maximal_runs(labels):
    spans = io_spans(labels)
    assert [i for _label, start, end in spans for i in range(start, end)] == [i for i, x in enumerate(labels) if x != "O"]
    assert all(labels[i] == label for label, start, end in spans for i in range(start, end))
    assert all(not (a[2] == b[1] and a[0] == b[0]) for a, b in pairwise(spans))  # no two could be one run


@given(st.lists(st.tuples(st.sampled_from(LABELS), st.integers(1, 4), st.integers(1, 3)), max_size=8))
def test_bio_to_io_keeps_entities_apart_by_a_gap(entities):
    labels, expected = bio_labels(entities)
    assert io_spans(to_io(labels)) == bio_spans(labels) == expected


@pytest.mark.parametrize("names", [
    ("O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-LOC", "I-LOC"),
    ("B-LOC", "I-LOC", "O", "I-ORG", "B-ORG"),                             # O not first, an I- of no B-
    ("B-LOC", "I-LOC", "LOC", "B-]", "I-]"),                               # no O; a label of no prefix
    ("O", "PERSON", "ORG", "LOC"),
    ("O", "ORG", *(f"B-{n}" for n in range(300))),                         # too many labels for a byte
])
@given(data=st.data())
def test_the_spans_of_all_ranges_at_once_are_those_of_each_ranges_labels(names, data):
    """ranged_spans reads the ranges' label indexes end to end: the entities of each range's labels as
    SPANS_OF_SCHEME reads them, shifted to the range's start (ranges need not touch), none running from one
    range into the next (an I- or the same IO label opening the next range starts an entity of its own)."""
    scheme = label_scheme(names)
    sizes = data.draw(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 6)), max_size=6))
    indexes = [data.draw(st.lists(st.integers(0, min(len(names), 8) - 1), min_size=size, max_size=size))
               for _gap, size in sizes]
    ranges, position = [], 0
    for gap, size in sizes:
        ranges.append((position + gap, position + gap + size))
        position += gap + size
    expected = [(label, start + first, start + last) for (start, _end), labels in zip(ranges, indexes)
                for label, first, last in SPANS_OF_SCHEME[scheme]([names[i] for i in labels])]
    assert ranged_spans(names, scheme, ranges, indexes) == expected


@pytest.mark.parametrize("labels, scheme", [
    (("O", "PERSON", "ORG", "LOC"), "io"),
    (("O", "B-PERSON", "I-PERSON"), "bio"),
    (("I-ORG", "O"), "bio"),
    (("O",), "io"),
    (("BOSS", "IO"), "io"),                                              # no dash: not a prefix
])
def test_the_scheme_is_read_from_the_labels(labels, scheme):
    assert label_scheme(labels) == scheme


def test_the_command_line_offers_the_taggers_schemes():
    assert TAGGER_SCHEMES == SCHEMES


def test_training_labels_in_an_unknown_scheme_are_refused():
    doc = prepare_pipeline()("علی کاظمی گفت")
    with pytest.raises(ValueError, match="unknown label scheme 'bilou'"):
        list(labelled_sequences(doc, ["B-PERSON", "I-PERSON", "O"], FeatureExtractor(), "bilou"))


def test_io_training_labels_drop_the_prefixes():
    doc = prepare_pipeline()("علی کاظمی در قزوین گفت")
    labels = token_labels(doc, [(0, 9, "PERSON"), (13, 18, "LOC")])
    [(_features, io)] = labelled_sequences(doc, labels, FeatureExtractor(), "io")
    assert io == ["PERSON", "PERSON", "O", "LOC", "O"]


@pytest.fixture(scope="module")
def io_model(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ner-io")
    (folder / "train.conll").write_text(training_conll(), encoding="utf-8")
    model = folder / "model.crfsuite"
    assert main(["train-ner", str(folder / "train.conll"), "--scheme", "io", "-o", str(model)]) == EXIT_OK
    return model


def test_an_io_model_has_io_labels_loads_and_finds_entities(io_model):
    tagger = EntityTagger(io_model.read_bytes())
    assert tagger.scheme == "io" and set(tagger.labels) == {"O", *LABELS}
    nlp = persianews.load(entities={"model": str(io_model)})
    doc = nlp("مریم جعفری امروز در یزد گفت که وزارت نیرو کار کرد.")
    found = {(e.text, e.label) for e in doc.entities if e.label != "TITLE"}
    assert {("مریم جعفری", "PERSON"), ("یزد", "LOC"), ("وزارت نیرو", "ORG")} <= found
    assert all(e.source_span.slice(doc.source_text) == e.text for e in doc.entities if e.label != "TITLE")


def test_an_io_model_tags_as_crfsuite_does_and_its_spans_are_the_runs(io_model):
    labels, theirs, tagger, (view, rules, ranges) = ours_and_crfsuites(
        io_model.read_bytes(), "سارا موسوی در رشت گفت که وزارت نیرو کار کرد.")
    assert labels == theirs
    spans = [(c.label, c.start, c.end) for c in tagger.candidates(view, ranges, rules=rules)]
    assert spans == [(label, s + a, s + b) for (s, _e), sentence in zip(ranges, labels) for label, a, b in io_spans(sentence)]
    assert ("PERSON", 0, 2) in spans


def _spans(candidates):
    return [(c.label, c.start, c.end) for c in candidates]


def test_an_io_span_the_rules_tile_is_split_into_their_entities():
    tagged = [Candidate("LOC", 2, 5, TAGGER_RULE), Candidate("PERSON", 7, 9, TAGGER_RULE)]
    rules = [Candidate("LOC", 2, 3, "place"), Candidate("LOC", 3, 5, "place"), Candidate("PERSON", 7, 9, "person")]
    assert _spans(split_at_rules(tagged, rules)) == [("LOC", 2, 3), ("LOC", 3, 5), ("PERSON", 7, 9)]
    assert all(c.rule == TAGGER_RULE for c in split_at_rules(tagged, rules))


@pytest.mark.parametrize("rules", [
    [],
    [Candidate("LOC", 2, 5, "place")],                                    # one rule entity: nothing to split
    [Candidate("LOC", 2, 3, "place")],                                    # the rules cover part of it
    [Candidate("LOC", 2, 3, "place"), Candidate("LOC", 3, 6, "place")],   # the rules run past its end
    [Candidate("ORG", 2, 3, "org"), Candidate("ORG", 3, 5, "org")],       # another label
    [Candidate("LOC", 3, 4, "place"), Candidate("LOC", 4, 5, "place")],   # not from its start
])
def test_an_io_span_the_rules_do_not_tile_stays_whole(rules):
    tagged = [Candidate("LOC", 2, 5, TAGGER_RULE)]
    assert _spans(split_at_rules(tagged, rules)) == [("LOC", 2, 5)]

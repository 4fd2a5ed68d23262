"""The learned entity tagger: BIO handling, CoNLL reading and label mapping, projection onto persianews
tokens, features, merging with the rules, training a model on a small slice and using it."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import persianews
from persianews.cli import EXIT_FAILED_RECORDS, EXIT_OK, EXIT_USAGE, main
from persianews.entities import lexicons
from persianews.entities.candidates import Candidate, Part
from persianews.entities.clusters import clusters_of
from persianews.entities.matcher import TokenView
from persianews.entities.tagger import EntityTagger, bio_spans, load_tagger, rules_of, sentence_ranges
from persianews.entities.tagger_features import FeatureExtractor, rule_tags
from persianews.entities.tagger_merge import TAGGER_RULE, merge
from persianews.entities.tagger_training import (
    TrainingDataError,
    conll_entities,
    flat_spans,
    prepare_pipeline,
    read_conll,
    span_scores,
    token_labels,
)
from persianews.entities.trie import Entry
from persianews.errors import PipelineError
from persianews.records import Place

from .ner_training import bio_labels, ours_and_crfsuites, training_conll

@pytest.fixture(scope="module")
def trained_model(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ner")
    (folder / "train.conll").write_text(training_conll(), encoding="utf-8")
    model = folder / "model.crfsuite"
    assert main(["train-ner", str(folder / "train.conll"), "--dev", str(folder / "train.conll"),
                 "-o", str(model)]) == EXIT_OK
    return model


@pytest.mark.parametrize("labels, spans", [
    (["O", "B-PERSON", "I-PERSON", "O"], [("PERSON", 1, 3)]),
    (["B-LOC", "B-LOC", "I-LOC"], [("LOC", 0, 1), ("LOC", 1, 3)]),
    (["I-ORG", "I-ORG", "O", "I-PERSON"], [("ORG", 0, 2), ("PERSON", 3, 4)]),
    (["B-ORG", "I-LOC"], [("ORG", 0, 1), ("LOC", 1, 2)]),
    ([], []),
    (["O", "O"], []),
])
def test_bio_spans(labels, spans):
    assert bio_spans(labels) == spans


@given(st.lists(st.tuples(st.sampled_from(["PERSON", "ORG", "LOC"]), st.integers(1, 4), st.integers(0, 3)),
                max_size=8))
def test_bio_spans_round_trip(entities):
    labels, expected = bio_labels(entities)
    assert bio_spans(labels) == expected


def _bio_spans_token_by_token(labels):
    """The reading of bio_spans, one token after the other (the reference for the one that skips the Os)."""
    spans, current = [], None
    for index, tag in enumerate([*labels, "O"]):
        prefix, _, label = tag.partition("-")
        if current is not None and (prefix != "I" or label != current[0]):
            spans.append((*current, index))
            current = None
        if current is None and prefix in ("B", "I"):
            current = (label, index)
    return spans


@given(st.lists(st.sampled_from(["O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "I-LOC", "PERSON", "X-ORG"]),
                max_size=12))
def test_bio_spans_of_any_labels_are_read_token_by_token(labels):
    assert bio_spans(labels) == _bio_spans_token_by_token(labels)


def test_read_conll_sentences_tabs_spaces_and_docstart():
    lines = ["-DOCSTART-\tO", "", "علی\tB-PER", "کاظمی I-PER", "", "", "گفت\tO", ""]
    assert list(read_conll(lines)) == [[("علی", "B-PER"), ("کاظمی", "I-PER")], [("گفت", "O")]]


@pytest.mark.parametrize("line", ["علی", "علی\tX-PER", "علی\tB-", "\tO"])
def test_read_conll_refuses_bad_lines_naming_file_and_line(line):
    with pytest.raises(TrainingDataError, match=r"train\.conll, line 2"):
        list(read_conll(["گفت\tO", line], "train.conll"))


@pytest.mark.parametrize("sentence, expected", [
    ([("علی", "B-PER"), ("کاظمی", "I-PER"), ("گفت", "O")], [(0, 9, "PERSON")]),
    ([("در", "O"), ("قزوین", "B-LOC")], [(3, 8, "LOC")]),
    ([("حزب", "B-POG"), ("همبستگی", "I-POG")], [(0, 11, "ORG")]),      # a named party: ORG
    ([("طالبان", "B-POG")], [(0, 6, "ORG")]),                          # known to the organisations lexicon
    ([("اصلاح‌طلبان", "B-POG"), ("گفتند", "O")], []),                   # a faction: no entity
    ([("جنگ", "B-EVE"), ("ایرانی", "B-NAT")], []),                     # events and nationalities: O
])
def test_conll_label_mapping(sentence, expected):
    text, spans = conll_entities(sentence)
    assert text == " ".join(token for token, _tag in sentence)
    assert spans == expected


def test_token_labels_project_source_spans_onto_normalized_tokens():
    prepare = prepare_pipeline()
    source = "آقاي علي كاظمي در قزوين گفت."  # Arabic yeh and kaf: normalization changes letters, not offsets
    doc = prepare(source)
    labels = token_labels(doc, [(5, 14, "PERSON"), (18, 23, "LOC")])
    assert [(t.text, label) for t, label in zip(doc.tokens, labels)] == [
        ("آقای", "O"), ("علی", "B-PERSON"), ("کاظمی", "I-PERSON"), ("در", "O"), ("قزوین", "B-LOC"),
        ("گفت", "O"), (".", "O")]


def test_sentence_ranges_cover_every_token_once():
    doc = prepare_pipeline()("علی گفت. رضا رفت! و سارا آمد")
    ranges = sentence_ranges(doc)
    assert [i for start, end in ranges for i in range(start, end)] == list(range(len(doc.tokens)))
    assert len(ranges) == 3


def _view(text: str):
    doc = prepare_pipeline()(text)
    return doc, TokenView(doc.text, doc.tokens, lexicons.trie())


def test_features_have_word_neighbours_and_lexicon_evidence():
    _doc, view = _view("استاندار قزوین علی کاظمی")
    features = FeatureExtractor().sentence(view, 0, view.n)
    assert "w=قزوین" in features[1] and "w-1=استاندار" in features[1] and "w+1=علی" in features[1]
    assert "B-place" in features[1] and "B-place:province" in features[1]
    assert "given" in features[2] and "BOS" in features[0] and "EOS" in features[3]
    assert any(f.startswith("surname=") for f in features[3])
    plain = FeatureExtractor(lexical=False).sentence(view, 0, view.n)
    assert "B-place" not in plain[1] and "given" not in plain[2] and "w=قزوین" in plain[1]


def test_rule_features_mark_the_rules_entities_their_neighbours_and_surnames_named_in_full():
    doc, _view_ = _view("علی کاظمی در قزوین گفت. کاظمی افزود.")
    view, rules = rules_of(doc)
    tags = rule_tags(rules, view)
    assert [view.key(i) for i in (0, 1, 3, 6)] == ["علی", "کاظمی", "قزوین", "کاظمی"]
    features = FeatureExtractor().sentence(view, 0, view.n, tags)
    assert "rB-PERSON" in features[0] and "rI-PERSON" in features[1] and "rB-LOC" in features[3]
    assert "<rB-PERSON" in features[1] and ">rI-PERSON" in features[0] and "<rB-LOC" in features[4]
    assert "rSurname" in features[6] and "rSurname" not in features[0]
    assert not any(f.startswith(("rB-", "rI-")) for f in features[2])
    plain = FeatureExtractor(rules=False).sentence(view, 0, view.n, tags)
    assert not any("rB-" in f or "rSurname" in f for token in plain for f in token)


def test_a_tag_of_the_callers_own_marks_its_neighbours_too():
    """A tag the rules never give (a stacked model's vote, models/build/ner/stack.py) gets its neighbours'
    ``<``/``>`` features like the rules' own, without the caller changing this module's tables."""
    _doc, view = _view("علی کاظمی گفت")
    features = FeatureExtractor().sentence(view, 0, view.n, [(), ("dv-PERSON",), ()])
    assert "dv-PERSON" in features[1] and "<dv-PERSON" in features[2] and ">dv-PERSON" in features[0]


def test_word_clusters_group_like_words_and_are_features_of_the_word_and_its_neighbours():
    assert clusters_of("قزوین") is not None and clusters_of("قزوین") == clusters_of("تبریز")
    assert clusters_of("قزوین")[1] != clusters_of("گفت")[1]
    assert clusters_of("ﺯﺯﺯﺯﺯ") is None
    _doc, view = _view("استاندار قزوین علی کاظمی")
    coarse, fine = clusters_of("قزوین")
    features = FeatureExtractor().sentence(view, 0, view.n)
    assert {"c=" + coarse, "cf=" + fine} <= set(features[1])
    assert "c-1=" + coarse in features[2] and "c+1=" + coarse in features[0]
    without = FeatureExtractor(clusters=False).sentence(view, 0, view.n)
    assert not any(f.startswith(("c=", "cf=", "c-1=", "c+1=")) for token in without for f in token)


def test_phrases_of_the_same_kinds_share_their_parts_and_features():
    """A lexicon phrase's parts are kept by its sorted kind names: two phrases of one kind (two provinces)
    get the same parts, made once; another kind, other parts; a sentence's features are a fresh
    extractor's."""
    _doc, view = _view("استاندار قزوین و استاندار تبریز در تهران")
    extractor = FeatureExtractor()
    features = extractor.sentence(view, 0, view.n)
    assert features == FeatureExtractor().sentence(view, 0, view.n)
    assert "B-place" in features[1] and "B-place" in features[4] and "B-place" in features[6]
    first = extractor._phrase((Entry("place", Place("قزوین", "province")),))
    assert extractor._phrase((Entry("place", Place("تبریز", "province")),)) is first
    assert extractor._phrase((Entry("place", Place("تهران", "city")),)) != first
    assert first is not None and "B-place:province" in first[0] and "-1B-place" in first[2]


def test_features_do_not_depend_on_the_cache():
    _doc, view = _view("وزیر نیرو در تهران گفت")
    extractor = FeatureExtractor()
    first = extractor.sentence(view, 0, view.n)
    assert extractor.sentence(view, 0, view.n) == first == FeatureExtractor().sentence(view, 0, view.n)
    assert extractor.sentence(view, 2, 2) == [] and len(extractor.sentence(view, 4, 5)[0]) > 5


def test_merge_rules_win_for_labels_the_tagger_does_not_win_tagger_adds_and_marks_agreement():
    rules = [Candidate("PERSON", 0, 2, "person-full-name"), Candidate("LOC", 3, 4, "place"),
             Candidate("PERSON", 14, 16, "person-full-name")]
    titles = [Candidate("TITLE", 8, 10, "title")]
    tagged = [Candidate("PERSON", 0, 2, TAGGER_RULE), Candidate("LOC", 2, 4, TAGGER_RULE),
              Candidate("ORG", 9, 10, TAGGER_RULE), Candidate("PERSON", 11, 13, TAGGER_RULE),
              Candidate("PERSON", 15, 17, TAGGER_RULE)]
    merged = merge(rules, tagged, titles, wins=frozenset({"ORG"}), vetoes=frozenset())
    assert [(c.label, c.start, c.end, c.rule) for c in merged] == [
        ("PERSON", 0, 2, "person-full-name+tagger"), ("LOC", 3, 4, "place"), ("PERSON", 14, 16, "person-full-name"),
        ("PERSON", 11, 13, "tagger")]


def test_merge_a_tagger_organisation_replaces_what_it_overlaps_or_relabels_and_keeps_places_inside():
    rules = [Candidate("ORG", 0, 2, "org-lexicon"), Candidate("LOC", 3, 4, "place"),
             Candidate("PERSON", 5, 7, "person-full-name"), Candidate("LOC", 8, 9, "place")]
    tagged = [Candidate("ORG", 0, 4, TAGGER_RULE), Candidate("ORG", 6, 8, TAGGER_RULE),
              Candidate("ORG", 8, 9, TAGGER_RULE)]
    merged = merge(rules, tagged, [], wins=frozenset({"ORG"}), vetoes=frozenset())
    assert [(c.label, c.start, c.end, c.rule) for c in merged] == [
        ("LOC", 3, 4, "place"), ("ORG", 0, 4, TAGGER_RULE), ("ORG", 6, 8, TAGGER_RULE), ("ORG", 8, 9, TAGGER_RULE)]


def test_merge_policy_people_won_by_the_tagger_and_rule_candidates_it_left_out_vetoed():
    rules = [Candidate("PERSON", 0, 3, "person-full-name"), Candidate("ORG", 5, 6, "org-lexicon"),
             Candidate("LOC", 8, 9, "place"), Candidate("LOC", 10, 11, "place")]
    tagged = [Candidate("PERSON", 1, 3, TAGGER_RULE), Candidate("LOC", 10, 11, TAGGER_RULE)]
    merged = merge(rules, tagged, [], wins=frozenset({"ORG", "PERSON"}), vetoes=frozenset({"ORG"}))
    assert [(c.label, c.start, c.end, c.rule) for c in merged] == [
        ("LOC", 8, 9, "place"), ("LOC", 10, 11, "place+tagger"), ("PERSON", 1, 3, TAGGER_RULE)]
    kept = merge(rules, tagged, [], wins=frozenset(), vetoes=frozenset())
    assert [(c.label, c.start, c.end) for c in kept] == [(c.label, c.start, c.end) for c in rules]


def test_merge_a_title_keeps_the_tagger_off_its_role_but_not_off_its_organisation():
    title = Candidate("TITLE", 0, 5, "title", parts=(Part("role", 0, 1), Part("organization", 1, 5)))
    rules = [Candidate("ORG", 3, 5, "org-lexicon")]
    no_veto = frozenset[str]()
    assert [(c.start, c.end, c.rule) for c in merge(rules, [Candidate("ORG", 1, 5, TAGGER_RULE)], [title],
                                                    vetoes=no_veto)] == [
        (1, 5, TAGGER_RULE)]
    for blocked in (Candidate("ORG", 0, 5, TAGGER_RULE), Candidate("ORG", 4, 7, TAGGER_RULE),
                    Candidate("PERSON", 1, 3, TAGGER_RULE)):
        assert merge(rules, [blocked], [title], vetoes=no_veto) == rules
    assert merge([], [Candidate("ORG", 1, 3, TAGGER_RULE)], [Candidate("TITLE", 0, 5, "title")]) == []


def test_span_scores():
    gold = [[(0, 3, "PERSON"), (5, 8, "LOC")], [(0, 2, "ORG")]]
    predicted = [[(0, 3, "PERSON"), (5, 9, "LOC")], [(0, 2, "ORG"), (4, 6, "ORG")]]
    scores = span_scores(gold, predicted)
    assert scores["PERSON"]["f1"] == 1.0 and scores["LOC"]["f1"] == 0.0
    assert scores["ORG"]["p"] == 0.5 and scores["ORG"]["r"] == 1.0
    assert scores["ALL"]["p"] == 0.5 and scores["ALL"]["r"] == 2 / 3


def test_train_ner_trains_a_model_that_loads_and_runs(trained_model, capsys):
    assert trained_model.stat().st_size > 0
    nlp = persianews.load(entities={"model": str(trained_model)})
    doc = nlp("مریم جعفری امروز در یزد گفت که وزارت نیرو کار کرد.")
    found = {(e.text, e.label) for e in doc.entities if e.label != "TITLE"}
    assert {("مریم جعفری", "PERSON"), ("یزد", "LOC"), ("وزارت نیرو", "ORG")} <= found
    assert all(e.source_span.slice(doc.source_text) for e in doc.entities)


def test_train_ner_reports_dev_scores(tmp_path, capsys):
    (tmp_path / "t.conll").write_text(training_conll(), encoding="utf-8")
    assert main(["train-ner", str(tmp_path / "t.conll"), "--dev", str(tmp_path / "t.conll"),
                 "-o", str(tmp_path / "m")]) == EXIT_OK
    assert "dev ALL" in capsys.readouterr().err


def test_a_users_model_tags_as_crfsuite_does(trained_model):
    for text in ("علی کاظمی امروز در قزوین گفت که وزارت نیرو کار کرد.", "سارا جعفری در رشت گفت", "کار کرد"):
        ours, theirs, _tagger, _doc = ours_and_crfsuites(trained_model.read_bytes(), text)
        assert ours == theirs


def test_min_confidence_keeps_the_spans_crfsuite_is_sure_of(trained_model):
    tagger = EntityTagger(trained_model.read_bytes())
    doc = prepare_pipeline()("علی کاظمی امروز در قزوین گفت که وزارت نیرو کار کرد.")
    view, rules = rules_of(doc)
    ranges = sentence_ranges(doc)
    every = tagger.candidates(view, ranges, rules=rules)
    assert every and tagger.candidates(view, ranges, 0.0001, rules) == every
    assert tagger.candidates(view, ranges, 1.01, rules) == []


def test_a_tagger_entity_says_where_it_came_from(trained_model):
    doc = persianews.load(entities={"model": trained_model})("سارا موسوی امروز در رشت گفت.")
    rules = {e.rule for e in doc.entities}
    assert rules & {TAGGER_RULE} or any(rule.endswith("+" + TAGGER_RULE) for rule in rules)


def test_train_ner_usage_and_data_errors(tmp_path, capsys):
    assert main(["train-ner", str(tmp_path / "absent.conll"), "-o", str(tmp_path / "m")]) == EXIT_USAGE
    assert main(["train-ner", str(tmp_path / "absent.conll")]) == EXIT_USAGE
    (tmp_path / "bad.conll").write_text("علی\tZ-PER\n", encoding="utf-8")
    assert main(["train-ner", str(tmp_path / "bad.conll"), "-o", str(tmp_path / "m")]) == EXIT_FAILED_RECORDS
    (tmp_path / "empty.conll").write_text("\n\n", encoding="utf-8")
    assert main(["train-ner", str(tmp_path / "empty.conll"), "-o", str(tmp_path / "m")]) == EXIT_FAILED_RECORDS
    assert "no training sentences" in capsys.readouterr().err


def test_a_bad_model_fails_when_the_pipeline_is_built(tmp_path):
    with pytest.raises(PipelineError, match="cannot read"):
        persianews.load(entities={"model": str(tmp_path / "absent.crfsuite")})
    (tmp_path / "garbage.crfsuite").write_bytes(b"not a model" * 10)
    with pytest.raises(PipelineError, match="not an entity tagger model"):
        persianews.load(entities={"model": str(tmp_path / "garbage.crfsuite")})


def test_the_default_pipeline_runs_the_tagger_and_can_switch_it_off(nlp):
    assert any(TAGGER_RULE in e.rule for e in nlp("علی کاظمی در قزوین گفت.").entities)
    rules_only = persianews.load(entities={"tagger": False})
    assert all(TAGGER_RULE not in e.rule for e in rules_only("علی کاظمی در قزوین گفت.").entities)


@pytest.mark.parametrize("text", ["", " ", ".", "؟!»«", "😀 https://t.me/x @id", "ب" * 5000, "\u200c" * 20,
                                  "a\nb\n\nc", "۱۲۳ ۴۵۶"])
def test_hostile_texts_with_the_shipped_tagger(text):
    doc = persianews.load(entities={"tagger": True})(text)
    for entity in doc.entities:
        assert entity.span.slice(doc.text) == entity.text


@given(st.text(alphabet="علی کاظمی قزوین وزارت نیرو در گفت. ،\u200c«»:\n", max_size=120))
def test_tagger_spans_are_valid_on_any_text(text):
    doc = persianews.load(entities={"tagger": True})(text)
    for entity in doc.entities:
        assert entity.span.slice(doc.text) == entity.text and 0 <= entity.source_span.start <= len(text)


def test_shipped_tagger_finds_people_places_and_organisations():
    doc = prepare_pipeline()("محمدمهدی اسماعیلی وزیر فرهنگ روز شنبه در تبریز گفت که دانشگاه تهران آماده است.")
    spans = {(doc.source_text[s:e], label) for s, e, label in load_tagger().source_spans(doc)}
    assert ("محمدمهدی اسماعیلی", "PERSON") in spans and ("تبریز", "LOC") in spans


def test_flat_spans_keep_outermost(nlp):
    doc = nlp("استانداری قزوین اعلام کرد.")
    assert flat_spans(doc.entities) == [(0, 15, "ORG")]


def test_seed_gold_stays_perfect_with_the_tagger(shared):
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    nlp = persianews.load(entities={"tagger": True})
    outputs = {}
    for path in sorted((Path(__file__).resolve().parent.parent / "seeds").iterdir()):
        for article in persianews.read(str(path)):
            outputs[(path.name, article.provenance.record)] = nlp(article).to_dict()
    entities = score.score(gold["documents"], outputs, [])["entities"]
    assert all(entities[label]["f1"] == 1.0 for label in ("PERSON", "ORG", "LOC", "TITLE"))


def _standoff():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "models" / "build" / "ner" / "standoff.py"
    spec = importlib.util.spec_from_file_location("standoff", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_annotation_files_are_valid_stand_off_lines():
    standoff = _standoff()
    files = sorted(standoff.ANNOTATIONS.glob("*.jsonl"))
    records = list(standoff.read_annotations(files))
    assert len(files) == 3 and len(records) >= 250
    assert len({(r["file"], r["record"]) for r in records}) == len(records)
    assert all(set(r) <= {"corpus", "file", "record", "sha1", "status", "entities", "annotator", "note"} for r in records)
    assert {standoff.split_of(r["sha1"]) for r in records} == {"train", "test"}


@pytest.mark.parametrize("line, problem", [
    ({"corpus": "c", "file": "c/f", "record": 0, "sha1": "0" * 40, "status": "done", "entities": []}, "status"),
    ({"corpus": "c", "file": "c/f", "record": 0, "sha1": "0" * 40, "status": "corrected",
      "entities": [[0, 4, "PER"]]}, "bad entity"),
    ({"corpus": "c", "file": "c/f", "record": 0, "sha1": "0" * 40, "status": "corrected",
      "entities": [[0, 4, "ORG"], [2, 6, "LOC"]]}, "overlaps"),
    ({"corpus": "c", "file": "c/f", "record": 0, "sha1": "0" * 40, "status": "corrected",
      "entities": [[5, 5, "ORG"]]}, "bad entity"),
    ({"corpus": "c", "record": 0, "sha1": "0" * 40, "status": "corrected", "entities": []}, "missing 'file'"),
])
def test_bad_annotation_lines_are_named(line, problem):
    assert problem in _standoff().check(line)


def _extracted_rules(tmp_path, *options: str) -> set[str]:
    """The ``rule`` of every entity ``persianews extract`` writes for one sentence, with ``options``."""
    source, out = tmp_path / "in.txt", tmp_path / "out.jsonl"
    source.write_text("سارا موسوی امروز در رشت گفت.\n", encoding="utf-8")
    assert main(["extract", "--quiet", "--format", "text", str(source), "-o", str(out), *options]) == EXIT_OK
    [line] = out.read_text(encoding="utf-8").splitlines()
    return {entity["rule"] for entity in json.loads(line)["entities"]}


def test_extract_runs_a_users_tagger_model_from_the_shell(tmp_path, trained_model):
    rules = _extracted_rules(tmp_path, "--ner-model", str(trained_model))
    assert TAGGER_RULE in rules or any(rule.endswith("+" + TAGGER_RULE) for rule in rules)


def test_extract_runs_the_tagger_unless_told_no_tagger(tmp_path):
    assert any(TAGGER_RULE in rule for rule in _extracted_rules(tmp_path))
    assert any(TAGGER_RULE in rule for rule in _extracted_rules(tmp_path, "--tagger"))
    assert not any(TAGGER_RULE in rule for rule in _extracted_rules(tmp_path, "--no-tagger"))


def test_extract_refuses_a_missing_tagger_model(tmp_path, capsys):
    source = tmp_path / "in.txt"
    source.write_text("متن\n", encoding="utf-8")
    assert main(["extract", str(source), "--ner-model", str(tmp_path / "absent.crfsuite")]) == EXIT_USAGE
    assert "no such tagger model" in capsys.readouterr().err


def test_batch_settings_carry_the_tagger_to_every_worker(trained_model):
    from persianews.partitions import Settings, worker_pipeline

    assert worker_pipeline(Settings()).options == {}
    assert worker_pipeline(Settings(ner_model=str(trained_model))).options == {"entities": {"model": str(trained_model)}}
    assert Settings(tagger=False).pipeline_options()["entities"] == {"tagger": False}


def test_merge_the_tagger_agreeing_with_an_inner_organisation_drops_the_outer_one():
    rules = [Candidate("ORG", 0, 4, "org-head-media"), Candidate("ORG", 2, 3, "org-outlet-name"),
             Candidate("PERSON", 6, 8, "person-full-name")]
    tagged = [Candidate("ORG", 2, 3, TAGGER_RULE), Candidate("PERSON", 6, 8, TAGGER_RULE)]
    merged = merge(rules, tagged, [], wins=frozenset({"ORG", "PERSON"}), vetoes=frozenset())
    assert [(c.label, c.start, c.end, c.rule) for c in merged] == [
        ("ORG", 2, 3, "org-outlet-name+tagger"), ("PERSON", 6, 8, "person-full-name+tagger")]
    assert len(merge(rules, tagged, [], wins=frozenset(), vetoes=frozenset())) == 3


def test_every_annotated_record_still_has_the_text_it_was_annotated_on(shared, capsys):
    """The stand-off annotations hold only offsets: a reader change that alters a record's text must not drop the
    record (the news reader's joins of cut decimals read as the line breaks they replace; a zero-width space of the
    source stays itself)."""
    standoff = _standoff()
    annotations = list(standoff.read_annotations(sorted(standoff.ANNOTATIONS.glob("*.jsonl"))))
    assert len(list(standoff.annotated_articles(annotations))) == len(annotations)
    assert "skipped" not in capsys.readouterr().err


def _audit():
    import importlib.util
    import sys
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "models" / "build" / "ner"
    sys.path.insert(0, str(folder))
    try:
        spec = importlib.util.spec_from_file_location("audit", folder / "audit.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(folder))
    return module


@pytest.mark.parametrize("text, name, hajj", [
    ("مردم به یاد حاج قاسم در خیابان آمدند.", "قاسم", True),
    ("گفت‌وگو با حاجی ابوالفضل در بازار.", "ابوالفضل", True),
    ("مردم به یاد حاج قاسم سلیمانی در خیابان آمدند.", "قاسم سلیمانی", False),  # a full name: the honorific stays out
    ("سخنان حاجی‌زاده در جلسه.", "حاجی‌زاده", False),  # a surname holding it
    ("کتاب سراج قاسم را خواندیم.", "قاسم", False),  # no honorific, a word ending like one
])
def test_annotation_audit_keeps_hajj_before_a_given_name_alone(text, name, hajj):
    audit = _audit()
    start = text.index(name)
    found = audit.hajj_start(text, start, start + len(name), {"قاسم", "ابوالفضل"})
    assert (found == text.rindex("حاج", 0, start)) if hajj else found is None


@pytest.mark.parametrize("text, span, name", [
    ("مردم به یاد حاج قاسم سلیمانی در خیابان آمدند.", "حاج قاسم سلیمانی", "قاسم سلیمانی"),
    ("پیام حاجی ابوالفضل رضایی خوانده شد.", "حاجی ابوالفضل رضایی", "ابوالفضل رضایی"),
    ("مردم به یاد حاج قاسم در خیابان آمدند.", "حاج قاسم", None),  # a given name alone keeps it
    ("سخنان حاجی زاده رضایی در جلسه.", "حاجی زاده رضایی", None),  # no given name after it: a surname's part
    ("سخنان حاجی‌زاده در جلسه.", "حاجی‌زاده", None),  # a surname holding it
])
def test_annotation_audit_cuts_hajj_before_a_full_name(text, span, name):
    audit = _audit()
    start = text.index(span)
    found = audit.hajj_cut(text, start, start + len(span), {"قاسم", "ابوالفضل"})
    assert found == (text.index(name) if name else None)

"""A small BIO training file written for the tagger tests (no corpus text: a name before a reporting verb, a
place after در, a ministry), the comparison of a model's labels with crfsuite's own tagging, and BIO labels
for the span readers' properties."""

from __future__ import annotations

from typing import Any

from persianews.entities.tagger import EntityTagger, rules_of, sentence_ranges
from persianews.entities.tagger_features import FeatureExtractor, rule_tags
from persianews.entities.tagger_training import prepare_pipeline

GIVEN = ["علی", "محمد", "رضا", "حسین", "مهدی", "زهرا", "مریم", "سارا"]
SURNAMES = ["کاظمی", "رحیمی", "نوروزی", "صالحی", "کریمی", "احمدی", "جعفری", "موسوی"]
PLACES = ["قزوین", "تبریز", "شیراز", "اصفهان", "کرمان", "یزد", "رشت", "ساری"]


def training_conll() -> str:
    """48 sentences of ``token<TAB>tag`` lines: PER, LOC and ORG in a fixed frame, names and places varied."""
    lines = []
    for n in range(48):
        given_name, surname, place = GIVEN[n % 8], SURNAMES[(n * 3) % 8], PLACES[(n * 5) % 8]
        rows = [(given_name, "B-PER"), (surname, "I-PER"), ("امروز", "O"), ("در", "O"), (place, "B-LOC"),
                ("گفت", "O"), ("که", "O"), ("وزارت", "B-ORG"), ("نیرو", "I-ORG"), ("کار", "O"), ("کرد", "O"),
                (".", "O")]
        lines += [f"{token}\t{tag}" for token, tag in rows] + [""]
    return "\n".join(lines) + "\n"


def ours_and_crfsuites(model: bytes, text: str) -> tuple[list[list[str]], list[list[str]], EntityTagger, Any]:
    """The labels of ``text``'s sentences by our tagger and by crfsuite's, from the same ``model`` file and
    features (ours the same in pure Python as compiled); also the tagger and the document's (view, rules,
    ranges) for further checks."""
    import pycrfsuite

    crfsuite = pycrfsuite.Tagger()
    crfsuite.open_inmemory(model)
    tagger = EntityTagger(model)
    doc = prepare_pipeline()(text)
    view, rules = rules_of(doc)
    ranges = sentence_ranges(doc)
    tags = rule_tags(rules, view)
    theirs = [crfsuite.tag(FeatureExtractor().sentence(view, s, e, tags)) for s, e in ranges]
    ours = tagger.tag(view, ranges, rules)
    assert EntityTagger(model, compiled=False).tag(view, ranges, rules) == ours
    return ours, theirs, tagger, (view, rules, ranges)


def bio_labels(entities: list[tuple[str, int, int]]) -> tuple[list[str], list[tuple[str, int, int]]]:
    """BIO labels for ``(label, length, gap)`` entities (each after ``gap`` O tokens) and the entities'
    ``(label, start, end)`` token spans: the input and expected output of the span readers' properties."""
    labels: list[str] = []
    spans = []
    for label, length, gap in entities:
        labels += ["O"] * gap
        spans.append((label, len(labels), len(labels) + length))
        labels += ["B-" + label] + ["I-" + label] * (length - 1)
    return labels, spans

"""Training data and training for the entity tagger (:mod:`persianews.entities.tagger`).

Training text goes through persianews's own ``normalize`` and ``segment``
stages, so that training and run-time tokens agree: a CoNLL/BIO sentence is
joined with spaces, its entities become character spans of that text, and
every span is projected onto the tokens persianews makes of it
(:func:`token_labels`). Stand-off annotations of news records use the same
projection. :func:`train` writes a python-crfsuite model; :func:`span_scores`
scores exact spans per label.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping, Sequence

from persianews.entities import lexicons
from persianews.entities.tagger import LABELS, SCHEMES, bio_spans, rules_of, sentence_ranges, to_io
from persianews.entities.tagger_features import FeatureExtractor, rule_tags
from persianews.errors import PersianewsError
from persianews.optional import import_optional

if TYPE_CHECKING:
    from persianews.document import Document
    from persianews.pipeline import Pipeline
    from persianews.records import Entity

#: CoNLL labels of other schemes mapped to ours; labels not listed (EVE, NAT, DATE …) become O.
#: POG (ParsTwiNER's political groups) is decided per span by :func:`conll_entities`.
LABEL_MAP: Mapping[str, str] = {"PER": "PERSON", "PERS": "PERSON", "PERSON": "PERSON", "ORG": "ORG",
                                "ORGANIZATION": "ORG", "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC"}
POLITICAL_GROUP = "POG"
#: The default CRF settings: L-BFGS with elastic-net regularisation (L1 keeps the model small; c1 0.02 and
#: c2 0.05 beat 0.05 and 0.01 by half a point of F1 on the news annotations' dev split, for 1.8x the size).
#: Not kept (round 18, branch n18-tagger, commits 7a48d38 and 61b2efe): ``feature.possible_states``. 5-fold
#: cross-validation (models/build/ner/cv.py) rose on all five news folds (pooled combined F1 0.896 -> 0.899) and
#: Telegram 0.930 -> 0.931, the model 2.86 -> 3.20 MB; but the dev gold barely moved (entity misses 783 -> 781,
#: extras 477 -> 478, officials FN 103 -> 104 and FP 53 -> 55, attribution one quote lower on two sets), and the
#: model left «حاج» out of «حاج قاسم سلیمانی» (the annotations' train split leaves it out, the dev gold keeps
#: it: a merge rule keeping the rules' name prefixes fixed the dev gold but cut the CV gain to 0.897), tagged
#: «اسبق روحانی» as a person (the title «مشاور اسبق روحانی» lost) and left «الریان» untagged before «دارد».
TRAINING_PARAMS: Mapping[str, float | int | bool] = {"c1": 0.02, "c2": 0.05, "max_iterations": 150,
                                                      "feature.possible_transitions": True}

Sentence = list[tuple[str, str]]
Spans = list[tuple[int, int, str]]


class TrainingDataError(PersianewsError, ValueError):
    """A CoNLL/BIO file that cannot be read (names the file and line)."""


def read_conll(lines: Iterable[str], name: str = "<conll>") -> Iterator[Sentence]:
    """Sentences of ``token<TAB or space>tag`` lines, blank lines between sentences (``-DOCSTART-`` skipped)."""
    sentence: Sentence = []
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        fields = line.split("\t") if "\t" in line else line.split()
        if len(fields) < 2 or not fields[0].strip():
            raise TrainingDataError(f"{name}, line {number}: expected 'token<TAB>tag', got {line[:60]!r}")
        token, tag = fields[0].strip(), fields[-1].strip()
        if token == "-DOCSTART-":
            continue
        if tag != "O" and not (tag[:2] in ("B-", "I-") and len(tag) > 2):
            raise TrainingDataError(f"{name}, line {number}: tag {tag!r} is not O, B-X or I-X")
        sentence.append((token, tag))
    if sentence:
        yield sentence


def conll_entities(sentence: Sentence) -> tuple[str, Spans]:
    """The sentence's text (tokens joined by spaces) and its entities as ``(start, end, label)`` spans in
    our labels. A political group (POG) is an ORG when it is a named organisation: more than one token
    (حزب همبستگی), or a word the organisations lexicon knows (طالبان); a faction or dynasty word alone
    (اصلاح‌طلبان, قاجار) is no entity, as the guidelines have it."""
    text_parts = []
    offsets = []
    position = 0
    for token, _tag in sentence:
        offsets.append((position, position + len(token)))
        text_parts.append(token)
        position += len(token) + 1
    spans = []
    for label, first, last in bio_spans([tag for _token, tag in sentence]):
        start, end = offsets[first][0], offsets[last - 1][1]
        if label == POLITICAL_GROUP:
            mapped = "ORG" if last - first > 1 or _is_known_organisation(sentence[first][0]) else None
        else:
            mapped = LABEL_MAP.get(label.upper())
        if mapped is not None:
            spans.append((start, end, mapped))
    return " ".join(text_parts), spans


def _is_known_organisation(word: str) -> bool:
    from persianews.entities.keys import phrase_key

    return any(entry.kind == "org" for entry in lexicons.trie().root.get(phrase_key(word), ()))


def token_labels(doc: Document, spans: Spans) -> list[str]:
    """BIO labels of ``doc``'s tokens for entities at ``spans`` of the *source* text: a token is inside an
    entity when its source start is; the first such token is ``B-``."""
    labels = ["O"] * len(doc.tokens)
    by_start = sorted(spans)
    index = 0
    tokens = doc.tokens
    for start, end, label in by_start:
        while index < len(tokens) and tokens[index].source_span.start < start:
            index += 1
        inside = index
        while inside < len(tokens) and tokens[inside].source_span.start < end:
            if labels[inside] == "O":
                labels[inside] = ("B-" if inside == index else "I-") + label
            inside += 1
    return labels


def prepare_pipeline() -> Pipeline:
    """The ``normalize`` and ``segment`` stages that make training tokens as the pipeline does."""
    from persianews.pipeline import load

    return load(stages=("normalize", "segment"))


def labelled_sequences(doc: Document, labels: Sequence[str], extractor: FeatureExtractor,
                       scheme: str = "bio") -> Iterator[tuple[list[list[str]], list[str]]]:
    """Per sentence of ``doc``: the feature lists and the labels of its tokens, from the BIO ``labels``, in
    ``scheme`` (``"bio"`` or ``"io"``: see :data:`~persianews.entities.tagger.SCHEMES`)."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown label scheme {scheme!r} (expected one of {', '.join(SCHEMES)})")
    view, rules = rules_of(doc)
    tags = rule_tags(rules, view)
    for start, end in sentence_ranges(doc):
        sentence = labels[start:end]
        yield extractor.sentence(view, start, end, tags), to_io(sentence) if scheme == "io" else list(sentence)


def conll_documents(sentences: Iterable[Sentence],
                    prepare: Callable[[str], Document] | None = None) -> Iterator[tuple[Document, list[str]]]:
    """Each CoNLL sentence as a Document of persianews tokens with their projected BIO labels."""
    prepare = prepare or prepare_pipeline()
    for sentence in sentences:
        text, spans = conll_entities(sentence)
        doc = prepare(text)
        yield doc, token_labels(doc, spans)


def train(examples: Iterable[tuple[Sequence[Sequence[str]], Sequence[str]]], model_path: str,
          params: Mapping[str, float | int | bool] = TRAINING_PARAMS) -> int:
    """Train a CRF on ``(features, labels)`` sequences and write it to ``model_path``; returns the number
    of sequences. Deterministic: same data and parameters, same model."""
    crfsuite = import_optional("pycrfsuite", "ner", "training the entity tagger")
    trainer = crfsuite.Trainer(verbose=False)
    count = 0
    for features, labels in examples:
        if features:
            trainer.append(features, labels)
            count += 1
    if not count:
        raise TrainingDataError("no training sentences")
    trainer.set_params(dict(params))
    trainer.train(model_path)
    return count


def train_conll(train_path: str, model_path: str, dev_path: str | None = None,
                params: Mapping[str, float | int | bool] = TRAINING_PARAMS, scheme: str = "bio") -> dict:
    """Train a tagger on a CoNLL/BIO file and write it to ``model_path`` (what ``persianews train-ner``
    does), its labels in ``scheme`` (``"bio"`` or ``"io"``). Returns the sentence and token counts, the seconds taken and, with ``dev_path``, the dev
    set's exact-span scores (:func:`span_scores`)."""
    import time

    from persianews.entities.tagger import EntityTagger

    started = time.perf_counter()
    extractor = FeatureExtractor()
    sequences = [sequence for doc, labels in conll_documents(_read_file(train_path))
                 for sequence in labelled_sequences(doc, labels, extractor, scheme)]
    count = train(sequences, model_path, params)
    report: dict = {"sentences": count, "tokens": sum(len(labels) for _f, labels in sequences),
                    "seconds": time.perf_counter() - started}
    if dev_path is not None:
        with open(model_path, "rb") as handle:
            tagger = EntityTagger(handle.read())
        sentences = list(_read_file(dev_path))
        gold = [conll_entities(sentence)[1] for sentence in sentences]
        prepare = prepare_pipeline()
        predicted = [tagger.source_spans(prepare(conll_entities(sentence)[0])) for sentence in sentences]
        report["dev"] = span_scores(gold, predicted)
    return report


def _read_file(path: str) -> list[Sentence]:
    with open(path, encoding="utf-8") as handle:
        return list(read_conll(handle, path))


def flat_spans(entities: Iterable[Entity]) -> Spans:
    """The source spans of PERSON/ORG/LOC ``entities``, outermost only (an entity inside a kept one is
    dropped): the flat view that stand-off annotations and BIO data take."""
    spans = sorted(((e.source_span.start, e.source_span.end, e.label) for e in entities if e.label in LABELS),
                   key=lambda s: (s[0], -s[1]))
    out: Spans = []
    for start, end, label in spans:
        if not out or start >= out[-1][1]:
            out.append((start, end, label))
    return out


def span_scores(gold: Iterable[Iterable[tuple[int, int, str]]],
                predicted: Iterable[Iterable[tuple[int, int, str]]]) -> dict[str, dict[str, float]]:
    """Exact-span precision, recall and F1 per label and over all labels (``"ALL"``), document by document."""
    counts: Counter[tuple[str, str]] = Counter()
    for gold_spans, predicted_spans in zip(gold, predicted):
        gold_set, predicted_set = set(gold_spans), set(predicted_spans)
        for label in (*LABELS, "ALL"):
            g = {s for s in gold_set if label in ("ALL", s[2])}
            p = {s for s in predicted_set if label in ("ALL", s[2])}
            counts[label, "tp"] += len(g & p)
            counts[label, "gold"] += len(g)
            counts[label, "predicted"] += len(p)
    out = {}
    for label in (*LABELS, "ALL"):
        tp, n_gold, n_predicted = counts[label, "tp"], counts[label, "gold"], counts[label, "predicted"]
        precision = tp / n_predicted if n_predicted else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = {"p": precision, "r": recall, "f1": f1, "gold": n_gold}
    return out

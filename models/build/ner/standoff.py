"""Stand-off entity annotations of corpus records (build time only; see annotations/README.md).

One JSON object per line of ``annotations/<corpus>.jsonl``::

    {"corpus": "news-dev", "file": "news-dev/farsnews-dev.jsonl", "record": 12,
     "sha1": "<sha1 of article.text>", "status": "prelabelled" | "corrected",
     "entities": [[start, end, "PERSON" | "ORG" | "LOC"], ...]}

Offsets are characters of ``article.text`` of record ``record`` as
``persianews.read(file, format="jsonl")`` yields it (``file`` relative to the shared corpora
folder). No corpus text is stored. The split is fixed by the record's sha1:
one record in five is ``test``, the rest ``train``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

from persianews.readers.news_json import CUT_NUMBER_JOIN

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations"
LABELS = ("PERSON", "ORG", "LOC")
STATUSES = ("prelabelled", "corrected")


def shared_root() -> Path:
    """The shared folder: ``$PERSIANEWS_SHARED``, else ``shared/`` beside the repository."""
    root = Path(os.environ.get("PERSIANEWS_SHARED", HERE.parents[3] / "shared"))
    if not (root / "corpora").is_dir():
        sys.exit(f"persianews: no corpora/ in {root}: set PERSIANEWS_SHARED to the folder holding corpora/ and data/")
    return root


def corpora_root() -> Path:
    return shared_root() / "corpora"


def text_sha1(text: str) -> str:
    """SHA-1 of a record's text as it was annotated: the news reader's joins of a number cut at its decimal
    point (:data:`~persianews.readers.news_json.CUT_NUMBER_JOIN`, one character where the paragraphs had a line
    break, added after the annotations) are read as the line breaks they replace, so offsets and the split stay."""
    return hashlib.sha1(_CUT_NUMBER.sub("\n", text).encode("utf-8")).hexdigest()


_CUT_NUMBER = re.compile(rf"(?<=\d\.){CUT_NUMBER_JOIN}(?=\d)")
"""The join of a cut number: between a digit and «.» and a digit (a zero-width space elsewhere is the source's)."""


def split_of(sha1: str) -> str:
    """``test`` for one record in five (by its text's sha1), else ``train``; never changes."""
    return "test" if int(sha1[:8], 16) % 5 == 0 else "train"


def dev_of(sha1: str) -> bool:
    """Whether a train record is in the dev split (about 15% of train, by other digits of its sha1) that
    every tuning decision is made on; never changes."""
    return int(sha1[8:16], 16) % 100 < 15


def read_annotations(paths: Iterable[Path]) -> Iterator[dict]:
    """Every annotation line of ``paths``, checked (labels, offsets, status), with its file name and line."""
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                record = json.loads(line)
                problem = check(record)
                if problem:
                    raise ValueError(f"{path}:{number}: {problem}")
                yield record


def check(record: dict) -> str | None:
    """What is wrong with one annotation line, or None."""
    for field in ("corpus", "file", "record", "sha1", "status", "entities"):
        if field not in record:
            return f"missing {field!r}"
    if record["status"] not in STATUSES:
        return f"status must be one of {STATUSES}"
    previous_end = -1
    for entity in sorted(record["entities"]):
        if len(entity) != 3 or entity[2] not in LABELS or not 0 <= entity[0] < entity[1]:
            return f"bad entity {entity!r}: [start, end, label] with label in {LABELS}"
        if entity[0] < previous_end:
            return f"entity {entity!r} overlaps the one before it (annotate the outer entity only)"
        previous_end = entity[1]
    return None


def load_articles(file: str, records: Iterable[int]) -> dict[int, object]:
    """The Articles at ``records`` of corpus ``file`` (one pass over the file)."""
    import persianews

    wanted = set(records)
    found = {}
    for index, article in enumerate(persianews.read(str(corpora_root() / file), format="jsonl")):
        if index in wanted:
            found[index] = article
            if len(found) == len(wanted):
                break
    return found


def annotated_articles(annotations: Iterable[dict]) -> Iterator[tuple[dict, object]]:
    """Each annotation with its Article; a record whose text changed (sha1) is reported and skipped."""
    by_file: dict[str, list[dict]] = {}
    for annotation in annotations:
        by_file.setdefault(annotation["file"], []).append(annotation)
    for file, items in sorted(by_file.items()):
        articles = load_articles(file, (a["record"] for a in items))
        for annotation in items:
            article = articles.get(annotation["record"])
            if article is None or text_sha1(article.text) != annotation["sha1"]:
                print(f"skipped {file} record {annotation['record']}: the record's text changed", file=sys.stderr)
                continue
            if any(end > len(article.text) for _start, end, _label in annotation["entities"]):
                print(f"skipped {file} record {annotation['record']}: an offset is past the text", file=sys.stderr)
                continue
            yield annotation, article


def write_lines(path: Path, lines: Iterable[dict]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(line, ensure_ascii=False, separators=(", ", ": ")) + "\n" for line in lines)

"""Stand-off quality gold: who-said-what annotations of corpus records, kept without their text.

A gold set is annotated in ``tools/score.py``'s format on input files drawn from
the shared corpora (news articles as JSON lines, Telegram posts as copied
text). It is stored under ``bench/gold/SET.jsonl`` as one line per document:
where its record lies in the corpus (file, line, SHA-1 of the line) and its
gold with every string replaced by the place it is read from,
``{"at": [start, end]}``: offsets into the record's *plain text* (a news
article's title and paragraphs joined by newlines; a post's text). A string
the text does not hold (a canonical name, say) stays literal. Strings are
found as ``score.py`` compares them, folded, so a gold string written with
other spacing or letter variants is stored at the place it folds equal to.

``encode`` turns an annotated set into stand-off lines; ``decode`` rebuilds
the set's input files and gold JSON from the corpora, refusing a record whose
line no longer has the stored SHA-1.

usage: python bench/quality_gold.py encode SET_DIR [-o bench/gold/SET.jsonl]
       python bench/quality_gold.py decode bench/gold/SET.jsonl OUT_DIR
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import CORPORA, SHARED

STRING_LISTS = {"entities", "optional"}
"""Gold fields that map a label to a list of strings."""
QUOTE_STRINGS = ("speaker", "speaker_mention", "cue", "content", "content_starts", "content_ends")
TELEGRAM_SIGNATURE = "\n@{channel}"
SIGNATURE_LINE = re.compile(r"\s*@\w+\s*")


def load_scorer() -> ModuleType:
    """The shared ``tools/score.py`` as a module (its ``fold`` and ``score``)."""
    spec = importlib.util.spec_from_file_location("persianews_gold_score", SHARED / "tools" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {SHARED / 'tools' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def plain_text(record: dict[str, Any]) -> str:
    """The text a record's offsets point into: a post's text, or an article's title and paragraphs."""
    if "text" in record:
        return str(record["text"])
    return "\n".join([str(record.get("title") or ""), *map(str, record.get("paragraphs") or [])])


def sha1(line: str) -> str:
    """SHA-1 of a corpus line (UTF-8, without its newline)."""
    return hashlib.sha1(line.rstrip("\n").encode("utf-8")).hexdigest()


class FoldedText:
    """A text folded as the scorer folds it, with each folded character's offset in the text.

    Built in one pass over the text; :meth:`find` is one substring search of the folded text.
    """

    def __init__(self, text: str, fold: Callable[[str], str]) -> None:
        self.text = text
        self._fold = fold
        chars: list[str] = []
        self._offsets: list[int] = []
        for offset, char in enumerate(text):
            for folded in fold(unicodedata.normalize("NFC", char)):
                chars.append(folded)
                self._offsets.append(offset)
        self._folded = "".join(chars)

    def find(self, needle: str) -> tuple[int, int] | None:
        """Offsets of the shortest stretch of the text that folds to ``needle`` folded, or None."""
        exact = self.text.find(needle)
        if needle and exact >= 0:
            return exact, exact + len(needle)
        folded = self._fold(needle)
        at = self._folded.find(folded) if folded else -1
        if at < 0:
            return None
        return self._offsets[at], self._offsets[at + len(folded) - 1] + 1


def _map_strings(gold: dict[str, Any], convert: Callable[[Any], Any]) -> dict[str, Any]:
    """A copy of a gold document with ``convert`` applied to every value that can be a string of the text."""
    out = dict(gold)
    out["metadata"] = {key: convert(value) for key, value in (gold.get("metadata") or {}).items()}
    for field in STRING_LISTS:
        out[field] = {label: [convert(item) for item in items] for label, items in (gold.get(field) or {}).items()}
    out["officials"] = [{**item, "person": convert(item["person"]), "titles": [convert(t) for t in item["titles"]]}
                        for item in gold.get("officials") or []]
    quotes = []
    for quote in gold.get("quotes") or []:
        quote = {**quote, **{key: convert(quote[key]) for key in QUOTE_STRINGS if key in quote}}
        quote["speaker_alternatives"] = [convert(item) for item in quote.get("speaker_alternatives") or []]
        quotes.append(quote)
    out["quotes"] = quotes
    return out


def encode_document(gold: dict[str, Any], text: FoldedText, literals: list[str]) -> dict[str, Any]:
    """A gold document with each string replaced by its offsets in ``text``; strings not found are kept
    literal and listed in ``literals``."""
    def place(value: Any) -> Any:
        if not isinstance(value, str) or not value:
            return value
        found = text.find(value)
        if found is None:
            literals.append(value)
            return value
        return {"at": list(found)}
    return _map_strings(gold, place)


def decode_document(gold: dict[str, Any], text: str) -> dict[str, Any]:
    """A stand-off gold document with every ``{"at": [start, end]}`` read back from ``text``."""
    def read(value: Any) -> Any:
        if isinstance(value, dict) and "at" in value:
            start, end = value["at"]
            return text[start:end]
        return value
    return _map_strings(gold, read)


def _corpus_lines(wanted: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The corpus lines asked for, each file read once."""
    by_file: dict[str, set[int]] = defaultdict(set)
    for file, number in wanted:
        by_file[file].add(number)
    lines = {}
    for file, numbers in by_file.items():
        with open(CORPORA / file, encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                if number in numbers:
                    lines[(file, number)] = line.rstrip("\n")
    return lines


def encode(set_dir: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Stand-off lines for the annotated set in ``set_dir`` (``gold.json`` and ``lines.tsv``), and the
    strings kept literal. Every record of the set's inputs gets a line; one with no gold has ``"gold": null``."""
    rows = [line.rstrip("\n").split("\t") for line in open(set_dir / "lines.tsv", encoding="utf-8") if line.strip()]
    where = {(row[0], int(row[1])): (row[2], int(row[3])) for row in rows}
    corpus = _corpus_lines(where.values())
    fold = load_scorer().fold
    golds = {(g["source"], g["record"]): g for g in json.load(open(set_dir / "gold.json", encoding="utf-8"))["documents"]}
    literals: list[str] = []
    out = []
    for (name, number_in_input), (file, number) in where.items():
        raw = corpus[(file, number)]
        text = plain_text(json.loads(raw))
        entry: dict[str, Any] = {"input": {"file": name, "record": number_in_input},
                                 "corpus": {"file": file, "line": number, "sha1": sha1(raw)}}
        if name.endswith(".txt"):
            entry["input"]["signed"] = not _is_signed(text)
        gold = golds.get((name, number_in_input))
        entry["gold"] = encode_document(gold, FoldedText(text, fold), literals) if gold else None
        out.append(entry)
    return out, literals


def _is_signed(text: str) -> bool:
    """Whether a post's text already closes with its ``@handle`` line (among its last four lines)."""
    return any(SIGNATURE_LINE.fullmatch(line) for line in text.splitlines()[-4:])


def decode(entries: list[dict[str, Any]], out_dir: Path) -> Path:
    """Write a set's input files and ``gold.json`` into ``out_dir`` from the corpora; return the gold path.

    Records are written in input order: news articles as their corpus lines, Telegram posts as copied text
    (a blank line between posts, the channel's signature added where the stand-off says the copy added it).
    """
    corpus = _corpus_lines((e["corpus"]["file"], e["corpus"]["line"]) for e in entries)
    inputs: dict[str, dict[int, str]] = defaultdict(dict)
    documents = []
    for entry in entries:
        raw = corpus[(entry["corpus"]["file"], entry["corpus"]["line"])]
        if sha1(raw) != entry["corpus"]["sha1"]:
            raise SystemExit(f"{entry['corpus']['file']} line {entry['corpus']['line']} changed: SHA-1 differs")
        record = json.loads(raw)
        text = plain_text(record)
        name, number = entry["input"]["file"], entry["input"]["record"]
        if name.endswith(".txt"):
            signature = TELEGRAM_SIGNATURE.format(channel=record.get("channel", "")) if entry["input"]["signed"] else ""
            inputs[name][number] = text.rstrip() + signature + "\n\n"
        else:
            inputs[name][number] = raw + "\n"
        if entry["gold"] is not None:
            documents.append(decode_document(entry["gold"], text))
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, records in inputs.items():
        if sorted(records) != list(range(len(records))):
            raise SystemExit(f"{name}: records {sorted(records)} are not 0..n-1 (every record of an input needs a line)")
        (out_dir / name).write_text("".join(records[i] for i in range(len(records))), encoding="utf-8")
    gold_path = out_dir / "gold.json"
    gold_path.write_text(json.dumps({"version": 1, "documents": documents}, ensure_ascii=False, indent=1),
                         encoding="utf-8")
    return gold_path


def read_entries(path: Path) -> list[dict[str, Any]]:
    """The stand-off lines of one gold set."""
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def main(argv: list[str] | None = None) -> int:
    """Command line: encode an annotated set, or decode a stand-off set."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    enc = sub.add_parser("encode")
    enc.add_argument("set_dir", type=Path)
    enc.add_argument("-o", "--output", type=Path)
    dec = sub.add_parser("decode")
    dec.add_argument("standoff", type=Path)
    dec.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    if args.command == "encode":
        entries, literals = encode(args.set_dir)
        output = args.output or Path(__file__).resolve().parent / "gold" / f"{args.set_dir.name}.jsonl"
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text("".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in entries),
                          encoding="utf-8")
        print(f"{output}: {len(entries)} documents, {len(literals)} strings kept literal"
              + (": " + " | ".join(literals) if literals else ""))
    else:
        print(decode(read_entries(args.standoff), args.out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())

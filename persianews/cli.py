"""The ``persianews`` command line: ``persianews extract INPUT… [-o OUT]``,
``persianews train-ner TRAIN.conll [--dev DEV.conll] -o MODEL``."""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from typing import IO, Sequence

from persianews.records import FailedRecord

EXIT_OK, EXIT_FAILED_RECORDS, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    from persianews.readers import FORMATS

    from persianews import __version__

    parser = argparse.ArgumentParser(prog="persianews", description="Persian news to structured facts.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="read news and write one JSON object per document",
                                  description="Read files, directories, globs or - (stdin) and write "
                                              "one output line per input record.")
    extract.add_argument("inputs", nargs="+", metavar="INPUT")
    extract.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    extract.add_argument("--format", default="auto", choices=FORMATS, help="input format (default: detect)")
    extract.add_argument("--chat", action="append", metavar="NAME_OR_ID",
                         help="in Telegram exports, read only this chat (repeatable; default: every chat)")
    extract.add_argument("--on-error", default="skip", choices=("skip", "raise"),
                         help="skip: write an error record and go on (default); raise: stop at the first error")
    extract.add_argument("--output-format", default="jsonl", choices=("jsonl", "conllu"))
    extract.add_argument("--n-process", type=int, default=1, help="worker processes (default 1)")
    extract.add_argument("--quiet", action="store_true", help="no progress bar")
    train_ner = commands.add_parser("train-ner", help="train an entity tagger on CoNLL/BIO data",
                                    description="Train a CRF entity tagger (PERSON, ORG, LOC) on token<TAB>tag "
                                                "lines; use it with persianews.load(entities={'model': MODEL}).")
    train_ner.add_argument("train", metavar="TRAIN.conll")
    train_ner.add_argument("--dev", metavar="DEV.conll", help="score the trained model on this file")
    train_ner.add_argument("-o", "--output", required=True, metavar="MODEL", help="model file to write")
    return parser


def train_ner(args: argparse.Namespace) -> int:
    from persianews.entities.tagger_training import train_conll
    from persianews.errors import PersianewsError

    try:
        report = train_conll(args.train, args.output, args.dev)
    except PersianewsError as error:
        print(f"persianews: {error}", file=sys.stderr)
        return EXIT_FAILED_RECORDS
    print(f"trained on {report['sentences']} sentences, {report['tokens']} tokens in {report['seconds']:.1f} s: "
          f"{args.output}", file=sys.stderr)
    for label, scores in report.get("dev", {}).items():
        print(f"dev {label:<6} P {scores['p']:.3f} R {scores['r']:.3f} F1 {scores['f1']:.3f} ({scores['gold']} gold)",
              file=sys.stderr)
    return EXIT_OK


def _missing_inputs(inputs: Sequence[str]) -> list[str]:
    """Inputs that name nothing: absent files, and globs that match nothing."""
    return [item for item in inputs if item != "-" and not os.path.exists(item)
            and not (any(c in item for c in "*?[") and glob.glob(item, recursive=True))]


def _open_output(path: str) -> IO[str]:
    if path == "-":
        return open(sys.stdout.fileno(), "w", encoding="utf-8", closefd=False)
    return open(path, "w", encoding="utf-8")


def extract(args: argparse.Namespace) -> int:
    import persianews

    from persianews.readers import read_records

    nlp = persianews.load()
    records = read_records(args.inputs, args.format, chat=args.chat)
    show_progress = not args.quiet and sys.stderr.isatty()
    if show_progress:
        from tqdm import tqdm

        records = iter(tqdm(records, unit="doc", file=sys.stderr))

    failed = 0
    with _open_output(args.output) as out:
        if args.output_format == "conllu":
            from persianews.export.conllu import document_to_conllu
        for result in nlp.pipe(records, n_process=args.n_process, on_error="record"):
            if isinstance(result, FailedRecord):
                failed += 1
                if args.on_error == "raise":
                    print(f"persianews: {result.error}", file=sys.stderr)
                    return EXIT_FAILED_RECORDS
                if args.output_format == "jsonl":
                    out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
                else:
                    print(f"persianews: {result.error}", file=sys.stderr)
                continue
            if args.output_format == "conllu":
                out.write(document_to_conllu(result))
            else:
                out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    return EXIT_FAILED_RECORDS if failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit:
        return int(exit.code or 0) and EXIT_USAGE
    if args.command == "train-ner":
        missing = _missing_inputs([args.train] + ([args.dev] if args.dev else []))
        if missing:
            print(f"persianews: no such input: {', '.join(missing)}", file=sys.stderr)
            return EXIT_USAGE
        return train_ner(args)
    if args.n_process < 1:
        parser.print_usage(sys.stderr)
        print("persianews: --n-process must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    missing = _missing_inputs(args.inputs)
    if missing:
        parser.print_usage(sys.stderr)
        print(f"persianews: no such input: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    if args.output != "-" and os.path.isdir(args.output):
        print(f"persianews: output {args.output!r} is a directory", file=sys.stderr)
        return EXIT_USAGE
    return extract(args)


if __name__ == "__main__":
    sys.exit(main())

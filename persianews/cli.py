"""The ``persianews`` command line: ``persianews extract INPUT… [-o OUT]`` and ``persianews view OUT.jsonl -o report.html``."""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from typing import IO, Iterable, Sequence

from persianews.document import Document
from persianews.export.tables import TABLE_FORMATS
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
    extract.add_argument("--output-format", default="jsonl", choices=("jsonl", "conllu", *TABLE_FORMATS),
                         help="jsonl (default), conllu, or a folder of tables (one file per table): parquet, csv")
    extract.add_argument("--n-process", type=int, default=1, help="worker processes (default 1)")
    extract.add_argument("--quiet", action="store_true", help="no progress bar")
    view = commands.add_parser("view", help="write a self-contained HTML report of extract's output",
                               description="Read JSONL files written by `persianews extract` and write one "
                                           "HTML page: documents, a filterable quotes table, each document's view.")
    view.add_argument("inputs", nargs="+", metavar="OUT.jsonl")
    view.add_argument("-o", "--output", required=True, help="the HTML file to write")
    view.add_argument("--title", default="persianews report", help="the page title")
    return parser


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

    if args.output_format in TABLE_FORMATS:
        return _extract_tables(args, nlp.pipe(records, n_process=args.n_process, on_error="record"))
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


def _extract_tables(args: argparse.Namespace, results: Iterable[Document | FailedRecord]) -> int:
    """Write every result's rows into the folder of tables ``args.output`` (error records go to the
    documents table)."""
    from persianews.export.tables import open_table_writer

    writer = open_table_writer(args.output_format, args.output)
    failed = 0
    try:
        for result in results:
            if isinstance(result, FailedRecord):
                failed += 1
                if args.on_error == "raise":
                    print(f"persianews: {result.error}", file=sys.stderr)
                    return EXIT_FAILED_RECORDS
            writer.write(result.to_dict())
    finally:
        writer.close()
    return EXIT_FAILED_RECORDS if failed else EXIT_OK


def view(args: argparse.Namespace) -> int:
    from persianews.export.html import write_report

    missing = [path for path in args.inputs if not os.path.isfile(path)]
    if missing:
        print(f"persianews: no such file: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    write_report(args.inputs, args.output, args.title)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit:
        return int(exit.code or 0) and EXIT_USAGE
    if args.command == "view":
        return view(args)
    if args.n_process < 1:
        parser.print_usage(sys.stderr)
        print("persianews: --n-process must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    missing = _missing_inputs(args.inputs)
    if missing:
        parser.print_usage(sys.stderr)
        print(f"persianews: no such input: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    if args.output_format in TABLE_FORMATS:
        if args.output == "-" or (os.path.exists(args.output) and not os.path.isdir(args.output)):
            print(f"persianews: --output-format {args.output_format} writes a folder of tables: "
                  "give it with -o FOLDER", file=sys.stderr)
            return EXIT_USAGE
    elif args.output != "-" and os.path.isdir(args.output):
        print(f"persianews: output {args.output!r} is a directory", file=sys.stderr)
        return EXIT_USAGE
    return extract(args)


if __name__ == "__main__":
    sys.exit(main())

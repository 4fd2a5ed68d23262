"""The ``persianews`` command line: ``persianews extract INPUT… [-o OUT]``, ``persianews view OUT.jsonl -o report.html``
and ``persianews train-ner TRAIN.conll [--dev DEV.conll] -o MODEL``.

Each subcommand is an ``add_*`` function that declares its options and sets
``run``; exit status 0 when every record gave a document, 1 when some
failed (or the output broke mid-run), 2 on usage errors.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from persianews.batch import RecordOutput, collect_less_often
from persianews.errors import MissingExtraError
from persianews.records import Article, FailedRecord

if TYPE_CHECKING:
    from persianews.partitions import Settings

EXIT_OK, EXIT_FAILED_RECORDS, EXIT_USAGE = 0, 1, 2
ON_ERROR = ("record", "skip", "raise")
#: ``persianews.entities.tagger.SCHEMES``, written out so that the command line starts without the tagger.
TAGGER_SCHEMES = ("bio", "io")


class UsageError(Exception):
    """A problem with the command line or the output path: one line on stderr, exit status 2."""


def _parser() -> argparse.ArgumentParser:
    from persianews import __version__

    parser = argparse.ArgumentParser(prog="persianews", description="Persian news to structured facts.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    add_extract(commands)
    add_view(commands)
    add_train_ner(commands)
    return parser


def add_extract(commands: Any) -> None:
    """The ``extract`` subcommand."""
    from persianews.export.writers import output_formats
    from persianews.pipeline import DEFAULT_MAX_RECORD_CHARS
    from persianews.readers import FORMATS

    extract = commands.add_parser("extract", help="read news and write one JSON object per document",
                                  description="Read files, directories, globs or - (stdin) and write "
                                              "one output line per input record.")
    extract.add_argument("inputs", nargs="+", metavar="INPUT")
    extract.add_argument("-o", "--output", default="-",
                         help="output file (default: stdout); with --engine dask, a folder")
    extract.add_argument("--format", default="auto", choices=FORMATS, help="input format (default: detect)")
    extract.add_argument("--chat", action="append", metavar="NAME_OR_ID",
                         help="in Telegram exports, read only this chat (repeatable; default: every chat)")
    extract.add_argument("--on-error", default="record", choices=ON_ERROR,
                         help="record: write an error record and go on (default); skip: write nothing for "
                              "it (counted on stderr); raise: stop at the first failure")
    extract.add_argument("--output-format", default="jsonl", choices=output_formats())
    extract.add_argument("--max-record-chars", type=int, default=DEFAULT_MAX_RECORD_CHARS, metavar="N",
                         help=f"refuse longer records with an error record (default {DEFAULT_MAX_RECORD_CHARS:,})")
    extract.add_argument("--tagger", action=argparse.BooleanOptionalAction, default=True,
                         help="merge in the shipped CRF entity tagger (default); --no-tagger: the rules alone "
                              "(about 1.2x faster)")
    extract.add_argument("--ner-model", metavar="MODEL",
                         help="use this tagger model, trained by `persianews train-ner` (implies --tagger)")
    extract.add_argument("--n-process", type=int, metavar="N",
                         help="worker processes (default 1; -1: one per CPU); with --engine dask and no "
                              "--scheduler, the local cluster's workers (default: one per CPU)")
    extract.add_argument("--start-method", choices=("fork", "spawn", "forkserver"),
                         help="how worker processes start (default: fork on Linux)")
    extract.add_argument("--engine", default="local", choices=("local", "dask"),
                         help="local processes (default) or a Dask cluster (-o names a folder)")
    extract.add_argument("--scheduler", metavar="ADDRESS",
                         help="with --engine dask: the scheduler's address (default: start a local cluster)")
    extract.add_argument("--blocksize", type=int, metavar="BYTES",
                         help="with --engine dask: bytes of JSON Lines per partition (default 32 MiB)")
    extract.add_argument("--quiet", action="store_true", help="no progress bar, no summary unless errors")
    extract.set_defaults(run=extract_command)


def add_view(commands: Any) -> None:
    """The ``view`` subcommand."""
    view = commands.add_parser("view", help="write a self-contained HTML report of extract's output",
                               description="Read JSONL files written by `persianews extract` and write one "
                                           "HTML page: documents, a filterable quotes table, each document's view.")
    view.add_argument("inputs", nargs="+", metavar="OUT.jsonl")
    view.add_argument("-o", "--output", required=True, help="the HTML file to write")
    view.add_argument("--title", default="persianews report", help="the page title")
    view.set_defaults(run=view_command)


def view_command(args: argparse.Namespace) -> int:
    """``persianews view``: the report page of JSONL output files."""
    from persianews.export.html import write_report

    missing = [path for path in args.inputs if not os.path.isfile(path)]
    if missing:
        raise UsageError(f"no such file: {', '.join(missing)}")
    if os.path.isdir(args.output):
        raise UsageError(f"output {args.output!r} is a directory")
    write_report(args.inputs, args.output, args.title)
    return EXIT_OK


def add_train_ner(commands: Any) -> None:
    """The ``train-ner`` subcommand: an entity tagger trained on CoNLL/BIO data."""
    train = commands.add_parser("train-ner", help="train an entity tagger on CoNLL/BIO data",
                                description="Train a CRF entity tagger (PERSON, ORG, LOC) on token<TAB>tag lines; "
                                            "use it with persianews.load(entities={'model': MODEL}).")
    train.add_argument("train", metavar="TRAIN.conll")
    train.add_argument("--dev", metavar="DEV.conll", help="score the trained model on this file")
    train.add_argument("-o", "--output", required=True, metavar="MODEL", help="the model file to write")
    train.add_argument("--scheme", choices=TAGGER_SCHEMES, default="bio",
                       help="the model's labels: B-/I- prefixed (bio, the default) or not (io: fewer labels, "
                            "faster tagging, but adjacent entities of one label merge)")
    train.set_defaults(run=train_ner_command)


def train_ner_command(args: argparse.Namespace) -> int:
    """``persianews train-ner``: train, write the model, print counts and the dev scores on stderr."""
    from persianews.entities.tagger_training import train_conll
    from persianews.errors import PersianewsError

    missing = [path for path in (args.train, args.dev) if path is not None and not os.path.isfile(path)]
    if missing:
        raise UsageError(f"no such file: {', '.join(missing)}")
    try:
        report = train_conll(args.train, args.output, args.dev, scheme=args.scheme)
    except PersianewsError as error:
        print(f"persianews: {error}", file=sys.stderr)
        return EXIT_FAILED_RECORDS
    print(f"trained on {report['sentences']} sentences, {report['tokens']} tokens in {report['seconds']:.1f} s: "
          f"{args.output}", file=sys.stderr)
    for label, scores in report.get("dev", {}).items():
        print(f"dev {label:<6} P {scores['p']:.3f} R {scores['r']:.3f} F1 {scores['f1']:.3f} ({scores['gold']} gold)",
              file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit:
        return int(exit.code or 0) and EXIT_USAGE
    try:
        return int(args.run(args))
    except (UsageError, MissingExtraError) as error:
        print(f"persianews: {error}", file=sys.stderr)
        return EXIT_USAGE


def extract_command(args: argparse.Namespace) -> int:
    """``persianews extract``: check the arguments, then run locally or on Dask."""
    _check_extract(args)
    if args.engine == "dask":
        from persianews.dask import extract_to_folder

        return extract_to_folder(args)
    from persianews.export.writers import open_writer
    from persianews.pipeline import load

    collect_less_often()
    nlp = load(**extract_settings(args).pipeline_options())
    try:
        writer = open_writer(args.output_format, args.output)
    except OSError as error:
        raise UsageError(f"cannot write {args.output!r}: {error.strerror or error}") from None
    return _run(nlp, args, writer)


def extract_settings(args: argparse.Namespace) -> Settings:
    """What ``persianews extract``'s options ask of the reader and the pipeline, for local and Dask runs."""
    from persianews.partitions import Settings

    return Settings(args.format, tuple(args.chat) if args.chat else None, args.max_record_chars,
                    tagger=args.tagger, ner_model=args.ner_model)


def _check_extract(args: argparse.Namespace) -> None:
    if args.n_process is not None and (args.n_process == 0 or args.n_process < -1):
        raise UsageError("--n-process must be at least 1, or -1 for one per CPU")
    if args.max_record_chars < 1:
        raise UsageError("--max-record-chars must be at least 1")
    if args.ner_model is not None and not os.path.isfile(args.ner_model):
        raise UsageError(f"no such tagger model: {args.ner_model}")
    missing = [item for item in args.inputs if item != "-" and not os.path.lexists(item)
               and not (any(c in item for c in "*?[") and glob.glob(item, recursive=True))]
    if missing:
        raise UsageError(f"no such input: {', '.join(missing)}")
    if args.engine == "dask":
        if args.output == "-" or os.path.isfile(args.output):
            raise UsageError("--engine dask writes parts into a folder: give -o OUT_DIR")
        if "-" in args.inputs:
            raise UsageError("--engine dask reads files, not stdin (-)")
        if args.on_error != "record" or args.output_format != "jsonl":
            raise UsageError("--engine dask writes JSONL parts with error records (--on-error record)")
        try:
            os.makedirs(args.output, exist_ok=True)
        except OSError as error:
            raise UsageError(f"cannot write {args.output!r}: {error.strerror or error}") from None
        return
    if args.scheduler:
        raise UsageError("--scheduler needs --engine dask")
    from persianews.export.tables import TABLE_FORMATS

    if args.output_format in TABLE_FORMATS:
        if args.output == "-" or (os.path.exists(args.output) and not os.path.isdir(args.output)):
            raise UsageError(f"--output-format {args.output_format} writes a folder of tables: give -o FOLDER")
    elif args.output != "-":
        _check_output_path(args.output, args.inputs)


def _check_output_path(output: str, inputs: Sequence[str]) -> None:
    """Refuse an output that is a folder, an input, or inside an input folder (it would be read back)."""
    if os.path.isdir(output):
        raise UsageError(f"output {output!r} is a directory")
    target = os.path.realpath(output)
    for item in inputs:
        if item == "-":
            continue
        for path in glob.glob(item, recursive=True) if not os.path.exists(item) else [item]:
            if os.path.isdir(path):
                folder = os.path.realpath(path)
                if os.path.commonpath([folder, target]) == folder:
                    raise UsageError(f"output {output!r} is inside the input folder {path!r}")
            elif os.path.exists(output) and os.path.exists(path) and os.path.samefile(output, path):
                raise UsageError(f"output {output!r} is the input {path!r}")


class _Tally:
    """Documents, errors and the first error of a run, for the summary line."""

    def __init__(self) -> None:
        self.documents = 0
        self.errors = 0
        self.first_error: str | None = None
        self.started = time.monotonic()

    def count(self, output: RecordOutput) -> None:
        if output.error is None:
            self.documents += 1
            return
        self.errors += 1
        self.first_error = self.first_error or output.error

    def summary(self, skipped: bool) -> str:
        seconds = time.monotonic() - self.started
        errors = f"{self.errors} errors" + (" (skipped)" if skipped and self.errors else "")
        line = f"{self.documents} documents, {errors} in {seconds:.1f} s"
        return line + (f"; first error: {self.first_error}" if self.first_error else "")


def _run(nlp: Any, args: argparse.Namespace, writer: Any) -> int:
    from persianews.readers import read_records

    tally = _Tally()
    records: Iterable[Article | FailedRecord] = read_records(args.inputs, args.format, chat=args.chat)
    progress = _progress_bar(args)
    if progress is not None:
        records = _tracked(records, progress)
    outputs = nlp.pipe_outputs(records, output_format=writer.rendering, n_process=args.n_process or 1,
                               start_method=args.start_method)
    status = EXIT_OK
    write = _output_sink(writer)
    try:
        for output in outputs:
            if output.error is not None and args.on_error == "raise":
                tally.count(output)
                print(f"persianews: stopped at the first failed record: {output.error}", file=sys.stderr)
                status = EXIT_FAILED_RECORDS
                break
            if output.error is None or args.on_error == "record":
                write(output)
            tally.count(output)
        writer.close()
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except OSError as error:
        print(f"persianews: cannot write {args.output!r}: {error.strerror or error}", file=sys.stderr)
        _close_quietly(writer)
        status = EXIT_FAILED_RECORDS
    except KeyboardInterrupt:
        status = 130
    finally:
        outputs.close()
        if progress is not None:
            progress.close()
    if tally.errors:
        status = status or EXIT_FAILED_RECORDS
    if tally.errors or not args.quiet:
        print(tally.summary(args.on_error == "skip"), file=sys.stderr)
    return status


def _output_sink(writer: Any) -> Callable[[RecordOutput], None]:
    """How a record's output reaches ``writer``: its rendered text as it is, else its dict.

    Decided once per run: the runtime protocol check takes tens of microseconds, half a record's writing.
    """
    from persianews.export.writers import RenderedWriter

    if isinstance(writer, RenderedWriter):
        return lambda output: writer.write_rendered(output.text)
    return lambda output: writer.write(output.to_dict())


def _close_quietly(writer: Any) -> None:
    """Close a writer whose output already failed; a second failure has been reported already."""
    try:
        writer.close()
    except OSError:
        pass


def _silence_stdout() -> None:
    """After the reader of stdout went away, point stdout at /dev/null so that exiting prints nothing."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _progress_bar(args: argparse.Namespace) -> Any:
    """A tqdm bar over the input files' bytes, when stderr is a terminal and not --quiet."""
    if args.quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    from persianews.readers import expand_inputs

    total = 0
    try:
        for path in expand_inputs([item for item in args.inputs if item != "-"]):
            total += os.path.getsize(path) if isinstance(path, str) and os.path.isfile(path) else 0
    except OSError:
        pass
    return tqdm(total=total or None, unit="B", unit_scale=True, file=sys.stderr, dynamic_ncols=True)


def _tracked(records: Iterable[Article | FailedRecord], progress: Any) -> Iterator[Article | FailedRecord]:
    """The records, moving the bar to the byte position of each one read."""
    done, path, size = 0, None, 0
    for record in records:
        provenance = record.provenance
        if provenance.path != path:
            done += size
            path = provenance.path
            size = os.path.getsize(path) if path and os.path.isfile(path) else 0
        progress.update(done + min(provenance.byte or 0, size) - progress.n)
        yield record
    progress.update(done + size - progress.n)


if __name__ == "__main__":
    sys.exit(main())

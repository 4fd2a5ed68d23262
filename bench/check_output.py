"""Whether the pipeline's output on news-dev is the stored one (issue 15: speed without changing output).

Computes the fingerprint of :mod:`tests.output_fingerprint` (a SHA-256 over
each document's text, entities, officials and quotes) on every news-dev
item and compares it with ``tests/data/output_fingerprint.json``. After a
deliberate change of the output, ``--update`` stores the new value.

usage: python bench/check_output.py [--update]   (needs ../shared or $PERSIANEWS_SHARED)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import persianews
from persianews.readers import read_records

from _shared import CORPORA
from tests.output_fingerprint import fingerprint, stored, update

KEY = "news-dev/farsnews-dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="store the output's fingerprint")
    args = parser.parse_args()
    corpus = CORPORA / KEY
    if not corpus.exists():
        raise SystemExit(f"{corpus} not found: put ../shared beside the project or set $PERSIANEWS_SHARED")
    value = fingerprint(persianews.load(), read_records([corpus]))
    if args.update:
        update({KEY: value})
        print(f"stored {KEY}: {value}")
        return
    expected = stored().get(KEY)
    print(f"{KEY}: {value} ({'unchanged' if value == expected else f'CHANGED, stored {expected}'})")
    raise SystemExit(0 if value == expected else 1)


if __name__ == "__main__":
    main()

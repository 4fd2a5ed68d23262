"""Rebuild every data file in models/ (build time only, stdlib only).

    python models/build/build_all.py            # every build_*.py script
    python models/build/build_all.py --lexicons # only the gazetteers and lexicons

Needs ../shared/data (or $PERSIANEWS_DATA) and hazm installed (models/build/requirements.txt;
only its data files are read; hazm is not imported). The lexicon builders
run in this process; any other ``build_*.py`` script in this folder runs as a
subprocess with no arguments.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_given_names  # noqa: E402
import build_orgs  # noqa: E402
import build_places  # noqa: E402
import build_titles  # noqa: E402

IN_PROCESS = {"build_places.py", "build_given_names.py", "build_titles.py", "build_orgs.py", "build_all.py"}


def build_lexicons() -> dict[str, int]:
    counts = {"places.tsv": build_places.build(), "given_names.tsv": build_given_names.build()}
    counts.update(build_titles.build())
    counts.update(build_orgs.build())
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lexicons", action="store_true", help="only places, names, titles and organisations")
    args = parser.parse_args(argv)
    for name, n in build_lexicons().items():
        print(f"models/{name}: {n} rows")
    if args.lexicons:
        return 0
    failed = []
    for script in sorted(HERE.glob("build_*.py")):
        if script.name in IN_PROCESS:
            continue
        print(f"running {script.name}")
        done = subprocess.run([sys.executable, str(script)], cwd=HERE.parent.parent)
        if done.returncode:
            failed.append(script.name)
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Virtualenv size and install time of persianews with each extra: a benchmark, not a test.

Builds the wheel into a temporary folder, then for each variant creates a fresh
virtualenv, installs the wheel (with the extra) and its dependencies from the
package index, and prints the time pip took, the size of the virtualenv and the
packages the extra adds to the core install. Extras that need stanza get the
README's PyTorch pin (``torch==2.13.0``, the CPU build) first on the command
line. Each virtualenv is removed after it is measured.

usage: python bench/bench_install.py [--variants core,pandas,parquet,dask,stanza,all] [--wheel PATH]
(the stanza and all variants download and unpack PyTorch: several minutes, about 1 GB on disk)
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TORCH_PIN = "torch==2.13.0"
NEEDS_TORCH = {"stanza", "all"}
VARIANTS = ("core", "pandas", "parquet", "dask", "stanza", "all")


def build_wheel(out: Path) -> Path:
    """The wheel of this checkout, built into ``out``."""
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True)
    return next(out.glob("persianews-*.whl"))


def megabytes(folder: Path) -> float:
    """The size of the files under ``folder`` (symlinks not followed), in MB."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def measure(wheel: Path, variant: str, scratch: Path) -> tuple[float, float, set[str]]:
    """Seconds pip took, MB of the virtualenv and the installed packages, for one variant."""
    venv = scratch / f"venv-{variant}"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    requirement = str(wheel) if variant == "core" else f"persianews[{variant}] @ {wheel.as_uri()}"
    command = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", requirement]
    if variant in NEEDS_TORCH:
        command.insert(-1, TORCH_PIN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    seconds = time.perf_counter() - started
    listing = subprocess.run([python, "-m", "pip", "list", "--format", "json", "--disable-pip-version-check"],
                             check=True, capture_output=True, text=True).stdout
    packages = {p["name"].lower() for p in json.loads(listing)} - {"pip", "setuptools", "wheel"}
    size = megabytes(venv)
    shutil.rmtree(venv)
    return seconds, size, packages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated, from: " + ", ".join(VARIANTS))
    parser.add_argument("--wheel", type=Path, help="a built wheel (default: build this checkout's)")
    args = parser.parse_args()
    variants = [v for v in args.variants.split(",") if v]
    unknown = set(variants) - set(VARIANTS)
    if unknown:
        parser.error(f"unknown variants: {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="persianews-install-") as scratch:
        wheel = args.wheel or build_wheel(Path(scratch))
        core: set[str] | None = None
        print(f"{'variant':<9}{'seconds':>9}{'MB':>9}{'packages':>10}  added to core")
        for variant in variants:
            seconds, size, packages = measure(wheel, variant, Path(scratch))
            if variant == "core":
                core = packages
            added = sorted(packages - (core or set())) if variant != "core" else sorted(packages)
            shown = ", ".join(added[:12]) + (f" … (+{len(added) - 12})" if len(added) > 12 else "")
            print(f"{variant:<9}{seconds:>9.1f}{size:>9.1f}{len(packages):>10}  {shown}", flush=True)


if __name__ == "__main__":
    main()

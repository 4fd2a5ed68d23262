"""Shared fixtures: paths to the project's seeds and to the shared corpora ($PERSIANEWS_SHARED or ../shared)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = Path(os.environ.get("PERSIANEWS_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def nlp():
    import persianews

    return persianews.load()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED

"""``import persianews`` loads the errors alone; the other public names are imported on first use (PEP 562)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import persianews


def test_import_persianews_loads_no_reader_pipeline_or_text_module() -> None:
    code = "import sys, persianews; print(' '.join(sorted(m for m in sys.modules if m.startswith('persianews'))))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == ["persianews", "persianews.errors"]


@pytest.mark.parametrize("name", persianews.__all__)
def test_every_public_name_resolves_and_is_listed(name: str) -> None:
    assert getattr(persianews, name) is not None
    assert name in dir(persianews)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        persianews.no_such_name  # noqa: B018 - the look-up is the test

"""The stages' output on the seeds and the fixtures is the stored one (see :mod:`tests.output_fingerprint`).

A deliberate change of the output updates ``tests/data/output_fingerprint.json``
(``python -m tests.output_fingerprint --update``) and says why in its commit.
"""

from __future__ import annotations

import pytest

from tests.output_fingerprint import INPUTS, fingerprint, project_fingerprints, stored


def test_output_is_unchanged(nlp):
    assert project_fingerprints(nlp) == {name: stored()[name] for name in INPUTS}


def test_fingerprint_sees_a_change(nlp):
    import persianews

    same = fingerprint(nlp, ["وزیر کشور گفت: انتخابات برگزار می‌شود."])
    assert same == fingerprint(nlp, ["وزیر کشور گفت: انتخابات برگزار می‌شود."])
    assert same != fingerprint(nlp, ["وزیر کشور گفت: انتخابات برگزار نمی‌شود."])
    assert same != fingerprint(persianews.load(["normalize", "segment"]), ["وزیر کشور گفت: انتخابات برگزار می‌شود."])


@pytest.mark.parametrize("name", INPUTS)
def test_every_input_is_stored(name):
    assert len(stored()[name]) == 64

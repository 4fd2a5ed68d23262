"""Lead-ins at the text level (:mod:`persianews.text.lead_ins`): read from the text alone, without the quotes
package, by the quotes (per view) and the linker's succession."""

from __future__ import annotations

import subprocess
import sys

import pytest

from persianews.text.lead_ins import lead_in_end, lead_ins_fill


@pytest.mark.parametrize("lead_in", [
    "البته ", "همچنین ", "چندی پیش ", "به گزارش خبرنگار ما، ", "این در حالی است که ", "دو روز پیش نیز ",
    "تهران - خبرگزاری - ",
])
def test_lead_ins_fill_the_words_before_a_subject(lead_in):
    text = lead_in + "وزیر راه گفت که جاده باز است."
    assert lead_in_end(text, 0, len(text)) == len(lead_in)
    assert lead_ins_fill(text, 0, len(lead_in))


@pytest.mark.parametrize("before", ["وزیر راه ", "مردم شهر ", "شاید "])
def test_words_that_are_no_lead_in_do_not_fill(before):
    text = before + "گفت که جاده باز است."
    assert lead_in_end(text, 0, len(text)) == 0
    assert not lead_ins_fill(text, 0, len(before))
    assert lead_ins_fill("همچنین " + text, 0, len("همچنین "))  # a lead-in before them still fills its part


def test_the_linker_reads_lead_ins_without_the_quotes_package():
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, persianews.entities.linker_succession; "
                               "print(sorted(m for m in sys.modules if m.startswith('persianews.quotes')))"],
        capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"

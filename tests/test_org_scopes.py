"""Organisations named by a head and the place or the national scope it takes: a state's missions abroad and a
prosecutor's office with a gazetteer place (سفارت سوئد, کنسولگری ژاپن, دادستانی اصفهان: ``org-head-place``; a
mission with its seat, کنسولگری ژاپن در شیراز), and
the national body of a place-taking head with «(کل) کشور» (گمرک کل کشور, دادستانی کل کشور: ``org-head-national``).
Both pipelines, both readers."""

from __future__ import annotations

import pytest

from persianews.entities.keys import fold


def orgs(doc) -> dict[str, str]:
    """Each ORG's folded text with the rules its evidence names."""
    return {fold(e.text).replace(" ", ""): e.rule for e in doc.entities if e.label == "ORG"}


@pytest.mark.parametrize("text, org, rule", [
    ("سخنگوی سفارت سوئد اعلام کرد که روادید صادر می‌شود.", "سفارت سوئد", "org-head-place"),
    ("کنسولگری ژاپن در شیراز بسته شد.", "کنسولگری ژاپن در شیراز", "org-head-place"),  # a mission with its seat
    ("دادستانی اصفهان اعلام کرد پرونده باز است.", "دادستانی اصفهان", "org-head-place"),
    ("گمرک کل کشور اعلام کرد که صادرات بیشتر شد.", "گمرک کل کشور", "org-head-national"),
    ("رئیس دادستانی کل کشور گفت پرونده بسته شد.", "دادستانی کل کشور", "org-head-national"),
])
def test_heads_with_a_place_or_the_national_scope(every_nlp, text, org, rule):
    found = orgs(every_nlp(text))
    assert fold(org).replace(" ", "") in found
    assert found[fold(org).replace(" ", "")].split("+")[0] == rule


@pytest.mark.parametrize("text", [
    "او در سفارت ماند و منتظر شد.",  # no place after the head
    "این دادستانی پرونده را بست.",  # a demonstrative: an anaphor
    "مقام انتظامی کشور گفت جاده باز است.",  # the national scope only after a head that names a national body
    "گمرک کشور ما نوسازی می‌شود.",  # کشور with a pronoun of its own: no scope
])
def test_no_organisation_without_the_place_or_scope(every_nlp, text):
    # a body with its place in a line of its own after it: the heads are read there, and only there
    found = orgs(every_nlp(text + "\nکنسولگری ژاپن در شیراز بسته شد."))
    assert {org: rule.split("+")[0] for org, rule in found.items()} == {
        fold("کنسولگری ژاپن در شیراز").replace(" ", ""): "org-head-place"}


def test_the_embassy_is_the_speaker(every_nlp):
    doc = every_nlp("سفارت سوئد در بیانیه‌ای اعلام کرد: «روادید صادر می‌شود.»")
    assert [fold(q.speaker).replace(" ", "") for q in doc.quotes] == [fold("سفارت سوئد").replace(" ", "")]

"""Officials and long titles (issue 13, classes 4 and 16): golden cases and what must not link."""

from __future__ import annotations

import pytest

import persianews
from persianews.entities.keys import fold

STAGES = ("normalize", "segment", "entities", "officials")


@pytest.fixture(scope="module")
def nlp():
    return persianews.load(stages=STAGES)


def officials(doc) -> set[tuple[str, str]]:
    return {(fold(o.name).replace(" ", ""), fold(o.title.text).replace(" ", "")) for o in doc.officials}


def titles(doc) -> set[str]:
    return {fold(e.text).replace(" ", "") for e in doc.entities if e.label == "TITLE"}


def pairs(*items: tuple[str, str]) -> set[tuple[str, str]]:
    return {(fold(p).replace(" ", ""), fold(t).replace(" ", "")) for p, t in items}


def test_titles_of_one_role_with_other_places_are_other_people(nlp):
    doc = nlp("دونالد ترامپ، رئیس جمهور آمریکا با رئیس جمهور اوکراین گفتگو کرد. نیکی هیلی، سفیر سابق آمریکا در "
              "سازمان ملل گفت: ما مخالفیم. قرار است جان کری، سفیر سابق آمریکا در اوکراین شهادت دهد.")
    assert officials(doc) == pairs(("دونالد ترامپ", "رئیس جمهور آمریکا"),
                                   ("نیکی هیلی", "سفیر سابق آمریکا در سازمان ملل"),
                                   ("جان کری", "سفیر سابق آمریکا در اوکراین"))


def test_a_shorter_title_of_the_same_referent_still_joins(nlp):
    doc = nlp("رضا احمدی مدیرکل سیاسی استانداری قزوین گفت: انتخابات آغاز شد. مدیرکل سیاسی استانداری افزود: "
              "ثبت‌نام ادامه دارد.")
    assert pairs(("رضا احمدی", "مدیرکل سیاسی استانداری قزوین")) <= officials(doc)

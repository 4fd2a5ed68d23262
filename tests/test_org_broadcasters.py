"""Round 26: a state's television or radio before its country, its city or the state's regime name is an
organisation (``org-head-place``: تلویزیون دولتی سوریه, رادیو پاریس, رادیو و تلویزیون جمهوری اسلامی), with its
channel before it (شبکه ۱۱ تلویزیون اسرائیل); the word
alone, or before no place, is none. Both pipelines, both readers; invented sentences."""

from __future__ import annotations

import pytest

from persianews.entities.keys import fold


def _key(name: str) -> str:
    return fold(name).replace(" ", "")


def _orgs(doc) -> list[str]:
    return [_key(e.text) for e in doc.entities if e.label == "ORG"]


@pytest.mark.parametrize("text, org", [
    ("به گزارش ایسنا، تلویزیون دولتی سوریه امروز اعلام کرد که پل بازسازی شده است.", "تلویزیون دولتی سوریه"),
    ("سخنگوی دولت در گفت‌وگو با تلویزیون ملی ایران گفت که بودجه تصویب می‌شود.", "تلویزیون ملی ایران"),
    ("وزیر خارجه مالزی در گفت‌وگو با رادیو فرانسه گفت که نشست ادامه دارد.", "رادیو فرانسه"),
    ("به گزارش تلویزیون جمهوری اسلامی، برف راه‌های شمال را بست.", "تلویزیون جمهوری اسلامی"),
    ("این نوازنده سال‌ها در رادیو تلویزیون ایران تار نواخت.", "رادیو تلویزیون ایران"),
    ("به گزارش ایسنا، شبکه ۱۱ تلویزیون اسرائیل به نقل از یک مقام گفت که نشست لغو شد.", "شبکه ۱۱ تلویزیون اسرائیل"),
])
def test_a_states_television_or_radio_before_its_place_is_an_organisation(every_nlp, text, org):
    doc = every_nlp(text)
    assert _key(org) in _orgs(doc)
    assert any("org-head-place" in e.rule.split("+") for e in doc.entities if _key(e.text) == _key(org))


def test_radio_and_television_is_one_organisation_not_two(every_nlp):
    doc = every_nlp("خبرگزاری صداوسیما، وابسته به رادیو و تلویزیون جمهوری اسلامی، اعلام کرد که جلسه لغو شد.")
    orgs = _orgs(doc)
    assert _key("رادیو و تلویزیون جمهوری اسلامی") in orgs
    assert _key("تلویزیون جمهوری اسلامی") not in orgs  # the shorter head inside the longer one
    assert _key("خبرگزاری صداوسیما") in orgs


@pytest.mark.parametrize("text, place", [
    ("فروش تلویزیون در ایران کاهش یافت.", "ایران"),
    ("مجری تلویزیون در برنامه دیشب تهران را شهر پرترافیکی خواند.", "تهران"),
    ("او رادیو و تلویزیون را خاموش کرد و به شیراز رفت.", "شیراز"),
])
def test_television_or_radio_before_no_place_is_no_organisation(every_nlp, text, place):
    doc = every_nlp(text)
    assert not any(name.startswith((_key("تلویزیون"), _key("رادیو"))) for name in _orgs(doc))
    assert place in {e.text for e in doc.entities if e.label == "LOC"}  # the sentence's place is still found

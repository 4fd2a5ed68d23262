"""Wrong speakers of round 24 (issue 13): someone of a person's organisation («یک مقام ارشد دولت NAME») speaks,
neither the person who qualifies the organisation nor the organisation (rule ``speaker:words-member-of-organisation``);
a topic adverbial («در همین ارتباط», «در این رابطه») is a lead-in, so a name after it is the subject, not the
profession in apposition after its comma. Examples written for these tests; both pipelines."""

from __future__ import annotations

import pytest


def speakers(doc) -> list[tuple[str | None, list[str]]]:
    return [(q.speaker, [rule for rule in q.evidence if rule.startswith(("subject:", "speaker:"))])
            for q in doc.quotes]


@pytest.mark.parametrize("text, speaker", [
    ("یک مقام ارشد دولت جو بایدن گفت انتظار نمی‌رود توافق امروز امضا شود.", "یک مقام ارشد دولت جو بایدن"),
    ("یک مشاور ارشد دفتر امانوئل مکرون گفت که سفر لغو شده است.", "یک مشاور ارشد دفتر امانوئل مکرون"),
])
def test_someone_of_a_persons_organisation_speaks(either_nlp, text, speaker):
    found = speakers(either_nlp(text))
    assert [name for name, _ in found] == [speaker]
    assert "speaker:words-member-of-organisation" in found[0][1]


@pytest.mark.parametrize("text, speaker, rule", [
    # the organisation itself speaks: its own rule
    ("دولت جو بایدن از کنگره خواست که بودجه تازه را تصویب کند.", "دولت جو بایدن",
     "speaker:words-organisation-of-name"),
    # a title before the organisation word: the name is in apposition to it and speaks
    ("مدیرعامل باشگاه علی رضایی گفت که قرارداد بازیکن تمدید می‌شود.", "علی رضایی", "speaker:entity-cluster"),
    # a tie to the person, no organisation between: the tie's rule
    ("وکیل مدافع محمد رضایی گفت که پرونده بسته شده است.", "وکیل مدافع محمد رضایی", "speaker:words-relative-of-name"),
])
def test_no_member_without_an_indefinite_description_before_the_organisation(either_nlp, text, speaker, rule):
    found = speakers(either_nlp(text))
    assert [name for name, _ in found] == [speaker] and rule in found[0][1]
    assert "speaker:words-member-of-organisation" not in found[0][1]


@pytest.mark.parametrize("text", [
    "در همین ارتباط سعید کاظمی، روزنامه‌نگار، فعال سیاسی و عضو حزب با تأکید بر اینکه مجلس به اختلاف می‌خورد گفت: "
    "«هدف آن‌ها روشن است.»",
    "در این رابطه سعید کاظمی، روزنامه‌نگار و فعال سیاسی گفت: «هدف آن‌ها روشن است.»",
])
def test_a_name_after_a_topic_adverbial_speaks(either_nlp, text):
    assert {name for name, _ in speakers(either_nlp(text))} == {"سعید کاظمی"}


@pytest.mark.parametrize("text", [
    # «در این ارتباطات»: another noun, no topic adverbial; the comma still closes the adverbial phrase
    "در این ارتباطات سعید کاظمی، روزنامه‌نگار، گفت: «هدف آن‌ها روشن است.»",
])
def test_no_lead_in_for_another_noun(either_nlp, text):
    doc = either_nlp(text)
    assert [q.content.text for q in doc.quotes] == ["«هدف آن‌ها روشن است.»"]
    assert "سعید کاظمی" not in {name for name, _ in speakers(doc)}

"""Where an official's title ends (issue 13, round 18): a place closes a run of portfolios written without a
comma, a chamber's older name with its comma list is one body, a team's doctor is a title, «و» and a given name
before a title open the next official, not more of a body's name; golden cases and what must not be taken."""

from __future__ import annotations

import pytest

from .test_officials_titles import key, officials, titles


def test_a_place_closes_the_portfolio_run(every_nlp):
    doc = every_nlp("جیمز براون رئیس‌جمهوری فرانسه بودجه سال آینده را تصویب کرد.")
    assert officials(doc) == {(key("جیمز براون"), key("رئیس‌جمهوری فرانسه"))}


def test_a_place_closes_the_portfolio_run_but_not_a_listed_one(every_nlp):
    doc = every_nlp("جیمز براون رئیس‌جمهوری فرانسه بودجه سال آینده را تصویب کرد. علی رضایی معاون سیاسی امنیتی "
                    "استاندار قزوین گفت که انتخابات آغاز شد.")
    assert key("رئیس‌جمهوری فرانسه بودجه") not in titles(doc)
    assert (key("علی رضایی"), key("معاون سیاسی امنیتی استاندار قزوین")) in officials(doc)


def test_the_chambers_older_name_is_one_body(every_nlp):
    doc = every_nlp("حسن کریمی عضو اتاق بازرگانی، صنایع و معادن اصفهان گفت که بازار آرام است.")
    assert officials(doc) == {(key("حسن کریمی"), key("عضو اتاق بازرگانی، صنایع و معادن اصفهان"))}


def test_the_chambers_name_alone_makes_no_official(every_nlp):
    doc = every_nlp("رضا احمدی در نشست اتاق بازرگانی، صنایع و معادن اصفهان گفت که بازار آرام است.")
    assert officials(doc) == set()


@pytest.mark.parametrize("name, title", [
    ("بهمن نوروزی", "پزشک تیم فوتبال پرسپولیس"),
    ("مهدی کاظمی", "پزشک تیم ملی والیبال"),
])
def test_a_teams_doctor_is_a_title(every_nlp, name, title):
    doc = every_nlp(f"{name} {title} گفت که مصدومیت این بازیکن جدی نیست.")
    assert officials(doc) == {(key(name), key(title))}


def test_a_doctor_alone_is_a_profession(every_nlp):
    doc = every_nlp("علی رضایی پزشک متخصص قلب گفت که بیماری کنترل شده است.")
    assert officials(doc) == set()
    assert not titles(doc)


def test_a_given_name_after_and_opens_the_next_official(every_nlp):
    doc = every_nlp("در این مراسم بهرام نادری مدیر عامل خانه تئاتر و مسعود رحیمی رئیس هیات مدیره خانه تئاتر حضور "
                    "داشتند.")
    assert officials(doc) == {(key("بهرام نادری"), key("مدیر عامل خانه تئاتر")),
                              (key("مسعود رحیمی"), key("رئیس هیات مدیره خانه تئاتر"))}


def test_and_still_joins_the_words_of_a_body(every_nlp):
    doc = every_nlp("بهرام نادری مدیرعامل سازمان توسعه و نوسازی معادن گفت که طرح آماده است.")
    assert officials(doc) == {(key("بهرام نادری"), key("مدیرعامل سازمان توسعه و نوسازی معادن"))}


def test_a_portfolio_that_is_a_place_closes_the_name_before_and(every_nlp):
    doc = every_nlp("علی رضایی مشاور امنیت ملی آمریکا و منتقد همیشگی برجام گفت که توافق بد است.")
    assert officials(doc) == {(key("علی رضایی"), key("مشاور امنیت ملی آمریکا"))}
    assert not any(title.startswith(key("مشاور امنیت ملی آمریکا و")) for title in titles(doc))


def test_a_list_of_place_portfolios_still_makes_one_title(every_nlp):
    doc = every_nlp("علی رضایی معاون آمریکا و اروپا وزارت خارجه گفت که کار تمام است.")
    assert officials(doc) == {(key("علی رضایی"), key("معاون آمریکا و اروپا وزارت خارجه"))}


def test_a_country_after_a_portfolio_is_the_offices_place(every_nlp):
    doc = every_nlp("جیمز براون وزیر امور خارجه آمریکا حمله روسیه را محکوم کرد.")
    assert officials(doc) == {(key("جیمز براون"), key("وزیر امور خارجه آمریکا"))}


def test_a_country_after_a_portfolio_is_not_another_portfolio(every_nlp):
    doc = every_nlp("جیمز براون وزیر امور خارجه آمریکا تلاش روسیه را محکوم کرد.")
    assert key("وزیر امور خارجه آمریکا تلاش روسیه") not in titles(doc)
    assert (key("جیمز براون"), key("وزیر امور خارجه آمریکا")) in officials(doc)


@pytest.mark.parametrize("name, title", [
    ("علی رضایی", "وزیر تجارت داخلی سوریه"),
    ("حسن کریمی", "وزیر بازرگانی خارجی چین"),
])
def test_a_ministers_portfolio_takes_its_adjective_before_the_country(every_nlp, name, title):
    doc = every_nlp(f"{name} {title} گفت که قیمت‌ها ثابت می‌ماند.")
    assert officials(doc) == {(key(name), key(title))}


def test_a_ministers_title_takes_no_noun_before_a_place(every_nlp):
    doc = every_nlp("علی رضایی وزیر نیرو بابت قطعی برق تهران عذرخواهی کرد.")
    assert officials(doc) == {(key("علی رضایی"), key("وزیر نیرو"))}

"""An unnamed person the narration introduces («با مردی که … کار می‌کند») is the referent of a later «این مرد» or
«او», not the last person the text named (issue 13, round 30)."""

from __future__ import annotations

_MET = ("حسن روحانی گفت که بازار آرام است.\n"
        "در کنار بازار با مردی که در آنجا کفش می‌دوزد، گفتگو کردیم.\n"
        "این مرد گفت که بازار شلوغ است.\n"
        "او گفت که مشتری کم است.")


def test_a_description_and_a_pronoun_take_the_introduced_person(either_nlp):
    quotes = either_nlp(_MET).quotes
    assert [q.speaker for q in quotes] == ["حسن روحانی", "مردی که در آنجا کفش می‌دوزد",
                                           "مردی که در آنجا کفش می‌دوزد"]
    assert "speaker:description→antecedent+narration→introduced-person" in quotes[1].evidence


def test_an_introduction_opening_a_clause_after_a_comma(either_nlp):
    text = ("حسن روحانی گفت که بازار آرام است.\nکنار خیابان، جوان کفاشی مشغول کار است.\n"
            "این جوان گفت که مشتری کم است.")
    assert [q.speaker for q in either_nlp(text).quotes] == ["حسن روحانی", "جوان کفاشی"]


def test_any_person_is_no_introduction(either_nlp):
    """«هر مردی که …»: any person, not one met; «این مقام» still continues the speaker."""
    text = ("حسن روحانی گفت که بازار آرام است.\nهر مردی که کار می‌کند، حق دارد.\n"
            "این مقام گفت که مشتری کم است.")
    assert [q.speaker for q in either_nlp(text).quotes] == ["حسن روحانی", "حسن روحانی"]


def test_a_person_met_in_the_quoting_sentence_is_no_introduction(either_nlp):
    """«وی در دیدار با زنی که … گفت»: the speaker goes on; the woman is no referent of the next «وی»."""
    text = ("حسن روحانی در دیدار با زنی که فرزندش را از دست داده است، گفت: باید صبور بود.\n"
            "وی افزود که بازار آرام است.")
    assert [q.speaker for q in either_nlp(text).quotes] == ["حسن روحانی", "حسن روحانی"]


def test_a_person_inside_a_quote_is_no_introduction(either_nlp):
    text = ("حسن روحانی گفت: «با مردی که در آنجا کفش می‌دوزد، صحبت کردم.»\n"
            "او گفت که بازار آرام است.")
    assert [q.speaker for q in either_nlp(text).quotes] == ["حسن روحانی", "حسن روحانی"]

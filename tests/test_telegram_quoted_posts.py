"""A post that quotes another post under a label line («پست ترامپ، ترجمه ماشین:»): the statement is the whole
quoted post, paragraph after paragraph, up to its sign-off (issue 13, class 7; rule ``content:quoted-post``).

Golden cases are patterns seen in the telegram-dev channels, rewritten; each rule has a negative case.
"""

from __future__ import annotations

import pytest

import persianews

from .posts import post_quotes_with_evidence

QUOTED = ("پست ترامپ، ترجمه ماشین:\nایران باید هرچه زودتر به توافق برسد.\n"
          "اگر این کار را نکنند، پاسخ ما بسیار سخت خواهد بود!\nاز توجه شما سپاسگزارم!\n")


@pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
def nlp(request):
    return persianews.load(entities={"tagger": request.param})


quotes = post_quotes_with_evidence


@pytest.mark.parametrize("sign_off", ["realDonaldTrump\n📡\n", "📡\n", "Iran must make a deal, FAST!\n"])
def test_a_quoted_post_runs_over_its_paragraphs_to_its_sign_off(nlp, sign_off):
    ((speaker, content, evidence),) = quotes(nlp, QUOTED + sign_off + "@example_news")
    assert speaker == "ترامپ"
    assert content == QUOTED.split("\n", 1)[1].rstrip("\n")
    assert evidence[:2] == ("cue:headline-medium", "content:quoted-post")


def test_a_quoted_post_stops_at_the_next_label_line(nlp):
    text = QUOTED + "پست‌های بعدی:\nاین متن دیگری است که ادامه دارد.\n@example_news"
    found = quotes(nlp, text)
    assert "این متن دیگری" not in found[0][1]


def test_a_label_with_words_after_it_keeps_a_one_paragraph_statement(nlp):
    text = "پست ترامپ: ایران باید هرچه زودتر به توافق برسد.\nاین خبر دیگری است که ادامه دارد.\n@example_news"
    ((_, content, evidence),) = quotes(nlp, text)
    assert content == "ایران باید هرچه زودتر به توافق برسد."
    assert "content:quoted-post" not in evidence


def test_a_speaker_line_that_is_no_label_is_no_quoted_post(nlp):
    text = "سخنگوی ارتش:\nحمله‌ای در کار نبوده است.\nاین خبر دیگری است که ادامه دارد.\n@example_news"
    assert all("content:quoted-post" not in evidence for _, _, evidence in quotes(nlp, text))

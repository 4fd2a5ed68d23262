"""An interview in a post: the asker's role line (``خبرنگار …:``, ``مجری …:``) is never linked to the answerer;
the asker's question is no quote.

Examples written for these tests; both pipelines.
"""

from __future__ import annotations

from persianews.readers.telegram_text import read_telegram_text


def speakers(nlp, post: str) -> list[str | None]:
    (article,) = read_telegram_text(post + "\n@some_channel\n", "posts.txt")
    return [q.speaker for q in nlp(article).quotes]


QUESTION = "خبرنگار فاکس‌نیوز: اگر دوباره عقب‌نشینی کنند و زیر توافق بزنند، کارشان تمام است؟"
REMARK = "خبرنگار فاکس‌نیوز: اوضاع در تنگه هرمز امروز آرام است."
ANSWER = "ترامپ: تنگه هرمز به‌زودی باز خواهد شد و مذاکرات خوب پیش می‌رود."


def test_the_reporters_remark_after_an_answer_stays_the_reporters(either_nlp):
    assert speakers(either_nlp, ANSWER + "\n" + REMARK) == ["ترامپ", "خبرنگار فاکس‌نیوز"]


def test_the_reporters_remark_before_an_answer_stays_the_reporters(either_nlp):
    assert speakers(either_nlp, REMARK + "\n" + ANSWER)[:2] == ["خبرنگار فاکس‌نیوز", "ترامپ"]


def test_the_reporters_question_is_no_quote_and_never_the_answerers(either_nlp):
    """An interviewer's question is no statement (see tests/test_telegram_answers.py)."""
    assert speakers(either_nlp, QUESTION + "\n" + ANSWER) == ["ترامپ"]
    assert speakers(either_nlp, ANSWER + "\n" + QUESTION) == ["ترامپ"]


def test_another_title_beside_a_name_in_the_chain_is_still_that_name(either_nlp):
    post = ("استاندار تهران: مدارس فردا تعطیل است و ادارات نیمه‌وقت کار می‌کنند.\n"
            "محسن منصوری: این تصمیم برای کاهش مصرف برق گرفته شد.")
    assert speakers(either_nlp, post) == ["محسن منصوری", "محسن منصوری"]


def test_in_news_a_projects_lead_is_still_linked_to_the_name(either_nlp):
    text = ("پژوهشگران دانشگاه روش تازه‌ای برای تصفیه آب ابداع کردند.\n\n"
            "مریم احمدی مجری این طرح گفت: این روش هزینه تصفیه را نصف می‌کند.\n\n"
            "مجری طرح افزود: نمونه صنعتی آن سال آینده ساخته می‌شود.\n\n"
            "احمدی تصریح کرد: همکاری صنایع برای ادامه کار لازم است.")
    assert {q.speaker for q in either_nlp(text).quotes} == {"مریم احمدی"}


TURN = "خبرنگار: هزینه ساخت این سد در دو سال گذشته سه برابر شده است."
ASKED_TURN = "خبرنگار: آیا هزینه ساخت این سد در دو سال گذشته سه برابر شده است؟"
REPLY = "وزیر نیرو: این افزایش به خاطر تورم بوده و کار طبق برنامه پیش می‌رود."


def test_an_interviewers_statement_over_the_next_turn_is_the_interviewers_quote(either_nlp):
    """``subject:interviewer``: the interviewer's word alone before the colon, a statement, the next turn under it."""
    (article,) = read_telegram_text(TURN + "\n" + REPLY + "\n@some_channel\n", "posts.txt")
    quotes = either_nlp(article).quotes
    assert [q.speaker for q in quotes] == ["خبرنگار", "وزیر نیرو"]
    assert quotes[0].content.text.startswith("هزینه ساخت این سد") and "subject:interviewer" in quotes[0].evidence


def test_an_interviewers_question_or_a_turn_with_no_answer_is_no_quote(either_nlp):
    """A question over the next turn, a statement with no turn under it, a credit line: the word stays a label."""
    assert speakers(either_nlp, ASKED_TURN + "\n" + REPLY) == ["وزیر نیرو"]
    assert speakers(either_nlp, "سد تازه امروز افتتاح شد و آب سه شهر را تامین می‌کند.\n" + TURN) == []
    assert speakers(either_nlp, "سد تازه امروز افتتاح شد و آب سه شهر را تامین می‌کند.\nخبرنگار: مریم احمدی نوری") == []

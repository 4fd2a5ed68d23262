"""A description, then the name it describes, as a quote's subject (rule ``speaker:words-described-name``): the
speaker is the one named — a person after a title and a word no title takes («سناتور کهنه‌کار …»), an outlet after a
word for an outlet or a medium («روزنامه آمریکایی …», «اینفوگرافیک …»). Not a person after a word that ties someone to
them («سخنگوی ترامپ»), nor an organisation after a head that makes a title of it («سخنگوی وزارت خارجه»), nor an owner
after «رادیو». Also: «کمیسر …» is a title, linked to the person the post names after it.

Examples written for these tests (patterns of the telegram-dev channels, not their text); both pipelines.
"""

from __future__ import annotations

import pytest

from tests.posts import post_speakers as speakers


@pytest.mark.parametrize("post, speaker", [
    ("سناتور کهنه‌کار لیندسی گراهام: اگر توافقی امضا شود باید به تصویب کنگره برسد", "لیندسی گراهام"),
    ("روزنامه آمریکایی نیویورک تایمز گزارش داد که مذاکرات دو کشور هفته آینده ادامه می‌یابد.", "نیویورک تایمز"),
    ("شبکه قطری الجزیره گزارش داد که آتش‌بس در غزه از امشب اجرا می‌شود.", "الجزیره"),
])
def test_the_speaker_is_the_one_the_description_names(either_nlp, post, speaker):
    assert speakers(either_nlp, post) == [(speaker, ["speaker:words-described-name"])]


def test_a_title_with_a_party_word_names_its_holder(either_nlp):
    """«سناتور جمهوری‌خواه» is a title (a party word is a title modifier): its holder is the speaker as an entity."""
    post = "سناتور جمهوری‌خواه لیندسی گراهام: اگر توافقی امضا شود باید به تصویب کنگره برسد"
    assert speakers(either_nlp, post) == [("لیندسی گراهام", ["speaker:entity-cluster"])]


@pytest.mark.parametrize("post, speaker", [
    ("سخنگوی ترامپ گفت که رئیس‌جمهور هفته آینده به اروپا سفر می‌کند.", "سخنگوی ترامپ"),
    ("سخنگوی وزارت خارجه گفت که مذاکرات هفته آینده در مسقط ادامه می‌یابد.", "سخنگوی وزارت خارجه"),
    ("وکیل محمد رضایی گفت که پرونده موکلش هفته آینده بررسی می‌شود.", "وکیل محمد رضایی"),
])
def test_a_tie_or_a_title_of_an_organisation_keeps_the_description(either_nlp, post, speaker):
    found = speakers(either_nlp, post)
    assert [s for s, _ in found] == [speaker]
    assert all("speaker:words-described-name" not in rules for _, rules in found)


def test_a_commissioner_is_a_title_linked_to_the_person_named_after_it(either_nlp):
    post = ("کمیسر عالی حقوق بشر سازمان ملل متحد اعلام کرد که دست‌کم ۵۰ نفر بازداشت شده‌اند. "
            "ولکر تورک همچنین یادآور شد که از این تعداد ۲۰ نفر دانشجو هستند.")
    assert [s for s, _ in speakers(either_nlp, post)] == ["ولکر تورک", "ولکر تورک"]


@pytest.mark.parametrize("label", ["بروزرسانی", "به‌روزرسانی", "آپدیت"])
def test_an_update_label_is_no_speaker(either_nlp, label):
    post = f"قطعی اینترنت در چند شهر\n{label}: سرعت اینترنت همراه در چند شهر بهتر شده و مشکل برطرف شده است."
    assert all(speaker != label for speaker, _ in speakers(either_nlp, post))


def test_a_speaker_line_with_a_name_is_still_a_quote(either_nlp):
    post = "قطعی اینترنت در چند شهر\nسخنگوی وزارت ارتباطات: سرعت اینترنت همراه در چند شهر بهتر شده است."
    assert [s for s, _ in speakers(either_nlp, post)] == ["سخنگوی وزارت ارتباطات"]


@pytest.mark.parametrize("bullet", ["◾️", "▪️", "🔸", "◽"])
def test_a_pronoun_after_a_bullet_line_continues_the_speaker(either_nlp, bullet):
    post = f"🔸\nوزیر نیرو گفت که آب کافی است.\n{bullet}\nوی افزود که سدها پر شده‌اند."
    assert [s for s, _ in speakers(either_nlp, post)] == ["وزیر نیرو", "وزیر نیرو"]


def test_no_bullet_or_emoji_mark_stays_in_a_speaker(either_nlp):
    post = "◾️\nمقام‌های محلی گفتند که جاده باز است.\n◾️\nکارشناسان هواشناسی گفتند که باران ادامه دارد."
    found = [s for s, _ in speakers(either_nlp, post)]
    assert found and all(s and s[0] not in "◾\ufe0f\n" for s in found)


def test_a_title_after_a_medium_word_keeps_its_holder(either_nlp):
    post = "اظهارات سخنگوی وزارت خارجه قطر نشان داد که گفت‌وگوها ادامه دارد. اظهارات سخنگوی وزارت خارجه قطر تأکید کرد که مذاکرات ادامه دارد."
    assert all(s != "وزارت خارجه قطر" for s, _ in speakers(either_nlp, post))


@pytest.mark.parametrize("post, title", [
    ("در این دیدار سفیر چین در تهران گفت که روابط دو کشور راهبردی است. پکن بارها تاکید کرده که از تهران حمایت می‌کند.",
     "سفیر چین در تهران"),
    ("سخنگوی انصارالله گفت که حملات ادامه خواهد داشت.\nیمن اعلام کرد که کشتی‌ها هدف قرار گرفته‌اند. مردم یمن جمع شدند.",
     "سخنگوی انصارالله"),
])
def test_a_title_is_not_given_a_place_for_a_name(either_nlp, post, title):
    assert [s for s, _ in speakers(either_nlp, post)][0] == title


def test_a_title_next_to_a_bare_name_still_takes_it(either_nlp):
    post = "فرماندار البرز گفت که آب شهر تأمین است. غفوری تصریح کرد که طرح‌ها ادامه دارد."
    assert [s for s, _ in speakers(either_nlp, post)] == ["غفوری", "غفوری"]

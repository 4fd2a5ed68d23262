"""How the linker pairs a title with its person: apposition after «TITLE،», a title not yet held, a headline's
person."""

from __future__ import annotations

import pytest

from .test_officials import officials, pairs


@pytest.mark.parametrize("text, expected", [
    # the name closes its sentence
    ("عراقچی امروز تلفنی گفت‌وگو کرد با رئیس‌جمهور روسیه، ولادیمیر پوتین.",
     ("ولادیمیر پوتین", "رئیس‌جمهور روسیه")),
    # the title opens its sentence: its subject
    ("سخنگوی وزارت امور خارجه، اسماعیل بقایی در نشست هفتگی گفت: مذاکرات ادامه دارد.",
     ("اسماعیل بقایی", "سخنگوی وزارت امور خارجه")),
])
def test_a_name_after_a_title_and_a_comma_holds_it(every_nlp, text, expected):
    assert expected[0] in {o.name for o in every_nlp(text).officials}
    assert pairs(expected) <= officials(every_nlp(text))


@pytest.mark.parametrize("text, name", [
    # a title in a phrase before the subject: the name after the comma is the subject, not the title's
    ("در دیدار با وزیر امور خارجه عمان، عباس عراقچی گفت: روابط خوب است.", "عباس عراقچی"),
    # a list after a title in the middle of its sentence
    ("نشست با حضور وزیر کشور، عباس عراقچی و محمدجواد ظریف برگزار شد.", "عباس عراقچی"),
])
def test_a_name_after_a_comma_is_not_always_the_titles(every_nlp, text, name):
    doc = every_nlp(text)
    assert name not in {o.name for o in doc.officials}
    assert name in {e.text for e in doc.entities if e.label == "PERSON"}  # the person is still found


@pytest.mark.parametrize("text, name", [
    ("اگر جو بایدن رئیس‌جمهور شود، روابط تغییر خواهد کرد.", "جو بایدن"),
    ("گفته می‌شود محمدجواد ظریف وزیر امور خارجه خواهد شد.", "محمدجواد ظریف"),
])
def test_a_title_not_yet_held_is_no_ones(every_nlp, text, name):
    doc = every_nlp(text)
    assert not doc.officials
    assert name in {e.text for e in doc.entities if e.label == "PERSON"}  # the person is still found


def _post(either_nlp, text):
    from persianews.readers.telegram_text import read_telegram_text

    (article,) = read_telegram_text(text + "\n@some_channel\n", "posts.txt")
    return either_nlp(article)


def test_the_person_a_headline_is_about_holds_the_title_the_body_opens_with(either_nlp):
    doc = _post(either_nlp, "پزشکیان به مشهد سفر کرد\n🔹\nرئیس‌جمهور به‌منظور زیارت حرم امام رضا وارد شهر مشهد شد.")
    assert officials(doc) == pairs(("پزشکیان", "رئیس‌جمهور"))


def test_a_speaker_the_body_opens_with_is_not_the_headline_person(either_nlp):
    doc = _post(either_nlp, "پزشکیان به مشهد سفر کرد\n🔹\nاستاندار خراسان رضوی گفت: این سفر مهم است.")
    assert not officials(doc)
    assert [q.speaker for q in doc.quotes] == ["استاندار خراسان رضوی"]  # the host still speaks


@pytest.mark.parametrize("text, expected", [
    ("نتانیاهو کابینه را به جلسه فراخواند\n🔹\nنخست‌وزیر در آغاز جلسه گفت: ما آماده‌ایم.",
     ("نتانیاهو", "نخست‌وزیر")),
    ("پزشکیان از کارخانه بازدید کرد\n🔹\nرئیس‌جمهور مدعی شد که تولید دو برابر شده است.",
     ("پزشکیان", "رئیس‌جمهور")),
])
def test_the_headline_person_holds_a_bare_role_the_body_opens_with_as_a_speaker(either_nlp, text, expected):
    assert officials(_post(either_nlp, text)) == pairs(expected)


@pytest.mark.parametrize("text, speaker", [
    ("پزشکیان از کارخانه بازدید کرد\n🔹\nسخنگوی وزارت امور خارجه گفت: این سفر مهم است.", "سخنگوی وزارت امور خارجه"),
    ("پزشکیان از کارخانه بازدید کرد\n🔹\nمدیرعامل شرکت فولاد مبارکه گفت: تولید دو برابر شده است.",
     "مدیرعامل شرکت فولاد مبارکه"),
])
def test_a_speaker_the_body_opens_with_by_an_office_of_a_body_is_not_the_headline_person(either_nlp, text, speaker):
    doc = _post(either_nlp, text)
    assert not officials(doc)
    assert [q.speaker for q in doc.quotes] == [speaker]  # the office still speaks


@pytest.mark.parametrize("text, expected", [
    ("محمدجواد ظریف، عضو شورای مرکزی حزب اعتماد ملی و سخنگوی وزارت امور خارجه گفت: مذاکره ادامه دارد.",
     ("محمدجواد ظریف", "سخنگوی وزارت امور خارجه")),
    # one role, two organisations: one may head both
    ("محمدجواد ظریف رئیس سازمان سینمایی و رئیس شورای سیاست‌گذاری جشنواره فیلم فجر گفت: جشنواره برگزار می‌شود.",
     ("محمدجواد ظریف", "رئیس شورای سیاست‌گذاری جشنواره فیلم فجر")),
    # a city and its province: one region
    ("سید احمد علم‌الهدی امام‌جمعه مشهد و نماینده ولی‌فقیه در استان خراسان رضوی گفت: مراسم برگزار می‌شود.",
     ("سید احمد علم‌الهدی", "نماینده ولی‌فقیه در استان خراسان رضوی")),
])
def test_a_title_joined_by_and_is_held_too(every_nlp, text, expected):
    assert pairs(expected) <= officials(every_nlp(text))


@pytest.mark.parametrize("text, title", [
    ("محمدجواد ظریف وزیر امور خارجه ایران و وزیر امور خارجه روسیه سرگئی لاوروف دیدار کردند.", "وزیر امور خارجه روسیه"),
    # no place, two roles: the name after the second title holds it
    ("محمدجواد ظریف عضو شورای مرکزی حزب اعتماد ملی و دبیرکل خانه کارگر عباس عراقچی دیدار کردند.",
     "دبیرکل خانه کارگر"),
])
def test_a_title_joined_by_and_before_another_name_is_that_names(every_nlp, text, title):
    assert pairs(("محمدجواد ظریف", title)).isdisjoint(officials(every_nlp(text)))


@pytest.mark.parametrize("text, name, title", [
    # two places: two offices, two people
    ("محمدجواد ظریف وزیر امور خارجه ایران و وزیر امور خارجه روسیه در مسکو دیدار کردند.",
     "محمدجواد ظریف", "وزیر امور خارجه روسیه"),
    ("آنگلا مرکل صدراعظم آلمان و رئیس جمهور فرانسه دیدار کردند.", "آنگلا مرکل", "رئیس جمهور فرانسه"),
    # the same role twice: two people
    ("علی لاریجانی وزیر ارشاد و وزیر کشور در جلسه شرکت کردند.", "علی لاریجانی", "وزیر کشور"),
])
def test_a_title_joined_by_and_to_another_office_is_not_held_too(every_nlp, text, name, title):
    assert pairs((name, title)).isdisjoint(officials(every_nlp(text)))


def test_a_coordinated_title_keeps_the_title_held_directly(every_nlp):
    doc = every_nlp("علی ربیعی، سخنگوی دولت و سخنگوی ستاد ملی مقابله با کرونا گفت: تست منفی بود.")
    assert pairs(("علی ربیعی", "سخنگوی دولت")) <= officials(doc)


def test_a_headline_with_two_people_gives_the_body_title_to_neither(either_nlp):
    doc = _post(either_nlp, "ترامپ با پوتین دیدار کرد\n🔹\nرئیس‌جمهور روسیه به‌منظور دیدار وارد شهر آنکوریج شد.")
    assert pairs(("ترامپ", "رئیس‌جمهور روسیه")).isdisjoint(officials(doc))


def test_a_headline_person_does_not_take_an_office_of_another_place(either_nlp):
    doc = _post(either_nlp, "پزشکیان به مشهد سفر کرد\n🔹\n"
                            "استاندار خراسان رضوی به‌منظور استقبال وارد فرودگاه شهر مشهد شد.")
    assert not officials(doc)


def test_a_title_after_a_source_phrase_is_not_the_subject(every_nlp):
    doc = every_nlp("به گفته وزیر کشور، عباس عراقچی فردا به مسکو می‌رود.")
    assert "عباس عراقچی" not in {o.name for o in doc.officials}


@pytest.mark.parametrize("text", [
    "گفته می‌شود محمدجواد ظریف وزیر امور خارجه نخواهد شد.",
    "گفته می‌شود محمدجواد ظریف و عباس عراقچی وزیر امور خارجه خواهند شد.",
])
def test_a_title_in_a_negative_or_plural_future_is_no_ones(every_nlp, text):
    assert not every_nlp(text).officials


def test_a_name_in_an_object_phrase_does_not_hold_the_subject_title(every_nlp):
    doc = every_nlp("رئیس‌جمهور وقت، علی دایی و همسرش را برکنار کرد.")
    assert "علی دایی" not in {o.name for o in doc.officials}


@pytest.mark.parametrize("text, expected", [
    # the headline's one title, after a verbal noun, is its subject: the body's first name holds it
    ("بازدید وزیر بهداشت از بیمارستان شهر\n🔹\nعلی کریمی در این بازدید گفت: کار خوب است.",
     ("علی کریمی", "وزیر بهداشت")),
    ("پیام تبریک سخنگوی دولت به دانش‌آموزان\n🔹\nعلی کریمی: سال تحصیلی را تبریک می‌گویم.",
     ("علی کریمی", "سخنگوی دولت")),
])
def test_a_headline_titles_holder_is_the_name_the_body_opens_with(either_nlp, text, expected):
    assert officials(_post(either_nlp, text)) == pairs(expected)


@pytest.mark.parametrize("text", [
    # a title after a preposition is another's partner, not the subject
    "دیدار علما با وزیر بهداشت در شهر\n🔹\nعلی کریمی در این دیدار گفت: کار خوب است.",
    # a name in a picture's credit took the picture
    "بازدید وزیر بهداشت از بیمارستان شهر\n📷\nعکس:\nعلی کریمی",
    "وزیر بهداشت از بیمارستان شهر بازدید کرد\n📷\nعکس: علی کریمی",
])
def test_a_headline_title_is_not_held_by_a_name_after_a_preposition_or_in_a_credit(either_nlp, text):
    doc = _post(either_nlp, text)
    assert not officials(doc)
    found = {(e.text, e.label) for e in doc.entities}  # the title and the name are still found, unlinked
    assert {("وزیر بهداشت", "TITLE"), ("علی کریمی", "PERSON")} <= found


def test_an_articles_headline_title_is_not_held_by_the_name_its_body_opens_with(either_nlp, tmp_path):
    """An article's body may open with another who speaks of the headline's office holder."""
    import json

    from persianews.readers import read_records

    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"title": "بازدید وزیر بهداشت از بیمارستان شهر",
                                "text": "علی کریمی در این بازدید گفت: کار خوب است."}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    (article,) = read_records([str(path)])
    doc = either_nlp(article)
    assert not officials(doc)
    assert [(q.speaker, q.content.text) for q in doc.quotes] == [("علی کریمی", "کار خوب است.")]


@pytest.mark.parametrize("text, expected", [
    ("گفت‌وگوی تلفنی عراقچی با لاوروف\n🔹\nوزیر امور خارجه ایران و وزیر امور خارجه روسیه در تماسی تلفنی "
     "درباره تحولات منطقه گفت‌وگو کردند.",
     {("عراقچی", "وزیر امور خارجه ایران"), ("لاوروف", "وزیر امور خارجه روسیه")}),
    ("دیدار پزشکیان و اردوغان در آنکارا\n🔹\nرئیس‌جمهور ایران و رئیس‌جمهور ترکیه امروز در آنکارا دیدار کردند.",
     {("پزشکیان", "رئیس‌جمهور ایران"), ("اردوغان", "رئیس‌جمهور ترکیه")}),
])
def test_a_headline_couple_holds_the_two_titles_the_body_opens_with_in_order(either_nlp, text, expected):
    assert pairs(*expected) <= officials(_post(either_nlp, text))


@pytest.mark.parametrize("text, pair, kept", [
    # the second title is the name's right after it
    ("گفت‌وگوی تلفنی عراقچی با ولادیمیر پوتین\n🔹\nوزیر امور خارجه ایران و وزیر امور خارجه روسیه سرگئی لاوروف "
     "در تماسی تلفنی گفت‌وگو کردند.", ("ولادیمیر پوتین", "وزیر امور خارجه روسیه"),
     {("سرگئی لاوروف", "وزیر امور خارجه روسیه")}),
    # the two people are not joined by «با» or «و»: the headline is about neither pair
    ("انتقاد عراقچی از سخنان لاوروف\n🔹\nوزیر امور خارجه ایران و وزیر امور خارجه روسیه امروز سخن گفتند.",
     ("لاوروف", "وزیر امور خارجه روسیه"), set()),
    # the body opens with a sentence of its own before the titles
    ("گفت‌وگوی تلفنی عراقچی با لاوروف\n🔹\nاین تماس دیروز انجام شد و وزیر امور خارجه ایران و وزیر امور خارجه "
     "روسیه گفت‌وگو کردند.", ("لاوروف", "وزیر امور خارجه روسیه"), set()),
])
def test_a_headline_couple_does_not_take_titles_not_opening_the_body_as_a_pair(either_nlp, text, pair, kept):
    doc = _post(either_nlp, text)
    assert officials(doc) == pairs(*kept)
    # the two people and the two titles are all found: only the pairing is refused
    found = {(e.label, e.text) for e in doc.entities}
    assert {("PERSON", "عراقچی"), ("PERSON", pair[0]), ("TITLE", "وزیر امور خارجه ایران"),
            ("TITLE", pair[1])} <= found


@pytest.mark.parametrize("text, speaker", [
    ("خبرنگار از ترامپ درباره تحریم‌ها پرسید:\nآقای رئیس‌جمهور، آیا این توافق شامل رفع تحریم‌ها می‌شود؟\n"
     "ترامپ:\nخیر، اینطور نیست.", "ترامپ"),
    ("مجری:\nآیا این درست است، آقای رئیس‌جمهور؟\nدونالد ترامپ:\nتا جایی که به ما مربوط است، باز است.",
     "دونالد ترامپ"),
])
def test_a_title_spoken_to_is_no_subject(either_nlp, text, speaker):
    doc = _post(either_nlp, text)
    assert not officials(doc)
    assert ("TITLE", "رئیس‌جمهور") in {(e.label, e.text) for e in doc.entities}
    assert [q.speaker for q in doc.quotes] == [speaker]


def test_a_title_after_a_word_of_address_that_is_not_spoken_to_is_a_subject(either_nlp):
    doc = _post(either_nlp, "پزشکیان به مشهد سفر کرد\n🔹\nآقای رئیس‌جمهور به‌منظور زیارت حرم امام رضا وارد شهر مشهد شد.")
    assert officials(doc) == pairs(("پزشکیان", "رئیس‌جمهور"))

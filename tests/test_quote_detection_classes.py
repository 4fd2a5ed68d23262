"""News quote detection by class (issue 13, round 11): each rule with a golden case and what must not match, in
the default pipeline and with the rules alone (no tagger)."""

from __future__ import annotations

import pytest

import persianews


@pytest.fixture(scope="module", params=["default", "rules-alone"])
def nlp(request):
    return persianews.load() if request.param == "default" else persianews.load(entities={"tagger": False})


def quotes(doc) -> list[tuple[str, str, str]]:
    """(content, cue, construction rule) of each quote."""
    return [(q.content.text, q.cue.text if q.cue else "", q.evidence[0]) for q in doc.quotes]


@pytest.mark.parametrize("text, content", [
    ("وزارت کشور این تجمع را غیرقانونی اعلام کرد.", "این تجمع را غیرقانونی"),
    ("دولت این منطقه را به عنوان منطقه حائل اعلام کرد.", "این منطقه را به عنوان منطقه حائل"),
    ("وزارت ارشاد اکران فیلم را به دلیل تاثیر منفی روی جوانان ممنوع اعلام کرد.",
     "اکران فیلم را به دلیل تاثیر منفی روی جوانان ممنوع"),
])
def test_an_object_declared_to_be_something_is_a_deem_quote(nlp, text, content):
    assert (content, "اعلام کرد", "cue:indirect-deem") in quotes(nlp(text))


@pytest.mark.parametrize("text, rule, kept", [
    # «بر» and the present of «داشتن»: a standing position, no quote
    ("لایحه حمایت از کودکان بر منع کار کودکان زیر پانزده سال تأکید دارد و وزیر کار گفت که اجرای آن آغاز شده است.",
     "cue:indirect-on", "اجرای آن آغاز شده است."),
    ("مقام‌های دو کشور بر ادامه گفت‌وگوها تاکید دارند و سخنگو افزود که دور بعد در ژنو است.", "cue:indirect-on",
     "دور بعد در ژنو است."),
    ("شورای شهر بر حفظ باغ‌های قدیمی اصرار دارد و شهردار گفت که طرح متوقف شده است.", "cue:indirect-on",
     "طرح متوقف شده است."),
    # «اعلام کرد» and the subject's own stance or act: no proposition declared
    ("وزیر خارجه آمادگی خود را برای کمک به ازسرگیری مذاکرات دو کشور اعلام کرد و افزود که هیئتی اعزام می‌شود.",
     "cue:indirect-deem", "هیئتی اعزام می‌شود."),
    ("رئیس هیئت در نشست امروز کناره‌گیری خود را از این سمت اعلام کرد و گفت که دلایلش را بعدا می‌گوید.",
     "cue:indirect-deem", "دلایلش را بعدا می‌گوید."),
])
def test_no_quote_of_a_standing_emphasis_nor_of_an_announced_own_stance(nlp, text, rule, kept):
    found = quotes(nlp(text))
    assert rule not in [found_rule for _, _, found_rule in found]
    assert kept in [content for content, _, _ in found]


@pytest.mark.parametrize("text, content, cue", [
    ("وزیر کشور بر لزوم همکاری دستگاه‌ها تأکید کرد.", "لزوم همکاری دستگاه‌ها", "تأکید کرد"),
    ("رئیس سازمان در پیام‌های اخیر بر حفظ منابع آبی تأکید داشته است.", "حفظ منابع آبی", "تأکید داشته است"),
    ("اعضای شورا در جلسه دیروز بر لزوم بازسازی مدارس تأکید داشتند.", "لزوم بازسازی مدارس", "تأکید داشتند"),
])
def test_an_act_of_emphasis_on_a_topic_stays_a_quote(nlp, text, content, cue):
    assert (content, cue, "cue:indirect-on") in quotes(nlp(text))


@pytest.mark.parametrize("text, content", [
    ("سخنگوی ستاد، شمار بیماران بستری خود را ۱۲ نفر اعلام کرد.", "بیماران بستری خود را 12 نفر"),
    ("دادستان این اقدام را برخلاف قانون اعلام کرد.", "این اقدام را برخلاف قانون"),
])
def test_a_value_or_a_predicate_after_the_object_stays_a_deem_quote(nlp, text, content):
    assert any(found.endswith(content) and rule == "cue:indirect-deem" for found, _, rule in quotes(nlp(text)))


@pytest.mark.parametrize("text", [
    "بانک مرکزی نرخ ۴۷ ارز را برای امروز اعلام کرد.",
    "سخنگوی ستاد آمار مبتلایان را تا بیستم اسفند اعلام کرد.",
    "کمیته انضباطی نتیجه بررسی را به باشگاه اعلام کرد.",
    "نمایندگان موافقت خود را با این طرح اعلام کردند.",
    "حزب موضع خود را بارها نسبت به این قانون اعلام کرده است.",
])
def test_an_object_announced_to_someone_or_until_a_date_is_no_deem_quote(nlp, text):
    assert "cue:indirect-deem" not in [q[2] for q in quotes(nlp(text))]


@pytest.mark.parametrize("text, content, cue", [
    ("رئیس دانشگاه با تاکید براینکه کلاس‌ها از شنبه حضوری است، گفت: دانشجویان آماده باشند.",
     "کلاس‌ها از شنبه حضوری است", "تاکید"),
    ("وزیر با اشاره به\u200cاینکه ثبت‌نام آغاز شده است، افزود: مردم صبور باشند.", "ثبت‌نام آغاز شده است", "اشاره"),
    # «با» glued to the noun («بابیان اینکه»: 12 in news-dev, news-dev-2 and telegram-dev)
    ("مدیرکل دارو بابیان اینکه در تأمین داروهای وارداتی مشکلی نداریم، گفت: داروها در دسترس است.",
     "در تأمین داروهای وارداتی مشکلی نداریم", "بیان"),
])
def test_a_participial_clause_with_the_preposition_glued_to_inke(nlp, text, content, cue):
    assert (content, cue, "cue:indirect-noun-clause") in quotes(nlp(text))


@pytest.mark.parametrize("text", [
    "وزیر با تاکید براین موضوع، گفت: دانشجویان آماده باشند.",  # a topic, no clause
    "رئیس دانشگاه براینکه کلاس‌ها حضوری باشد اصرار داشت.",  # no participle «با/ضمن NOUN»
    "بابا بیان این که خسته است را دوست نداشت.",  # «با» inside a word of its own («بابا»)
])
def test_no_participial_clause_without_the_noun_or_inke(nlp, text):
    assert "cue:indirect-noun-clause" not in [q[2] for q in quotes(nlp(text))]


def test_a_statement_runs_on_over_what_unnamed_others_say(nlp):
    text = ("نماینده مجلس تصریح کرد: عده‌ای می‌گویند جلسات ستاد باید هر روز برگزار شود. "
            "عده‌ای دیگر می‌گویند رئیس ستاد باید وزیر بهداشت باشد. روشن نیست این افراد به دنبال چه هستند.")
    doc = nlp(text)
    assert [(q.content.text, q.evidence[:2]) for q in doc.quotes if "quote:nested" not in q.evidence] == [
        (text[text.index(":") + 2:], ("cue:direct-colon", "content:over-hearsay"))]
    # each group's words are a quote of its own beside the statement (round 30; tests/test_group_reports_in_statements.py)
    assert [(q.content.text, q.speaker) for q in doc.quotes if "quote:nested" in q.evidence] == [
        ("جلسات ستاد باید هر روز برگزار شود.", "عده‌ای"), ("رئیس ستاد باید وزیر بهداشت باشد.", "عده‌ای دیگر")]


@pytest.mark.parametrize("text", [
    "وزیر نیرو گفت: مصرف آب زیاد است. برخی کارشناسان می‌گویند مصرف آب کم شده است و نگرانی وجود ندارد.",
    "وزیر نیرو گفت: مصرف آب زیاد است. عده‌ای به خبرنگار ما گفتند مصرف آب کم شده است و نگرانی وجود ندارد.",
])
def test_named_groups_or_past_reports_after_a_statement_are_no_hearsay(nlp, text):
    contents = [q.content.text for q in nlp(text).quotes]
    assert "مصرف آب زیاد است." in contents
    assert all("content:over-hearsay" not in q.evidence for q in nlp(text).quotes)


@pytest.mark.parametrize("text, cue", [
    ("وزیر نیرو گفت: مصرف آب امسال زیاد است. در حالی که ادارات دولتی معتقدند مصرف کم شده است. "
     "ما این ادعا را قبول نداریم.", "معتقدند"),
    ("وزیر نیرو گفت: مصرف آب امسال زیاد است. بعد می‌گویند که سدها پر است. ما این ادعا را قبول نداریم.",
     "می‌گویند"),
    ("وزیر نیرو گفت: مصرف آب امسال زیاد است. ما هم خواهان لوله‌کشی تازه هستیم. این طرح را "
     "اجرا می‌کنیم.", "خواهان"),
    ("وزیر نیرو گفت: مصرف آب امسال زیاد است. وقتی مدیران می‌گویند سدها پر است، کسی باور نمی‌کند.",
     "می‌گویند"),
])
def test_a_statement_runs_on_over_a_cue_in_the_present_tense(nlp, text, cue):
    doc = nlp(text)
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [(q.content.text, q.evidence[:2]) for q in direct] == [
        (text[text.index(":") + 2:], ("cue:direct-colon", "content:over-present-cue"))]
    assert cue in direct[0].content.text


@pytest.mark.parametrize("text, cue", [
    ("مربی تیم گفت: بازیکنان امسال خوب کار کردند. خیلی‌ها به من گفتند چرا تیم را عوض نکردی. "
     "ما برنامه خودمان را داشتیم.", "گفتند"),
    ("مربی تیم گفت: فصل سختی داشتیم. مشکل این است که ما به بازیکنان جوان فرصت ندادیم و برخی هواداران "
     "این تصمیم را اشتباه تلقی کردند.", "تلقی کردند"),
])
def test_a_statement_runs_on_over_a_past_cue_after_the_speakers_first_person(nlp, text, cue):
    direct = [q for q in nlp(text).quotes if q.kind == "direct"]
    assert [(q.content.text, q.evidence[:2]) for q in direct] == [
        (text[text.index(":") + 2:], ("cue:direct-colon", "content:over-first-person-cue"))]
    assert cue in direct[0].content.text


@pytest.mark.parametrize("text", [
    "مربی تیم گفت: بازیکنان امسال خوب کار کردند. مدیر باشگاه به خبرنگاران گفت که قرارداد تمدید می‌شود.",
    "مربی تیم گفت: بازیکنان امسال خوب کار کردند. در همان روز، بنیانگذار شرکت، جک ما، اعلام کرد که کمک می‌کند.",
])
def test_a_statement_stops_at_a_past_cue_with_no_first_person_of_the_speaker(nlp, text):
    direct = [q for q in nlp(text).quotes if q.kind == "direct"]
    assert [q.content.text for q in direct] == ["بازیکنان امسال خوب کار کردند."]
    assert all("content:over-first-person-cue" not in q.evidence for q in nlp(text).quotes)


@pytest.mark.parametrize("text", [
    "وزیر نیرو گفت: مصرف آب امسال زیاد است. او می‌گوید که سدها خالی است.",  # a subject of its own
    "وزیر نیرو گفت: مصرف آب امسال زیاد است. سخنگوی وزارت نیرو نیز اعلام کرد که سدها خالی است.",  # past
    "وزیر نیرو گفت: مصرف آب امسال زیاد است. مدیران آب خواستار صرفه‌جویی شدند.",  # the closer: past
    "وزیر نیرو گفت: مصرف آب امسال زیاد است. این مسئول معتقد است سدها خالی است.",  # a description
    "وزیر نیرو گفت: مصرف آب امسال زیاد است. شاهدان عینی در روستا می‌گویند سدها خالی است.",  # a main clause
    "وزیر نیرو گفت: مصرف آب امسال زیاد است. مردم روستا خواهان لوله‌کشی تازه هستند.",  # a main clause
    "وزیر نیرو گفت: مصرف آب امسال زیاد است. این در حالی است که کارشناسان معتقدند سدها پر است.",  # narrator's
])
def test_a_statement_stops_at_a_past_cue_or_a_present_one_with_a_subject(nlp, text):
    direct = [q for q in nlp(text).quotes if q.kind == "direct"]
    assert [q.content.text for q in direct] == ["مصرف آب امسال زیاد است."]
    assert all("content:over-present-cue" not in q.evidence for q in nlp(text).quotes)


@pytest.mark.parametrize("text, content", [
    ("با وجود اینکه ایران همواره اعلام کرده است برنامه هسته‌ای خود را با اهداف صلح‌آمیز پیگیری می‌کند "
     "وزیر خارجه انگلیس مدعی شد که لندن اجازه دستیابی به سلاح را نخواهد داد.",
     "برنامه هسته‌ای خود را با اهداف صلح‌آمیز پیگیری می‌کند"),
    ("سخنگوی وزارت خارجه هند گفت که دولت دهلی‌نو تمامی اظهارات رئیس جمهوری ترکیه را رد می‌کند و اعلام کرد که "
     "این منطقه بخش جدایی‌ناپذیر هند است.", "دولت دهلی‌نو تمامی اظهارات رئیس جمهوری ترکیه را رد می‌کند"),
])
def test_a_reported_clause_stops_before_the_next_report_of_its_sentence(nlp, text, content):
    found = [(q.content.text, q.evidence) for q in nlp(text).quotes]
    assert any(c == content and "content:before-next-report" in e for c, e in found)


@pytest.mark.parametrize("text", [
    "خبرگزاری روسی گزارش کرد که وزارت دفاع ارمنستان امروز اعلام کرد که ارتش همسایه به مرز حمله کرده است.",
    "بلومبرگ گزارش داد که دربار سعودی به شورای معتمدین گفته است که بازداشت‌ها برای جلوگیری از کودتا بوده است.",
    "وزیر گفت که هنوز اطلاعی نداریم ولی «کردها به طرف روس گفتند که آماده خروج هستند».",
])
def test_no_cut_where_the_next_report_is_the_clause_itself(nlp, text):
    assert all("content:before-next-report" not in q.evidence for q in nlp(text).quotes)


@pytest.mark.parametrize("text, content", [
    ("سخنگوی دولت تاکید دارد که برای عبور از این بحران همکاری مردم لازم است.",
     "برای عبور از این بحران همکاری مردم لازم است."),
    # the perfect reports the occasions it was said
    ("کارشناسان در گزارش‌های خود بر ضرورت کاهش مصرف آب تأکید داشته‌اند.", "ضرورت کاهش مصرف آب"),
])
def test_the_present_of_emphasis_reports_a_clause_or_what_bar_introduces(nlp, text, content):
    assert content in [q[0] for q in quotes(nlp(text))]


@pytest.mark.parametrize("text, expected", [
    # no «که»: no bare clause after the present
    ("سخنگوی دولت تاکید دارد مردم همکاری کنند و شرایط بهتر شود.", []),
    # «بر» and the stative present: a standing position, no quote
    ("این طرح بر دو اصل تاکید دارد.", []),
])
def test_no_bare_clause_after_the_present_of_emphasis(nlp, text, expected):
    assert [(content, rule) for content, _, rule in quotes(nlp(text))] == expected


@pytest.mark.parametrize("text", [
    "می‌توان این طرح را مهم‌ترین برنامه دولت در سال جاری دانست.",
    "این تصمیم را نباید پایان مذاکرات تلقی کرد.",
    "شاید بتوان کمبود نقدینگی را عامل اصلی این رکود دانست.",
    "بازار مسکن را باید در رکودی کم‌سابقه ارزیابی کرد.",
    "بنابراین نمی‌توان او را مسئول این شکست قلمداد کرد.",
])
def test_an_impersonal_modal_judgement_is_no_deem_quote(nlp, text):
    assert "cue:indirect-deem" not in [q[2] for q in quotes(nlp(text))]


@pytest.mark.parametrize("text, content, cue", [
    # a finite verb of judging has a subject, even after a modal elsewhere in the sentence
    ("وزیر که باید امروز در مجلس حاضر می‌شد، این طرح را مهم‌ترین برنامه دولت دانست.",
     "این طرح را مهم‌ترین برنامه دولت", "دانست"),
    ("منتقدان نگران بودند که نمی‌توان صبر کرد؛ وزیر این تأخیر را ضروری دانست.", "این تأخیر را ضروری", "دانست"),
    ("سخنگوی دولت توان دفاعی کشور را عامل بازدارندگی دانست.", "توان دفاعی کشور را عامل بازدارندگی", "دانست"),
])
def test_a_judgement_with_a_subject_stays_a_deem_quote(nlp, text, content, cue):
    assert (content, cue, "cue:indirect-deem") in quotes(nlp(text))


def test_a_list_of_sources_after_the_text_is_no_quote(nlp):
    text = ("وزیر نیرو گفت: مصرف آب امسال زیاد است.\n"
            "منابع: آرشیو روزنامه نمونه و پژوهشکده مطالعات شهری")
    assert [q.content.text for q in nlp(text).quotes] == ["مصرف آب امسال زیاد است."]

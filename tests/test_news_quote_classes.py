"""News attribution by class of error (issue 13, round 9): a statement in «…» that a one-sentence-a-line
source broke over lines; a speaker named by their tie to another person («وکیل مدافع X»).

Each class has golden cases and cases that must not change. Documents are built as in ``test_quotes.py``
(real normalizer and segmenter, hand-made entities); the examples are written for these tests.
"""

from __future__ import annotations

import attrs
import pytest

import persianews
from persianews.quotes import extract_quotes
from persianews.records import Entity, Span

from .test_quotes import folded, make_doc


@pytest.fixture(scope="module")
def prepare():
    return persianews.load(stages=("normalize", "segment"))


# ---------------------------------------------------------------- «…» over lines in a one-sentence-a-line text

_WORDS = ("«میان ما و آنها هیچ توافق پنهانی وجود ندارد.\nوزیر خارجه این را بارها گفته است.\n"
          "علی رضایی هم در جلسه حاضر بود.\n»")


def test_guillemets_closed_on_a_later_line_hold_the_whole_statement(prepare):
    """Golden: sentences inside the «…» that name a person or hold a verb of saying stay in the statement."""
    text = (f"سخنگوی وزارت نیرو گفت: {_WORDS}این واکنش پس از انتشار گزارش‌ها صورت گرفت.\n"
            "نشست دو ساعت طول کشید.")
    doc = make_doc(prepare, text, titles=["سخنگوی وزارت نیرو", "وزیر خارجه"], people=["علی رضایی"])
    quotes = extract_quotes(doc)
    assert folded(quotes[0].content.text) == folded(_WORDS)
    assert quotes[0].speaker == "سخنگوی وزارت نیرو"
    assert "content:guillemets-over-lines" in quotes[0].evidence
    assert len(quotes) == 1  # «گفته است» inside the words is no quote of its own


def test_guillemets_closed_on_their_line_keep_the_sentence_rules(prepare):
    """Negative: a «…» closed on its own line is one sentence; the next line's new subject ends the statement."""
    text = ("سخنگوی وزارت نیرو گفت: «برق قطع نمی‌شود.»\nاستاندار البرز نشست را ترک کرد.\n"
            "جلسه ادامه داشت.")
    doc = make_doc(prepare, text, titles=["سخنگوی وزارت نیرو", "استاندار البرز"])
    quotes = extract_quotes(doc)
    assert [folded(q.content.text) for q in quotes] == [folded("«برق قطع نمی‌شود.»")]
    assert "content:guillemets-over-lines" not in quotes[0].evidence


def test_guillemets_over_paragraphs_of_sentences_are_left_to_the_sentence_rules(prepare):
    """Negative: lines holding several sentences are paragraphs, not a one-sentence-a-line source."""
    text = ("سخنگوی وزارت نیرو گفت: «برق قطع نمی‌شود. ما آماده‌ایم.\nاستاندار البرز نشست را ترک کرد. "
            "مدیران ماندند.»\nجلسه ادامه داشت. همه رفتند.\nبازدید انجام شد. گزارش تهیه شد.")
    doc = make_doc(prepare, text, titles=["سخنگوی وزارت نیرو", "استاندار البرز"])
    quotes = extract_quotes(doc)
    assert folded(quotes[0].content.text) == folded("«برق قطع نمی‌شود. ما آماده‌ایم.")


@pytest.mark.parametrize("narrator", ["وی در این پیام تأکید کرد:", "حسن کریمی در ادامه گفت:"])
def test_guillemets_stop_where_the_narrator_names_the_speaker_again(prepare, narrator):
    """Golden: a source that opens «« at a statement's first paragraph and closes it only at the last one:
    the narrator's «وی … تأکید کرد:» (or a name no entity covers) inside starts the next quote; a
    first-person «خواهم گفت:» does not."""
    first = "«ما با دو بحران روبه‌رو هستیم.\nبه آنها خواهم گفت: باید کنار هم بایستیم.\n"
    second = "امروز باید به آینده امید داشت.\nهمه باید کمک کنند.»"
    text = f"سخنگوی وزارت نیرو نوشت: {first}{narrator} {second}\nاستاندار البرز نشست را ترک کرد."
    doc = make_doc(prepare, text, titles=["سخنگوی وزارت نیرو", "استاندار البرز"])
    quotes = extract_quotes(doc)
    assert [folded(q.content.text) for q in quotes] == [folded(first.rstrip()), folded(second)]
    assert len({q.speaker for q in quotes}) == 1  # «در ادامه»: the same speaker goes on


# ---------------------------------------------------------------- a speaker named by their tie to a person

@pytest.mark.parametrize("relation", ["وکیل مدافع", "مترجم سابق", "مشاور ارشد"])
def test_service_relation_of_a_named_person_is_the_next_named_speaker(prepare, relation):
    """Golden: «وکیل مدافع X گفت» is said by the lawyer; the next named speaker of the chain is the lawyer."""
    text = (f"{relation} حسن کریمی گفت: پرونده هنوز باز است.\n"
            "به گزارش خبرنگار ما، رضا احمدی اظهار کرد: دادگاه باید دوباره تشکیل شود.\n"
            f"{relation} حسن کریمی افزود: ما اعتراض کرده‌ایم.")
    doc = make_doc(prepare, text, people=["حسن کریمی", "رضا احمدی"])
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["رضا احمدی"] * 3
    assert "speaker:words-relative-of-name+title→holder" in quotes[0].evidence


def test_relative_with_no_name_in_the_chain_stays_a_description(prepare):
    """Golden: with no named speaker to link, the speaker is the description, not the person inside it."""
    doc = make_doc(prepare, "وکیل مدافع حسن کریمی گفت: پرونده هنوز باز است.", people=["حسن کریمی"])
    assert [q.speaker for q in extract_quotes(doc)] == ["وکیل مدافع حسن کریمی"]


def test_kin_of_a_named_person_keeps_the_description(prepare):
    """Golden: «برادر X گفت» is X's brother, not the next person named; a kin description is not a title."""
    text = ("برادر حسن کریمی گفت: او دیروز درگذشت.\nخانواده او در تهران زندگی می‌کنند.\n"
            "رضا احمدی اظهار کرد: مراسم فردا برگزار می‌شود.")
    doc = make_doc(prepare, text, people=["حسن کریمی", "رضا احمدی"])
    assert [q.speaker for q in extract_quotes(doc)] == ["برادر حسن کریمی", "رضا احمدی"]


def test_comrade_address_by_surname_is_that_person(prepare):
    """Negative: «برادر کریمی گفت» addresses Karimi himself (a comrade's form), not his brother."""
    doc = make_doc(prepare, "برادر کریمی گفت: امشب همراه گردان‌ها می‌رویم.", people=["حسن کریمی", "کریمی"])
    assert [q.speaker for q in extract_quotes(doc)] == ["حسن کریمی"]


@pytest.mark.parametrize("subject", ["وزیر نیرو حسن کریمی", "حسن کریمی وکیل دادگستری", "دکتر حسن کریمی"])
def test_title_or_honorific_before_a_name_is_that_person(prepare, subject):
    """Negative: an office title or honorific before the name (apposition) names the speaker."""
    doc = make_doc(prepare, f"{subject} گفت: پرونده هنوز باز است.", people=["حسن کریمی"],
                   titles=["وزیر نیرو", "وکیل دادگستری"])
    assert [q.speaker for q in extract_quotes(doc)] == ["حسن کریمی"]


# ---------------------------------------------------------------- a lead's nameless speaker named by the body

def _lead_doc(prepare, lead_subject: str, body_opening: str, **entities):
    text = (f"{lead_subject} گفت: بودجه سال آینده کسری دارد.\n"
            f"{body_opening} درباره بودجه سال آینده اظهار کرد: دولت باید درآمد تازه پیدا کند.\n"
            "وی افزود: مجلس این لایحه را اصلاح می‌کند.")
    return make_doc(prepare, sections=[("title", "کسری بودجه"), ("body", text)], **entities)


@pytest.mark.parametrize("lead_subject", ["یک نماینده مجلس", "عضو کمیسیون برنامه", "یک فعال سیاسی اصولگرا"])
def test_lead_speaker_is_the_person_the_body_opens_with(prepare, lead_subject):
    """Golden: «یک نماینده مجلس گفت: …» then «به گزارش X، حسن کریمی …»: the lead restated, its speaker named."""
    doc = _lead_doc(prepare, lead_subject, "به گزارش خبرنگار ما، حسن کریمی", people=["حسن کریمی"],
                    titles=["عضو کمیسیون برنامه"], orgs=["مجلس"])
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["حسن کریمی"] * 3
    if lead_subject.startswith("یک"):  # a bare title is already linked to the next named speaker (+title→holder)
        assert quotes[0].evidence[-1].endswith("+lead→restated-name")


def test_lead_of_a_named_organisation_or_a_body_without_a_name_stays(prepare):
    """Negative: an organisation named as the lead's subject speaks itself; a body that opens with no person
    names no one; a lead already named keeps its name."""
    named_org = _lead_doc(prepare, "وزارت بهداشت", "به گزارش خبرنگار ما، حسن کریمی", people=["حسن کریمی"],
                          orgs=["وزارت بهداشت"])
    assert extract_quotes(named_org)[0].speaker == "وزارت بهداشت"
    no_person = _lead_doc(prepare, "یک نماینده مجلس", "به گزارش خبرنگار ما، این نماینده", orgs=["مجلس"])
    assert "+lead→restated-name" not in " ".join(extract_quotes(no_person)[0].evidence)
    named = _lead_doc(prepare, "رضا احمدی", "به گزارش خبرنگار ما، حسن کریمی", people=["حسن کریمی", "رضا احمدی"])
    assert extract_quotes(named)[0].speaker == "رضا احمدی"
    country = _lead_doc(prepare, "روسیه", "به گزارش خبرنگار ما، حسن کریمی", people=["حسن کریمی"])
    where = Span(country.text.find("روسیه"), country.text.find("روسیه") + len("روسیه"))
    country = attrs.evolve(country, entities=country.entities + (
        Entity("روسیه", "LOC", where, country.source_span(where)),))
    assert extract_quotes(country)[0].speaker == "روسیه"
    group = _lead_doc(prepare, "رسانه‌های کره جنوبی", "به گزارش خبرنگار ما، حسن کریمی", people=["حسن کریمی"])
    assert extract_quotes(group)[0].speaker == "رسانه‌های کره جنوبی"
    owned = _lead_doc(prepare, "دولت جو بایدن", "به گزارش خبرنگار ما، حسن کریمی", people=["حسن کریمی", "جو بایدن"])
    assert extract_quotes(owned)[0].speaker == "دولت جو بایدن"  # a person's organisation speaks itself
    about = _lead_doc(prepare, "یکی از پزشکان معالج حسن کریمی", "به گزارش خبرنگار ما، حسن کریمی",
                      people=["حسن کریمی"])
    assert extract_quotes(about)[0].speaker != "حسن کریمی"


@pytest.mark.parametrize("opening", ["حسن کریمی", "«حسن کریمی»"])
def test_an_indefinite_lead_speaker_is_the_person_the_body_opens_with_at_once(prepare, opening):
    """Golden: «یک نماینده مجلس گفت: …» then «حسن کریمی …» with no «به گزارش X،» before the name."""
    doc = _lead_doc(prepare, "یک نماینده مجلس", opening, people=["حسن کریمی"], orgs=["مجلس"])
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["حسن کریمی"] * 3
    assert quotes[0].evidence[-1].endswith("+lead→restated-name")


def test_a_title_or_words_lead_speaker_is_not_the_person_the_body_opens_with_at_once(prepare):
    """Negative: with no «به گزارش X،», a definite title or a word of the lead keeps its speaker: the next
    sentence's person may be someone else answering it."""
    title = _lead_doc(prepare, "سخنگوی وزارت نیرو", "حسن کریمی", people=["حسن کریمی"],
                      titles=["سخنگوی وزارت نیرو"])
    assert "+lead→restated-name" not in " ".join(extract_quotes(title)[0].evidence)
    unnamed = _lead_doc(prepare, "یک نماینده مجلس", "این نماینده", orgs=["مجلس"])
    assert "+lead→restated-name" not in " ".join(extract_quotes(unnamed)[0].evidence)


_PLAIN_BODIES = ("حسن کریمی فردا به تهران سفر می‌کند.", "حسن کریمی، رئیس هیئت، فردا به تهران سفر می‌کند.")


@pytest.mark.parametrize("lead, body", [
    ("یک مقام آمریکایی", _PLAIN_BODIES[0]),  # no apposition, no verb of saying: nothing restated
    ("یک منبع آگاه", _PLAIN_BODIES[0]), ("یک منبع آگاه", _PLAIN_BODIES[1]),  # a source kept anonymous
    ("سخنگوی وزارت نیرو", _PLAIN_BODIES[0]), ("سخنگوی وزارت نیرو", _PLAIN_BODIES[1])])  # a definite title
def test_a_name_opening_the_next_sentence_with_no_sign_of_restating_is_not_the_lead_speaker(either_nlp, lead, body):
    """Negative: at once, the next sentence's person renames an indefinite lead speaker only by an apposition or
    a verb of saying; never an anonymous source («یک منبع آگاه») nor a definite title."""
    quotes = either_nlp(f"{lead} گفت که مذاکرات ادامه دارد. {body}").quotes
    assert quotes and all("+lead→restated-name" not in " ".join(q.evidence) for q in quotes)
    assert "حسن کریمی" not in [q.speaker for q in quotes]


@pytest.mark.parametrize("body", [
    "حسن کریمی، علی رضایی و مریم احمدی امروز به ژنو رفتند.",            # a list of names, no apposition
    "حسن کریمی با وزیر دیدار کرد و وزیر اعلام کرد که توافق نزدیک است.",  # a verb of saying with another subject
    _PLAIN_BODIES[1],                                                # an apposition, but nothing said
])
def test_a_name_whose_sentence_says_nothing_of_its_own_is_not_the_lead_speaker(either_nlp, body):
    """Negative: at once, only a verb of saying whose subject is the name restates the lead."""
    quotes = either_nlp(f"یک مقام آمریکایی گفت که مذاکرات ادامه دارد. {body}").quotes
    assert all("+lead→restated-name" not in " ".join(q.evidence) for q in quotes)
    assert quotes[0].speaker == "یک مقام آمریکایی"


def test_a_name_in_apposition_that_goes_on_saying_is_the_lead_speaker(either_nlp):
    """Golden: «یک مقام … گفت …» then «X، مدیر …، افزود …» at once: X is the lead's speaker."""
    quotes = either_nlp("یک مقام آمریکایی گفت که مذاکرات ادامه دارد. "
                        "حسن کریمی، مدیر بخش آسیا، افزود که گفتگوها سازنده بود.").quotes
    assert [q.speaker for q in quotes] == ["حسن کریمی"] * 2
    assert quotes[0].evidence[-1].endswith("+lead→restated-name")


def test_an_anonymous_source_is_not_renamed_after_a_credit(either_nlp):
    """Negative: «یک منبع آگاه گفت …» then «به گزارش ایرنا، X …»: a source kept anonymous stays so, in news
    and in posts."""
    from persianews.readers.telegram_text import read_telegram_text

    news = "یک منبع آگاه گفت که مذاکرات ادامه دارد. به گزارش ایرنا، حسن کریمی فردا به تهران سفر می‌کند."
    (post,) = read_telegram_text("یک منبع آگاه گفت: مذاکرات به زودی از سر گرفته می‌شود.\n"
                                 "به گزارش ایرنا، حسن کریمی فردا به تهران سفر می‌کند.\n@worldnews", "posts.txt")
    for doc in (either_nlp(news), either_nlp(post)):
        assert doc.quotes[0].speaker == "یک منبع آگاه"
        assert "حسن کریمی" not in [q.speaker for q in doc.quotes]


def test_a_name_opening_a_posts_next_sentence_is_not_its_lead_speaker(either_nlp):
    """Negative: in a Telegram post, no name renames an indefinite lead speaker at once (no evidence in posts)."""
    from persianews.readers.telegram_text import read_telegram_text

    text = "یک مقام آمریکایی گفت: مذاکرات به زودی از سر گرفته می‌شود.\nحسن کریمی، رئیس هیئت، فردا به تهران سفر می‌کند.\n@worldnews"
    (article,) = read_telegram_text(text, "posts.txt")
    quotes = either_nlp(article).quotes
    assert quotes and all("+lead→restated-name" not in " ".join(q.evidence) for q in quotes)


# ---------------------------------------------------------------- a partitive subject of a «که» clause

def test_partitive_subject_of_a_that_clause_speaks(prepare):
    """Golden: «وی … مطرح کرد که یکی از مقام‌های آمریکایی گفته بود …»: the group's member said it."""
    text = ("وزیر دفاع گفت: توافق امیدبخش است.\n"
            "وی این سخنان را یک روز پس از آن مطرح کرد که یکی از مقام‌های آمریکایی گفته بود این توافق اجرا می‌شود.")
    doc = make_doc(prepare, text, titles=["وزیر دفاع"])
    assert [q.speaker for q in extract_quotes(doc)] == ["وزیر دفاع", "یکی از مقام‌های آمریکایی"]


def test_partitive_in_a_relative_clause_with_a_copula_is_no_subject(prepare):
    """Negative: «حسن کریمی که یکی از اعضای شوراست گفت»: the «که» clause describes the subject."""
    text = "حسن کریمی که یکی از اعضای شورا است گفت که جلسه فردا برگزار می‌شود."
    doc = make_doc(prepare, text, people=["حسن کریمی"])
    assert [q.speaker for q in extract_quotes(doc)] == ["حسن کریمی"]


@pytest.mark.parametrize("clause", ["به شمار می‌رود", "به حساب می‌آید", "محسوب می‌شود", "شناخته می‌شود"])
def test_partitive_in_a_relative_clause_with_a_linking_verb_is_no_subject(prepare, clause):
    """Negative: «وزارت نفت که یکی از … به شمار می‌رود اعلام کرد»: a linking verb closes the description."""
    text = f"وزارت نفت که یکی از بزرگ‌ترین نهادهای دولتی {clause} اعلام کرد که تولید افزایش می‌یابد."
    doc = make_doc(prepare, text, orgs=["وزارت نفت"])
    assert [q.speaker for q in extract_quotes(doc)] == ["وزارت نفت"]


def test_partitive_in_a_clause_describing_a_named_subject_is_no_subject(prepare):
    """Negative: «حسن کریمی که یکی از اعضای شورا را برکنار کرده گفت»: «که» right after a name describes it."""
    text = "حسن کریمی که یکی از اعضای شورا را برکنار کرده اعلام کرد که جلسه برگزار می‌شود."
    doc = make_doc(prepare, text, people=["حسن کریمی"])
    assert [q.speaker for q in extract_quotes(doc)] == ["حسن کریمی"]


def test_a_post_that_restates_its_lead_names_its_speaker(prepare):
    """Golden: the rule holds in Telegram posts too (3 quotes in telegram-dev's 28,458 posts, all right)."""
    text = ("یک نماینده مجلس گفت: بودجه سال آینده کسری دارد.\n"
            "به گزارش خبرنگار ما، حسن کریمی درباره بودجه سال آینده اظهار کرد: دولت باید درآمد تازه پیدا کند.")
    doc = make_doc(prepare, text, people=["حسن کریمی"], orgs=["مجلس"], post=True)
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["حسن کریمی"] * 2
    assert quotes[0].evidence[-1].endswith("+lead→restated-name")


# ---------------------------------------------------------------- a lead's description named later in the text

_LATER = ("یک کارشناس مسائل اقتصادی گفت: بازار ارز آرام می‌شود.\n"
          "بانک مرکزی دیروز نرخ تازه را اعلام کرد.\n"
          "{named} تصریح کرد: تورم کاهش می‌یابد.\n"
          "رضا احمدی هفته گذشته به تهران سفر کرد.\n"
          "این کارشناس مسائل اقتصادی افزود: صادرات بیشتر می‌شود.")


def test_a_lead_description_is_the_one_person_named_later(either_nlp):
    """Golden: «یک کارشناس … گفت» in the lead and «کریمی تصریح کرد» later, no one else speaking: one person;
    «این کارشناس …» after a sentence about another person still continues him."""
    quotes = either_nlp(_LATER.format(named="کریمی")).quotes
    assert [q.speaker for q in quotes] == ["کریمی"] * 3
    assert quotes[0].evidence[-1].endswith("+lead→named-later")


@pytest.mark.parametrize("named", ["حسن کریمی", "کریمی تصریح کرد: نرخ سود ثابت می‌ماند.\nاحمدی"])
def test_a_lead_description_is_not_named_by_a_full_name_or_one_of_two(either_nlp, named):
    """Negative: a full name was introduced in its own right; with two named speakers neither is the lead's.
    «این کارشناس …» continues the last who spoke."""
    quotes = either_nlp(_LATER.format(named=named)).quotes
    assert quotes[0].speaker == "یک کارشناس مسائل اقتصادی"
    assert quotes[-1].speaker == quotes[-2].speaker  # «حسن کریمی», «رضا احمدی» (of «احمدی تصریح کرد»)
    assert all("+lead→named-later" not in " ".join(q.evidence) for q in quotes)


def test_a_name_the_lead_speaks_of_is_not_its_speaker(either_nlp):
    """Negative: «یک کارشناس گفت: کریمی باید …»: the person the lead speaks of is not the one who speaks."""
    quotes = either_nlp("یک کارشناس مسائل اقتصادی گفت: کریمی باید استعفا دهد.\n"
                        "بانک مرکزی دیروز نرخ تازه را اعلام کرد.\n"
                        "کریمی تصریح کرد: استعفا نمی‌دهم.").quotes
    assert [q.speaker for q in quotes] == ["یک کارشناس مسائل اقتصادی", "کریمی"]


def test_a_generic_description_continues_the_last_person(either_nlp):
    """Negative: «این مقام» (a head any person has) continues the last person, not an earlier «یک مقام …»."""
    quotes = either_nlp("یک مقام آمریکایی گفت: مذاکرات ادامه دارد.\n"
                        "بانک مرکزی دیروز نرخ تازه را اعلام کرد.\n"
                        "رضا احمدی، وزیر نیرو، تصریح کرد: برق قطع نمی‌شود.\n"
                        "این مقام افزود: سدها پر است.").quotes
    assert [q.speaker for q in quotes][-1] == "رضا احمدی"

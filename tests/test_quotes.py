"""Quote attribution: constructions, non-quotes, speaker resolution, the seed gold end to end.

Documents are normalized and segmented by the real stages; their entities
and clusters are given by hand, so that these tests rely only on the
interface of the entities and officials stages.
"""

from __future__ import annotations

import importlib.util
import json

import attrs
import pytest

import persianews
from persianews.quotes import extract_quotes
from persianews.quotes.context import View
from persianews.quotes.cues import fold_form, lexicon
from persianews.readers.assemble import assemble
from persianews.records import Article, Cluster, Entity, Provenance, Quote, Span
from persianews.resources import data_rows

from .conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def prepare():
    return persianews.load(stages=("normalize", "segment"))


def make_doc(prepare, text: str = "", *, people=(), titles=(), orgs=(), holders=None, sections=None,
             post: bool = False, replied_to: Article | None = None, metadata=None):
    """A processed document with hand-made entities; ``holders`` maps a title to its holder's name."""
    provenance = Provenance("test.txt", 0, "telegram-text" if post else "text")
    parts = sections or [("body", text)]
    article = attrs.evolve(assemble(parts, dict(metadata or {}), provenance), replied_to=replied_to)
    doc = prepare(article)
    holders = holders or {}
    entities, clusters = [], {}

    def cluster_for(key, label, name, title=None, organization=None):
        if key not in clusters:
            clusters[key] = Cluster(len(clusters), label, name, title, organization)
        return clusters[key].id

    for label, strings in (("PERSON", people), ("TITLE", titles), ("ORG", orgs)):
        for string in strings:
            start = doc.text.find(string)
            while start != -1:
                span = Span(start, start + len(string))
                if label == "PERSON":
                    full = max((p for p in people if p.endswith(string)), key=len)
                    cid = cluster_for(full, "PERSON", full)
                elif label == "TITLE" and string in holders:
                    cid = cluster_for(holders[string], "PERSON", holders[string], string)
                elif label == "TITLE":
                    cid = cluster_for(string, "PERSON", None, string)
                else:
                    cid = cluster_for(string, "ORG", None, None, string)
                entities.append(Entity(string, label, span, doc.source_span(span), cluster=cid))
                start = doc.text.find(string, span.end)
    entities.sort(key=lambda e: e.span.start)
    return attrs.evolve(doc, entities=tuple(entities), clusters=tuple(clusters.values()))


def folded(text: str | None) -> str | None:
    """Text compared as the scorer does, blind to spaces and ZWNJs (the normalizer restores them)."""
    return None if text is None else fold_form(text)


def quotes_of(doc) -> list[tuple[str, str, str | None, str]]:
    """(kind, cue, speaker, content) of each quote, folded."""
    return [expect(q.kind, q.cue.text if q.cue else "", q.speaker, q.content.text) for q in extract_quotes(doc)]


def expect(kind: str, cue: str, speaker: str | None, content: str) -> tuple[str, str, str | None, str]:
    return kind, folded(cue), folded(speaker), folded(content)


# ---------------------------------------------------------------- lexicon

def test_lexicon_file_names_its_source_and_licence():
    from persianews.resources import open_text

    with open_text("cues.tsv") as handle:
        header = "".join(line for line in handle if line.startswith("#"))
    assert "source:" in header and "MIT" in header


def test_lexicon_file_is_what_its_build_script_writes():
    """No hand-edited row (a duplicate, a form missing from the build list) that a rebuild would drop."""
    spec = importlib.util.spec_from_file_location("build_cues", ROOT / "models" / "build" / "build_cues.py")
    build_cues = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_cues)
    assert [list(row) for row in build_cues.rows()] == list(data_rows("cues.tsv"))


@pytest.mark.parametrize("cue", [
    "گفت", "افزود", "اظهار کرد", "اظهار داشت", "اظهارداشت", "ادامه داد", "تصریح کرد", "خاطرنشان کرد",
    "خاطر نشان کرد", "خاطرنشان ساخت", "بیان کرد", "بیان داشت", "یادآور شد", "یادآورشد", "یادآور‌شد",
    "عنوان کرد", "تاکید کرد", "تأکید کرد", "اضافه کرد", "اعلام کرد", "متذکر شد", "اذعان کرد",
    "ابراز کرد", "اظهار امیدواری کرد", "خبر داد", "توضیح داد", "هشدار داد", "معتقد است", "می‌گوید",
    "می گوید", "میگوید", "گفته است", "تصریح کردند", "عنوان کرده است", "وگفت",
])
def test_lexicon_matches_cue_spellings(cue):
    found = lexicon().find(cue)
    assert len(found) == 1 and found[0].end == len(cue)


@pytest.mark.parametrize("text", ["گفتنی است", "گفت و گو", "گفت‌وگو", "گفتگو", "گفتمان", "یادآور می‌شود"])
def test_lexicon_ignores_non_cues(text):
    assert not [c for c in lexicon().find(text) if "say" in c.patterns]


# ---------------------------------------------------------------- direct quotes

@pytest.mark.parametrize("cue", ["تصریح کرد", "یادآورشد", "خاطر نشان کرد", "اظهارداشت", "تأکید کرد", "می‌گوید"])
def test_direct_quote_with_compound_cue(prepare, cue):
    doc = make_doc(prepare, f"فرماندار البرز در جلسه شورای اداری {cue}: دولت سیزدهم به سمت انرژی‌های نو حرکت کرده است.",
                   titles=["فرماندار البرز"])
    assert quotes_of(doc) == [expect("direct", cue, "فرماندار البرز", "دولت سیزدهم به سمت انرژی‌های نو حرکت کرده است.")]


def test_direct_quote_without_space_after_colon(prepare):
    doc = make_doc(prepare, "فرماندار البرز تصریح کرد:دولت سیزدهم حرکت کرده است.", titles=["فرماندار البرز"])
    assert quotes_of(doc) == [expect("direct", "تصریح کرد", "فرماندار البرز", "دولت سیزدهم حرکت کرده است.")]


def test_direct_quote_ends_at_sentence_with_new_attribution(prepare):
    doc = make_doc(prepare, "صفر فضلی افزود: این نقیصه باید مرتفع شود.وی یادآور شد: این موضوع مهم است.",
                   people=["صفر فضلی"])
    assert [q[3] for q in quotes_of(doc)] == [folded("این نقیصه باید مرتفع شود."), folded("این موضوع مهم است.")]


def test_direct_quote_runs_on_through_unattributed_sentences(prepare):
    doc = make_doc(prepare, "وزیر نیرو گفت: برق قطع نمی‌شود. ما آماده‌ایم.\nنشست با حضور مدیران برگزار شد.",
                   titles=["وزیر نیرو"])
    assert [q[3] for q in quotes_of(doc)] == [folded("برق قطع نمی‌شود. ما آماده‌ایم.")]


@pytest.mark.parametrize("statement", [
    "برق قطع نمی‌شود.\nذخایر سدها کافی است.\nمصرف باید مدیریت شود.",
    # a line the segmenter splits at «؟» is still one line, and a sentence opening with «همچنین» goes on
    "برق قطع نمی‌شود.\nچرا نگرانید؟ ذخایر سدها کافی است.\nهمچنین مصرف باید مدیریت شود.",
])
def test_direct_quote_runs_on_over_lines_when_each_line_is_a_sentence(prepare, statement):
    """Class 2: a source that puts one sentence a line (news-dev-2) has no paragraph ends to stop at."""
    text = f"وزیر نیرو گفت: {statement}\nوی افزود: نیروگاه‌ها آماده‌اند.\nنشست دو ساعت طول کشید."
    doc = make_doc(prepare, text, titles=["وزیر نیرو"])
    quotes = extract_quotes(doc)
    assert [folded(q.content.text) for q in quotes][0] == folded(statement)
    assert "content:lines-as-sentences" in quotes[0].evidence


def test_lines_as_sentences_stop_at_a_new_subject_or_cue(prepare):
    """Negative: the run over lines still ends at a new cue and at a new subject."""
    text = ("وزیر نیرو گفت: برق قطع نمی‌شود.\nوی افزود: نیروگاه‌ها آماده‌اند.\n"
            "استاندار البرز نشست را ترک کرد.\nجلسه ادامه داشت.")
    doc = make_doc(prepare, text, titles=["وزیر نیرو", "استاندار البرز"])
    assert [q[3] for q in quotes_of(doc)] == [folded("برق قطع نمی‌شود."), folded("نیروگاه‌ها آماده‌اند.")]


@pytest.mark.parametrize("statement", [
    "ترکیه ابزارهای زیادی ندارد.\nآن‌ها راه دیگری پیدا نکرده‌اند.\nاین مسئله برای آنکارا خطرناک است.\n"
    "این یک بازی پرهزینه است.",
    # issue 13 (extent): «این» + a noun ending in a present copula («… است», «… ماست», «… دارند»)
    "بودجه عمرانی امسال کافی نبود.\nاین طرح متعلق به همه ماست.\nاین دو برنامه با یکدیگر تعارض دارند.\n"
    "این اشتباه بزرگی است.",
])
def test_lines_as_sentences_go_on_over_the_speakers_own_subjects(prepare, statement):
    """Class 2: on lines of one sentence each, the speaker's «آن‌ها», «این مسئله» and «این یک …» open
    sentences of his statement, not the narrator's (rule ``content:lines-as-sentences``), and so does «این» + a
    noun in a line ending in a present copula: the speaker judging what he spoke of."""
    text = f"کارشناس مسائل منطقه گفت: {statement}\nوی افزود: مذاکره تنها راه است.\nگفتنی است نشست دو ساعت طول کشید."
    doc = make_doc(prepare, text, titles=["کارشناس مسائل منطقه"])
    quotes = extract_quotes(doc)
    assert [folded(q.content.text) for q in quotes] == [folded(statement), folded("مذاکره تنها راه است.")]
    assert "content:lines-as-sentences" in quotes[0].evidence


@pytest.mark.parametrize("narration", [
    "وی پس از این نشست به تهران بازگشت.",  # the narrator's «وی»
    "او همچنین از طرح تازه دولت استقبال کرد.",  # the narrator's «او»: what the speaker did
    "او بعدها به تهران رفت.",
    "این کار با حضور مدیران انجام شد.",  # «این کار»: the narrator's
    "استاندار البرز نیز در این نشست حاضر بود.",  # a title entity
    "این کارشناس پیش‌تر در دانشگاه تدریس می‌کرد.",  # a description of a person
    "این گزارش در روزنامه منتشر شده است.",  # a document: the narrator's
    "این مراسم با حضور مدیران برگزار شد.",  # an event described: the narrator's
    "ناتو نیز جلسه‌ای اضطراری تشکیل داد.",  # an organisation
    "، بانک مرکزی دستورالعمل تازه‌ای ابلاغ کرده است.",  # an item whose «به گزارش X» the source dropped
])
def test_lines_as_sentences_stop_at_a_speaker_named_anew_or_an_aside(prepare, narration):
    """Negative: on lines of one sentence each, «وی», a person, title or organisation, anything described but the
    speaker's topic, or a line opening with «،» is the narrator again: the statement ends before it (the same
    shape as Fars items of one sentence a paragraph, where a line break is a paragraph end)."""
    text = (f"کارشناس مسائل منطقه گفت: ترکیه ابزارهای زیادی ندارد.\n{narration}\n"
            "جلسه تا شب ادامه داشت.\nمدیران در آن حاضر بودند.")
    doc = make_doc(prepare, text, titles=["کارشناس مسائل منطقه", "استاندار البرز"], orgs=["ناتو"])
    assert [q[3] for q in quotes_of(doc)] == [folded("ترکیه ابزارهای زیادی ندارد.")]


@pytest.mark.parametrize("narration", [
    "این رقم در حالی اعلام می‌شود که آمار دیگری منتشر شده است.",  # a perfect: the narrator's past
    "این مراسم با حضور مدیران برگزار شد.",  # a past event
    "این نشست دو ساعت ادامه داشت.",  # a past copula
    "وی مربی خوبی است.",  # not «این»: «وی» stays the narrator's («او» in the present: content:lines-judging-him)
])
def test_lines_as_sentences_stop_at_this_without_a_present_judgement(prepare, narration):
    """Negative: «این» + a noun in the past or in a perfect, or another subject ending in a present copula, is
    still the narrator's line: the statement ends before it, and the next statement is still found."""
    text = (f"کارشناس مسائل منطقه گفت: ترکیه ابزارهای زیادی ندارد.\n{narration}\n"
            "جلسه تا شب ادامه داشت.\nوی افزود: مذاکره تنها راه است.")
    doc = make_doc(prepare, text, titles=["کارشناس مسائل منطقه"])
    assert [q[3] for q in quotes_of(doc)] == [folded("ترکیه ابزارهای زیادی ندارد."), folded("مذاکره تنها راه است.")]


def test_lines_as_sentences_over_a_present_judgement_in_both_pipelines(either_nlp):
    """Issue 13 through the whole pipeline, with the tagger and with the rules alone; the narrator's «این مراسم …
    برگزار شد» still ends the statement."""
    statement = "ترکیه ابزارهای زیادی ندارد.\nاین کشور ذخیره مطلوبی دارد.\nاین دو با یکدیگر تعارض دارند."
    doc = either_nlp(f"علی شمخانی گفت: {statement}\nاین مراسم با حضور مدیران برگزار شد.\n"
                     "وی افزود: مذاکره تنها راه است.\nگفتنی است نشست دو ساعت طول کشید.")
    assert [folded(q.content.text) for q in doc.quotes] == [folded(statement), folded("مذاکره تنها راه است.")]


def test_a_new_subject_ends_the_statement_inside_a_paragraph(prepare):
    """Negative: in paragraphs of several sentences (and on a line of such a text), the speaker's «آن‌ها» still
    opens the narrator's sentence: the change is for texts of one sentence a line only."""
    text = ("کارشناس مسائل منطقه گفت: ترکیه ابزارهای زیادی ندارد. آن‌ها راه دیگری پیدا نکرده‌اند.\n"
            "جلسه تا شب ادامه داشت. مدیران در آن حاضر بودند.\nگزارش‌ها ارائه شد. همه رفتند.")
    doc = make_doc(prepare, text, titles=["کارشناس مسائل منطقه"])
    assert [q[3] for q in quotes_of(doc)] == [folded("ترکیه ابزارهای زیادی ندارد.")]


def test_lines_as_sentences_over_the_speakers_subjects_in_both_pipelines(either_nlp):
    """Class 2 through the whole pipeline, with the tagger and with the rules alone."""
    statement = "ترکیه ابزارهای زیادی ندارد.\nآن‌ها راه دیگری پیدا نکرده‌اند.\nاین مسئله برای آنکارا خطرناک است."
    doc = either_nlp(f"علی شمخانی گفت: {statement}\nوی افزود: مذاکره تنها راه است.\nگفتنی است نشست دو ساعت طول کشید.")
    assert [folded(q.content.text) for q in doc.quotes] == [folded(statement), folded("مذاکره تنها راه است.")]


def test_lines_as_sentences_stop_at_the_narrators_he_in_both_pipelines(either_nlp):
    """Negative, through the whole pipeline: «او همچنین …» after a statement is the narrator's line."""
    doc = either_nlp("وزیر نیرو گفت: برق قطع نمی‌شود.\nاو همچنین از طرح تازه دولت استقبال کرد.\n"
                     "جلسه تا شب ادامه داشت.\nمدیران در آن حاضر بودند.\nنشست دو ساعت طول کشید.")
    assert [folded(q.content.text) for q in doc.quotes] == [folded("برق قطع نمی‌شود.")]


_FIRST_PERSON_LINES = ("این فصل برای باشگاه سخت بود.\nامیر احمدی از مربیان بزرگ است که من با او کار کرده‌ام.\n"
                       "او در این سال‌ها همیشه کنار ما بوده است.\nوزارت نیرو بودجه‌ای که می‌خواستیم را کم کرد.")


def test_lines_as_sentences_go_on_over_a_subject_in_the_first_person(either_nlp):
    """Issue 13, extent: on lines of one sentence each, a line that opens with a subject of its own (a person,
    «او», an organisation) but holds the speaker's «من»/«ما» or a verb in the first person goes on with the
    statement (rule ``content:lines-in-first-person``): the narrator does not speak in the first person."""
    doc = either_nlp(f"مدیر باشگاه گفت: {_FIRST_PERSON_LINES}\nوی افزود: فصل بعد بهتر خواهد بود.\n"
                     "گفتنی است نشست دو ساعت طول کشید.")
    quotes = list(doc.quotes)
    assert [folded(q.content.text) for q in quotes] == [folded(_FIRST_PERSON_LINES), folded("فصل بعد بهتر خواهد بود.")]
    assert "content:lines-in-first-person" in quotes[0].evidence


@pytest.mark.parametrize("narration", [
    "استاندار البرز از مردم این شهر تشکر کرد.",  # «مردم» is no «… کردم»
    "او همچنین با خبرنگاران دیدار کرد.",
    "وزارت نیرو بودجه این طرح را کم کرد.",
    "استاندار البرز برای فیلم «من می‌ترسم» جایزه گرفت.",  # a first person inside guillemets: a title
    "استاندار البرز تاکید می‌کند که مشکلات را به ما برسانید.",  # after the narrator's cue: the speaker's reported
    "وی با بیان اینکه از نظر ما فصل خوبی بود، ابراز امیدواری کرد که تیم موفق شود.",  # «وی»: the narrator's word
    "استاندار البرز با اشاره به اینکه ما فصل خوبی داشتیم، از مدیران قدردانی کرد.",  # in the narrator's frame
])
def test_lines_as_sentences_stop_at_a_subject_in_the_third_person(either_nlp, narration):
    """Negative: a line that opens with a subject of its own and holds no first person is the narrator's."""
    doc = either_nlp(f"مدیر باشگاه گفت: این فصل برای باشگاه سخت بود.\n{narration}\n"
                     "جلسه تا شب ادامه داشت.\nمدیران در آن حاضر بودند.\nنشست دو ساعت طول کشید.")
    quotes = list(doc.quotes)
    assert folded(quotes[0].content.text) == folded("این فصل برای باشگاه سخت بود.")
    assert all("content:lines-in-first-person" not in q.evidence for q in quotes)


_JUDGING_HIM_LINES = ("مربی تازه تیم را خوب می‌شناسد.\nاو مرد صبوری است.\n"
                      "ایشان در فصل آینده با فشار زیادی روبه‌رو خواهد بود.\nاو آینده روشنی در این باشگاه دارد.")


def test_lines_as_sentences_go_on_over_him_judged_in_the_present(either_nlp):
    """Issue 13, extent: on lines of one sentence each, a line that opens with «او» or «ایشان» and ends with a
    present copula or a verb in the present or the future goes on with the statement (rule
    ``content:lines-judging-him``): the speaker judging or foreseeing the one he speaks of."""
    doc = either_nlp(f"کارشناس فوتبال گفت: {_JUDGING_HIM_LINES}\nوی افزود: فصل بعد بهتر خواهد بود.\n"
                     "گفتنی است نشست دو ساعت طول کشید.")
    quotes = list(doc.quotes)
    assert [folded(q.content.text) for q in quotes] == [folded(_JUDGING_HIM_LINES), folded("فصل بعد بهتر خواهد بود.")]
    assert "content:lines-judging-him" in quotes[0].evidence


@pytest.mark.parametrize("narration", [
    "او سپس به ورزشگاه رفت.",  # the past: the narrator telling what he did
    "او در سال‌های گذشته مربی سه باشگاه بوده است.",  # a perfect, not a present copula
    "او همچنان به تمرین‌ها می‌رفت.",  # the past continuous
    "وی مرد صبوری است.",  # «وی»: the narrator's word for the speaker
    "او تأکید می‌کند که تیم آماده است.",  # a cue of its own: the narrator reporting him
    "او همچنین قول داد که تیم قوی‌تر خواهد شد.",  # the narrator's «also»
    "او که سال‌ها در اروپا کار می‌کرده است، اکنون در تهران زندگی می‌کند.",  # the narrator describing him
])
def test_lines_as_sentences_stop_at_him_in_the_past(either_nlp, narration):
    """Negative: «او» in the past, «ایشان» in a perfect, «وی» in any tense: the line is the narrator's, the
    statement ends before it (and the next statement is still found)."""
    doc = either_nlp(f"کارشناس فوتبال گفت: مربی تازه تیم را خوب می‌شناسد.\n{narration}\n"
                     "وی افزود: فصل بعد بهتر خواهد بود.\nگفتنی است جلسه تا شب ادامه داشت.\nنشست دو ساعت طول کشید.")
    quotes = list(doc.quotes)
    assert [folded(q.content.text) for q in quotes][:1] == [folded("مربی تازه تیم را خوب می‌شناسد.")]
    assert folded("فصل بعد بهتر خواهد بود.") in [folded(q.content.text) for q in quotes]
    assert all("content:lines-judging-him" not in q.evidence for q in quotes)


def test_him_in_the_present_still_ends_a_paragraph(either_nlp):
    """Negative: in paragraphs of several sentences a line break is a paragraph end, «او» in the present or not."""
    doc = either_nlp("کارشناس فوتبال گفت: مربی تازه تیم را می‌شناسد. بازیکنان او را دوست دارند.\n"
                     "او مرد صبوری است. جلسه ادامه داشت.\nنشست تمام شد. همه رفتند.")
    assert folded(doc.quotes[0].content.text) == folded("مربی تازه تیم را می‌شناسد. بازیکنان او را دوست دارند.")


def test_a_subject_in_the_first_person_still_ends_a_paragraph(either_nlp):
    """Negative: in paragraphs of several sentences a line break is a paragraph end, first person or not."""
    doc = either_nlp("مدیر باشگاه گفت: این فصل سخت بود. بازیکنان زحمت کشیدند.\n"
                     "امیر احمدی که من با او کار کرده‌ام به تهران رفت. جلسه ادامه داشت.\nنشست تمام شد. همه رفتند.")
    assert folded(doc.quotes[0].content.text) == folded("این فصل سخت بود. بازیکنان زحمت کشیدند.")


def test_lines_as_sentences_stop_at_a_subheading(prepare):
    """Negative: a line with no closing stop (a subheading) is not the statement's next sentence."""
    text = ("نماینده ولی فقیه گفت: مردم پای صندوق‌ها می‌آیند.\nفرهنگ اساس یک جامعه است\n"
            "وی افزود: انتخابات مهم است.\nجلسه ادامه داشت.")
    doc = make_doc(prepare, text, titles=["نماینده ولی فقیه"])
    assert [q[3] for q in quotes_of(doc)][0] == folded("مردم پای صندوق‌ها می‌آیند.")


def test_line_break_of_a_paragraph_of_sentences_still_ends_the_statement(prepare):
    """Negative: lines holding several sentences are paragraphs; the statement stops at their end."""
    text = ("وزیر نیرو گفت: برق قطع نمی‌شود. ما آماده‌ایم.\nنشست با حضور مدیران برگزار شد. مدیران حاضر بودند.\n"
            "گزارش‌ها ارائه شد. جلسه تمام شد.\nبازدید انجام شد. همه رفتند.")
    doc = make_doc(prepare, text, titles=["وزیر نیرو"])
    quotes = extract_quotes(doc)
    assert [folded(q.content.text) for q in quotes] == [folded("برق قطع نمی‌شود. ما آماده‌ایم.")]
    assert "content:lines-as-sentences" not in quotes[0].evidence


def test_direct_quote_ends_at_bullet(prepare):
    doc = make_doc(prepare, "🔹وی یادآور شد: قوانین باید رعایت شود.\n🔹گفتنی است جلسه برگزار شد.", post=True)
    assert [q[3] for q in quotes_of(doc)] == [folded("قوانین باید رعایت شود.")]


def test_guillemets_after_the_verb(prepare):
    doc = make_doc(prepare, "یک منبع در دولت انگلستان گفت «ما تنها به دنبال توافق هستیم» و نشست ادامه یافت.")
    assert [(q[0], q[1], q[3]) for q in quotes_of(doc)] == [("direct", folded("گفت"), folded("ما تنها به دنبال توافق هستیم"))]


def test_according_to(prepare):
    doc = make_doc(prepare, "به گفته وزیر نیرو، این طرح تا پایان سال اجرا می‌شود.", titles=["وزیر نیرو"])
    assert quotes_of(doc) == [expect("indirect", "به گفته", "وزیر نیرو", "این طرح تا پایان سال اجرا می‌شود.")]


def test_a_view_built_without_of_finds_the_according_cues(prepare):
    doc = make_doc(prepare, "به گفته وزیر نیرو، این طرح تا پایان سال اجرا می‌شود.", titles=["وزیر نیرو"])
    built = View(doc, (Span(0, len(doc.text)),), (0,), (), (), {}, (), ())
    assert [m.span() for m in built.according] == [m.span() for m in View.of(doc).according] == [(0, 7)]


# ---------------------------------------------------------------- headline style

def test_headline_style_organisation(prepare):
    doc = make_doc(prepare, "فرمانداری سیریک: صدای انفجارهای امشب مربوط به خنثی‌سازی مهمات است.",
                   orgs=["فرمانداری سیریک"], post=True)
    assert quotes_of(doc) == [expect("direct", "", "فرمانداری سیریک", "صدای انفجارهای امشب مربوط به خنثی‌سازی مهمات است.")]


def test_headline_style_speaker_head_without_entity(prepare):
    doc = make_doc(prepare, "🖼\nسخنگوی وزارت بهداشت: از ساعت 20:30 تاکنون ۱۴۲ نفر مصدوم شده‌اند.", post=True)
    assert quotes_of(doc) == [expect("direct", "", "سخنگوی وزارت بهداشت", "از ساعت 20:30 تاکنون 142 نفر مصدوم شده‌اند.")]


def test_headline_style_statement_on_next_bullet(prepare):
    doc = make_doc(prepare, "فرماندار جاسک:\n🔹\nصد فروند شناور مردم مورد اصابت قرار گرفت.", post=True)
    assert quotes_of(doc) == [expect("direct", "", "فرماندار جاسک", "صد فروند شناور مردم مورد اصابت قرار گرفت.")]


def test_headline_style_short_name_in_a_post(prepare):
    doc = make_doc(prepare, "🎥\nتارتار: برای برد آمده بودیم نه تساوی", post=True)
    assert quotes_of(doc) == [expect("direct", "", "تارتار", "برای برد آمده بودیم نه تساوی")]


def test_restating_headline_is_not_a_quote(prepare):
    doc = make_doc(prepare, sections=[("headline", "وزیر نیرو: برق قطع نمی‌شود"),
                                      ("body", "وزیر نیرو گفت: برق تابستان امسال قطع نمی‌شود.")],
                   titles=["وزیر نیرو"])
    assert quotes_of(doc) == [expect("direct", "گفت", "وزیر نیرو", "برق تابستان امسال قطع نمی‌شود.")]


def test_a_news_title_restates_its_body_in_other_words(prepare):
    # the title's words differ from the body's quote: still a restatement in a news article
    doc = make_doc(prepare, sections=[("headline", "وزیر نیرو: خاموشی نداریم"),
                                      ("body", "وزیر نیرو گفت: برق تابستان امسال قطع نمی‌شود.")],
                   titles=["وزیر نیرو"])
    assert quotes_of(doc) == [expect("direct", "گفت", "وزیر نیرو", "برق تابستان امسال قطع نمی‌شود.")]


def test_a_quote_below_a_news_title_stays(prepare):
    # only the title restates: a direct quote of the body, even one the title restates, stays
    doc = make_doc(prepare, sections=[("headline", "وزیر نیرو: خاموشی نداریم"),
                                      ("body", "وزیر نیرو گفت: خاموشی نداریم.")],
                   titles=["وزیر نیرو"])
    assert quotes_of(doc) == [expect("direct", "گفت", "وزیر نیرو", "خاموشی نداریم.")]


# ---------------------------------------------------------------- indirect quotes

@pytest.mark.parametrize("text, cue, content", [
    ("مدیرکل سیاسی استانداری قزوین پیگیری مطالبات جامعه از سوی احزاب را ضعیف دانست.", "دانست",
     "پیگیری مطالبات جامعه از سوی احزاب را ضعیف"),
    ("مدیرکل سیاسی استانداری قزوین تشکیل اتاق فکر را امری مهم تلقی کرد.", "تلقی کرد", "تشکیل اتاق فکر را امری مهم"),
    ("مدیرکل سیاسی استانداری قزوین در این نشست ضمن تشکر از برگزارکنندگان، گزارشی ارایه و راه اندازی اتاق فکر "
     "را امری ضروری برشمرد.", "برشمرد", "راه اندازی اتاق فکر را امری ضروری"),
    ("مدیرکل سیاسی استانداری قزوین وضعیت احزاب را مطلوب ارزیابی کرد.", "ارزیابی کرد", "وضعیت احزاب را مطلوب"),
    ("مدیرکل سیاسی استانداری قزوین این اقدام را غیرقانونی خواند.", "خواند", "این اقدام را غیرقانونی"),
    ("مدیرکل سیاسی استانداری قزوین توسعه احزاب را از اهداف دفتر عنوان کرد.", "عنوان کرد",
     "توسعه احزاب را از اهداف دفتر"),
])
def test_indirect_deem(prepare, text, cue, content):
    doc = make_doc(prepare, text, titles=["مدیرکل سیاسی استانداری قزوین"])
    assert quotes_of(doc) == [expect("indirect", cue, "مدیرکل سیاسی استانداری قزوین", content)]


def test_indirect_deem_after_pronoun_and_comma(prepare):
    doc = make_doc(prepare, "صفر فضلی گفت: احزاب ضعیف‌اند. وی، تشکیل اتاق فکر را امری مهم تلقی کرد.",
                   people=["صفر فضلی"])
    assert quotes_of(doc)[1] == expect("indirect", "تلقی کرد", "صفر فضلی", "تشکیل اتاق فکر را امری مهم")


def test_circumfix_cue_is_joined(prepare):
    doc = make_doc(prepare, "محمد درافشانی خواستار توجه ویژه به احزاب و تسریع در استقرار خانه احزاب شد و "
                            "افزود: باید از این ظرفیت استفاده شود.", people=["محمد درافشانی"])
    quotes = extract_quotes(doc)
    assert quotes_of(doc)[0] == expect("indirect", "خواستار شد", "محمد درافشانی",
                                       "توجه ویژه به احزاب و تسریع در استقرار خانه احزاب")
    assert quotes[0].cue.text == "خواستار شد"
    assert {q.speaker for q in quotes} == {"محمد درافشانی"}


def test_from_news(prepare):
    doc = make_doc(prepare, "مدیرکل هواشناسی آذربایجان غربی از کاهش ۴۴ درصدی بارش در استان خبر داد.",
                   titles=["مدیرکل هواشناسی آذربایجان غربی"])
    assert quotes_of(doc) == [expect("indirect", "خبر داد", "مدیرکل هواشناسی آذربایجان غربی",
                               "کاهش 44 درصدی بارش در استان")]


@pytest.mark.parametrize("cue", ["اعلام کرد", "گفت", "معتقد است", "تاکید کرد"])
def test_that_clause(prepare, cue):
    doc = make_doc(prepare, f"وزیر امور خارجه {cue} که مذاکرات ادامه دارد.", titles=["وزیر امور خارجه"])
    assert quotes_of(doc) == [expect("indirect", cue, "وزیر امور خارجه", "مذاکرات ادامه دارد.")]


def test_stance_without_that(prepare):
    doc = make_doc(prepare, "رئیس سازمان بهزیستی ابراز امیدواری کرد این پویش به افزایش مشارکت مردم منجر شود.",
                   titles=["رئیس سازمان بهزیستی"])
    assert quotes_of(doc) == [expect("indirect", "ابراز امیدواری کرد", "رئیس سازمان بهزیستی",
                               "این پویش به افزایش مشارکت مردم منجر شود.")]


def test_saying_clause_before_the_verb(prepare):
    doc = make_doc(prepare, "وزیر نیرو با بیان اینکه مصرف برق بالا رفته است، گفت: همه باید صرفه‌جویی کنند.",
                   titles=["وزیر نیرو"])
    assert quotes_of(doc) == [expect("indirect", "بیان", "وزیر نیرو", "مصرف برق بالا رفته است"),
                              expect("direct", "گفت", "وزیر نیرو", "همه باید صرفه‌جویی کنند.")]


# ---------------------------------------------------------------- not quotes

@pytest.mark.parametrize("text", [
    "گفتنی است جلسه شورای اداری شهرستان تاکستان برگزار شده است.",
    "نشست گفت و گو محور با هیئت امنا مساجد شهر قزوین برگزار شد.",
    "وزیر فرهنگ با استاندار قزوین دیدار و گفتگو کرد.",
    "وزیر فرهنگ به نقش احزاب اشاره کرد.",
    "عکس: محمدمهدی دهقان",
    "مکان: شهر کوهستک، از بلوار ورودی شهر تا گلزار شهدا",
    "مراسم ساعت 20:30 برگزار می‌شود.",
    "یادآور می‌شود، این نشست هر ماه برگزار می‌شود.",
    "سرش را بلند کرد و نگاهی به جمعیت انداخت.",
])
def test_not_quotes(prepare, text):
    assert quotes_of(make_doc(prepare, text, post=True)) == []


def test_dateline_of_the_lead_is_not_a_quote(prepare):
    doc = make_doc(prepare, sections=[("headline", "خدمات بانکی در روستاها"),
                                      ("lead", "خبرگزاری فارس: رئیس پست بانک گفت: خدمات بانکی در روستاها ارایه می‌شود.")],
                   titles=["رئیس پست بانک"], metadata={"agency": "فارس"})
    assert quotes_of(doc) == [expect("direct", "گفت", "رئیس پست بانک", "خدمات بانکی در روستاها ارایه می‌شود.")]


def test_topic_is_not_a_quote_but_the_statement_is(prepare):
    doc = make_doc(prepare, "حسینی با اشاره به انتخابات پیش روی مجلس بیان کرد: مشارکت مردم مهم است.",
                   people=["حسینی"])
    assert quotes_of(doc) == [expect("direct", "بیان کرد", "حسینی", "مشارکت مردم مهم است.")]


def test_cue_inside_a_quote_is_not_a_new_quote(prepare):
    doc = make_doc(prepare, "وزیر نیرو گفت: رئیس‌جمهور تاکید کرد: باید کار کنیم.", titles=["وزیر نیرو"])
    assert [q[1] for q in quotes_of(doc)] == [folded("گفت")]


# ---------------------------------------------------------------- speakers

def test_pronoun_and_dropped_subject_continue_the_last_speaker(prepare):
    doc = make_doc(prepare, "عباس کاظمی تصریح کرد: مردم به میدان آمدند. وی افزود: باید تلاش کنیم. "
                            "در ادامه افزود: گفتمان مردمی غالب شود.", people=["عباس کاظمی"])
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["عباس کاظمی"] * 3
    assert [q.speaker_mention.text if q.speaker_mention else None for q in quotes] == ["عباس کاظمی", "وی", None]
    assert "speaker:pronoun→previous" in quotes[1].evidence


def test_description_continues_the_last_speaker(prepare):
    doc = make_doc(prepare, "صفر فضلی افزود: احزاب ضعیف‌اند. این مسئول سیاسی تاکید کرد: احزاب باید فعال شوند.",
                   people=["صفر فضلی"])
    quotes = extract_quotes(doc)
    assert quotes[1].speaker == "صفر فضلی" and quotes[1].speaker_mention.text == "این مسئول سیاسی"


def test_title_whose_holder_the_clusters_name(prepare):
    doc = make_doc(prepare, "فرماندار تاکستان تصریح کرد: اقتدار کشور مرهون شهدا است. "
                            "جلسه به ریاست سیدجمال‌الدین حسینی برگزار شد.",
                   people=["سیدجمال‌الدین حسینی"], titles=["فرماندار تاکستان"],
                   holders={"فرماندار تاکستان": "سیدجمال‌الدین حسینی"})
    [quote] = extract_quotes(doc)
    assert (quote.speaker, quote.speaker_mention.text) == ("سیدجمال‌الدین حسینی", "فرماندار تاکستان")


def test_title_then_name_in_the_chain_of_speakers(prepare):
    doc = make_doc(prepare, "فرماندار البرز تصریح کرد: دولت حرکت کرده است. وی افزود: سمینار برگزار شد. "
                            "غفوری ضمن تقدیر از ساتبا، تصریح کرد: انرژی دغدغه دولت است.",
                   people=["غفوری"], titles=["فرماندار البرز"])
    assert [q.speaker for q in extract_quotes(doc)] == ["غفوری"] * 3


def test_name_then_title(prepare):
    doc = make_doc(prepare, "صفر فضلی افزود: احزاب ضعیف‌اند. مدیرکل سیاسی استانداری قزوین تاکید کرد: "
                            "خانه احزاب راه‌اندازی می‌شود.", people=["صفر فضلی"], titles=["مدیرکل سیاسی استانداری قزوین"])
    assert [q.speaker for q in extract_quotes(doc)] == ["صفر فضلی"] * 2


def test_surname_resolves_to_the_full_name(prepare):
    doc = make_doc(prepare, "عباس کاظمی در نشست با هیئت امنا حضور یافت. کاظمی بیان کرد: نگاه به انتخابات مهم است.",
                   people=["عباس کاظمی", "کاظمی"])
    [quote] = extract_quotes(doc)
    assert (quote.speaker, quote.speaker_mention.text) == ("عباس کاظمی", "کاظمی")


def test_surname_without_clusters(prepare):
    doc = make_doc(prepare, "عباس کاظمی گفت: مردم آمدند. کاظمی بیان کرد: نگاه به انتخابات مهم است.")
    assert [q.speaker for q in extract_quotes(doc)] == ["عباس کاظمی", "عباس کاظمی"]


def test_organisation_as_speaker(prepare):
    doc = make_doc(prepare, "وزارت نیرو اعلام کرد: خاموشی برنامه‌ریزی شده نداریم.", orgs=["وزارت نیرو"])
    assert quotes_of(doc)[0][2] == folded("وزارت نیرو")


def test_subject_without_entity_is_still_given(prepare):
    doc = make_doc(prepare, "سرهنگ همتی‌زاده در جمع خبرنگاران افزود: رانندگان احتیاط کنند.")
    assert quotes_of(doc)[0][2] == folded("سرهنگ همتی‌زاده")


def test_reply_post_continues_the_parent_speaker(prepare, monkeypatch):
    parent = make_doc(prepare, "🔹عباس کاظمی تصریح کرد: مردم به میدان آمدند.", people=["عباس کاظمی"], post=True)
    parent = attrs.evolve(parent, quotes=extract_quotes(parent))
    monkeypatch.setattr("persianews.threads.parent_document", lambda article: parent)
    child = make_doc(prepare, "🔹وی افزود: گفتمان مردمی باید غالب شود.\n🔹کاظمی یادآور شد: حکمرانی مردمی مهم است.",
                     post=True, replied_to=parent.article)
    quotes = extract_quotes(child)
    assert [q.speaker for q in quotes] == ["عباس کاظمی", "عباس کاظمی"]
    assert "speaker:pronoun→thread" in quotes[0].evidence


# ---------------------------------------------------------------- held-out error classes

def test_surname_with_zwnj_or_two_words_resolves_to_the_full_name(prepare):
    doc = make_doc(prepare, "حشمت‌الله فلاحت‌پیشه گفت: بودجه کافی نیست. فلاحت‌پیشه افزود: باید صبر کرد. "
                            "محسن عرب مقصودی اظهار داشت: گاز می‌رسد. عرب مقصودی یادآور شد: کار ادامه دارد.",
                   people=["حشمت‌الله فلاحت‌پیشه"])
    assert [q.speaker for q in extract_quotes(doc)] == ["حشمت‌الله فلاحت‌پیشه"] * 2 + ["محسن عرب مقصودی"] * 2


def test_known_name_then_object_of_a_judging_verb(prepare):
    doc = make_doc(prepare, "محمدرضا عمرون گفت: پرونده‌ها بررسی شد. عمرون تعداد پرونده‌های قاچاق را پنج هزار "
                            "فقره اعلام کرد.", people=["محمدرضا عمرون"])
    assert quotes_of(doc)[1] == expect("indirect", "اعلام کرد", "محمدرضا عمرون",
                                       "تعداد پرونده‌های قاچاق را پنج هزار فقره")


def test_another_role_with_also_starts_a_new_speaker(prepare):
    doc = make_doc(prepare, "استاندار کرمانشاه گفت: مدارس ساخته می‌شود. محمد شهریاری افزود: کلاس‌ها آماده است. "
                            "وی ادامه داد: خیران کمک کردند. رئیس اداره نوسازی مدارس نیز گفت: معلم کم داریم. "
                            "وی افزود: نیرو جذب می‌شود.",
                   people=["محمد شهریاری"], titles=["استاندار کرمانشاه", "رئیس اداره نوسازی مدارس"],
                   holders={"استاندار کرمانشاه": "محمد شهریاری"})
    assert [q.speaker for q in extract_quotes(doc)] == ["محمد شهریاری"] * 3 + ["رئیس اداره نوسازی مدارس"] * 2


def test_a_second_title_of_the_same_speaker_without_also_continues(prepare):
    doc = make_doc(prepare, "علی نیکزاد گفت: مدیر باید بومی باشد. نماینده مردم اردبیل ادامه داد: "
                            "این مجموعه راهبردی است.", people=["علی نیکزاد"], titles=["نماینده مردم اردبیل"])
    assert [q.speaker for q in extract_quotes(doc)] == ["علی نیکزاد", "علی نیکزاد"]


def test_role_in_the_lead_is_the_person_the_body_names_with_that_role(prepare):
    doc = make_doc(prepare, sections=[("lead", "داور بین‌المللی بسکتبال گفت: داوری زنان پیشرفت کرده است."),
                                      ("body", "عباس رضایی گفت: زمین آماده نبود. امیرحسین صفرزاده داور بسکتبال "
                                               "کشورمان گفت: داوری زنان پیشرفت زیادی کرده است.")],
                   people=["عباس رضایی", "امیرحسین صفرزاده"], titles=["داور بین‌المللی بسکتبال", "داور بسکتبال کشورمان"],
                   holders={"داور بسکتبال کشورمان": "امیرحسین صفرزاده"})
    assert [q.speaker for q in extract_quotes(doc)] == ["امیرحسین صفرزاده", "عباس رضایی", "امیرحسین صفرزاده"]


def test_indefinite_role_in_the_lead_and_a_name_in_guillemets(prepare):
    doc = make_doc(prepare, sections=[("lead", "یک پژوهشگر فلسطینی از صلیب سرخ خواست تا از خانواده اسرا حمایت کند."),
                                      ("body", "«ریاض الاشقر»، پژوهشگر امور اسرای فلسطینی تاکید کرد اشغالگران "
                                               "خانواده اسرا را بازداشت می‌کنند. الاشقر افزود: این رفتار ادامه دارد.")])
    quotes = quotes_of(doc)
    assert quotes[0] == expect("indirect", "خواست", "ریاض الاشقر", "از خانواده اسرا حمایت کند.")
    assert [q[2] for q in quotes] == [folded("ریاض الاشقر")] * 3
    assert quotes[1][:2] == ("indirect", folded("تاکید کرد"))


def test_title_no_entity_covers_ends_at_its_comma(prepare):
    doc = make_doc(prepare, "مدیر عامل شرکت سرمایه‌گذاری و توسعه صنایع سیمان، بسترسازی برای صادرات را ضروری دانست.")
    assert quotes_of(doc) == [expect("indirect", "دانست", "مدیر عامل شرکت سرمایه‌گذاری و توسعه صنایع سیمان",
                                     "بسترسازی برای صادرات را ضروری")]


@pytest.mark.parametrize("opening", ["با اشاره به این نکته که", "با ابراز امیدواری از اینکه"])
def test_saying_clause_with_a_noun_before_that(prepare, opening):
    doc = make_doc(prepare, f"وزیر نیرو {opening} مصرف کم می‌شود، گفت: همه کمک کنند.", titles=["وزیر نیرو"])
    assert [(q[0], q[3]) for q in quotes_of(doc)] == [("indirect", folded("مصرف کم می‌شود")),
                                                     ("direct", folded("همه کمک کنند."))]


def test_saying_clause_ends_before_the_main_verb_after_a_comma(prepare):
    doc = make_doc(prepare, "دولت افغانستان با اشاره به اینکه حضور او در مذاکرات موثر است، بارها خواستار آزادی وی شد.",
                   orgs=["دولت افغانستان"])
    assert [q[3] for q in quotes_of(doc)] == [folded("حضور او در مذاکرات موثر است"), folded("آزادی وی")]


def test_interview_answers_by_surname_and_not_the_questions(prepare):
    doc = make_doc(prepare, "محمد تهذیبی به پرسش‌های ما پاسخ داد.\nفارس: وضع کتابخانه‌ها چگونه است؟\n"
                            "تهذیبی: کتابخانه‌ها رشد خوبی داشته‌اند اما منابع کافی نیست.",
                   people=["محمد تهذیبی", "تهذیبی"], metadata={"agency": "فارس"})
    assert quotes_of(doc) == [expect("direct", "", "محمد تهذیبی", "کتابخانه‌ها رشد خوبی داشته‌اند اما منابع کافی نیست.")]


@pytest.mark.parametrize("attribution, cue", [("وی افزود", "افزود"), ("به گفته وی", "به گفته")])
def test_attribution_after_the_words_in_guillemets(prepare, attribution, cue):
    doc = make_doc(prepare, f"عباس کاظمی گفت: مردم آمدند. «بودجه امسال کافی نیست»، {attribution}.", people=["عباس کاظمی"])
    assert quotes_of(doc)[1] == expect("direct", cue, "عباس کاظمی", "بودجه امسال کافی نیست")


def test_request_from_someone(prepare):
    doc = make_doc(prepare, "فرماندار زیرکوه از مدیران دستگاه‌ها خواست تا در اجرای طرح همکاری کنند.",
                   titles=["فرماندار زیرکوه"])
    assert quotes_of(doc) == [expect("indirect", "خواست", "فرماندار زیرکوه", "در اجرای طرح همکاری کنند.")]


@pytest.mark.parametrize("cue", ["اعلام کرد", "تاکید کرد", "مدعی شد"])
def test_verb_of_saying_then_a_clause_without_that(prepare, cue):
    doc = make_doc(prepare, f"سفارت ایران در وین {cue} در تلاش است پروازی برای بازگشت هموطنان برقرار کند.",
                   orgs=["سفارت ایران در وین"])
    assert quotes_of(doc) == [expect("indirect", cue, "سفارت ایران در وین",
                                     "در تلاش است پروازی برای بازگشت هموطنان برقرار کند.")]


def test_topic_verb_then_words_is_not_a_clause(prepare):
    doc = make_doc(prepare, "وزیر فرهنگ اشاره کرد به نقش احزاب در انتخابات.", titles=["وزیر فرهنگ"])
    assert quotes_of(doc) == []


def test_plural_speakers_are_a_group_not_a_name(prepare):
    doc = make_doc(prepare, "مسئولان استان اعلام کردند که کتابخانه تا پایان سال افتتاح می‌شود. "
                            "وزیر فرهنگ گفت: کتاب‌خوانی باید ترویج شود.", titles=["وزیر فرهنگ"])
    assert [q[2] for q in quotes_of(doc)] == [folded("مسئولان استان"), folded("وزیر فرهنگ")]


def test_future_is_not_a_statement_but_a_negated_judgement_is(prepare):
    doc = make_doc(prepare, "وزیر خارجه فردا خواهد گفت: ما آماده‌ایم. وزیر خارجه راه‌حل نظامی را ممکن ندانست.",
                   titles=["وزیر خارجه"])
    assert quotes_of(doc) == [expect("indirect", "ندانست", "وزیر خارجه", "راه‌حل نظامی را ممکن")]


@pytest.mark.parametrize("lead_in", ["به گزارش ایرنا، ", "به گزارش خبرنگار پارلمانی خبرگزاری فارس "])
def test_the_agency_that_reports_is_not_the_speaker(prepare, lead_in):
    doc = make_doc(prepare, f"{lead_in}سید رضا زواره‌ای با بیان اینکه دوره حقوقدانان تمام می‌شود، اظهار داشت: "
                            "حقوقدانان جدید معرفی می‌شوند.", people=["سید رضا زواره‌ای"], orgs=["ایرنا", "خبرگزاری فارس"])
    assert {q[2] for q in quotes_of(doc)} == {folded("سید رضا زواره‌ای")}


def test_semicolon_typed_for_the_colon(prepare):
    doc = make_doc(prepare, "رضا تبریزی گفت: کار ادامه دارد. مدیر کانون در پایان عنوان کرد؛ بسته‌های غذایی توزیع شد.",
                   people=["رضا تبریزی"])
    assert quotes_of(doc)[1][:2] == ("direct", folded("عنوان کرد"))
    assert quotes_of(doc)[1][3] == folded("بسته‌های غذایی توزیع شد.")


@pytest.mark.parametrize("text", [
    "شرکت خودروسازی شرایط فروش فوری خودرو را اعلام کرد؛ این فروش از ساعت ده صبح آغاز می‌شود.",
    "برخی منابع تعداد موشک‌ها را پنج فروند اعلام کرده‌اند؛ در پی آن آژیر خطر به صدا درآمد.",
    # an apposition on what the clause did: a noun in «ی» and «که», or «به‌طوری که»
    "شرکت مخابرات از قطع یک‌ساعته اینترنت خبر داد؛ قطعی‌ای که به دلیل حمله سایبری رخ داده بود.",
    "وزیر بهداشت به رئیس سازمان نامه نوشت؛ اقدامی که بار دیگر اختلاف دو نهاد را نشان داد.",
    "رئیس باشگاه گفت؛ به‌طوری که همه خبرنگاران شنیدند و تعجب کردند.",
])
def test_a_semicolon_after_a_verb_with_its_object_is_no_colon(prepare, text):
    # «… را اعلام کرد؛ …»: the verb took its object; the «؛» ends the clause, no statement follows
    assert [q for q in quotes_of(make_doc(prepare, text)) if q[0] == "direct"] == []


def test_an_organisation_is_never_given_a_persons_name(prepare):
    doc = make_doc(prepare, "وزارت خزانه‌داری آمریکا اعلام کرد که بانک تحریم شد. عباس کاظمی گفت: این تحریم اثر ندارد.",
                   people=["عباس کاظمی"], orgs=["وزارت خزانه‌داری آمریکا"])
    assert [q[2] for q in quotes_of(doc)] == [folded("وزارت خزانه‌داری آمریکا"), folded("عباس کاظمی")]


def test_anaphor_with_no_earlier_speaker_is_the_person_just_named(prepare):
    doc = make_doc(prepare, "در این مسابقات مینو عابدی سه مدال گرفت. این ورزشکار اصفهانی مدعی شد کمانش معیوب بوده است.",
                   people=["مینو عابدی"])
    assert quotes_of(doc) == [expect("indirect", "مدعی شد", "مینو عابدی", "کمانش معیوب بوده است.")]


# ---------------------------------------------------------------- records

def test_quote_records_carry_spans_confidence_and_evidence(prepare):
    doc = make_doc(prepare, "فرماندار البرز تصریح کرد: دولت حرکت کرده است.", titles=["فرماندار البرز"])
    [quote] = extract_quotes(doc)
    assert isinstance(quote, Quote) and 0 < quote.confidence <= 1
    assert quote.evidence[0] == "cue:direct-colon" and any(e.startswith("speaker:") for e in quote.evidence)
    for part in (quote.content, quote.cue, quote.speaker_mention):
        assert part.span.slice(doc.text) == part.text
        assert part.source_span.slice(doc.source_text).replace(" ", "") == part.text.replace(" ", "")
    assert quote.span.contains(quote.content.span) and quote.span.contains(quote.speaker_mention.span)
    assert json.dumps(quote.to_dict(), ensure_ascii=False)


# ---------------------------------------------------------------- the seed gold

def _load_scorer(shared):
    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_seed_gold_end_to_end(nlp, shared):
    from pathlib import PurePath

    outputs = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for document in nlp.pipe(persianews.read(path)):
            out = document.to_dict()
            outputs[(PurePath(out["source"]["path"]).name, out["source"]["record"])] = out
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    result = _load_scorer(shared).score(gold["documents"], outputs, [])["quotes"]
    assert result["detection"]["f1"] >= 0.95
    assert result["attribution"]["f1"] >= 0.90
    assert result["cue_accuracy_on_matched"] >= 0.95
    assert result["kind_accuracy_on_matched"] >= 0.95

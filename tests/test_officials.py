"""The officials stage: people linked to titles, clusters, reply threads, and the seed gold end to end."""

from __future__ import annotations

import json
import sys

import pytest

import persianews
from persianews.entities.keys import fold
from persianews.records import Article, Provenance

from .conftest import SEEDS

STAGES = ("normalize", "segment", "entities", "officials")


@pytest.fixture(scope="module")
def link():
    nlp = persianews.load(stages=STAGES)

    def run(text: str, replied_to: Article | None = None, record: int = 0):
        return nlp(Article(text, metadata={"channel": "ostan_zn_ir"}, provenance=Provenance("thread.txt", record),
                           replied_to=replied_to))

    return run


def officials(doc) -> set[tuple[str, str]]:
    return {(fold(o.name).replace(" ", ""), fold(o.title.text).replace(" ", "")) for o in doc.officials}


def pairs(*items: tuple[str, str]) -> set[tuple[str, str]]:
    return {(fold(p).replace(" ", ""), fold(t).replace(" ", "")) for p, t in items}


@pytest.mark.parametrize("text, expected", [
    ("رضا شریفی‌نیا معاون عمرانی استانداری سمنان گفت: پروژه‌ها پیش می‌رود.",
     {("رضا شریفی‌نیا", "معاون عمرانی استانداری سمنان")}),
    ("فرماندار شهرستان بم علی نوروزی‌پور در جلسه گفت: کار آغاز شد.",
     {("علی نوروزی‌پور", "فرماندار شهرستان بم")}),
    ("در این جلسه مهدی کاظمیان‌فر، مدیرکل راهداری استان قم، گزارش داد.",
     {("مهدی کاظمیان‌فر", "مدیرکل راهداری استان قم")}),
    ("با حضور حسن رحمانی‌پور وزیر نیرو و علی طاهری‌نیا استاندار زنجان برگزار شد.",
     {("حسن رحمانی‌پور", "وزیر نیرو"), ("علی طاهری‌نیا", "استاندار زنجان")}),
])
def test_apposition(link, text, expected):
    assert officials(link(text)) == pairs(*expected)


def test_a_bare_title_beside_a_name_takes_the_fuller_title_of_the_document(link):
    text = ("🔹فرماندار سمنان در جلسه شورای اداری گفت: بودجه کافی است.\n"
            "🔹جلسه به ریاست علی رضایی‌نسب فرماندار برگزار شد.")
    assert officials(link(text)) == pairs(("علی رضایی‌نسب", "فرماندار سمنان"))


def test_succession_links_an_unnamed_title_to_a_later_subject(link):
    text = ("🔹فرماندار مهدیشهر در بازدید از کارخانه تصریح کرد: تولید بیشتر شد.\n"
            "🔹وی افزود: اشتغال هم بیشتر شد.\n"
            "🔹کاظم‌زاده ضمن تقدیر از کارگران تصریح کرد: کار ادامه دارد.")
    doc = link(text)
    assert officials(doc) == pairs(("کاظم‌زاده", "فرماندار مهدیشهر"))
    assert doc.officials[0].rule == "succession"


def test_succession_stops_at_a_new_speaker(link):
    text = ("🔹استاندار سمنان گفت: کار آغاز شد.\n"
            "🔹محمد رضایی‌نسب نیز گفت: همه کمک می‌کنند.")
    assert not link(text).officials


def test_succession_from_a_name_to_a_later_title(link):
    text = ("🔹عباس نیک‌فرجام در نشست با معلمان تصریح کرد: آموزش مهم است.\n"
            "🔹مدیرکل آموزش و پرورش استان زنجان اظهار کرد: مدارس آماده‌اند.")
    assert officials(link(text)) == pairs(("عباس نیک‌فرجام", "مدیرکل آموزش و پرورش استان زنجان"))


def test_clusters_join_a_surname_to_the_full_name(link):
    doc = link("ناصر کاظمیان‌پور در جلسه حاضر شد. کاظمیان‌پور افزود: بودجه کافی است.")
    people = [c for c in doc.clusters if c.label == "PERSON"]
    assert len(people) == 1 and people[0].name == "ناصر کاظمیان‌پور" and len(people[0].mentions) == 2
    assert {e.cluster for e in doc.entities if e.label == "PERSON"} == {people[0].id}


def test_title_only_referent_is_a_cluster(link):
    doc = link("🔹فرماندار مهدیشهر گفت: کار ادامه دارد.\n🔹فرماندار مهدیشهر افزود: بودجه رسید.")
    titles = [c for c in doc.clusters if c.label == "TITLE"]
    assert len(titles) == 1 and fold(titles[0].display).replace(" ", "") == "فرماندارمهدیشهر"
    assert len(titles[0].mentions) == 2


def test_reply_post_takes_the_fullest_name_of_the_thread(link):
    parent = Article("🔹مهدی صالحی‌فر در نشست با اعضای شورا تصریح کرد: مشارکت مهم است.",
                     metadata={"channel": "ostan_zn_ir"}, provenance=Provenance("thread.txt", 0))
    doc = link("🔹صالحی‌فر یادآور شد: انتخابات نزدیک است.\n"
               "🔹معاون سیاسی، امنیتی و اجتماعی استاندار زنجان اظهار کرد: همه باید شرکت کنند.",
               replied_to=parent, record=1)
    person = next(c for c in doc.clusters if c.label == "PERSON")
    assert person.name == "مهدی صالحی‌فر" and person.display == "مهدی صالحی‌فر"
    assert officials(doc) == pairs(("صالحی‌فر", "معاون سیاسی، امنیتی و اجتماعی استاندار زنجان"))


def test_seed_gold_end_to_end(shared):
    sys.path.insert(0, str(shared / "tools"))
    from score import score

    nlp = persianews.load()
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for article in persianews.read(str(path)):
            record = nlp(article).to_dict()
            out[(path.name, record["source"]["record"])] = record
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    result = score(gold["documents"], out, [])
    entities = result["entities"]
    assert entities["ALL"]["f1"] >= 0.95
    assert all(entities[label]["f1"] >= 0.90 for label in ("PERSON", "TITLE", "ORG", "LOC"))
    assert result["officials"]["f1"] >= 0.95

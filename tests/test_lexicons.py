"""The shipped gazetteers and lexicons load and hold the entries the rules rely on."""

from __future__ import annotations

import re
from collections import defaultdict
from importlib import resources

import pytest

from persianews.resources import data_rows, open_text

ZWNJ = "\u200c"

TABLES = {
    "places.tsv": ["surface", "canonical", "kind", "id", "province_id", "province", "ambiguous"],
    "given_names.tsv": ["name", "gender", "frequency", "common_word"],
    "honorifics.tsv": ["surface", "canonical", "kind"],
    "title_heads.tsv": ["surface", "canonical", "kind", "needs_complement", "profession"],
    "organizations.tsv": ["surface", "canonical", "kind", "short", "ambiguous"],
    "org_heads.tsv": ["head", "kind", "takes"],
}
LISTS = ["title_plurals.txt", "portfolios.txt", "professions.txt"]

# Arabic letter variants, diacritics, tatweel, Arabic-Indic digits, stray marks.
BAD_CHARS = re.compile("[يكىةۀ\u064b-\u065f\u0670\u0640\u0660-\u0669\u06f0-\u06f9\u200d\u200e\u200f\ufeff]")


def header(name: str) -> list[str]:
    lines = []
    with open_text(name) as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            lines.append(line.rstrip("\n"))
    return lines


@pytest.fixture(scope="module")
def rows():
    cache = {}

    def get(name):
        if name not in cache:
            cache[name] = list(data_rows(name))
        return cache[name]

    return get


@pytest.mark.parametrize("name", list(TABLES) + LISTS)
def test_header_names_content_source_and_licence(name):
    lines = header(name)
    assert lines, f"{name} has no # header"
    text = "\n".join(lines)
    assert "source:" in text
    assert "licence:" in text
    assert "built by: " in text and "models/build/" in text
    if name in TABLES:
        assert f"# columns: {chr(9).join(TABLES[name])}" in lines


@pytest.mark.parametrize("name", list(TABLES) + LISTS)
def test_size_is_reasonable(name):
    size = len(resources.files("persianews.models").joinpath(name).read_bytes())
    assert 0 < size < 3_000_000


@pytest.mark.parametrize("name", list(TABLES))
def test_column_counts(name, rows):
    width = len(TABLES[name])
    table = rows(name)
    assert table
    bad = [r for r in table if len(r) != width]
    assert not bad[:5]


@pytest.mark.parametrize("name", LISTS)
def test_lists_have_one_item_per_line(name, rows):
    items = rows(name)
    assert items
    assert all(len(r) == 1 and r[0] == r[0].strip() and r[0] for r in items)


@pytest.mark.parametrize("name,columns", [
    ("places.tsv", (0, 1, 5)), ("given_names.tsv", (0,)), ("honorifics.tsv", (0, 1)),
    ("title_heads.tsv", (0, 1)), ("organizations.tsv", (0, 1, 3)), ("org_heads.tsv", (0,)),
    ("title_plurals.txt", (0,)), ("portfolios.txt", (0,)), ("professions.txt", (0,)),
])
def test_canonical_spelling(name, columns, rows):
    for row in rows(name):
        for i in columns:
            value = row[i]
            assert not BAD_CHARS.search(value), (name, row)
            assert value == value.strip() and "  " not in value, (name, row)
            assert not value.startswith(ZWNJ) and not value.endswith(ZWNJ), (name, row)
            assert f" {ZWNJ}" not in value and f"{ZWNJ} " not in value, (name, row)


# ---------------------------------------------------------------- places

@pytest.fixture(scope="module")
def places(rows):
    by_surface = defaultdict(list)
    for r in rows("places.tsv"):
        by_surface[r[0]].append(dict(zip(TABLES["places.tsv"], r)))
    return by_surface


def test_places_division_counts(rows):
    ids = defaultdict(set)
    for r in rows("places.tsv"):
        ids[r[2]].add(r[3])
    assert len(ids["province"]) == 31
    assert len(ids["county"]) == 448
    assert len(ids["city"]) == 1354
    assert len(ids["sector"]) > 1000
    assert len(ids["country"]) >= 190
    assert len(ids["world_city"]) >= 150


def test_places_one_row_per_surface_kind_id(rows):
    keys = [(r[0], r[2], r[3]) for r in rows("places.tsv")]
    assert len(keys) == len(set(keys))


def test_places_flags(rows):
    assert {r[6] for r in rows("places.tsv")} == {"0", "1"}


def test_qazvin_and_takestan(places):
    kinds = {(p["kind"], p["province"]) for p in places["قزوین"]}
    assert {("province", "قزوین"), ("county", "قزوین"), ("city", "قزوین")} <= kinds
    assert all(p["ambiguous"] == "0" for p in places["قزوین"])
    assert any(p["kind"] == "county" and p["province"] == "قزوین" for p in places["تاکستان"])


def test_alborz_is_a_province_and_a_county_of_qazvin(places):
    alborz = places["البرز"]
    province = [p for p in alborz if p["kind"] == "province"]
    county = [p for p in alborz if p["kind"] == "county"]
    assert province and province[0]["province"] == "البرز"
    assert county and county[0]["province"] == "قزوین"
    qazvin_id = next(p["id"] for p in places["قزوین"] if p["kind"] == "province")
    assert county[0]["province_id"] == qazvin_id


@pytest.mark.parametrize("surface", ["بوئین‌زهرا", "بوئین زهرا", "بوئینزهرا", "بویین زهرا", "بویین‌زهرا"])
def test_bueen_zahra_variants(places, surface):
    assert any(p["canonical"] == "بوئین‌زهرا" and p["kind"] == "county" for p in places[surface])


@pytest.mark.parametrize("surface", ["آذربایجان شرقی", "آذربایجان‌شرقی", "کهگیلویه و بویراحمد",
                                     "سیستان و بلوچستان", "خراسان رضوی", "چهارمحال و بختیاری"])
def test_province_long_forms(places, surface):
    assert any(p["kind"] == "province" for p in places[surface])


@pytest.mark.parametrize("surface,kind", [("نور", "city"), ("بهار", "city"), ("آباد", "city"),
                                          ("مرکزی", "sector"), ("مرکزی", "province"), ("آزادی", "city")])
def test_common_words_are_ambiguous(places, surface, kind):
    hits = [p for p in places[surface] if p["kind"] == kind]
    assert hits and all(p["ambiguous"] == "1" for p in hits)


@pytest.mark.parametrize("surface,canonical", [("آمریکا", "آمریکا"), ("امریکا", "آمریکا"), ("ایالات متحده", "آمریکا"),
                                               ("انگلستان", "انگلیس"), ("بریتانیا", "انگلیس"), ("پاریس", "پاریس")])
def test_world_places(places, surface, canonical):
    assert any(p["canonical"] == canonical for p in places[surface])


def test_world_city_parent_country(places):
    paris = next(p for p in places["پاریس"] if p["kind"] == "world_city")
    assert paris["province_id"] == "country:FR" and paris["province"] == "فرانسه"


# ---------------------------------------------------------------- names and titles

def test_given_names(rows):
    names = {r[0]: r for r in rows("given_names.tsv")}
    for name in ("محمدمهدی", "محمد مهدی", "جمال‌الدین", "جمال الدین", "جمالالدین", "غلامحسین", "علی"):
        assert name in names, name
    assert names["امید"][3] == "1"
    assert names["علی"][3] == "0"
    # «آباد» is a word, not a plain given name
    assert "آباد" not in names or names["آباد"][3] == "1"
    assert {r[1] for r in rows("given_names.tsv")} <= {"m", "f", "u"}
    assert {r[2] for r in rows("given_names.tsv")} <= {"common", "normal", "rare"}
    assert not any(r[0].startswith("سید") for r in rows("given_names.tsv"))


def test_foreign_given_names(rows):
    names = {r[0]: r for r in rows("given_names.tsv")}
    for name in ("عبدالملک", "نبیه", "سرگئی", "جوزپه", "وارطان", "دونالد", "امانوئل", "عبدالله"):
        assert name in names, name
    # foreign names that are also ordinary words need more evidence
    for name in ("جان", "جو", "شی", "کیت", "سم", "عادل"):
        assert names[name][3] == "1", name
    # Persian function words, verbs and very frequent words are not names
    for word in ("ما", "آن", "چه", "کاش", "تمام", "زیاد", "دولت", "پارک"):
        assert word not in names, word


def test_honorifics(rows):
    table = {r[0]: r for r in rows("honorifics.tsv")}
    for surface in ("سید", "حجت‌الاسلام", "حجت الاسلام", "حجت‌الاسلام والمسلمین", "آیت‌الله", "سردار", "دکتر", "شهید"):
        assert surface in table, surface
    assert {r[2] for r in rows("honorifics.tsv")} == {"religious", "military", "academic", "general", "martyr"}


def test_title_heads(rows):
    table = {r[0]: r for r in rows("title_heads.tsv")}
    assert table["استاندار"][3] == "0"
    assert table["فرماندار"][3] == "0"
    assert table["مدیرکل"][3] == "1" and table["مدیر کل"][1] == "مدیرکل"
    assert table["وزیر"][3] == "1"
    assert table["رئیس جمهور"][1] == table["رییس‌جمهور"][1] == "رئیس‌جمهور"
    assert table["وزیر نیرو"][3] == "0"
    assert table["خبرنگار"][2] == "journalist"
    assert table["کارشناس"][2] == "expert"
    assert table["سخنگوی"][1] == "سخنگو"


def test_plurals_are_not_heads(rows):
    plurals = {r[0] for r in rows("title_plurals.txt")}
    heads = {r[0] for r in rows("title_heads.tsv")}
    for word in ("استانداران", "بخشداران", "مدیران", "معاونین", "مسئولان", "نمایندگان", "روسا", "رؤسا"):
        assert word in plurals, word
    assert not plurals & heads


def test_portfolios(rows):
    items = {r[0] for r in rows("portfolios.txt")}
    for item in ("سیاسی", "امنیتی", "اجتماعی", "تقسیمات کشوری", "انتخابات", "بین‌الملل", "بین الملل",
                 "هماهنگی امور عمرانی"):
        assert item in items, item


def test_profession_heads_are_title_heads_that_describe_a_person(rows):
    """Each head title_heads.tsv marks as a profession is a canonical head of a kind that holds offices, marked on
    every spelling, and a title it heads describes a person (lexicons.description_heads), as an expert's or a
    reporter's does."""
    from persianews.entities import lexicons

    assert {row[4] for row in rows("title_heads.tsv")} == {"0", "1"}
    heads = {row[1] for row in rows("title_heads.tsv") if row[4] == "1"}
    assert heads == {"وکیل", "قاضی", "مجری", "مربی"}
    assert all(row[4] == "1" for row in rows("title_heads.tsv") if row[1] in heads)
    kinds = {canonical: kind for _surface, canonical, kind, _needs, _profession in rows("title_heads.tsv")}
    assert all(kinds.get(head) not in (None, "expert", "journalist") for head in heads)
    described = lexicons.description_heads()
    assert set(heads) <= described and {"کارشناس", "خبرنگار"} <= described
    assert not {"سرمربی", "استاندار", "وزیر"} & described


# ---------------------------------------------------------------- organisations

def test_organizations(rows):
    table = defaultdict(list)
    for r in rows("organizations.tsv"):
        table[r[0]].append(r)
    assert any(r[2] == "acronym" and r[3] == "ساتبا" for r in table["ساتبا"])
    assert any(r[2] == "agency" and r[3] == "ایرنا" for r in table["ایرنا"])
    assert any(r[1] == "وزارت نیرو" and r[2] == "ministry" for r in table["وزارت نیرو"])
    assert any(r[1] == "وزارت بهداشت، درمان و آموزش پزشکی" for r in table["وزارت بهداشت"])
    assert any(r[1] == "مجلس شورای اسلامی" for r in table["مجلس شورای اسلامی"])
    assert all(r[4] == "1" for r in table["مهر"])
    assert any(r[4] == "0" for r in table["خبرگزاری مهر"])
    assert table["سازمان جنگل‌ها، مراتع و آبخیزداری کشور"]
    assert not any("فرا قوهای" in r[0] or "جنگلها" in r[1] for rs in table.values() for r in rs)


def test_org_heads(rows):
    table = {r[0]: r for r in rows("org_heads.tsv")}
    assert table["استانداری"][2] == "place"
    assert table["فرمانداری"][2] == "place"
    assert table["اداره کل"][2] == "name"
    assert table["حزب"][2] == "name"
    assert {r[2] for r in rows("org_heads.tsv")} == {"place", "name", "place_or_name"}

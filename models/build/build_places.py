"""Build models/places.tsv from the Iranian divisions data and world_places.txt.

Build time only, stdlib only. Run from the project root:

    python models/build/build_places.py

Reads  ../shared/data/iran-divisions/{provinces,counties,sectors,cities}.csv
       (SaliBhdr/typhoon-iran-cities, MIT), models/build/world_places.txt and
       hazm's data/words.dat (MIT; found without importing hazm).
Writes models/places.tsv.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    DATA,
    HERE,
    MODELS,
    ZWNJ,
    dedupe,
    half_space,
    hazm_version,
    load_hazm_words,
    normalize,
    phrase_variants,
    read_csv,
    spacing_variants,
    write_table,
    yeh_hamza_variants,
)

DIV = DATA / "iran-divisions"
OUT = MODELS / "places.tsv"
COLUMNS = ["surface", "canonical", "kind", "id", "province_id", "province", "ambiguous"]
KIND_ORDER = {"province": 0, "county": 1, "sector": 2, "city": 3, "country": 4, "world_city": 5, "region": 6}

# ---------------------------------------------------------------------------
# Canonical spelling of the source names
# ---------------------------------------------------------------------------
# Source name (after letter normalisation) -> (canonical, extra aliases).
# The source has no ZWNJ, glues «و» to the next word, and sometimes differs
# from the spelling Iranian news uses.
OVERRIDES: dict[str, tuple[str, list[str]]] = {
    "اسلام آبادغرب": ("اسلام‌آباد غرب", ["اسلام‌آباد", "اسلام‌آبادغرب"]),
    "بویین زهرا": ("بوئین‌زهرا", []),
    "بو یین و میاندشت": ("بوئین و میاندشت", ["بوئین میاندشت"]),
    "بویین ومیاندشت": ("بوئین و میاندشت", ["بوئین میاندشت"]),
    "بویین سفلی": ("بوئین سفلی", []),
    "آران وبیدگل": ("آران و بیدگل", ["آران بیدگل"]),
    "تیران وکرون": ("تیران و کرون", []),
    "مانه وسملقان": ("مانه و سملقان", []),
    "شاهین شهرومیمه": ("شاهین‌شهر و میمه", []),
    "جره وبالاده": ("جره و بالاده", []),
    "ششده وقره بلاغ": ("ششده و قره‌بلاغ", []),
    "بام وصفی آباد": ("بام و صفی‌آباد", []),
    "کتالم وسادات شهر": ("کتالم و سادات‌شهر", []),
    "چاه بهار": ("چابهار", ["چاه‌بهار"]),
    "قایم شهر": ("قائم‌شهر", []),
    "بندرامام خمینی": ("بندر امام خمینی", ["بندر امام"]),
    "میرزاکوچک جنگلی": ("میرزا کوچک‌خان جنگلی", ["میرزاکوچک جنگلی", "میرزا کوچک جنگلی"]),
    "کارزین (فتح آباد)": ("کارزین", ["فتح‌آباد"]),
    "هشتپر (تالش)": ("هشتپر", ["تالش"]),
    "خداجو(خراجو)": ("خداجو", ["خراجو"]),
    "طوالش": ("تالش", ["طوالش"]),
    "تازه کندانگوت": ("تازه‌کند انگوت", []),
    "تازه کندنصرت آباد": ("تازه‌کند نصرت‌آباد", []),
    "قلعه نوعلیا": ("قلعه‌نو علیا", []),
    "رودبارالموت شرقی": ("رودبار الموت شرقی", []),
    "رودبارالموت غربی": ("رودبار الموت غربی", []),
    "احمدابادصولت": ("احمدآباد صولت", []),
    "معزابادجابری": ("معزآباد جابری", []),
    "شهرجدیدهشتگرد": ("شهر جدید هشتگرد", ["هشتگرد جدید"]),
    "شهرصدرا": ("صدرا", ["شهر صدرا", "شهرصدرا"]),
    "لشت نشاء": ("لشت نشا", ["لشت‌نشاء"]),
    "قره ضیاءالدین": ("قره‌ضیاءالدین", ["قره‌ضیاالدین"]),
    "نی ریز": ("نی‌ریز", []),
    "خضری دشت بیاض": ("خضری دشت‌بیاض", []),
    "کره ای": ("کره‌ای", []),
    "صایین قلعه": ("صائین‌قلعه", []),
    "بهمیی": ("بهمئی", []),
    "بهمیی گرمسیری": ("بهمئی گرمسیری", []),
    "نایین": ("نائین", []),
    "قاین": ("قائن", []),
    "قاینات": ("قائنات", []),
    "ده رییس": ("ده‌رئیس", []),
    "قلعه رییسی": ("قلعه‌رئیسی", []),
    "مسجدسلیمان": ("مسجدسلیمان", ["مسجد سلیمان"]),
    "گنبدکاووس": ("گنبد کاووس", ["گنبدکاووس", "گنبد", "گنبد قابوس"]),
    "کبودرآهنگ": ("کبودرآهنگ", ["کبودر آهنگ"]),
    "سرپل ذهاب": ("سرپل ذهاب", ["سر پل ذهاب", "سرپل‌ذهاب"]),
    "قصرشیرین": ("قصر شیرین", ["قصرشیرین"]),
    "شهرکرد": ("شهرکرد", ["شهر کرد"]),
    "شهربابک": ("شهربابک", ["شهر بابک"]),
    "میاندوآب": ("میاندوآب", ["میان‌دوآب"]),
    "خرمدره": ("خرمدره", ["خرم‌دره"]),
    "آستانه اشرفیه": ("آستانه اشرفیه", ["آستانه‌اشرفیه"]),
    "علی آباد کتول": ("علی‌آباد کتول", ["علی‌آباد"]),
    "تربت حیدریه": ("تربت حیدریه", []),
    "تربت جام": ("تربت جام", []),
    "بندرانزلی": ("بندر انزلی", ["انزلی"]),
    "بندرماهشهر": ("بندر ماهشهر", ["ماهشهر"]),
    "بندرلنگه": ("بندر لنگه", ["لنگه"]),
    "بندرگناوه": ("بندر گناوه", []),
    "بندرکنگان": ("بندر کنگان", []),
    "بندردیر": ("بندر دیر", []),
    "بندردیلم": ("بندر دیلم", []),
    "بندرترکمن": ("بندر ترکمن", []),
    "بندرگز": ("بندر گز", []),
    "بندرجاسک": ("بندر جاسک", []),
    "بندرریگ": ("بندر ریگ", []),
    "بندرعباس": ("بندرعباس", ["بندر عباس"]),
    # province long forms commonly written without «و» or split differently
    "چهارمحال و بختیاری": ("چهارمحال و بختیاری", ["چهار محال و بختیاری", "چهارمحال بختیاری"]),
    "کهگیلویه و بویراحمد": ("کهگیلویه و بویراحمد", ["کهگیلویه و بویر احمد", "کهگیلویه بویراحمد"]),
}

# Second parts that form one word with the part before them (half-space).
BOUND_SECOND = {
    "آباد", "شهر", "دشت", "رود", "سرا", "سر", "تپه", "قلا", "کلا", "کلایه", "کنار", "دژ", "شیر",
    "زهرا", "بید", "زار", "ریز", "گنج", "بلاغ", "آغاج", "چای", "کند", "داش", "دار", "سو",
    "پشت", "کهریز", "چشمه", "قلعه", "سخت", "پخش", "بر", "برون", "کوه", "سنگ", "سوار",
}
# First parts that form one word with the part after them.
BOUND_FIRST = {
    "قره", "آق", "سیه", "تازه", "قلعه", "چاه", "باغ", "ده", "گل", "کوه", "بن", "پل", "سراب",
    "میان", "هفت", "کانی", "آب", "سی", "بم", "یان", "گمیش", "گوگ", "مراوه", "خرم",
}
# Suffixes/prefixes at which a one-word source name is also written split.
SPLIT_SUFFIX = ("آباد", "شهر", "دشت", "کنار")
SPLIT_PREFIX = ("بندر",)

# ---------------------------------------------------------------------------
# Ambiguity: names that are also ordinary Persian words, given names,
# surnames or other frequent names. Chosen by hand from the candidates that
# hazm's words.dat lists with a frequency (and from common given names and
# surnames), then checked against a news sample. The matcher should require
# context (استان/شهرستان/شهر/بخش prefix, dateline, title) for these.
# ---------------------------------------------------------------------------
AMBIGUOUS_IR = set(
    """
    مرکزی امام خبر بار حتی مقاومت آزادی پول اهل اندیشه مهر نور شنبه احمدی صحنه بهمن ترک آباد صاحب
    زهرا محمدی بن سرباز آستانه پل زیارت بهار مهران مبارکه بافت کوثر دیر توحید کن پیشین قاضی گشت
    شهریار پردیس بوستان سامان اسیر صابری سلسله سوق جم قلعه خواجه مهربان محلات بهارستان سوری مجلسی
    کلمه جنگل گلزار ماهان سنگر رودخانه ریز فیروز سیمرغ چمران اسماعیلی قنوات تخت آفتاب دامنه رفیع
    جوکار راز دامن حسینیه اهرم خاتم کیان کشاورز زنگنه کاریز حمزه دنا زند خامنه درود سراب ایوان
    میانه سلیمان انار طبل درمیان خور گرمی نیر رستم زهره جناح فردوس سده بازرگان ابریشم ریحان زرینه
    دشتی کنگ لطیفی مهاجران نگار سهند شهاب مزرعه نیمروز عقیلی فال حر سرحد گهواره حومه مینو نقاب
    رباط خشت پارسیان سرداران افشار سرو ربط بلوک ترکمن ارجمند سوسن شرافت رضی سین بنت سلامی گلبهار
    دبیران بستان زاویه حنا پرند خمیر گلشن الوند سورنا سرمست جلگه حور الوان خوشاب کوشک کلاته فاروق
    شهداد شباب قرق شال فیروزه سیروان مشکات شادمهر نیسان سطر گلوگاه آوا قیر شیدا جنت مهرگان قدمگاه
    نوشین کاج عنبر کندر زاغه گرماب شهباز چهارباغ کرفس قطور گلگیر چخماق نارنجستان ریگ کوهپایه
    باغستان سربند بخشایش کوهسار چارک دلگشا تلخاب دیباج کوپن آبگرم ارم رویان حرا ویس چلو پلان
    هلالی حسامی یونسی هارونی فرخی منتظران دلبران غلامان گوهران کوهساران کوهسارات کویرات گهرباران
    خاوران بهاران خورسند گچی سیدان کومله بالاشهر چگنی ملکشاهی بیرانوند کاکاوند محمدیار بمانی قدس
    لنگه گنبد امامزاده داران خوی فارس
    """.split()
) | {
    "امام حسن", "امام زاده", "امامزاده عبدالله", "علی اکبر", "دوست محمد", "بازار جمعه", "کره‌ای",
    "شهر امام", "فتح المبین", "میرزا کوچک‌خان جنگلی", "جنت مکان", "درب بهشت", "لاله‌زار",
    "نگین کویر", "پل سفید", "باغ‌صفا", "خوشه مهر", "چشمه ساران", "چشمه شیرین", "عرب حسن",
    "برف انبار", "بابا حیدر", "بندر امام", "بندر امام خمینی", "شهر جدید هشتگرد", "صدرا",
}
# Province rows stay unambiguous even when a city/sector of the same name is flagged.
# (مرکزی and فارس — Fars News Agency, خلیج فارس — are flagged as provinces too.)
UNAMBIGUOUS_PROVINCES = {"گلستان", "البرز"}


def fold(s: str) -> str:
    """Comparison key: no ZWNJ, no spaces, ئ -> ی."""
    return s.replace(ZWNJ, "").replace(" ", "").replace("ئ", "ی")


AMBIG_KEYS = {fold(normalize(x)) for x in AMBIGUOUS_IR}


def fix_source(name: str) -> str:
    """Letter normalisation plus the systematic source quirks."""
    n = normalize(name)
    # «اباد» without madda after a stem of 3+ letters (حاجی اباد, جعفراباد), not مهاباد/گناباد
    n = re.sub(r"(?:(?<= )|(?<=[^\s]{3}))اباد(?=$|\s)", "آباد", n)
    n = re.sub(r"(?<=\S)آبادغرب", "آباد غرب", n)
    n = n.replace("رییس", "رئیس")
    return n


def canonical_parts(name: str) -> tuple[list[str], list[str], set[int]]:
    """Split a canonical name into parts, the gap each canonical form uses,
    and the gaps around a standalone «و» (kept as spaces)."""
    # split existing ZWNJ joints as half-space gaps
    tokens = name.split(" ")
    parts: list[str] = []
    gaps: list[str] = []
    for tok in tokens:
        pieces = tok.split(ZWNJ)
        for pi, piece in enumerate(pieces):
            if parts:
                gaps.append(ZWNJ if pi > 0 else " ")
            parts.append(piece)
    protect = {i for i in range(len(gaps)) if parts[i] == "و" or parts[i + 1] == "و"}
    return parts, gaps, protect


def apply_bound_rules(name: str) -> str:
    """Join bound morphemes (آباد, شهر, قره …) with a half-space."""
    tokens = name.split(" ")
    if len(tokens) == 1:
        return name
    out = tokens[0]
    for prev, tok in zip(tokens, tokens[1:]):
        if tok != "و" and prev != "و" and (tok in BOUND_SECOND or prev in BOUND_FIRST):
            out = half_space(out, tok)
        else:
            out = out + " " + tok
    return out


def waw_variants(name: str) -> list[str]:
    """«A و B» also written «A وB», «A‌وB», «AوB» (space-less or ZWNJ-less text)."""
    if " و " not in name:
        return [name]
    out = [name]
    out.append(name.replace(" و ", " و"))
    left, _, right = name.partition(" و ")
    out.append(half_space(left, "و" + right))
    out.append(left + "و" + right)
    return dedupe(out)


def split_variants(word: str) -> list[str]:
    """A one-word name also written split at a known morpheme (محمودآباد -> محمود آباد)."""
    out = []
    for suf in SPLIT_SUFFIX:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            stem = word[: -len(suf)].rstrip(ZWNJ)
            out += [stem + " " + suf, half_space(stem, suf), stem + suf]
    for pre in SPLIT_PREFIX:
        if word.startswith(pre) and len(word) - len(pre) >= 2:
            rest = word[len(pre):].lstrip(ZWNJ)
            out += [pre + " " + rest, pre + rest]
    return out


def all_spellings(name: str) -> list[str]:
    """Every spacing/ZWNJ/«و»/ئ-ی spelling of one name."""
    parts, gaps, protect = canonical_parts(name)
    base = spacing_variants(parts, gaps, protect)
    forms: list[str] = []
    for b in base:
        forms.extend(waw_variants(b))
    if len(parts) == 1:
        forms.extend(split_variants(name))
    out: list[str] = []
    for f in forms:
        out.append(f)
        out.extend(sorted(yeh_hamza_variants(f)))
    return dedupe(normalize(x) for x in out)


def choose_yeh(canonical: str, hazm: dict[str, tuple[int, str]]) -> str:
    """Pick between ئ and ی spellings by hazm frequency (ties: keep)."""
    best, best_f = canonical, -1
    for v in sorted(yeh_hamza_variants(canonical)):
        key = v.replace(" ", ZWNJ)
        f = max(hazm.get(v, (-1, ""))[0], hazm.get(key, (-1, ""))[0])
        if v == canonical:
            f = f if f >= 0 else 0
        if f > best_f:
            best, best_f = v, f
    return best


def iran_entities(hazm):
    provinces = {r["id"]: r for r in read_csv(DIV / "provinces.csv")}
    prov_name: dict[str, str] = {}
    entities = []  # (kind, id, province_id, canonical, surfaces)
    for kind, fname in (("province", "provinces.csv"), ("county", "counties.csv"),
                        ("sector", "sectors.csv"), ("city", "cities.csv")):
        for r in read_csv(DIV / fname):
            src = normalize(r["name"])
            fixed = fix_source(r["name"])
            if src in OVERRIDES:
                canonical, aliases = OVERRIDES[src]
            elif fixed in OVERRIDES:
                canonical, aliases = OVERRIDES[fixed]
            else:
                aliases = []
                m = re.match(r"^(.*?)\s*\((.*)\)$", fixed)
                if m:
                    fixed, aliases = m.group(1), [m.group(2)]
                canonical = apply_bound_rules(fixed)
                canonical = choose_yeh(canonical, hazm)
            canonical = normalize(canonical)
            surfaces = all_spellings(canonical)
            # the source spelling and its spacing variants (e.g. حاجی اباد, بویین زهرا)
            for s in (src, fixed):
                if s != canonical and "(" not in s:
                    surfaces += all_spellings(s)
            for a in aliases:
                surfaces += all_spellings(normalize(a))
            pid = r["id"] if kind == "province" else r["province_id"]
            if kind == "province":
                prov_name[pid] = canonical
            entities.append((kind, r["id"], pid, canonical, dedupe(surfaces)))
    assert len(prov_name) == len(provinces) == 31, len(prov_name)
    return entities, prov_name


def world_entities():
    rows = []
    countries: dict[str, str] = {}
    lines = (HERE / "world_places.txt").read_text(encoding="utf-8").splitlines()
    parsed = []
    for no, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            raise SystemExit(f"world_places.txt:{no}: expected 4 tab-separated fields, got {len(cols)}")
        kind, ident, names, parent = cols
        if kind not in ("country", "world_city", "region"):
            raise SystemExit(f"world_places.txt:{no}: unknown kind {kind!r}")
        surfaces = []
        for i, raw in enumerate(names.split("|")):
            amb = raw.endswith("*")
            surfaces.append((normalize(raw.rstrip("*")), amb))
        parsed.append((kind, ident, surfaces, parent.strip()))
        if kind == "country":
            countries[ident] = surfaces[0][0]
    for kind, ident, surfaces, parent in parsed:
        canonical = surfaces[0][0]
        prefix = {"country": "country", "world_city": "city", "region": "region"}[kind]
        pid = f"country:{parent}" if parent else ""
        pname = countries.get(parent, "") if parent else ""
        if parent and parent not in countries:
            raise SystemExit(f"world_places.txt: unknown parent country {parent!r} for {ident}")
        out = []
        for name, amb in surfaces:
            for v in phrase_variants(name):
                out.append((v, amb))
        rows.append((kind, f"{prefix}:{ident}", pid, pname, canonical, out))
    return rows


def build() -> int:
    hazm = load_hazm_words()
    entities, prov_name = iran_entities(hazm)
    rows = []
    for kind, ident, pid, canonical, surfaces in entities:
        amb_entity = fold(canonical) in AMBIG_KEYS
        if kind == "province" and canonical in UNAMBIGUOUS_PROVINCES:
            amb_entity = False
        for s in surfaces:
            amb = amb_entity or fold(s) in AMBIG_KEYS
            if kind == "province" and canonical in UNAMBIGUOUS_PROVINCES:
                amb = False
            rows.append((s, canonical, kind, f"{kind}:{ident}", f"province:{pid}", prov_name[pid], "1" if amb else "0"))
    for kind, ident, pid, pname, canonical, surfaces in world_entities():
        for s, amb in surfaces:
            rows.append((s, canonical, kind, ident, pid, pname, "1" if amb else "0"))
    # one row per (surface, kind, id)
    seen: dict[tuple[str, str, str], tuple] = {}
    for row in rows:
        key = (row[0], row[2], row[3])
        if key in seen:
            # keep the row whose canonical equals the surface, else the first
            if seen[key][1] != row[0] and row[1] == row[0]:
                seen[key] = row
            continue
        seen[key] = row

    def sort_key(row):
        num = row[3].split(":", 1)[1]
        return (KIND_ORDER[row[2]], int(num) if num.isdigit() else 0, num, row[0] != row[1], row[0])

    final = sorted(seen.values(), key=sort_key)
    for row in final:
        for value in row[:2]:
            if not value or value != value.strip() or "  " in value:
                raise SystemExit(f"bad spelling {value!r} in {row}")
    header = [
        "places.tsv — gazetteer: Iranian provinces (31), counties/شهرستان (448), sectors/بخش, cities/شهر (1,354),",
        "plus countries, major world cities and regions, with spelling variants (space / ZWNJ / joined, ئ/ی, «و» attached).",
        "One row per (surface, kind, id). Names are bare (no استان/شهرستان/بخش/شهر prefix).",
        "surface: a spelling to match; canonical: the canonical spelling of the entry; kind: province | county | sector |",
        "  city | country | world_city | region; id: province:N, county:N, sector:N, city:N (source ids), country:ISO2,",
        "  city:slug, region:slug; province_id/province: the Iranian province of the entry (province:N and its name);",
        "  for world_city rows the country (country:ISO2 and its name); empty for countries and regions.",
        "ambiguous: 1 when the surface is also an ordinary word, a given name or surname, or another frequent name",
        "  (نور, بهار, آزادی, مرکزی as sector, امام, سلامی …): match it only with context (a prefix such as",
        "  استان/شهرستان/شهر/بخش, a dateline, a title like فرماندار X).",
        "source: SaliBhdr/typhoon-iran-cities @ a689d4ecf92633d1804f1373679270c172a46d85, csv/ (MIT; data based on",
        "  ahmadazizi/iran-cities v3); world rows: models/build/world_places.txt (written for persianews, MIT);",
        f"  ambiguity candidates from hazm {hazm_version()} data/words.dat frequencies (MIT), decided by hand.",
        "licence: MIT (Iranian rows © Salar Bahador, MIT; see the source repository's LICENSE)",
        "built by: models/build/build_places.py",
    ]
    return write_table(OUT, header, COLUMNS, final)


if __name__ == "__main__":
    n = build()
    print(f"{OUT.relative_to(MODELS.parent)}: {n} rows")

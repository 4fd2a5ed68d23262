"""Build models/organizations.tsv and models/org_heads.tsv.

Build time only, stdlib only. Run from the project root:

    python models/build/build_orgs.py

Reads ../shared/data/iran-gov-orgs/{executive_bodies,ministries_19}.txt
(lists of public bodies; licence of the lists unknown — the names are public
facts) and adds hand-written lists written for persianews (MIT): ``_orgs_hand.py`` (news agencies, media, state
bodies, parties, international organisations, acronyms), ``_orgs_world.py`` (outlets, companies, banks,
universities, international bodies, armed forces) and ``_orgs_named.py`` (papers, parties, platforms and bodies
news names in short forms).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import DATA, MODELS, normalize, phrase_variants, write_table  # noqa: E402
from _gov import MINISTRIES  # noqa: E402
from _orgs_hand import HAND  # noqa: E402
from _orgs_named import NAMED_ORGS  # noqa: E402
from _orgs_world import WORLD_ORGS  # noqa: E402

SRC = DATA / "iran-gov-orgs"
COLUMNS = ["surface", "canonical", "kind", "short", "ambiguous"]

# ZWNJ and spelling fixes for executive_bodies.txt (the index that served
# the list stripped ZWNJ; some names carry list-only qualifiers).
FIXES = [
    ("فرا قوهای", "فراقوه‌ای"), ("جنگلها", "جنگل‌ها"), ("سازمانهای", "سازمان‌های"), ("حرفه ای", "حرفه‌ای"),
    ("جاده ای", "جاده‌ای"), ("زندان ها", "زندان‌ها"), ("شهرداری ها", "شهرداری‌ها"), ("دهیاری های", "دهیاری‌های"),
    ("فوریت های", "فوریت‌های"), ("شهرک های", "شهرک‌های"), ("فرودگاه ها", "فرودگاه‌ها"), ("خسارت های", "خسارت‌های"),
    ("فراورده های", "فرآورده‌های"), ("زمین شناسی", "زمین‌شناسی"), ("پیش بیمارستانی", "پیش‌بیمارستانی"),
    ("نفت خیز", "نفت‌خیز"), ("رییس جمهور", "رئیس‌جمهور"), ("علمی، کاربردی", "علمی-کاربردی"),
    ("بهداشتی، درمانی", "بهداشتی درمانی"), ("راه آهن", "راه‌آهن"), ("اهل بیت", "اهل‌بیت"),
    ("حمل و نقل", "حمل‌ونقل"), ("پست بانک", "پست‌بانک"),
]
# Category headings of the source list, not organisations.
SKIP = {"سازمان‌های زیر نظر رئیس‌جمهور", "نهادهای زیر نظر مقام معظم رهبری", "نهادهای فراقوه‌ای",
        # listed by hand as a news agency
        "سازمان خبرگزاری جمهوری اسلامی"}
# Acronyms of bodies of the source list (short column, kind acronym).
SOURCE_ACRONYMS = {
    "شرکت مادر تخصصی مدیریت تولید، انتقال و توزیع نیروی برق ایران": "توانیر",
    "سازمان توسعه و نوسازی معادن و صنایع معدنی ایران": "ایمیدرو",
    "سازمان گسترش و نوسازی صنایع ایران": "ایدرو",
}
# Short names used in news for bodies of the source list (extra spellings).
SHORTS = {
    "کمیته امداد امام خمینی": ["کمیته امداد", "کمیته امام خمینی (ره)", "کمیته امام خمینی"],
    "بنیاد شهید و امور ایثارگران": ["بنیاد شهید"],
    "سازمان برنامه و بودجه کشور": ["سازمان برنامه و بودجه", "سازمان برنامه"],
    "بانک مرکزی جمهوری اسلامی ایران": ["بانک مرکزی"],
    "گمرک جمهوری اسلامی ایران": ["گمرک ایران"],
    "شرکت سهامی راه‌آهن جمهوری اسلامی ایران": ["راه‌آهن جمهوری اسلامی ایران", "راه‌آهن*"],
    "سازمان حفاظت محیط زیست": ["محیط زیست*"],
    "سازمان فوریت‌های پیش‌بیمارستانی اورژانس کشور": ["اورژانس کشور", "اورژانس*"],
    "سازمان ملی استاندارد": ["سازمان استاندارد", "سازمان ملی استاندارد ایران"],
    "شرکت ملی نفت ایران": ["شرکت ملی نفت"],
    "شرکت ملی گاز ایران": ["شرکت ملی گاز"],
    "سازمان امور مالیاتی کشور": ["سازمان امور مالیاتی"],
    "سازمان بهزیستی کشور": ["سازمان بهزیستی", "بهزیستی"],
    "سازمان تعزیرات حکومتی": ["تعزیرات حکومتی"],
    "سازمان راهداری و حمل‌ونقل جاده‌ای": ["سازمان راهداری"],
    "سازمان زندان‌ها و اقدامات تامینی و تربیتی کشور": ["سازمان زندان‌ها"],
    "سازمان هواشناسی کشور": ["سازمان هواشناسی", "هواشناسی کشور"],
    "سازمان ثبت احوال کشور": ["سازمان ثبت احوال", "ثبت احوال"],
    "سازمان پزشکی قانونی کشور": ["سازمان پزشکی قانونی", "پزشکی قانونی", "پزشکی قانونی کشور"],
    "سازمان بازرسی کل کشور": ["سازمان بازرسی"],
    "سازمان اوقاف و امور خیریه": ["اوقاف و امور خیریه", "سازمان اوقاف"],
    "سازمان تبلیغات اسلامی": ["تبلیغات اسلامی*"],
    "کانون پرورش فکری کودکان و نوجوانان": ["کانون پرورش فکری"],
    "سازمان دامپزشکی کشور": ["سازمان دامپزشکی", "دامپزشکی کشور"],
    "سازمان شیلات ایران": ["شیلات*"],
    "سازمان حج و زیارت": ["حج و زیارت*"],
    "سازمان امور عشایر": ["امور عشایر*"],
    "سازمان انتقال خون ایران": ["سازمان انتقال خون", "انتقال خون*"],
    "سازمان بیمه سلامت ایران": ["بیمه سلامت*"],
}


# Heads that build organisation names by pattern: (head, kind, takes, extra spellings)
# takes = place: a gazetteer place follows (استانداری قزوین);
#         name:  a run of name words follows (اداره کل …, حزب …);
#         place_or_name: either (دادگستری استان قزوین, سپاه صاحب‌الامر).
ORG_HEADS: list[tuple[str, str, str, list[str]]] = [
    ("استانداری", "executive", "place", []),
    ("گمرک", "executive", "place", []),
    ("اوقاف", "executive", "place", []),
    ("تعاون روستایی", "executive", "place", []),
    ("فرمانداری", "executive", "place", []),
    ("فرمانداری ویژه", "executive", "place", []),
    ("بخشداری", "executive", "place", []),
    ("شهرداری", "local", "place", []),
    ("دهیاری", "local", "place", []),
    ("شورای اسلامی شهر", "local", "place", ["شورای شهر"]),
    ("شورای اسلامی روستا", "local", "place", []),
    ("شورای اداری", "executive", "place", []),
    ("شورای تامین", "executive", "place", []),
    ("دادگستری", "judicial", "place", ["دادگستری کل"]),
    # a prosecutor's office and a state's missions abroad take their place (دادستانی تهران, سفارت روسیه,
    # کنسولگری ایران): each forms an organisation only with a gazetteer place
    ("دادستانی", "judicial", "place", ["دادستانی کل"]),
    ("سفارت", "executive", "place", []),
    ("کنسولگری", "executive", "place", ["سرکنسولگری"]),
    ("دادسرا", "judicial", "place_or_name", ["دادسرای عمومی و انقلاب"]),
    ("دادگاه", "judicial", "place_or_name", ["دادگاه انقلاب", "دادگاه عمومی"]),
    ("فرماندهی انتظامی", "military", "place", ["انتظامی"]),
    ("سپاه", "military", "place_or_name", []),
    ("صدا و سیمای مرکز", "media", "place", ["صداوسیمای مرکز"]),
    ("دانشگاه علوم پزشکی", "academic", "place", []),
    ("دانشگاه آزاد اسلامی واحد", "academic", "place", ["دانشگاه آزاد واحد"]),
    ("حوزه علمیه", "religious", "place", []),
    ("آموزش و پرورش", "executive", "place", []),
    ("جهاد کشاورزی", "executive", "place", []),
    ("هلال احمر", "civil", "place", []),
    ("بهزیستی", "executive", "place", []),
    ("اداره کل", "executive", "name", []),
    ("اداره", "executive", "name", []),
    ("سازمان", "executive", "name", []),
    ("وزارت", "executive", "name", []),
    ("معاونت", "executive", "name", []),
    ("مدیریت", "executive", "name", []),
    ("حزب", "party", "name", []),
    ("جبهه", "party", "name", []),
    ("جامعه", "party", "name", []),
    ("مجمع", "civil", "name", []),
    ("شورای", "executive", "name", ["شورا"]),
    ("مجلس", "legislative", "name", []),
    ("کمیسیون", "legislative", "name", []),
    ("فراکسیون", "legislative", "name", []),
    ("دانشگاه", "academic", "place_or_name", []),
    ("دانشکده", "academic", "name", []),
    ("پژوهشگاه", "academic", "name", []),
    ("پژوهشکده", "academic", "name", []),
    ("فرهنگستان", "academic", "name", []),
    ("بنیاد", "civil", "name", []),
    ("ستاد", "executive", "name", []),
    ("کمیته", "civil", "name", []),
    ("انجمن", "civil", "name", []),
    ("جمعیت", "civil", "name", []),
    ("کانون", "civil", "name", []),
    ("اتحادیه", "civil", "name", []),
    ("سندیکا", "civil", "name", []),
    ("فدراسیون", "sports", "name", []),
    ("باشگاه", "sports", "name", []),
    ("هیئت", "civil", "name", []),
    ("شرکت", "company", "name", []),
    ("بانک", "bank", "name", []),
    ("صندوق", "bank", "name", []),
    ("بیمه", "company", "name", []),
    ("دفتر", "executive", "name", []),
    ("دبیرخانه", "executive", "name", []),
    ("روابط عمومی", "executive", "name", []),
    # a unit's type word before it names the unit whole (مرکز روابط عمومی و اطلاع‌رسانی وزارت بهداشت)
    ("مرکز روابط عمومی", "executive", "name", []),
    ("خانه", "civil", "name", []),
    ("مرکز", "executive", "name", []),
    ("موسسه", "civil", "name", []),
    ("اتاق بازرگانی", "economic", "place_or_name", ["اتاق بازرگانی، صنایع، معادن و کشاورزی", "اتاق بازرگانی و صنایع و معادن",
                                                        "اتاق بازرگانی، صنایع و معادن"]),
    ("اتاق اصناف", "economic", "place", []),
    ("قرارگاه", "military", "name", []),
    ("نیروی", "military", "name", []),
    ("پلیس", "military", "place_or_name", []),  # پلیس تبریز, پلیس امنیت عمومی
    ("کلانتری", "military", "name", []),
    ("پایگاه", "military", "name", []),
    ("بیمارستان", "health", "name", []),
    ("مرکز بهداشت", "health", "place", []),
    ("آستان", "religious", "name", []),
    ("خبرگزاری", "media", "name", []),
    ("روزنامه", "media", "name", []),
    ("هفته‌نامه", "media", "name", []),
    ("ماهنامه", "media", "name", []),
    ("شبکه", "media", "name", []),
    ("پایگاه خبری", "media", "name", []),
    ("جنبش", "group", "name", []),
    ("گروهک", "group", "name", []),
    # round 24: an orchestra before its name (ارکستر سمفونیک تهران) and an airline before its country or name
    # (خطوط هوایی ترکیه)
    ("ارکستر", "civil", "name", []),
    ("خطوط هوایی", "company", "place_or_name", []),
]

# Ministry portfolios that are also ordinary phrases when written without «وزارت».
AMBIGUOUS_BARE_PORTFOLIOS = {"آموزش و پرورش", "امور خارجه", "ارتباطات و فناوری اطلاعات", "صنایع و معادن"}

LICENCE_ORGS = ("licence: names of public bodies are public facts (the source lists' licence is unknown); "
                "the hand-written lists are MIT (persianews)")


def clean_source_name(raw: str) -> tuple[str, list[str], str]:
    """(canonical, extra spellings, short) for one executive_bodies.txt line."""
    name = normalize(raw)
    for a, b in FIXES:
        name = name.replace(a, b)
    extra: list[str] = []
    short = ""
    m = re.search(r"\s*\(([^)]*)\)\s*$", name)
    if m:
        inner = m.group(1)
        base = name[: m.start()].strip()
        if inner in ("ره", "ع"):
            extra.append(name)  # keep «(ره)» spelling
        elif inner in ("شرکت مادر تخصصی", "مادر تخصصی"):
            pass
        else:
            short = inner
        name = base
    name = normalize(name)
    for s in SHORTS.get(name, []):
        extra.append(s)
    short = SOURCE_ACRONYMS.get(name, short)
    return name, extra, short


def kind_of(name: str) -> str:
    head = name.split(" ")[0]
    return {
        "وزارت": "ministry", "سازمان": "organization", "شرکت": "company", "بانک": "bank",
        "دانشگاه": "university", "بنیاد": "foundation", "بیمه": "company", "صندوق": "bank",
    }.get(head, "state")


def build_organizations() -> int:
    rows: dict[tuple[str, str], tuple[str, str, str, str, str]] = {}

    def add(canonical: str, kind: str, short: str, spellings: list[str]):
        spellings = spellings + [d for sp in [canonical, *spellings] if (d := dotted_acronym(sp)) is not None]
        canonical = normalize(canonical)
        ambiguous: set[str] = set()
        for sp in spellings:
            if sp.endswith("*"):
                ambiguous.update(phrase_variants(normalize(sp.rstrip("*"))))
        for sp in [canonical] + [s.rstrip("*") for s in spellings]:
            for surface in phrase_variants(normalize(sp)):
                key = (surface, canonical)
                if key not in rows:
                    rows[key] = (surface, canonical, kind, short, "1" if surface in ambiguous else "0")
        if short and short != canonical:
            for surface in phrase_variants(short):
                key = (surface, canonical)
                old = rows.get(key)
                amb = "1" if surface in ambiguous else "0"
                row_kind = "acronym" if (_is_acronym(short) and kind not in ("agency", "media")) else kind
                if old is None:
                    rows[key] = (surface, canonical, row_kind, short, amb)
                elif old[2] != row_kind:
                    rows[key] = (surface, canonical, row_kind, short, old[4])

    # ministries: «وزارت X» with full and short portfolios, and the full
    # multi-word portfolio without «وزارت» (آموزش و پرورش, جهاد کشاورزی)
    listed = {normalize(l) for l in (SRC / "ministries_19.txt").read_text(encoding="utf-8").splitlines() if l.strip()}
    for portfolio, shorts, _current in MINISTRIES:
        canonical = normalize("وزارت " + portfolio)
        spellings = ["وزارت " + s for s in shorts]
        if " " in portfolio:
            spellings.append(portfolio + ("*" if portfolio in AMBIGUOUS_BARE_PORTFOLIOS else ""))
        add(canonical, "ministry", "", spellings)
        listed.discard(canonical)
    if listed:
        raise SystemExit(f"ministries_19.txt names missing from _gov.py: {sorted(listed)}")

    for line in (SRC / "executive_bodies.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        canonical, extra, short = clean_source_name(line)
        if canonical in SKIP or canonical.startswith("وزارت "):
            continue
        add(canonical, kind_of(canonical), short, extra)

    for kind, canonical, spellings, short in HAND + WORLD_ORGS + NAMED_ORGS:
        add(canonical, kind, short, spellings)

    final = sorted(rows.values(), key=lambda r: (r[1], r[0] != r[1], r[0]))
    header = [
        "organizations.tsv — named organisations: Iranian ministries and executive bodies, state, military and",
        "religious bodies, parties, news agencies and media, international organisations, frequent companies.",
        "One row per (surface, canonical). surface: a spelling (ZWNJ / space / joined, ئ/ی, hamza seats, commas,",
        "  short names such as وزارت بهداشت, acronyms such as ساتبا, ناجا, توانیر); canonical: the full name;",
        "kind: ministry | organization | company | bank | university | foundation | state | military | religious |",
        "  party | group | agency | media | international | foreign_gov | acronym (the row of an acronym surface);",
        "short: the short name / acronym of the organisation (ایرنا, ساتبا, فراجا) or empty;",
        "ambiguous: 1 when the surface is also an ordinary word or another name (مهر, فارس, میزان, دولت, مجلس,",
        "  سپاه, سمت): take it as an organisation only in context (خبرگزاری X, به گزارش X, X + place, head words).",
        "Organisations built by pattern (استانداری قزوین, اداره کل …) come from org_heads.tsv, not from this list.",
        "source: ../shared/data/iran-gov-orgs/executive_bodies.txt and ministries_19.txt (lists of public bodies",
        "  found via a search index; repository and licence unknown; ZWNJ restored: فراقوه‌ای, جنگل‌ها, سازمان‌های …);",
        "  news agencies, media, state bodies, parties, international organisations, acronyms written for persianews.",
        LICENCE_ORGS,
        "built by: models/build/build_orgs.py",
    ]
    return write_table(MODELS / "organizations.tsv", header, COLUMNS, final)


def dotted_acronym(spelling: str) -> str | None:
    """An acronym spelled in letter names of one or two letters (سی‌ان‌ان, ای‌اف‌پی) written with a full stop
    after each letter name (سی. ان. ان), the text's spelling of initials; None for any other spelling."""
    ambiguous = spelling.endswith("*")
    pieces = spelling.rstrip("*").split("\u200c")
    if len(pieces) < 2 or not all(re.fullmatch(r"[\u0621-\u06cc]{1,2}", piece) for piece in pieces):
        return None
    return ". ".join(pieces) + ("*" if ambiguous else "")


def _is_acronym(short: str) -> bool:
    return " " not in short and len(short) <= 8 and short not in {"سپاه", "بسیج", "مجلس", "مهر", "فارس", "میزان",
                                                                   "دانشجو", "شبستان", "رسا", "آنا", "برنا",
                                                                   "حوزه", "موج", "تسنیم", "رویترز", "تاس", "هما",
                                                                   "حماس"}


def build_org_heads() -> int:
    rows: dict[str, tuple[str, str, str]] = {}
    for head, kind, takes, extra in ORG_HEADS:
        for sp in [head] + extra:
            for v in phrase_variants(sp):
                rows.setdefault(v, (v, kind, takes))
    header = [
        "org_heads.tsv — head words that form organisation names by pattern, with what follows them.",
        "head: a spelling (variants as separate rows); kind: the kind of organisation formed (executive, local,",
        "  judicial, legislative, military, party, academic, media, civil, company, bank, health, religious,",
        "  economic, sports, group);",
        "takes: place (a gazetteer place follows: استانداری قزوین, فرمانداری تاکستان, دادگستری استان قزوین) |",
        "  name (a run of name words follows: اداره کل …, حزب همبستگی ایران اسلامی, سازمان …) |",
        "  place_or_name (either: سپاه قزوین / سپاه صاحب‌الامر, دانشگاه تهران / دانشگاه صنعتی شریف).",
        "Heads such as «شورای» and «نیروی» are written with their ezafe; match the longest head.",
        "source: written for persianews",
        "licence: MIT (word list written for persianews)",
        "built by: models/build/build_orgs.py",
    ]
    return write_table(MODELS / "org_heads.tsv", header, ["head", "kind", "takes"], list(rows.values()))


def build() -> dict[str, int]:
    return {"organizations.tsv": build_organizations(), "org_heads.tsv": build_org_heads()}


if __name__ == "__main__":
    for name, n in build().items():
        print(f"models/{name}: {n} rows")

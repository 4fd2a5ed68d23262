"""Build the hand-written title lexicons:

    models/honorifics.tsv     surface  canonical  kind
    models/title_heads.tsv    surface  canonical  kind  needs_complement  profession
    models/title_plurals.txt  one plural/generic form per line (never a title)
    models/portfolios.txt     one portfolio word/phrase per line
    models/professions.txt    one profession noun per line

Build time only, stdlib only. The word lists below and the title heads of
``_title_heads.py`` are written for persianews (MIT); the script adds spelling
variants (space / ZWNJ / joined, ئ/ی, hamza seats, commas). Run from the
project root:

    python models/build/build_titles.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import MODELS, ZWNJ, dedupe, normalize, phrase_variants, write_table  # noqa: E402
from _gov import FORMER_PORTFOLIOS, MINISTRIES  # noqa: E402
from _title_heads import TITLE_HEADS  # noqa: E402

LICENCE = "licence: MIT (word lists written for persianews)"

# ---------------------------------------------------------------------------
# Honorifics: (canonical, kind, extra spellings)
# ---------------------------------------------------------------------------
HONORIFICS: list[tuple[str, str, list[str]]] = [
    # religious
    ("سید", "religious", ["سيد"]),
    ("سیده", "religious", []),
    ("حجت‌الاسلام", "religious", ["حجه‌الاسلام"]),
    ("حجت‌الاسلام والمسلمین", "religious", ["حجت‌الاسلام و المسلمین", "حجت‌الاسلام‌والمسلمین", "حجه‌الاسلام والمسلمین"]),
    ("آیت‌الله", "religious", ["آیه‌الله", "آیت‌اله"]),
    ("آیت‌الله العظمی", "religious", ["آیت‌الله‌العظمی", "آیه‌الله العظمی"]),
    ("حضرت آیت‌الله", "religious", []),
    ("حضرت آیت‌الله العظمی", "religious", []),
    ("ثقه‌الاسلام", "religious", []),
    ("حضرت", "religious", []),
    ("علامه", "religious", []),
    ("شیخ", "religious", []),
    ("ماموستا", "religious", ["ماموستا"]),
    ("مولوی", "religious", []),
    ("ملا", "religious", []),
    ("حاج", "religious", []),
    ("حاجی", "religious", []),
    ("حاجیه", "religious", []),
    ("حاجیه خانم", "religious", []),
    ("حاج آقا", "religious", ["حاج‌آقا", "حاجآقا"]),
    ("کربلایی", "religious", []),
    ("مشهدی", "religious", []),
    # military and police ranks
    ("سردار", "military", []),
    ("سردار پاسدار", "military", []),
    ("سرتیپ", "military", []),
    ("سرتیپ دوم", "military", []),
    ("سرتیپ پاسدار", "military", []),
    ("سرتیپ دوم پاسدار", "military", []),
    ("سرتیپ خلبان", "military", []),
    ("سرلشکر", "military", []),
    ("سرلشکر پاسدار", "military", []),
    ("سرلشکر خلبان", "military", []),
    ("سرهنگ", "military", []),
    ("سرهنگ دوم", "military", []),
    ("سرهنگ تمام", "military", []),
    ("سرهنگ پاسدار", "military", []),
    ("سرهنگ دوم پاسدار", "military", []),
    ("سرهنگ خلبان", "military", []),
    ("سرگرد", "military", []),
    ("سرگرد پاسدار", "military", []),
    ("سروان", "military", []),
    ("کارآگاه", "military", []),
    ("ستوان", "military", []),
    ("ستوان یکم", "military", []),
    ("ستوان دوم", "military", []),
    ("ستوان سوم", "military", []),
    ("استوار", "military", []),
    ("گروهبان", "military", []),
    ("سپهبد", "military", []),
    ("سپهبد پاسدار", "military", []),
    ("ارتشبد", "military", []),
    ("امیر", "military", []),
    ("امیر سرتیپ", "military", []),
    ("امیر سرتیپ دوم", "military", []),
    ("امیر سرلشکر", "military", []),
    ("امیر سرتیپ خلبان", "military", []),
    ("امیر دریادار", "military", []),
    ("امیر دریادار دوم", "military", []),
    ("امیر سپهبد", "military", []),
    ("دریادار", "military", []),
    ("دریادار پاسدار", "military", []),
    ("دریادار دوم", "military", []),
    ("دریابان", "military", []),
    ("ناخدا", "military", []),
    ("ناخدا یکم", "military", []),
    ("ناخدا دوم", "military", []),
    ("ناخدا سوم", "military", []),
    ("ژنرال", "military", []),
    ("سرتیپ دوم خلبان", "military", []),
    # martyrs and veterans
    ("شهید", "martyr", []),
    ("شهیده", "martyr", []),
    ("سردار شهید", "martyr", []),
    ("سرلشکر شهید", "martyr", []),
    ("سپهبد شهید", "martyr", []),
    ("امیر شهید", "martyr", []),
    ("جانباز", "martyr", []),
    # academic and professional
    ("دکتر", "academic", ["دكتر"]),
    ("مهندس", "academic", []),
    ("استاد", "academic", []),
    ("پروفسور", "academic", []),
    ("دکتر مهندس", "academic", []),
    # general
    ("آقای", "general", []),
    ("آقا", "general", []),
    ("خانم", "general", []),
    ("بانو", "general", []),
    ("جناب", "general", []),
    ("جناب آقای", "general", []),
    ("سرکار", "general", []),
    ("سرکار خانم", "general", []),
    ("مرحوم", "general", []),
    ("شادروان", "general", []),
    ("زنده‌یاد", "general", []),
    # foreign honorifics written before a foreign name (پرزیدنت ترامپ، پرنس چارلز، شاهزاده رضا پهلوی)
    ("پرزیدنت", "general", []),
    ("پرنس", "general", []),
    ("شاهزاده", "general", []),
    ("مستر", "general", []),
    ("لرد", "general", []),
]

# Plural and generic forms that must not become titles.
PLURALS = """
استانداران فرمانداران بخشداران شهرداران دهیاران مدیران مدیرکل‌ها مدیران کل مدیرعامل‌ها مدیران عامل
معاونین معاونان مسئولان مسئولین نمایندگان وزرا وزرای وزیران روسا رؤسا روسای رؤسای رئیسان دبیران
دبیرکل‌ها سخنگویان اعضا اعضای اعضاء فرماندهان مشاوران مشاورین سرپرستان قضات قاضیان دادستان‌ها
دادستانان بازپرسان کارشناسان خبرنگاران سفرا سفیران کنسول‌ها ائمه جمعه ائمه جماعات امامان جمعه
نمایندگان مجلس مقامات مقام‌ها مسئولان استانی مسئولان محلی مدیران ارشد مدیران استانی مدیران دستگاه‌های اجرایی
مدیران ادارات روسای ادارات کارکنان کارمندان دست‌اندرکاران متولیان کارگزاران دولتمردان مسئولان دولتی
مسئولان کشوری مسئولان لشکری و کشوری فرمانداران استان استانداران کشور شهرداران استان نخبگان
منتخبان منتخبین داوطلبان نامزدها نامزدهای انتخاباتی جانشینان قائم‌مقام‌ها رایزنان دیپلمات‌ها
سرمربیان مربیان عکاسان گزارشگران تحلیلگران پژوهشگران اساتید استادان علما روحانیون مراجع
مراجع تقلید سرداران فرماندهان نظامی امرا امیران نیروهای مسلح خبرگان فقها حقوقدانان
""".split("\n")

# Nouns of a profession or an activity that describe a person but head no title (فعال سیاسی, نویسنده):
# read by the apposition linker and the quote antecedents, each adding words of its own.
PROFESSIONS = """
فعال کنشگر نویسنده روزنامه‌نگار شاعر بازیگر کارگردان هنرمند پزشک اقتصاددان جامعه‌شناس حقوقدان استاد مدرس چهره استراتژیست
""".split()

# Canonical title heads that name a profession, not an office (a lawyer, a judge, a host, a coach: وکیل دادگستری,
# قاضی, مجری برنامه, مربی; title_heads.tsv's profession column): a TITLE they head describes a person, never an
# official (the dev gold pairs none with a name; its head coaches, سرمربی, it does).
PROFESSION_HEADS = """
وکیل قاضی مجری مربی
""".split()

# Words that complete a title as its portfolio (معاون سیاسی، امنیتی و اجتماعی).
PORTFOLIOS = """
سیاسی
امنیتی
اجتماعی
انتظامی
اقتصادی
فرهنگی
عمرانی
هماهنگی امور عمرانی
هماهنگی امور اقتصادی
هماهنگی امور اقتصادی و توسعه منابع
توسعه مدیریت و منابع
توسعه مدیریت و پشتیبانی
توسعه منابع انسانی
منابع انسانی
برنامه‌ریزی
برنامه‌ریزی و توسعه
برنامه‌ریزی و اشتغال
برنامه و بودجه
حقوقی
پارلمانی
حقوقی و پارلمانی
امور مجلس
امور حقوقی و مجلس
بین‌الملل
امور بین‌الملل
بین‌المللی
آموزشی
پژوهشی
آموزشی و پژوهشی
پژوهش و فناوری
تحقیقات و فناوری
علمی و فناوری
علمی
فناوری
بهداشتی
بهداشت
درمان
غذا و دارو
دانشجویی
فرهنگی و دانشجویی
پشتیبانی
فنی
اجرایی
فنی و اجرایی
فنی و عمرانی
انتخابات
تقسیمات کشوری
سیاسی، امنیتی و اجتماعی
سیاسی و امنیتی
سیاسی و اجتماعی
امنیتی و انتظامی
امنیتی، انتظامی
سیاسی، انتخابات و تقسیمات کشوری
نظارت
نظارت و بازرسی
بازرسی
ارزیابی
عملیات
اطلاعات
هماهنگ‌کننده
اداری
مالی
اداری و مالی
توسعه
سرمایه‌گذاری
اشتغال
بازرگانی
صنعتی
معدنی
کشاورزی
زراعت
باغبانی
دامپزشکی
منابع طبیعی
محیط زیست
آب و فاضلاب
ورزشی
قهرمانی
ورزش همگانی
ورزش قهرمانی
جوانان
امور جوانان
زنان
امور زنان
امور زنان و خانواده
امور بانوان
خانواده
روستایی
عشایری
شهری
شهرسازی
شهرسازی و معماری
معماری
حمل و نقل
حمل و نقل و ترافیک
ترافیک
خدمات شهری
فناوری اطلاعات
ارتباطات
آمار
آمار و اطلاعات
گردشگری
میراث فرهنگی
صنایع دستی
امور مالیاتی
گمرکی
بودجه
درآمد
تجاری
ارزی
امور عمرانی
امور اجتماعی
امور فرهنگی
امور سیاسی
امور اقتصادی
امور حقوقی
امور پارلمانی
امور استان‌ها
امور شهری
امور روستایی
امور ایثارگران
امور اداری
امور مالی
امور دانشجویی
امور قضایی
قضایی
آموزش
پرورشی
تربیت بدنی
ابتدایی
متوسطه
سلامت
پیشگیری
بهزیستی
توان‌بخشی
مشارکت‌های مردمی
تبلیغات
اطلاع‌رسانی
ارتباطات و اطلاع‌رسانی
رسانه
دیپلماسی عمومی
کنسولی
امور کنسولی
امور اروپا
امور آسیا و اقیانوسیه
امور آمریکا
امور عربی و آفریقا
عربی و آفریقا
آفریقا
اروپا
آسیا
آمریکا
هماهنگی
برنامه‌ریزی و نظارت راهبردی
راهبردی
نظارت راهبردی
سیاست‌گذاری
پایش
اول
ارشد
"""


def ezafe_forms(surface: str) -> list[str]:
    """The written ezafe of a vowel-final head: سخنگو -> سخنگوی, نماینده -> نماینده‌ی."""
    if surface.endswith(("و", "ا")):
        return [surface + "ی"]
    if surface.endswith("ه") and not surface.endswith(("گاه", "شاه")):
        return [surface + ZWNJ + "ی"]
    return []


def build_honorifics() -> int:
    """Write models/honorifics.tsv from :data:`HONORIFICS` with every spelling variant; the row count."""
    rows: dict[str, tuple[str, str, str]] = {}
    for canonical, kind, extra in HONORIFICS:
        canonical = normalize(canonical)
        for spelling in [canonical] + [normalize(e) for e in extra]:
            for v in phrase_variants(spelling):
                rows.setdefault(v, (v, canonical, kind))
    final = list(rows.values())
    header = [
        "honorifics.tsv — honorifics and ranks that precede a person's name (سید, حجت‌الاسلام والمسلمین, سردار, دکتر …).",
        "surface: a spelling; canonical: its canonical spelling; kind: religious | military | academic | general | martyr.",
        "Honorifics stack (سردار سرتیپ دوم پاسدار, حجت‌الاسلام والمسلمین سید) and may be written joined to the name",
        "(سیدجمال‌الدین): split them before looking the name up in given_names.tsv.",
        "source: written for persianews; variants (space / ZWNJ / joined, ئ/ی) generated",
        LICENCE,
        "built by: models/build/build_titles.py",
    ]
    return write_table(MODELS / "honorifics.tsv", header, ["surface", "canonical", "kind"], final)


def ministry_titles() -> list[tuple[str, str, int, list[str]]]:
    """The minister's and the ministry spokesperson's title of each ministry, and the minister's of each former
    portfolio, as :data:`TITLE_HEADS` rows."""
    out = []
    for portfolio, shorts, _current in MINISTRIES:
        out.append(("وزیر " + portfolio, "executive", 0, ["وزیر " + s for s in shorts]))
        out.append(("سخنگوی وزارت " + portfolio, "executive", 0, ["سخنگوی وزارت " + s for s in shorts]))
    for portfolio, shorts in FORMER_PORTFOLIOS:
        out.append(("وزیر " + portfolio, "executive", 0, ["وزیر " + s for s in shorts]))
    return out


def build_title_heads() -> int:
    """Write models/title_heads.tsv (role heads and ministry titles, with variants and written ezafe); the row
    count."""
    canonicals = {normalize(canonical) for canonical, _kind, _needs, _extra in TITLE_HEADS}
    missing = [head for head in PROFESSION_HEADS if head not in canonicals]
    if missing:
        raise ValueError(f"profession heads that head no title of title_heads.tsv: {missing}")
    rows: dict[str, tuple[str, str, str, str, str]] = {}
    for canonical, kind, needs, extra in TITLE_HEADS + ministry_titles():
        canonical = normalize(canonical)
        profession = str(int(canonical in PROFESSION_HEADS))
        spellings = [canonical] + [normalize(e) for e in extra]
        for spelling in spellings:
            forms = phrase_variants(spelling)
            for f in list(forms):
                forms.extend(ezafe_forms(f))
            for v in dedupe(forms):
                rows.setdefault(v, (v, canonical, kind, str(needs), profession))
    final = list(rows.values())
    header = [
        "title_heads.tsv — role words that head an official's title (استاندار, فرماندار, معاون, مدیرکل, وزیر نیرو …).",
        "surface: a spelling (ZWNJ / space / joined, رئیس/رییس, ئ/ی, written ezafe سخنگوی/نماینده‌ی);",
        "canonical: the canonical head; kind: executive | local | legislative | judicial | military | religious |",
        "  party | diplomatic | academic | media | journalist | expert | sports | general;",
        "needs_complement: 1 when the bare head is a title only with a complement (portfolio, organisation, place:",
        "  مدیرکل سیاسی استانداری قزوین, وزیر …), 0 when it stands alone beside a name (استاندار, فرماندار, شهردار);",
        "profession: 1 when the canonical head names a profession, not an office (وکیل, قاضی, مجری, مربی): a TITLE it",
        "  heads describes a person, never an official (persianews.entities.lexicons.description_heads, with the",
        "  expert and journalist kinds).",
        "Multi-word heads (وزیر نیرو, رئیس قوه قضاییه, امام جمعه) are listed whole; match the longest.",
        "Plural/generic forms that are never titles are in title_plurals.txt.",
        "source: written for persianews; ministries from ../shared/data/iran-gov-orgs/ministries_19.txt",
        "  (public facts) and models/build/_gov.py",
        LICENCE,
        "built by: models/build/build_titles.py",
    ]
    return write_table(MODELS / "title_heads.tsv", header,
                       ["surface", "canonical", "kind", "needs_complement", "profession"], final)


def build_plurals() -> int:
    """Write models/title_plurals.txt (plural and generic role words, never titles); the row count."""
    items = []
    for line in PLURALS:
        line = line.strip()
        if not line:
            continue
        # a line holds space-separated words; the multi-word phrases of
        # MULTIWORD_PLURALS are kept whole
        items.extend(_split_plural_line(line))
    # phrase_variants: «مدیرکل‌ها» also as «مدیرکل ها» / «مدیرکلها», رؤسا/روسا …
    final = dedupe(v for item in items for v in phrase_variants(item))
    header = [
        "title_plurals.txt — plural and generic role words that must NOT become TITLE entities",
        "(استانداران, معاونین, مسئولان, نمایندگان, روسای ادارات …); one spelling per line.",
        "source: written for persianews; variants (space / ZWNJ / joined, ئ/ی, hamza seats) generated",
        LICENCE,
        "built by: models/build/build_titles.py",
    ]
    return write_table(MODELS / "title_plurals.txt", header, None, final)


MULTIWORD_PLURALS = [
    "مدیران کل", "مدیران عامل", "ائمه جمعه", "ائمه جماعات", "امامان جمعه", "نمایندگان مجلس",
    "مسئولان استانی", "مسئولان محلی", "مدیران ارشد", "مدیران استانی", "مدیران دستگاه‌های اجرایی",
    "مدیران ادارات", "روسای ادارات", "مسئولان دولتی", "مسئولان کشوری", "مسئولان لشکری و کشوری",
    "فرمانداران استان", "استانداران کشور", "شهرداران استان", "نامزدهای انتخاباتی", "مراجع تقلید",
    "فرماندهان نظامی", "نیروهای مسلح",
]


def _split_plural_line(line: str) -> list[str]:
    found = []
    rest = " " + line + " "
    for phrase in MULTIWORD_PLURALS:
        key = " " + phrase + " "
        while key in rest:
            found.append(phrase)
            rest = rest.replace(key, " ", 1)
    found.extend(w for w in rest.split() if w)
    return found


def build_portfolios() -> int:
    """Write models/portfolios.txt (words that complete a title as its portfolio); the row count."""
    out = []
    for line in PORTFOLIOS.splitlines():
        line = line.strip()
        if line:
            out.extend(phrase_variants(line))
    # ministry portfolios complete «وزیر» and «معاون وزیر»
    for portfolio, shorts, _ in MINISTRIES:
        for p in [portfolio] + shorts:
            if " " in p or "،" in p:
                out.extend(phrase_variants(p))
    final = dedupe(out)
    header = [
        "portfolios.txt — words and phrases that complete a title as its portfolio (معاون سیاسی، امنیتی و اجتماعی,",
        "مدیرکل سیاسی، انتخابات و تقسیمات کشوری, معاون هماهنگی امور عمرانی …); one spelling per line.",
        "Portfolios coordinate with «،» and «و»: match a run of listed items. Multi-word ministry portfolios",
        "(فرهنگ و ارشاد اسلامی) are included; single-word ones (نیرو, کشور) appear only in title_heads.tsv (وزیر نیرو).",
        "source: written for persianews; variants (space / ZWNJ / joined, ئ/ی, commas) generated",
        LICENCE,
        "built by: models/build/build_titles.py",
    ]
    return write_table(MODELS / "portfolios.txt", header, None, final)


def build_professions() -> int:
    """Write models/professions.txt (nouns of a profession or an activity, no title heads); the row count."""
    header = [
        "professions.txt — nouns of a profession or an activity that describe a person but head no title",
        "(فعال سیاسی, نویسنده, پزشک …); one spelling per line. Read by persianews.entities.linker_apposition (a",
        "profession between a name and a title: X، فعال سیاسی و عضو …) and persianews.quotes.antecedents (the head",
        "of a person description: این نویسنده), which add words of their own.",
        "source: written for persianews",
        LICENCE,
        "built by: models/build/build_titles.py",
    ]
    return write_table(MODELS / "professions.txt", header, None, dedupe(PROFESSIONS))


def build() -> dict[str, int]:
    """Build every table of this script: file name → row count."""
    return {
        "honorifics.tsv": build_honorifics(),
        "title_heads.tsv": build_title_heads(),
        "title_plurals.txt": build_plurals(),
        "portfolios.txt": build_portfolios(),
        "professions.txt": build_professions(),
    }


if __name__ == "__main__":
    for name, n in build().items():
        print(f"models/{name}: {n} rows")

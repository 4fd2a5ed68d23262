"""Build models/given_names.tsv from the Persian given-name lists.

Build time only, stdlib only. Run from the project root:

    python models/build/build_given_names.py

Reads  ../shared/data/persian-names/given_names_combined.tsv (normalised
       union of MansourM/persian-names-database — no licence stated — and
       armanyazdi/persian-names — MIT), models/build/foreign_given_names.txt
       (foreign given names as Persian news writes them; written for
       persianews, MIT) and hazm's data/words.dat (MIT).
Writes models/given_names.tsv.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    DATA,
    MODELS,
    ZWNJ,
    alef_variants,
    dedupe,
    half_space,
    hazm_version,
    load_hazm_words,
    normalize,
    read_csv,
    spacing_variants,
    write_table,
    yeh_hamza_variants,
)

SRC = DATA / "persian-names" / "given_names_combined.tsv"
FOREIGN = Path(__file__).resolve().parent / "foreign_given_names.txt"
OUT = MODELS / "given_names.tsv"
COLUMNS = ["name", "gender", "frequency", "common_word"]

# ---------------------------------------------------------------------------
# Names that are also ordinary words (or honorifics, months, places, …) and
# whose ordinary reading is frequent in news: common_word = 1. Chosen by hand
# from the listed names that hazm's words.dat gives a frequency.
# ---------------------------------------------------------------------------
COMMON_WORD = set(
    """
    رمضان واژه طلا قصیده معین احترام ایران جهان گرامی پیوند هستی نور شاهد رؤیا رویا واحد رفعت نفس درخشان
    نگار آذر ولی قدرت فیروزه زیبا مهر مبین برهان بزرگ رسول آبشار بهمن صاحب راهنما آفرین سهند سما
    فرهنگ امیر عزیز اسلام فضل نظام گل مسلم شمس عسل آیین محیط صلاح سحر آشنا دانش خرداد جمهور نگاه
    آهنگ بهار هدیه شریف آیت یکتا روشن قادر خانم قمر صالح نشاط حیات مبارک کوچک عظیم محترم محرم
    شیرین باور افشان اعتماد فرصت صفر ملک خاطره مشهور طالب محبوب امید مشرف نقره روان ایمان ظهور عادل
    حافظ جم آمین اندیشه هوشمند آفتاب سرور نیک میلاد صدر نوین آرامش سیما حدیث اختر باران عمران ناز
    آرام راز جواهر سوره شرف هدایت بهبود تقدیر غنچه سرمه شادی سعادت غزل نجات عارف یاس احسان ترانه
    اعظم ساحل همت مالک سامان محبت فرمان ارشاد تمنا بهشت الهام رها دارا قهرمان کرم برگ لبخند معتقد
    پاداش زمانه خورشید صبا نوروز پروانه حرمت عرفان شایسته سایه فریاد شهاب بوسه مشتاق حجت وفا شاهین
    البرز حکمت طلوع افشار قشنگ خدابنده دلنواز ندا آرزو یار الماس نسیم سردار کمال فرشته غدیر آرمان
    رحمت مراد هما زهره ماندگار صفا اکرم لاله پویا نعمت مهربان برات پدیده نصر گندم نصرت کیهان شجاع
    فرح نیلوفر کرانه یگانه سرو پیروز توانا صداقت یادگار مهتاب حماسه اقبال شعله بانو توحید گلزار
    سپهر مشکات قربان زائر لطیفه چشمه معصوم شهره رز عنایت نغمه آزاده مقصود شهزاده فرج فرزانه نرگس
    شکوه نگین ایثار کیان شهریار پردیس شفا ارمغان حکیم بامداد سالار شایان مبارکه یلدا نوید پارسا
    دانا امیدوار رسا طرفه شقایق مسیح داور ناظم فاضل احد شبنم متین ماهان صحرا خاور پگاه صدف بارش
    سپیده سوگند مطهر تابان جوانه مرجان عطا صابر ظریف مروارید الهه انار تابناک مهیا هاله مظهر نازنین
    مدینه کوثر وفادار اطلس زیور عاطفه هنگامه دماوند ستایش آوا ارجمند آذین پرنیان خداداد فرخ نسرین
    رضوان مشهود بهجت فردوس آسایش همایون تابش عیار صدیق عقیق فضیلت پرستو رایحه طاهر زعفران ساعد
    رشید هوشیار نوا توس قیصر آسوده نبات مختار سنا مینو ساقی بینا نیایش آراسته عصمت میثاق فرانک نهال
    پرند کیمیا طنین گلاب فیض سیمین نیکو شیوا فروزنده شکوفه معتمد کرامت تندیس قاصدک آهو گیتی سبزه
    محراب واله افضل ادیب کامروا سوسن خردمند طراوت ساعی شیدا زینت فیاض رفیع ثمره جنت ثریا آفریده مجد
    طوطی نجیب شاداب نامدار مظاهر فرجام مظفر ستوده بنفشه پرستش مانا شیفته قاهره اسما اسماء گلبرگ
    معراج طیب ترنم مقتدر شفق عابد شرافت عفت ارغوان فرخنده الوند بلوط صیاد برومند فروزان فاخر عفاف
    اشراق یاقوت آبنوس تبسم تیهو آوازه ظفر کرشمه دلاور محتشم قائد مرمر همدم دلبر شراره رعنا طاووس
    افرا ساغر منیر کوشا عروج شادمان رستگار حشمت سرافراز غوغا مهدیه نادره نسترن یاور ریحان مشک شمیم
    کامیاب اروند نارنج بهادر صائب ذاکر کمند رخساره یاسمین اعلا تحفه سبا نوبهار صنوبر حریر مصلح
    شکوفا طوس شکیبا سودا پونه کریمه نجوا دلکش شفیع چکامه بیستون طوبی خیراندیش پایا عباد فردیس طناز
    وارسته مقدسه فرهمند ترنج نگاره مونس محدث مشکین ماهرو یاسمن رئوف شباهنگ مرصاد مرشد شوکت میعاد
    مخمل دلارام فریضه دلدار مکرمه زمزم سنبل ذوالفقار پاشا دیبا پوپک ترمه نادی انیس عشرت دادخواه صنم
    وثوق شورانگیز اتابک کبرا شهباز پیچک حلیم عطیه اقدس رأفت رافت شایگان کوکب گیسو حور نامور کهربا
    طلیعه مرحمت آشیان ابتهاج تکاپو قدیر مسرور آرگون سحاب رباب فصیح غزاله ثنا کلاله همراز پرگل توتیا
    دادگر شکیب مسیحا فراست حلاج زیباروی سمن لیالی شکفته صالحه جیحون اورنگ فاخته مصفا تابنده چاوش
    انگبین دردانه غمزه اقاقیا تافته مرسل فروزش ندیمه حوری مشفق درنا مشیر چلچله زواره احتشام گلایل
    قاهر کوهسار دادرس توسن طره خدادوست ملیله گلابتون اطهر پیرایه ایما قدسیه دلگشا وداد گوهرشاد طهور
    مطهره دلجو ارغنون مرصع مهرانگیز میمنت نوبر چاووش سیحون لعبت بیگم حدیقه لؤلؤ دلپسند فاریاب سوگلی
    ماهتاب ملاحت خضرا عنقا علویه نافه نوباوه دلاویز مستوره نگارین عابده امان نامی باهنر فروغ قائم
    پری حداد پندار انگاره شهداد بنین ارم کامکار رسام نیکنام نارون تراب پامچال آلاله سوگل بیدگل نجم
    ماشاءالله شیردل فائقه هور حیفا نامجو همساز حنیف پاکزاد نستوه فخیمه نواب دلارا تسنیم اسرا کوهرنگ
    کاملیا ماگنولیا پالیز مارال ویس سعد سلطان جیران عزت توفیق رجب لادن غلام سلیم رحمان بختیار مژگان
    صفر مهران ولا سوری شعبان یزدان ماهی شمسی قدسی کسری شادان نیکی بمانی خوشنام خوشدل پاکدل
    کریم آسمان بشری بی‌نظیر جانی دستان گلی قمری گلباران رحمه بیباک آتشی گلرنگ سوزان مهری
    """.split()
)

# very_rare names that hazm lists as frequent words are dropped, except these
# (names first, words rarely or never: Arabic, historical and foreign names
# that appear in news).
RARE_KEEP = set(
    """
    ماکان سعد سلطان خالد جیران عزت ستار توفیق سلمان ماجد مهرداد داریوش طارق کوروش راشد رجب فریدون
    لادن غلام عثمان سلیم عدنان هشام رحمان آصف شاپور مروان فریبرز ناصرالدین جاسم هارون خشایار آیدین
    ابوبکر بختیار بشیر غضنفر چنگیز جبار عسکر ویکتور عبدالباسط کیکاووس غیاث شعیب معمر ذبیح قابوس
    عایشه تهمینه دنیس بهلول مزدک غفور بایزید طغرل سنجر شمعون غلامرضا ژان امیل غلامعلی مارتین عمرو
    عبدالعزیز عبدالمجید فرانسیس عبدالواحد ابوریحان ولید عبدالعلی عزالدین شیرعلی شاهپور عبدالملک
    عبدالقادر اردوان عبیدالله عبدالوهاب کارن آلیس بنجامین حمدالله نادعلی عبدالرشید ژاکلین نصرالدین
    عبدالجبار شیرمحمد زینال مژگان آبراهام مارگریت فریال هرمان جبرئیل اسکندر یوحنا سلجوق
    """.split()
)

# Rare names that are ordinary words or verb forms hazm lists without a
# frequency (شود, درستی, آبی …), and honorifics listed as names.
RARE_DROP = set(
    """
    شود آی برهم کشم ورزم برسم توری نوشید درستی آبی سالی شعری برفی جانی آتشی مندی درین بختیاری داران
    قمری گلی دستان
    """.split()
)
NOT_NAMES = {"آیت‌الله", "آیت الله", "آیت‌اله", "حجت‌الاسلام", "حجت الاسلام"}
# Rare names of the form «word + ی/ان» (آبی, پیران) are dropped unless listed here.
DERIVED_KEEP = {"آریان", "ماری", "مهری", "سلمی", "زیدان", "سوزان"}

# Given names of the generations in office 2003–2026 that the baby-name
# lists lack (written for persianews). frequency = common.
EXTRA_MALE = """
غلامحسین غلامرضا غلامعلی غلامعباس غلامحسن محمدباقر محمدتقی محمدکاظم محمداسماعیل محمدهادی محمدابراهیم
محمدشریف محمدناصر محمدکریم محمدرحیم محمدقاسم محمدیوسف محمدمصطفی محمدمسعود محمدمنصور محمدنبی
محمدولی محمدسعید محمداکبر محمداصغر محمدداوود محمدحمید محمدوحید محمدجمال محمدکمال محمدرسول
علی‌اصغر علی‌اکبر علی‌محمد علی‌نقی علی‌مراد علی‌قلی علی‌عسکر علی‌بخش علی‌یار علی‌حسین علی‌عباس
حسنعلی حسینعلی عباسعلی رمضانعلی قربانعلی ولی‌محمد شیرمحمد نورمحمد دوست‌محمد میرحسین میرمحمود میرجلال
امیرحسین امیرعلی امیرمحمد امیرحسن امیرعباس امیرمهدی امیررضا
حمیدرضا محمودرضا احمدرضا علیرضا محمدرضا غلامرضا عبدالرضا
روح‌الله رحمت‌الله نعمت‌الله حجت‌الله عزت‌الله ذبیح‌الله فتح‌الله قدرت‌الله سیف‌الله اسدالله حبیب‌الله
نصرالله ولی‌الله خلیل‌الله عطاءالله یدالله شکرالله نورالله خیرالله حشمت‌الله کرامت‌الله فضل‌الله
لطف‌الله امان‌الله حمدالله هدایت‌الله عین‌الله نجات‌الله رضاالله ابراهیم‌الله
جمال‌الدین کمال‌الدین صدرالدین شمس‌الدین نصیرالدین فخرالدین علاءالدین ضیاءالدین شهاب‌الدین نورالدین
عمادالدین قطب‌الدین مجدالدین تاج‌الدین سراج‌الدین شرف‌الدین بهاءالدین جلال‌الدین سعدالدین حسام‌الدین
معین‌الدین رکن‌الدین محی‌الدین رضی‌الدین امین‌الدین زین‌الدین
عبدالله عبدالرضا عبدالحسین عبدالکریم عبدالرحیم عبدالرحمان عبدالرحمن عبدالمجید عبدالناصر عبدالحمید
عبدالعلی عبدالوهاب عبدالعظیم عبدالمحمد عبدالحی
ابوالفضل ابوالقاسم ابوالحسن ابوطالب ابوذر
محمد علی حسن حسین مهدی رضا جواد باقر تقی نقی کاظم صادق هادی امین اسماعیل ابراهیم جعفر کریم رحیم
هاشم قاسم سعید مسعود منصور ناصر یوسف اسحاق مصطفی مجتبی سجاد سلمان حامد حمید وحید جلال جمال
کمال رسول عباس محمود احمد اکبر اصغر داوود داود موسی عیسی یحیی ایمان احسان حسام مرتضی محسن
بیژن پرویز منوچهر فریدون بهمن بهرام جمشید کیومرث اردشیر شاپور
رمضان
""".split()
EXTRA_FEMALE = """
فاطمه زهرا معصومه زینب مریم طاهره طیبه اعظم اشرف منیره شهلا پروین فرشته لعیا شهین مهین سکینه
صدیقه رقیه کبری خدیجه ربابه بتول نسرین ناهید شهناز فریده زهره سمیه مرضیه الهام فرزانه
""".split()

# Foreign given names (foreign_given_names.txt) that are also ordinary words, frequent Persian surnames,
# places or detached word parts (جان «soul», جو «barley», شی «thing», کیت «kit», حسنی):
# common_word = 1. Names with a closed-class reading in hazm (بدر: P) are flagged too; function words and
# verb forms (ما, آن, چه, کاش, تمام, زیاد), and words whose ordinary or surname reading wins even
# then (دولت, تیم, جهاد, بندر, پارک, پیر, هو, لی; نوری: ناطق نوری, راضی نوری), are not in the list at
# all. Names the Persian lists already hold keep their rows.
FOREIGN_COMMON = set(
    """
    رفیق جبران ماهر ایمن حمد خلیفه سیف بدر مشعل ترکی عمر نزار هند هبه انس جاوید شجاعت
    مولود فاتح آرارات ایوان ادوار مته گیر لیز جک جو جان چاک بیل آوریل پل تام سم جن جوش کوفی
    شی یون برهم ایلی کوری بنی لولا خوان کیت ریم یارا سامی غازی مارک رومن کوین اسکار تیری
    جرمی هنری شوقی نواز حسنی جبریل نورسلطان بینظیر کالین جورجیا
    """.split()
)


def read_foreign() -> list[tuple[str, str]]:
    """(name, gender) rows of foreign_given_names.txt."""
    out = []
    with open(FOREIGN, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            name, gender = line.split("\t")
            out.append((normalize(name), gender))
    return out


# Parts that form compound names; used to split joined source names
# (محمدمهدی -> محمد + مهدی) so that space and ZWNJ forms are produced.
PREFIXES = ("محمد", "علی", "امیر", "غلام", "میر")
ARABIC_PREFIXES = ("عبد", "ابو")  # + «ال…» (عبدالله, ابوالفضل)
SUFFIXES = ("الله", "الدین", "السادات", "الملوک", "الزمان", "العابدین", "النسا", "النساء", "الهدی")

FREQ_MAP = {"common,popular": "common", "normal": "normal", "normal,very_rare": "normal", "": "normal",
            "very_rare": "rare"}


def split_compound(name: str, known: set[str]) -> list[str] | None:
    """Parts of a compound given name, or None."""
    if " " in name:
        return name.split(" ")
    if ZWNJ in name:
        return name.split(ZWNJ)
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf) + 1:
            return [name[: -len(suf)], suf]
    for pre in ARABIC_PREFIXES:
        if name.startswith(pre + "ال") and len(name) > len(pre) + 3:
            return [pre, name[len(pre):]]
    for pre in PREFIXES:
        rest = name[len(pre):]
        if name.startswith(pre) and len(rest) >= 2 and rest in known:
            return [pre, rest]
    return None


def spellings(name: str, known: set[str]) -> tuple[str, list[str]]:
    """Canonical spelling and all spellings (space / ZWNJ / joined, ئ/ی, ء/أ)."""
    parts = split_compound(name, known)
    if parts and all(parts):
        canonical = parts[0]
        for p in parts[1:]:
            canonical = half_space(canonical, p)
        forms = spacing_variants(parts, [ZWNJ] * (len(parts) - 1))
    else:
        canonical = name
        forms = [name]
    out = [canonical]
    for f in forms:
        for a in alef_variants(f):
            out.append(a)
            out.extend(sorted(yeh_hamza_variants(a)))
    return canonical, dedupe(normalize(x) for x in out)


def derived_word(name: str, tagged: dict[str, tuple[int, str]]) -> bool:
    """«frequent word + ی/ان» (آبی, سالی, پیران): an adjective or plural, not a name."""
    if name in DERIVED_KEEP:
        return False
    for suf in ("ی", "ان"):
        stem = name[: -len(suf)]
        if name.endswith(suf) and len(stem) >= 2 and tagged.get(stem, (0, ""))[0] >= 100000:
            return True
    return False


def build() -> int:
    hazm = load_hazm_words()
    tagged = {w: v for w, v in hazm.items() if v[1] != "0"}
    src = read_csv(SRC, delimiter="\t")
    entries: dict[str, list[str]] = {}  # canonical -> [gender, frequency, source]
    known = {normalize(r["name"]).replace(" ", "") for r in src}
    known |= set(EXTRA_MALE) | set(EXTRA_FEMALE)
    places = set()
    for fname in ("provinces.csv", "counties.csv", "cities.csv"):
        places |= {normalize(r["name"]) for r in read_csv(DATA / "iran-divisions" / fname)}
    dropped = []
    for r in src:
        name = normalize(r["name"])
        if not name or name.startswith(("سید", "سیده")) or name in NOT_NAMES:
            continue
        freq = FREQ_MAP.get(r["frequency"], "normal")
        if freq == "rare" and name not in RARE_KEEP and (
                name in tagged or name in RARE_DROP or name in places or derived_word(name, tagged)):
            dropped.append(name)
            continue
        entries[name] = [r["gender"] or "u", freq]
    for names, gender in ((EXTRA_MALE, "m"), (EXTRA_FEMALE, "f")):
        for name in names:
            entry = entries.setdefault(normalize(name), [gender, "common"])
            entry[1] = "common"
            if entry[0] not in (gender, "u"):
                entry[0] = "u"
    have = {form for name in entries for form in spellings(name, known)[1]}
    foreign = [(n, g) for n, g in read_foreign() if n not in have]
    for name, gender in foreign:
        e = entries.setdefault(name, [gender, "normal"])
        if e[0] != gender:
            e[0] = "u"
    common_keys = {normalize(w) for w in COMMON_WORD}
    # the foreign flags apply to the foreign names only: the Persian lists' rows stay as they are
    common_keys |= {normalize(w) for w in FOREIGN_COMMON} & {n for n, _g in foreign}
    rows: dict[str, tuple[str, str, str, str]] = {}
    for name, (gender, freq) in entries.items():
        canonical, forms = spellings(name, known)
        pos = tagged.get(name, (0, ""))[1]
        cw = name in common_keys or canonical in common_keys or any(
            t in pos.split(",") for t in ("V", "ADV", "CONJ", "P", "PRO", "DET", "POSTP"))
        for form in forms:
            row = (form, gender, freq, "1" if (cw or (form != canonical and form in common_keys)) else "0")
            old = rows.get(form)
            if old is None:
                rows[form] = row
            else:
                # merge genders and keep the more frequent rating
                g = old[1] if old[1] == gender else "u"
                rank = {"common": 0, "normal": 1, "rare": 2}
                f = old[2] if rank[old[2]] <= rank[freq] else freq
                c = "1" if "1" in (old[3], row[3]) else "0"
                rows[form] = (form, g, f, c)
    final = sorted(rows.values(), key=lambda r: r[0])
    header = [
        "given_names.tsv — Persian given names (first names) with spelling variants, one row per spelling.",
        "name: a spelling (compound names in ZWNJ, space and joined forms: محمدمهدی, محمد مهدی, جمال‌الدین,",
        "  جمال الدین, جمالالدین; ئ/ی and ء/ؤ/أ variants); honorific prefixes (سید, میر as title) are not here.",
        "gender: m | f | u (both); frequency: common | normal | rare (popularity in the source lists; names added",
        "  for persianews are common); common_word: 1 when the name is also an ordinary word (امید, بهار, نور, صفا,",
        "  صفر, قدرت …): a person rule should ask for more evidence (a surname, a title, an honorific).",
        "Rare names that are ordinary words, verb forms or places (آباد, آبان, کشور, شود, آبی, آبادان …) are dropped.",
        "source: MansourM/persian-names-database @ ccd4b4147b4abff6a410f1a2b8369cf57df371e9 (FirstNames.csv,",
        "  popular_names.json; NO licence stated — used as name facts) and armanyazdi/persian-names",
        "  @ d87db4d1abbd96b3858b69f714841fd93c0bf092 (MIT), via ../shared/data/persian-names/given_names_combined.tsv;",
        "  compound and older-generation names written for persianews (MIT); foreign given names as Persian news",
        "  writes them (عبدالملک, سرگئی, جوزپه, دونالد, شی, کیم) from models/build/foreign_given_names.txt, written",
        "  for persianews (MIT; frequency normal); common-word decisions from hazm",
        f"  {hazm_version()} data/words.dat frequencies (MIT), decided by hand.",
        "licence: facts (names); armanyazdi part MIT; MansourM part no licence stated; persianews additions MIT",
        "built by: models/build/build_given_names.py",
    ]
    return write_table(OUT, header, COLUMNS, final)


if __name__ == "__main__":
    n = build()
    print(f"{OUT.relative_to(MODELS.parent)}: {n} rows")

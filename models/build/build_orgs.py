"""Build models/organizations.tsv and models/org_heads.tsv.

Build time only, stdlib only. Run from the project root:

    python models/build/build_orgs.py

Reads ../shared/data/iran-gov-orgs/{executive_bodies,ministries_19}.txt
(lists of public bodies; licence of the lists unknown — the names are public
facts) and adds hand-written lists (news agencies, media, state bodies,
parties, international organisations, acronyms) written for persianews (MIT), and
``_orgs_world.py`` (outlets, companies, banks, universities, international bodies, armed forces) and
``_orgs_named.py`` (papers, parties, platforms and bodies news names in short forms).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import DATA, MODELS, normalize, phrase_variants, write_table  # noqa: E402
from _gov import MINISTRIES  # noqa: E402
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


def _with_force(name: str) -> list[str]:
    """A police body named with the force it belongs to (پلیس راهور ناجا, پلیس فتا فراجا): one organisation."""
    return [f"{name} {force}" for force in ("ناجا", "فراجا")]


# kind, canonical, [(surface, ambiguous)], short — hand-written.
# A surface ending in * is also an ordinary word / other name: ambiguous = 1.
HAND: list[tuple[str, str, list[str], str]] = [
    # ---- news agencies ----
    ("agency", "خبرگزاری جمهوری اسلامی", ["ایرنا", "خبرگزاری ایرنا", "خبرگزاری جمهوری اسلامی ایران", "سازمان خبرگزاری جمهوری اسلامی"], "ایرنا"),
    ("agency", "خبرگزاری دانشجویان ایران", ["ایسنا", "خبرگزاری ایسنا"], "ایسنا"),
    ("agency", "خبرگزاری فارس", ["فارس*", "فارس‌نیوز"], "فارس"),
    ("agency", "خبرگزاری مهر", ["مهر*"], "مهر"),
    ("agency", "خبرگزاری تسنیم", ["تسنیم"], "تسنیم"),
    ("agency", "خبرگزاری کار ایران", ["ایلنا", "خبرگزاری ایلنا"], "ایلنا"),
    ("agency", "خبرگزاری بین‌المللی قرآن", ["ایکنا", "خبرگزاری ایکنا", "خبرگزاری قرآنی ایران", "خبرگزاری بین‌المللی قرآن ایکنا"], "ایکنا"),
    ("agency", "صدا و سیمای جمهوری اسلامی ایران", ["صداوسیما", "صدا و سیما", "سازمان صدا و سیما", "سازمان صداوسیما", "صداوسیمای جمهوری اسلامی ایران", "رسانه ملی*"], "صداوسیما"),
    ("agency", "خبرگزاری صدا و سیما", ["خبرگزاری صداوسیما", "واحد مرکزی خبر"], "صداوسیما"),
    ("agency", "باشگاه خبرنگاران جوان", ["باشگاه خبرنگاران", "باشگاه خبرنگاران جوان صداوسیما"], "باشگاه خبرنگاران جوان"),
    ("agency", "خبرگزاری میزان", ["میزان*", "خبرگزاری قوه قضاییه"], "میزان"),
    ("agency", "خبرگزاری دانشجو", ["دانشجو*"], "دانشجو"),
    ("agency", "خبرگزاری شبستان", ["شبستان*"], "شبستان"),
    ("agency", "خبرگزاری رسا", ["رسا*"], "رسا"),
    ("agency", "خبرگزاری پانا", ["پانا", "خبرگزاری دانش‌آموزی پانا"], "پانا"),
    ("agency", "خبرگزاری آنا", ["آنا*"], "آنا"),
    ("agency", "خبرگزاری برنا", ["برنا*"], "برنا"),
    ("agency", "خبرگزاری حوزه", ["حوزه*"], "حوزه"),
    ("agency", "خبرگزاری موج", ["موج*"], "موج"),
    ("agency", "خبرگزاری کتاب ایران", ["ایبنا", "خبرگزاری ایبنا"], "ایبنا"),
    ("agency", "خبرگزاری ایمنا", ["ایمنا"], "ایمنا"),
    ("agency", "دفاع پرس", ["خبرگزاری دفاع پرس", "دفاع‌پرس"], "دفاع پرس"),
    ("agency", "خبرگزاری فرانسه", ["فرانس‌پرس", "ای‌اف‌پی"], "خبرگزاری فرانسه"),
    ("agency", "خبرگزاری رویترز", ["رویترز"], "رویترز"),
    ("agency", "خبرگزاری آسوشیتدپرس", ["آسوشیتدپرس", "آسوشیتد پرس"], "آسوشیتدپرس"),
    ("agency", "خبرگزاری اسپوتنیک", ["اسپوتنیک"], "اسپوتنیک"),
    ("agency", "خبرگزاری شینهوا", ["شینهوا", "خبرگزاری شین‌هوا"], "شینهوا"),
    ("agency", "خبرگزاری تاس", ["تاس*", "ایتارتاس"], "تاس"),
    # ---- broadcasters, papers, sites ----
    ("media", "بی‌بی‌سی", ["بی‌بی‌سی فارسی"], ""),
    ("media", "سی‌ان‌ان", [], ""),
    ("media", "شبکه الجزیره", ["الجزیره", "الجزیره قطر"], ""),
    ("media", "شبکه العربیه", ["العربیه"], ""),
    ("media", "شبکه المیادین", ["المیادین"], ""),
    ("media", "شبکه المنار", ["المنار"], ""),
    ("media", "شبکه خبر", [], ""),
    ("media", "پرس‌تی‌وی", ["پرس تی وی"], ""),
    ("media", "روزنامه کیهان", ["کیهان*"], ""),
    ("media", "روزنامه اطلاعات", [], ""),
    ("media", "روزنامه همشهری", ["همشهری*"], ""),
    ("media", "روزنامه ایران", [], ""),
    ("media", "روزنامه شرق", ["شرق*"], ""),
    ("media", "روزنامه جوان", [], ""),
    ("media", "روزنامه اعتماد", ["اعتماد*"], ""),
    ("media", "روزنامه جام جم", ["جام جم*"], ""),
    ("media", "روزنامه خراسان", [], ""),
    ("media", "روزنامه دنیای اقتصاد", ["دنیای اقتصاد*"], ""),
    ("media", "روزنامه وطن امروز", ["وطن امروز*"], ""),
    ("media", "روزنامه رسالت", [], ""),
    ("media", "روزنامه جمهوری اسلامی", [], ""),
    ("media", "روزنامه آفتاب یزد", ["آفتاب یزد*"], ""),
    ("media", "روزنامه قدس", [], ""),
    ("media", "روزنامه آرمان", [], ""),
    ("media", "روزنامه هم‌میهن", [], ""),
    ("media", "خبرآنلاین", [], ""),
    ("media", "ایران اینترنشنال", ["اینترنشنال", "شبکه ایران اینترنشنال"], ""),
    ("media", "رادیو فردا", [], ""),
    ("media", "صدای آمریکا", [], ""),
    ("media", "دویچه وله", [], ""),
    ("media", "یورونیوز", [], ""),
    ("media", "شبکه العالم", ["العالم*"], ""),
    ("media", "بلومبرگ", ["خبرگزاری بلومبرگ"], ""),
    ("media", "سی‌بی‌اس", ["سی‌بی‌اس نیوز"], ""),
    ("media", "ان‌بی‌سی", ["ان‌بی‌سی نیوز"], ""),
    ("media", "فاکس نیوز", [], ""),
    ("media", "آکسیوس", ["اکسیوس"], ""),
    ("media", "نت‌بلاکس", ["نت بلاکس"], ""),  # an outlet Telegram posts quote as «نت‌بلاکس: …»
    ("media", "نیوزمکس", [], ""),
    ("media", "صابرین نیوز", ["صابرین‌نیوز"], ""),
    ("media", "نیویورک تایمز", ["روزنامه نیویورک تایمز"], ""),
    ("media", "واشنگتن پست", ["روزنامه واشنگتن پست"], ""),
    ("media", "وال‌استریت ژورنال", ["روزنامه وال‌استریت ژورنال"], ""),
    ("media", "گاردین", ["روزنامه گاردین"], ""),
    ("media", "عصر ایران", ["عصر ایران*", "عصرایران"], ""),
    ("media", "تابناک", [], ""),
    ("media", "تابناک ورزشی", [], ""),
    ("media", "فرارو", [], ""),
    ("media", "جماران", ["جماران*"], ""),
    # outlets that news cites by name (issue 13, class 8); ambiguous ones are words too (مشرق, طلوع)
    ("media", "روز نو", ["روزنو", "روز نو*"], ""),
    ("media", "مشرق نیوز", ["مشرق*"], ""),
    ("media", "ایرنا پلاس", ["ایرناپلاس"], ""),
    ("media", "ورزش سه", [], ""),
    ("media", "خبر بیست و سی", ["بیست و سی*"], ""),
    ("media", "دیجیاتو", [], ""),
    ("media", "دیلی میل", ["دیلی‌میل"], ""),
    ("media", "دیلی بیست", [], ""),
    ("media", "نیویورکر", [], ""),
    ("media", "جروزالم پست", ["اورشلیم پست"], ""),
    ("media", "یدیعوت آحارونوت", ["یدیعوت آهارونوت", "یدیعوت"], ""),
    ("media", "طلوع نیوز", ["طلوع*"], ""),
    ("media", "فوربز", ["مجله فوربز"], ""),
    ("media", "پولیتیکو", [], ""),
    ("media", "نیوزویک", [], ""),
    ("media", "فایننشال تایمز", [], ""),
    ("media", "اکونومیست", [], ""),
    ("agency", "خبرگزاری اینترفکس", ["اینترفکس"], "اینترفکس"),
    ("agency", "خبرگزاری آناتولی", ["آناتولی*"], "آناتولی"),
    ("agency", "خبرگزاری سبا", ["سبا*"], "سبا"),
    # ---- state bodies ----
    ("state", "مجلس شورای اسلامی", ["مجلس*", "مجلس شورا", "پارلمان ایران", "خانه ملت"], "مجلس"),
    ("state", "مجلس خبرگان رهبری", ["مجلس خبرگان", "خبرگان رهبری", "خبرگان*"], "مجلس خبرگان"),
    ("state", "شورای نگهبان", ["شورای نگهبان قانون اساسی"], ""),
    ("state", "مجمع تشخیص مصلحت نظام", ["مجمع تشخیص مصلحت", "مجمع تشخیص"], ""),
    ("state", "قوه قضاییه", ["قوه محترم قضاییه", "دستگاه قضا", "دستگاه قضایی*", "قوه قضاییه جمهوری اسلامی ایران"], ""),
    ("state", "قوه مجریه", [], ""),
    ("state", "قوه مقننه", [], ""),
    ("state", "دولت", ["دولت*", "دولت جمهوری اسلامی ایران", "هیئت دولت", "هیئت وزیران", "هیئت محترم وزیران"], ""),
    ("state", "نهاد ریاست جمهوری", ["ریاست جمهوری*", "نهاد ریاست‌جمهوری"], ""),
    ("state", "دفتر مقام معظم رهبری", ["دفتر رهبری", "دفتر رهبر انقلاب", "بیت رهبری"], ""),
    ("state", "شورای عالی امنیت ملی", [], ""),
    ("state", "شورای امنیت ملی", [], ""),
    ("state", "شورای عالی انقلاب فرهنگی", [], ""),
    ("state", "شورای عالی فضای مجازی", [], ""),
    ("state", "شورای عالی استان‌ها", [], ""),
    ("state", "شورای عالی اقتصادی", ["شورای عالی هماهنگی اقتصادی"], ""),
    ("state", "دیوان محاسبات کشور", ["دیوان محاسبات"], ""),
    ("state", "دیوان عدالت اداری", [], ""),
    ("state", "دیوان عالی کشور", [], ""),
    ("state", "مرکز پژوهش‌های مجلس", ["مرکز پژوهش‌های مجلس شورای اسلامی"], ""),
    ("state", "مرکز آمار ایران", [], ""),
    ("state", "سازمان انرژی اتمی ایران", ["سازمان انرژی اتمی"], ""),
    ("state", "سازمان پدافند غیرعامل", ["سازمان پدافند غیرعامل کشور", "پدافند غیرعامل*"], ""),
    ("state", "سازمان تامین اجتماعی", ["تامین اجتماعی"], ""),
    ("state", "سازمان مدیریت و برنامه‌ریزی کشور", ["سازمان مدیریت و برنامه‌ریزی"], ""),
    ("state", "معاونت برنامه‌ریزی و نظارت راهبردی رئیس‌جمهور", ["معاونت برنامه‌ریزی و نظارت راهبردی"], ""),
    ("state", "سازمان میراث فرهنگی، صنایع دستی و گردشگری", ["سازمان میراث فرهنگی", "سازمان میراث فرهنگی و گردشگری"], ""),
    ("state", "سازمان تربیت بدنی", [], ""),
    ("state", "سازمان ملی جوانان", [], ""),
    ("state", "سازمان امور اداری و استخدامی کشور", ["سازمان اداری و استخدامی کشور", "سازمان اداری و استخدامی"], ""),
    ("state", "سازمان سنجش آموزش کشور", ["سازمان سنجش"], ""),
    ("state", "سازمان غذا و دارو", [], ""),
    ("state", "سازمان نظام پزشکی", [], ""),
    ("state", "سازمان نظام مهندسی ساختمان", ["سازمان نظام مهندسی"], ""),
    ("state", "سازمان بورس و اوراق بهادار", ["سازمان بورس"], ""),
    ("state", "سازمان هواپیمایی کشوری", [], ""),
    ("state", "سازمان مدیریت بحران کشور", ["سازمان مدیریت بحران"], ""),
    ("state", "سازمان فضایی ایران", [], ""),
    ("state", "سازمان حمایت مصرف‌کنندگان و تولیدکنندگان", ["سازمان حمایت"], ""),
    ("state", "سازمان توسعه تجارت ایران", ["سازمان توسعه تجارت"], ""),
    ("state", "سازمان انرژی‌های تجدیدپذیر و بهره‌وری انرژی برق", ["سازمان انرژی‌های تجدیدپذیر و بهره‌وری انرژی", "سازمان انرژی‌های تجدیدپذیر"], "ساتبا"),
    ("state", "سازمان انرژی‌های نو ایران", ["سانا*"], "سانا"),
    ("state", "سازمان مطالعه و تدوین کتب علوم انسانی دانشگاه‌ها", ["سمت*"], "سمت"),
    ("state", "سازمان بسیج مستضعفین", ["بسیج*", "سازمان بسیج", "نیروی مقاومت بسیج"], "بسیج"),
    ("state", "جمعیت هلال احمر جمهوری اسلامی ایران", ["هلال احمر", "جمعیت هلال احمر"], "هلال احمر"),
    ("state", "بنیاد مستضعفان", ["بنیاد مستضعفان انقلاب اسلامی"], ""),
    ("state", "بنیاد مسکن انقلاب اسلامی", ["بنیاد مسکن"], ""),
    ("state", "بنیاد ملی نخبگان", [], ""),
    ("state", "ستاد اجرایی فرمان امام", ["ستاد اجرایی فرمان حضرت امام"], ""),
    ("state", "ستاد مبارزه با مواد مخدر", [], ""),
    ("state", "ستاد تنظیم بازار", [], ""),
    ("state", "جهاد دانشگاهی", [], ""),
    ("state", "آستان قدس رضوی", [], ""),
    ("state", "کمیته ملی المپیک", ["کمیته ملی المپیک ایران"], ""),
    ("state", "فدراسیون فوتبال", ["فدراسیون فوتبال ایران"], ""),
    # ---- armed forces and police ----
    ("military", "سپاه پاسداران انقلاب اسلامی", ["سپاه پاسداران", "سپاه*", "سپاه پاسداران انقلاب اسلامی ایران"], "سپاه"),
    ("military", "ارتش جمهوری اسلامی ایران", ["ارتش*", "ارتش ایران", "ارتش جمهوری اسلامی"], "آجا"),
    ("military", "ستاد کل نیروهای مسلح", [], ""),
    ("military", "نیروهای مسلح", ["نیروهای مسلح*"], ""),
    ("military", "نیروی قدس سپاه", ["نیروی قدس", "سپاه قدس"], ""),
    ("military", "نیروی هوافضای سپاه", ["هوافضای سپاه"], ""),
    ("military", "نیروی دریایی سپاه", [], ""),
    ("military", "نیروی زمینی سپاه", [], ""),
    ("military", "نیروی هوایی ارتش", [], "نهاجا"),
    ("military", "نیروی دریایی ارتش", [], "نداجا"),
    ("military", "نیروی زمینی ارتش", [], "نزاجا"),
    ("military", "قرارگاه مرکزی خاتم‌الانبیا", ["قرارگاه خاتم‌الانبیا", "قرارگاه سازندگی خاتم‌الانبیا"], ""),
    ("military", "نیروی انتظامی جمهوری اسلامی ایران", ["نیروی انتظامی", "نیروی انتظامی جمهوری اسلامی"], "ناجا"),
    ("military", "فرماندهی انتظامی جمهوری اسلامی ایران", ["فرماندهی انتظامی کل کشور"], "فراجا"),
    ("military", "پلیس راهنمایی و رانندگی", ["پلیس راهور", *_with_force("پلیس راهور")], "راهور"),
    ("military", "پلیس فضای تولید و تبادل اطلاعات", ["پلیس فتا", *_with_force("پلیس فتا")], "فتا"),
    ("military", "پلیس آگاهی", _with_force("پلیس آگاهی"), ""),
    ("military", "پلیس مبارزه با مواد مخدر", _with_force("پلیس مبارزه با مواد مخدر"), ""),
    ("military", "مرزبانی", ["فرماندهی مرزبانی"], ""),
    # ---- religious bodies ----
    ("religious", "جامعه مدرسین حوزه علمیه قم", ["جامعه مدرسین"], ""),
    ("religious", "حوزه علمیه قم", [], ""),
    ("religious", "دفتر تبلیغات اسلامی", ["دفتر تبلیغات اسلامی حوزه علمیه قم"], ""),
    ("religious", "شورای سیاستگذاری ائمه جمعه", [], ""),
    ("religious", "شورای هماهنگی تبلیغات اسلامی", [], ""),
    # ---- parties and political groups ----
    ("party", "حزب موتلفه اسلامی", ["حزب مؤتلفه اسلامی", "موتلفه اسلامی", "حزب موتلفه"], ""),
    ("party", "جامعه روحانیت مبارز", ["جامعه روحانیت"], ""),
    ("party", "مجمع روحانیون مبارز", [], ""),
    ("party", "حزب کارگزاران سازندگی", ["کارگزاران سازندگی"], ""),
    ("party", "حزب اعتماد ملی", [], ""),
    ("party", "جبهه مشارکت ایران اسلامی", ["جبهه مشارکت"], ""),
    ("party", "سازمان مجاهدین انقلاب اسلامی", [], ""),
    ("party", "جبهه پایداری انقلاب اسلامی", ["جبهه پایداری"], ""),
    ("party", "حزب اتحاد ملت ایران اسلامی", ["حزب اتحاد ملت"], ""),
    ("party", "حزب ندای ایرانیان", [], ""),
    ("party", "حزب همبستگی ایران اسلامی", [], ""),
    ("party", "حزب اعتدال و توسعه", [], ""),
    ("party", "حزب مردم‌سالاری", [], ""),
    ("party", "حزب اراده ملت ایران", [], ""),
    ("party", "جمعیت ایثارگران انقلاب اسلامی", [], ""),
    ("party", "جبهه اصلاحات ایران", ["جبهه اصلاحات"], ""),
    ("party", "شورای ائتلاف نیروهای انقلاب اسلامی", ["شورای ائتلاف نیروهای انقلاب", "شانا"], ""),
    ("party", "جامعه اسلامی مهندسین", [], ""),
    # parliamentary factions (فراکسیون امید: «امید», a given name, ends the head rule's name run)
    ("party", "فراکسیون امید", [], ""),  # «فراکسیون امید مجلس …»: the parliament is an organisation of its own
    ("party", "فراکسیون مستقلین ولایی", [], ""),  # «فراکسیون مستقلین …»: the head rule names it
    ("party", "جبهه پیشرفت، رفاه و عدالت ایران", ["جبهه پیشرفت، رفاه و عدالت", "جبهه پیشرفت رفاه و عدالت"], ""),
    # Iraqi parliamentary blocs (Arabic names: no name words for the head rule)
    ("party", "ائتلاف البناء", [], ""),
    ("party", "ائتلاف الفتح", [], ""),
    ("party", "ائتلاف الوطنیه", [], ""),
    ("party", "ائتلاف دولت قانون", [], ""),
    ("party", "حزب دموکرات آمریکا", ["حزب دموکرات*"], ""),
    ("party", "حزب جمهوری‌خواه آمریکا", ["حزب جمهوری‌خواه*"], ""),
    # ---- armed and political groups abroad ----
    ("group", "حزب‌الله لبنان", ["حزب‌الله*", "جنبش حزب‌الله", "مقاومت اسلامی لبنان"], "حزب‌الله"),
    ("group", "جنبش حماس", ["حماس", "جنبش مقاومت اسلامی حماس"], "حماس"),
    ("group", "جنبش جهاد اسلامی فلسطین", ["جهاد اسلامی*", "جنبش جهاد اسلامی"], ""),
    ("group", "جنبش انصارالله", ["انصارالله", "جنبش انصارالله یمن"], "انصارالله"),
    ("group", "حشد الشعبی", ["الحشد الشعبی", "بسیج مردمی عراق"], ""),
    ("group", "داعش", ["گروه تروریستی داعش", "گروهک تروریستی داعش"], ""),
    ("group", "طالبان", ["گروه طالبان"], ""),
    ("group", "القاعده", ["گروه القاعده"], ""),
    ("group", "سازمان مجاهدین خلق", ["منافقین*", "گروهک منافقین", "سازمان منافقین", "مجاهدین خلق"], ""),
    ("group", "جیش‌العدل", ["جیش‌الظلم", "گروهک جیش‌الظلم"], ""),
    ("group", "پژاک", ["گروهک پژاک"], ""),
    # ---- international ----
    ("international", "سازمان ملل متحد", ["سازمان ملل", "ملل متحد"], ""),
    ("international", "شورای امنیت سازمان ملل", ["شورای امنیت", "شورای امنیت سازمان ملل متحد"], ""),
    ("international", "مجمع عمومی سازمان ملل", ["مجمع عمومی سازمان ملل متحد"], ""),
    ("international", "شورای حقوق بشر سازمان ملل", ["شورای حقوق بشر"], ""),
    ("international", "آژانس بین‌المللی انرژی اتمی", ["آژانس انرژی اتمی", "آژانس*"], ""),
    ("international", "سازمان پیمان آتلانتیک شمالی", ["ناتو", "پیمان ناتو"], "ناتو"),
    ("international", "اتحادیه اروپا", ["اتحادیه اروپایی"], ""),
    ("international", "پارلمان اروپا", [], ""),
    ("international", "کمیسیون اروپا", [], ""),
    ("international", "سازمان کشورهای صادرکننده نفت", ["اوپک"], "اوپک"),
    ("international", "سازمان همکاری شانگهای", ["شانگهای*"], ""),
    ("international", "بریکس", ["گروه بریکس"], ""),
    ("international", "سازمان همکاری اسلامی", [], ""),
    ("international", "سازمان کنفرانس اسلامی", [], ""),
    ("international", "اتحادیه عرب", ["اتحادیه کشورهای عربی"], ""),
    ("international", "شورای همکاری خلیج فارس", [], ""),
    ("international", "اتحادیه آفریقا", [], ""),
    ("international", "سازمان همکاری اقتصادی", ["اکو"], "اکو"),
    ("international", "صندوق بین‌المللی پول", [], ""),
    ("international", "بانک جهانی", [], ""),
    ("international", "سازمان تجارت جهانی", [], ""),
    ("international", "سازمان بهداشت جهانی", [], ""),
    ("international", "یونسکو", ["سازمان آموزشی، علمی و فرهنگی ملل متحد"], "یونسکو"),
    ("international", "یونیسف", ["صندوق کودکان ملل متحد"], "یونیسف"),
    ("international", "کمیته بین‌المللی صلیب سرخ", ["صلیب سرخ", "صلیب سرخ جهانی"], ""),
    ("international", "دیوان بین‌المللی دادگستری", [], ""),
    ("international", "دیوان کیفری بین‌المللی", ["دادگاه کیفری بین‌المللی"], ""),
    ("international", "فدراسیون بین‌المللی فوتبال", ["فیفا"], "فیفا"),
    ("international", "کمیته بین‌المللی المپیک", [], ""),
    ("international", "کنفدراسیون فوتبال آسیا", ["ای‌اف‌سی"], ""),
    # ---- foreign governments ----
    ("foreign_gov", "کاخ سفید", [], ""),
    ("foreign_gov", "کرملین", [], ""),
    ("foreign_gov", "پنتاگون", [], ""),
    ("foreign_gov", "کنگره آمریکا", ["کنگره*"], ""),
    ("foreign_gov", "سنای آمریکا", ["سنا*", "مجلس سنای آمریکا"], ""),
    ("foreign_gov", "وزارت خارجه آمریکا", ["وزارت امور خارجه آمریکا"], ""),
    ("foreign_gov", "سازمان سیا", ["سیا*"], ""),
    ("foreign_gov", "موساد", [], ""),
    ("foreign_gov", "مجلس نمایندگان آمریکا", ["مجلس نمایندگان ایالات متحده"], ""),
    ("military", "فرماندهی مرکزی ایالات متحده", ["سنتکام", "فرماندهی مرکزی آمریکا", "فرماندهی مرکزی ارتش آمریکا",
                                                   "ستاد فرماندهی مرکزی آمریکا"], "سنتکام"),
    ("military", "ارتش آمریکا", ["ارتش ایالات متحده"], ""),
    ("military", "ارتش اسرائیل", ["ارتش رژیم صهیونیستی"], ""),
    ("group", "حزب کارگران کردستان", ["پ.ک.ک", "پ‌ک‌ک", "پ ک ک"], "پ.ک.ک"),
    ("group", "حوثی‌ها", ["حوثی ها", "حوثیها"], ""),
    # ---- companies frequent in news ----
    ("company", "ایران‌خودرو", ["شرکت ایران‌خودرو"], ""),
    ("company", "سایپا", ["شرکت سایپا"], ""),
    ("company", "شرکت سرمایه‌گذاری تامین اجتماعی", [], "شستا"),
    ("company", "هواپیمایی جمهوری اسلامی ایران", ["ایران‌ایر", "هما*"], "هما"),
    ("company", "شرکت مخابرات ایران", ["مخابرات ایران"], ""),
    ("company", "ایرانسل", [], ""),
    ("company", "همراه اول", ["همراه اول*"], ""),
    ("company", "آرامکو", ["شرکت آرامکو"], ""),
    ("company", "فولاد مبارکه", ["شرکت فولاد مبارکه"], ""),
    # well-known foreign companies and platforms news names bare (issue 13, class 8)
    ("company", "تویوتا", ["شرکت تویوتا"], ""),
    ("company", "بی‌ام‌دبلیو", ["بی ام و", "بی‌ام‌و"], ""),
    ("company", "بوئینگ", ["شرکت بوئینگ"], ""),
    ("company", "ایرباس", [], ""),
    ("company", "گوگل", ["شرکت گوگل"], ""),
    ("company", "مایکروسافت", [], ""),
    ("company", "سامسونگ", [], ""),
    ("company", "هواوی", [], ""),
    ("company", "تسلا", [], ""),
    ("company", "توییتر", ["تویی‌تر", "تویتر"], ""),
    ("company", "تلگرام", [], ""),
    ("company", "اینستاگرام", [], ""),
    ("company", "فیسبوک", ["فیس‌بوک", "فیس بوک"], ""),
    ("company", "واتس‌اپ", ["واتساپ", "واتس اپ"], ""),
    ("company", "قشم ایر", ["هواپیمایی قشم ایر"], ""),
]

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

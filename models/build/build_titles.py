"""Build the hand-written title lexicons:

    models/honorifics.tsv     surface  canonical  kind
    models/title_heads.tsv    surface  canonical  kind  needs_complement
    models/title_plurals.txt  one plural/generic form per line (never a title)
    models/portfolios.txt     one portfolio word/phrase per line

Build time only, stdlib only. The word lists below are written for persianews
(MIT); the script adds spelling variants (space / ZWNJ / joined, ئ/ی, hamza
seats, commas). Run from the project root:

    python models/build/build_titles.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import MODELS, ZWNJ, dedupe, normalize, phrase_variants, write_table  # noqa: E402
from _gov import MINISTRIES  # noqa: E402

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

# ---------------------------------------------------------------------------
# Title heads: (canonical, kind, needs_complement, extra spellings)
# needs_complement = 1: the bare word is a title only with a complement
# (portfolio, organisation, place); 0: it stands alone (beside a name).
# ---------------------------------------------------------------------------
TITLE_HEADS: list[tuple[str, str, int, list[str]]] = [
    # executive (state and provincial administration)
    ("استاندار", "executive", 0, []),
    ("فرماندار", "executive", 0, []),
    ("فرماندار ویژه", "executive", 0, []),
    ("بخشدار", "executive", 0, []),
    ("معاون استاندار", "executive", 1, []),
    ("معاون فرماندار", "executive", 0, []),
    ("معاون بخشدار", "executive", 0, []),
    ("وزیر", "executive", 1, []),
    ("معاون وزیر", "executive", 1, []),
    ("سرپرست وزارت", "executive", 1, []),
    ("رئیس‌جمهور", "executive", 0, ["رئیس‌جمهوری", "رئیس جمهوری"]),
    ("معاون رئیس‌جمهور", "executive", 1, ["معاون رئیس‌جمهوری"]),
    ("معاون اول رئیس‌جمهور", "executive", 0, ["معاون اول رئیس‌جمهوری"]),
    ("معاون اول", "executive", 1, []),
    ("نخست‌وزیر", "executive", 0, []),
    # heads of foreign states and governments (news-dev-2, news-dev, telegram-dev: ولیعهد 75, صدراعظم 26 times,
    # all titles; پادشاه 152, also a name part and generic: only with a complement, پادشاه عربستان)
    ("صدراعظم", "executive", 0, []),
    ("ولیعهد", "executive", 0, ["ولی‌عهد"]),
    ("پادشاه", "executive", 1, []),
    # monarchs, a title only with the country they rule (news-dev-2, news-dev, telegram-dev: امپراتور 13 times,
    # روم/ژاپن). Not امیر (قطر 37 of 276), سلطان (عمان 6 of 68) nor ملکه (15, before a name 4 times): given
    # names and name parts (امیر قلعه‌نویی, بندر بن سلطان, ملکه فوزیه), which a head word cuts from the names.
    ("امپراتور", "executive", 1, ["امپراطور"]),
    ("سخنگوی دولت", "executive", 0, []),
    ("دبیر هیئت دولت", "executive", 0, []),
    ("رئیس دفتر رئیس‌جمهور", "executive", 0, ["رئیس دفتر رئیس‌جمهوری"]),
    ("رئیس سازمان برنامه و بودجه", "executive", 0, []),
    ("رئیس کل بانک مرکزی", "executive", 0, []),
    ("سرپرست", "general", 1, []),
    ("مدیرکل", "general", 1, ["مدیر کل"]),
    ("مدیر", "general", 1, []),
    ("مدیرعامل", "general", 1, ["مدیر عامل"]),
    ("رئیس", "general", 1, []),
    ("رئیس کل", "general", 1, []),
    ("معاون", "general", 1, []),
    ("معاون ارشد", "general", 1, []),
    ("قائم‌مقام", "general", 1, []),
    ("جانشین", "general", 1, []),
    ("نایب‌رئیس", "general", 1, []),
    ("دبیر", "general", 1, []),
    ("دبیرکل", "general", 1, ["دبیر کل"]),
    ("دبیر اجرایی", "general", 1, []),
    ("سخنگو", "general", 1, []),
    ("مشاور", "general", 1, []),
    ("مشاور عالی", "general", 1, []),
    # an aide (news-dev-2, news-dev, telegram-dev: دستیار 144 times, 38 before a title or a body:
    # دستیار ویژه رئیس مجلس, دستیار وزیر خارجه; else a software assistant or a film crew's, no complement)
    ("دستیار", "general", 1, []),
    ("عضو", "general", 1, []),
    ("مسئول", "general", 1, []),
    ("خزانه‌دار", "general", 1, ["خزانه دار", "خزانه‌دار کل"]),  # same corpora: 11 times, + فدراسیون, شورا, آمریکا
    ("رئیس هیئت مدیره", "general", 1, []),
    ("عضو هیئت مدیره", "general", 1, []),
    ("رئیس هیئت امنا", "general", 1, []),
    ("رئیس شورا", "general", 1, []),
    ("رئیس ستاد", "general", 1, []),
    ("مدیر روابط عمومی", "general", 1, []),
    ("رئیس روابط عمومی", "general", 1, []),
    ("نماینده", "general", 1, []),
    # local government
    ("شهردار", "local", 0, []),
    ("معاون شهردار", "local", 0, []),
    ("دهیار", "local", 0, []),
    ("عضو شورای شهر", "local", 0, ["عضو شورای اسلامی شهر"]),
    ("رئیس شورای شهر", "local", 0, ["رئیس شورای اسلامی شهر"]),
    ("نایب‌رئیس شورای شهر", "local", 0, ["نایب‌رئیس شورای اسلامی شهر"]),
    ("سخنگوی شورای شهر", "local", 0, ["سخنگوی شورای اسلامی شهر"]),
    ("عضو شورای روستا", "local", 0, ["عضو شورای اسلامی روستا"]),
    ("رئیس شورای اسلامی", "local", 1, []),
    ("عضو شورای اسلامی", "local", 1, []),
    # legislative
    ("نماینده مردم", "legislative", 1, []),
    ("نماینده مجلس", "legislative", 0, ["نماینده مجلس شورای اسلامی"]),
    ("منتخب مردم", "legislative", 1, []),
    ("رئیس مجلس", "legislative", 0, ["رئیس مجلس شورای اسلامی"]),
    ("نایب‌رئیس مجلس", "legislative", 0, ["نایب‌رئیس اول مجلس", "نایب‌رئیس دوم مجلس", "نایب‌رئیس مجلس شورای اسلامی"]),
    ("عضو هیئت رئیسه مجلس", "legislative", 0, []),
    ("سخنگوی هیئت رئیسه مجلس", "legislative", 0, []),
    ("رئیس کمیسیون", "legislative", 1, []),
    ("نایب‌رئیس کمیسیون", "legislative", 1, []),
    ("سخنگوی کمیسیون", "legislative", 1, []),
    ("عضو کمیسیون", "legislative", 1, []),
    ("رئیس فراکسیون", "legislative", 1, []),
    ("عضو فراکسیون", "legislative", 1, []),
    ("دبیر شورای نگهبان", "legislative", 0, []),
    ("سخنگوی شورای نگهبان", "legislative", 0, []),
    ("عضو شورای نگهبان", "legislative", 0, ["عضو حقوقدان شورای نگهبان", "عضو فقهای شورای نگهبان"]),
    ("رئیس مجلس خبرگان رهبری", "legislative", 0, ["رئیس مجلس خبرگان"]),
    ("عضو مجلس خبرگان رهبری", "legislative", 0, ["عضو مجلس خبرگان"]),
    ("نماینده مجلس خبرگان", "legislative", 1, ["نماینده مجلس خبرگان رهبری"]),
    ("رئیس مجمع تشخیص مصلحت نظام", "legislative", 0, []),
    ("دبیر مجمع تشخیص مصلحت نظام", "legislative", 0, []),
    ("عضو مجمع تشخیص مصلحت نظام", "legislative", 0, []),
    ("سناتور", "legislative", 0, []),  # a foreign senator: سناتور X, سناتور ایالت …
    # judicial
    ("رئیس قوه قضاییه", "judicial", 0, ["رئیس دستگاه قضا", "رئیس دستگاه قضایی"]),
    ("سخنگوی قوه قضاییه", "judicial", 0, ["سخنگوی دستگاه قضا"]),
    ("معاون قوه قضاییه", "judicial", 1, []),
    ("دادستان", "judicial", 0, []),
    ("دادستان کل کشور", "judicial", 0, []),
    ("دادستان عمومی و انقلاب", "judicial", 1, []),
    ("دادیار", "judicial", 0, []),
    ("رئیس دادگستری", "judicial", 1, []),
    ("رئیس کل دادگستری", "judicial", 1, []),
    ("رئیس دیوان عالی کشور", "judicial", 0, []),
    ("رئیس دیوان عدالت اداری", "judicial", 0, []),
    ("رئیس سازمان بازرسی کل کشور", "judicial", 0, ["رئیس سازمان بازرسی"]),
    # inspectors (same corpora: بازرس 24 times, بازرس کل 8: + وزارت, استان, امور …)
    ("بازرس", "judicial", 1, []),
    ("بازرس کل", "judicial", 1, ["بازرس‌کل"]),
    ("رئیس دادگاه", "judicial", 1, []),
    ("رئیس شعبه", "judicial", 1, []),
    ("رئیس حوزه قضایی", "judicial", 1, []),
    ("قاضی", "judicial", 0, []),
    ("بازپرس", "judicial", 0, []),
    ("وکیل", "judicial", 1, []),
    # military and police
    ("فرمانده", "military", 1, []),
    ("فرمانده کل قوا", "military", 0, []),
    ("فرمانده کل سپاه", "military", 0, ["فرمانده کل سپاه پاسداران", "فرمانده کل سپاه پاسداران انقلاب اسلامی"]),
    ("فرمانده کل ارتش", "military", 0, ["فرمانده کل ارتش جمهوری اسلامی ایران"]),
    ("رئیس ستاد کل نیروهای مسلح", "military", 0, []),
    ("فرمانده نیروی انتظامی", "military", 0, ["فرمانده کل نیروی انتظامی", "فرمانده ناجا", "فرمانده فراجا",
                                             "فرمانده کل انتظامی کشور"]),
    ("فرمانده انتظامی", "military", 1, []),
    ("فرمانده سپاه", "military", 1, []),
    ("فرمانده نیروی قدس", "military", 0, ["فرمانده نیروی قدس سپاه"]),
    ("فرمانده نیروی هوافضای سپاه", "military", 0, []),
    ("فرمانده قرارگاه", "military", 1, []),
    ("فرمانده نیروی زمینی", "military", 1, []),
    ("فرمانده نیروی دریایی", "military", 1, []),
    ("فرمانده نیروی هوایی", "military", 1, []),
    ("فرمانده مرزبانی", "military", 1, []),
    ("فرمانده بسیج", "military", 1, []),
    ("رئیس سازمان بسیج", "military", 1, ["رئیس سازمان بسیج مستضعفین"]),
    ("رئیس پلیس", "military", 1, []),
    ("سخنگوی نیروهای مسلح", "military", 0, []),
    ("سخنگوی سپاه", "military", 0, []),
    ("سخنگوی ارتش", "military", 0, []),
    ("دبیر شورای عالی امنیت ملی", "military", 0, []),
    # religious
    ("امام جمعه", "religious", 0, []),
    ("امام جمعه موقت", "religious", 1, []),
    ("امام جماعت", "religious", 1, []),
    ("خطیب جمعه", "religious", 1, []),
    ("خطیب نماز جمعه", "religious", 1, []),
    ("نماینده ولی فقیه", "religious", 1, ["نماینده ولی‌فقیه", "نماینده ولی امر", "نماینده رهبری", "نماینده رهبر انقلاب"]),
    ("رهبر", "religious", 1, []),
    ("رهبر انقلاب", "religious", 0, ["رهبر انقلاب اسلامی", "رهبر معظم انقلاب", "رهبر معظم انقلاب اسلامی"]),
    ("مقام معظم رهبری", "religious", 0, []),
    ("ولی فقیه", "religious", 0, ["ولی‌فقیه", "ولی امر مسلمین"]),
    ("مرجع تقلید", "religious", 0, []),
    ("تولیت", "religious", 1, []),
    ("تولیت آستان قدس رضوی", "religious", 0, []),
    ("مدیر حوزه علمیه", "religious", 1, []),
    ("رئیس سازمان تبلیغات اسلامی", "religious", 0, []),
    ("پاپ", "religious", 0, []),
    # party and politics
    ("دبیرکل حزب", "party", 1, ["دبیر کل حزب"]),
    ("دبیر حزب", "party", 1, []),
    ("رئیس حزب", "party", 1, []),
    ("سخنگوی حزب", "party", 1, []),
    ("عضو شورای مرکزی", "party", 1, ["عضو شورای مرکزی حزب"]),
    ("رئیس شورای مرکزی", "party", 1, []),
    ("قائم‌مقام دبیرکل", "party", 1, ["قائم‌مقام دبیر کل"]),
    # diplomatic
    ("سفیر", "diplomatic", 1, ["سفیر کبیر"]),
    ("کاردار", "diplomatic", 1, []),
    ("کمیسر", "diplomatic", 1, []),
    ("کنسول", "diplomatic", 1, []),
    ("سرکنسول", "diplomatic", 1, []),
    ("رایزن", "diplomatic", 1, ["رایزن فرهنگی"]),
    ("نماینده دائم", "diplomatic", 1, []),
    ("نماینده ویژه", "diplomatic", 1, ["فرستاده ویژه"]),
    ("فرستاده", "diplomatic", 1, []),  # an envoy: فرستاده سازمان ملل به لیبی
    ("سخنگوی وزارت امور خارجه", "diplomatic", 0, ["سخنگوی وزارت خارجه", "سخنگوی دستگاه دیپلماسی"]),
    # academic
    ("رئیس دانشگاه", "academic", 1, []),
    ("رئیس دانشکده", "academic", 1, []),
    ("رئیس پژوهشگاه", "academic", 1, []),
    ("رئیس فرهنگستان", "academic", 1, []),
    ("عضو هیئت علمی", "academic", 1, []),
    ("استاد دانشگاه", "academic", 0, []),
    ("دانشیار", "academic", 1, []),
    ("استادیار", "academic", 1, []),
    # media
    ("سردبیر", "media", 1, []),
    ("مدیرمسئول", "media", 1, ["مدیر مسئول"]),
    ("مجری", "media", 1, []),
    ("خبرنگار", "journalist", 1, []),
    ("عکاس", "journalist", 1, []),
    ("گزارشگر", "journalist", 1, []),
    # experts
    ("کارشناس", "expert", 1, []),
    ("تحلیلگر", "expert", 1, []),
    ("پژوهشگر", "expert", 1, []),
    # sports
    ("سرمربی", "sports", 1, []),
    ("مربی", "sports", 1, []),
    ("رئیس فدراسیون", "sports", 1, []),
    ("پزشک تیم", "sports", 1, []),  # a team's doctor: پزشک تیم فوتبال … (not پزشک alone: a profession)
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
    out = []
    for portfolio, shorts, _current in MINISTRIES:
        out.append(("وزیر " + portfolio, "executive", 0, ["وزیر " + s for s in shorts]))
        out.append(("سخنگوی وزارت " + portfolio, "executive", 0, ["سخنگوی وزارت " + s for s in shorts]))
    return out


def build_title_heads() -> int:
    rows: dict[str, tuple[str, str, str, str]] = {}
    for canonical, kind, needs, extra in TITLE_HEADS + ministry_titles():
        canonical = normalize(canonical)
        spellings = [canonical] + [normalize(e) for e in extra]
        for spelling in spellings:
            forms = phrase_variants(spelling)
            for f in list(forms):
                forms.extend(ezafe_forms(f))
            for v in dedupe(forms):
                rows.setdefault(v, (v, canonical, kind, str(needs)))
    final = list(rows.values())
    header = [
        "title_heads.tsv — role words that head an official's title (استاندار, فرماندار, معاون, مدیرکل, وزیر نیرو …).",
        "surface: a spelling (ZWNJ / space / joined, رئیس/رییس, ئ/ی, written ezafe سخنگوی/نماینده‌ی);",
        "canonical: the canonical head; kind: executive | local | legislative | judicial | military | religious |",
        "  party | diplomatic | academic | media | journalist | expert | sports | general;",
        "needs_complement: 1 when the bare head is a title only with a complement (portfolio, organisation, place:",
        "  مدیرکل سیاسی استانداری قزوین, وزیر …), 0 when it stands alone beside a name (استاندار, فرماندار, شهردار).",
        "Multi-word heads (وزیر نیرو, رئیس قوه قضاییه, امام جمعه) are listed whole; match the longest.",
        "Plural/generic forms that are never titles are in title_plurals.txt.",
        "source: written for persianews; ministries from ../shared/data/iran-gov-orgs/ministries_19.txt",
        "  (public facts) and models/build/_gov.py",
        LICENCE,
        "built by: models/build/build_titles.py",
    ]
    return write_table(MODELS / "title_heads.tsv", header, ["surface", "canonical", "kind", "needs_complement"], final)


def build_plurals() -> int:
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


def build() -> dict[str, int]:
    return {
        "honorifics.tsv": build_honorifics(),
        "title_heads.tsv": build_title_heads(),
        "title_plurals.txt": build_plurals(),
        "portfolios.txt": build_portfolios(),
    }


if __name__ == "__main__":
    for name, n in build().items():
        print(f"models/{name}: {n} rows")

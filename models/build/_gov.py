"""Iranian ministries (current cabinet and those of 2003–2026), shared by
build_titles.py (وزیر X) and build_orgs.py (وزارت X). Written for persianews
from ../shared/data/iran-gov-orgs/ministries_19.txt plus public facts.

Each entry: (portfolio as in «وزارت <portfolio>», short portfolios used in
news, still current?). Compound joints are written with ZWNJ.
"""

from __future__ import annotations

MINISTRIES: list[tuple[str, list[str], bool]] = [
    ("آموزش و پرورش", [], True),
    ("ارتباطات و فناوری اطلاعات", ["ارتباطات"], True),
    ("اطلاعات", [], True),
    ("امور اقتصادی و دارایی", ["اقتصاد", "اقتصاد و دارایی", "اقتصادی و دارایی"], True),
    ("امور خارجه", ["خارجه"], True),
    ("بهداشت، درمان و آموزش پزشکی", ["بهداشت", "بهداشت و درمان"], True),
    ("تعاون، کار و رفاه اجتماعی", ["کار", "رفاه", "تعاون، کار و رفاه", "کار و رفاه", "کار و رفاه اجتماعی"], True),
    ("جهاد کشاورزی", ["جهاد", "کشاورزی"], True),
    ("دادگستری", [], True),
    ("دفاع و پشتیبانی نیروهای مسلح", ["دفاع"], True),
    ("راه و شهرسازی", ["راه"], True),
    ("صنعت، معدن و تجارت", ["صمت", "صنعت", "صنعت و معدن"], True),
    ("علوم، تحقیقات و فناوری", ["علوم"], True),
    ("فرهنگ و ارشاد اسلامی", ["ارشاد", "فرهنگ و ارشاد", "ارشاد اسلامی"], True),
    ("میراث فرهنگی، گردشگری و صنایع دستی", ["میراث فرهنگی", "میراث", "گردشگری"], True),
    ("نفت", [], True),
    ("نیرو", [], True),
    ("ورزش و جوانان", ["ورزش"], True),
    ("کشور", [], True),
    # merged or renamed during 2003–2026
    ("پست، تلگراف و تلفن", ["پست و تلگراف و تلفن"], False),
    ("کار و امور اجتماعی", [], False),
    ("رفاه و تامین اجتماعی", [], False),
    ("تعاون", [], False),
    ("راه و ترابری", [], False),
    ("مسکن و شهرسازی", [], False),
    ("صنایع و معادن", ["صنایع"], False),
    ("بازرگانی", [], False),
]

# Portfolios of cabinets before 2003 (history columns list them: وزیر جنگ, وزیر مالیه, وزیر معارف, رئیس‌الوزرا …)
# that news also gives foreign ministers (وزیر جنگ آمریکا, وزیر دارایی انگلیس, وزیر مشاور): minister's titles only
# (build_titles.py), no organisation of their own.
FORMER_PORTFOLIOS: list[tuple[str, list[str]]] = [
    ("جنگ", []),
    ("دارایی", ["دارائی"]),
    ("مالیه", []),
    ("عدلیه", []),
    ("معارف", []),
    ("داخله", []),
    ("فرهنگ", []),
    ("بهداری", []),
    ("تجارت", []),
    ("مشاور", []),
    ("فوائد عامه", ["فواید عامه", "فوائد عامه و تجارت", "فواید عامه و تجارت"]),
    ("پست و تلگراف", []),
    ("علوم و اوقاف", ["معارف و اوقاف"]),
    ("بازرگانی و پیشه و هنر", ["پیشه و هنر"]),
]

# Portfolios that are single ordinary words: never an organisation without «وزارت».
SINGLE_WORD_PORTFOLIOS = {p for p, _, _ in MINISTRIES if " " not in p and "،" not in p}

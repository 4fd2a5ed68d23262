"""Generated inputs of the shapes that once made a stage super-linear (issue 9).

Each shape is a function from a size in characters to a text of about that
size. The news-like sentences are written for this module (no corpus text);
they are shuffled with a fixed seed so that a text of size 2x is not just the
text of size x twice. Used by ``tests/test_complexity.py`` and
``bench/bench_scaling.py``.
"""

from __future__ import annotations

import random
from collections.abc import Callable

NEWS_SENTENCES = (
    "محمد رضایی استاندار قزوین گفت: «بودجه امسال برای طرح‌های عمرانی افزایش یافته است.»",
    "به گزارش خبرگزاری فارس، علی محمدی وزیر کشور در نشست خبری امروز از برگزاری انتخابات خبر داد.",
    "وی افزود: دولت برای حل مشکل مسکن برنامه دارد و این برنامه به زودی اجرا می‌شود.",
    "حسن احمدی نماینده مردم تهران در مجلس شورای اسلامی تاکید کرد که قانون باید اجرا شود.",
    "سخنگوی وزارت امور خارجه اعلام کرد: «ایران به مذاکرات ادامه می‌دهد.»",
    "مریم کریمی معاون رئیس جمهور در امور زنان و خانواده به خبرنگاران گفت که طرح جدید آماده است.",
    "رضا حسینی فرماندار تاکستان با اشاره به خشکسالی گفت: کشاورزان باید از آب بهینه استفاده کنند.",
    "دکتر سعید نوری رئیس دانشگاه تهران تصریح کرد: «پژوهش در اولویت دانشگاه قرار دارد.»",
    "به گفته محمود جعفری مدیرکل هواشناسی استان اصفهان، بارش‌ها در هفته آینده ادامه دارد.",
    "آیت‌الله سید احمد خاتمی در خطبه‌های نماز جمعه تهران گفت: «مردم در صحنه هستند.»",
    "زهرا صادقی عضو شورای شهر مشهد خاطرنشان کرد که شهرداری باید پاسخگو باشد.",
    "وزیر بهداشت گفت: واکسن به اندازه کافی وارد کشور شده است و نگرانی وجود ندارد.",
)


def news(size: int, seed: int = 7) -> str:
    """Realistic news paragraphs with many names, titles and quotes."""
    shuffler = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        sentences = list(NEWS_SENTENCES)
        shuffler.shuffle(sentences)
        paragraph = " ".join(sentences) + "\n"
        parts.append(paragraph)
        length += len(paragraph)
    return "".join(parts)[:size]


def one_letter_token(size: int) -> str:
    """One token made of a single Persian letter repeated."""
    return "ب" * size


def no_space_token(size: int) -> str:
    """A long run of varied Persian letters with no space."""
    letters = "سلامبرایرانمحمدرضایی"
    return (letters * (size // len(letters) + 1))[:size]


def repeated(unit: str) -> Callable[[int], str]:
    """A shape that repeats ``unit`` up to the size."""
    def shape(size: int) -> str:
        return unit * (size // len(unit))
    shape.__doc__ = f"{unit!r} repeated"
    return shape


def bidi_wrapped_cues(size: int) -> str:
    """Cue words wrapped in RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING."""
    return repeated("\u202eگفت\u202c: \u202eافزود\u202c «\u202eوی\u202c ")(size)


def combining_marks(size: int) -> str:
    """One Latin letter followed by many combining marks."""
    return "a" + "\u0301" * (size - 1)


def space_run(size: int) -> str:
    """A long run of spaces after punctuation, not followed by punctuation (each space once started a
    scan to the end of the run in the normalizer)."""
    return "گفت ." + " " * (size - 8) + "بله"


def many_names(size: int) -> str:
    """Many different made-up people, each named in full and then by the surname alone (every surname of the
    document was once tried at each candidate token: tokens × surnames)."""
    letters = "بپتجچدرزسشفکگلمنهی"
    chooser = random.Random(11)
    parts: list[str] = []
    length = 0
    while length < size:
        surname = "".join(chooser.choice(letters) for _ in range(5)) + "ی"
        part = f"علی {surname} گفت: کار ادامه دارد. {surname} افزود: بله.\n"
        parts.append(part)
        length += len(part)
    return "".join(parts)[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "news": news,
    "one-letter-token": one_letter_token,
    "no-space-token": no_space_token,
    "said-colon": repeated("گفت: "),
    "guillemet-said": repeated("« گفت "),
    "hearsay-in-statement": repeated("وزیر گفت: عده‌ای می‌گویند که "),
    "bidi-cues": bidi_wrapped_cues,
    "combining-marks": combining_marks,
    "space-run": space_run,
    "many-names": many_names,
    # many places, and subjects that name no one (each once scanned all the document's places), and claims
    "places-no-one": repeated("ایران و عراق و سوریه و لبنان و مصر و اردن و ترکیه و قطر. قیمت نان گفت که کار تمام است."
                              " ادعاهای قطر مبنی بر اینکه کار تمام است، رد شد. "),
}
"""Every pathological shape by name."""

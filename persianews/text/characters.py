"""The character facts the normalization rules apply: digit systems, letter variants, presentation
forms, combining hamza, diacritics, control and space characters (ranges are written for regex
character classes)."""

from __future__ import annotations

import unicodedata

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ASCII_DIGITS = "0123456789"


def _presentation_table() -> dict[int, str]:
    """Each Arabic presentation form or ligature that is a letter, mapped to its letters (NFKC)."""
    table = {}
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]:
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        if folded == char or not unicodedata.category(char).startswith("L"):
            continue  # unassigned, or a symbol such as ﷼ and ﷽
        if all(c == " " or c == "\u0640" or unicodedata.category(c) == "Mn" for c in folded):
            table[code] = ""  # a spacing form of a diacritic (ﹰ)
        elif " " not in folded:  # phrase ligatures (ﷺ) are kept as symbols
            table[code] = folded
    return table


PRESENTATION_TABLE = _presentation_table()
"""Presentation form code point -> its letters ("" for a spacing form of a diacritic)."""
PRESENTATION_RANGES = "\uFB50-\uFDFF\uFE70-\uFEFE"
"""The presentation-form blocks."""

COMPOSITIONS = {
    "ا\u0653": "آ", "ا\u0654": "أ", "ا\u0655": "إ", "و\u0654": "ؤ", "ی\u0654": "ئ", "ي\u0654": "ئ",
    "ى\u0654": "ئ", "ه\u0654": "ۀ", "ە\u0654": "ۀ", "ۀ\u0654": "ۀ",
}
"""A letter and a combining hamza or madda -> the precomposed letter."""

LETTER_VARIANTS = {"ي": "ی", "ى": "ی", "ې": "ی", "ێ": "ی", "ۍ": "ی", "ك": "ک", "ڪ": "ک", "ګ": "گ",
                   "ة": "ه", "ۃ": "ه", "ە": "ه", "ھ": "ه", "ہ": "ه", "ۂ": "ۀ", "ٲ": "أ", "ٳ": "إ", "ٱ": "ا"}
"""Arabic and Urdu letter variants -> the Persian letter."""

DIACRITIC_RANGES = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08D3-\u08E1\u08E3-\u08FF\u0640"
"""Diacritics (harakat, tanvin, shadda, superscript alef, Quranic marks, combining hamza and madda) and tatweel."""

DIGIT_MAPPINGS = {
    "ascii": dict(zip(PERSIAN_DIGITS + ARABIC_DIGITS, ASCII_DIGITS * 2)),
    "fa": dict(zip(ASCII_DIGITS + ARABIC_DIGITS, PERSIAN_DIGITS * 2)),
}
"""For each target digit system (``ascii``, ``fa``), the other systems' digits -> its digits."""

CONTROL_RANGES = ("\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad\u200b\u2060-\u2064"
                  "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f")
"""Direction marks, BOM, soft hyphen, zero-width characters (ZWJ among them) and C0/C1 controls."""

SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
"""Tab, no-break and the other space characters that become a plain space."""

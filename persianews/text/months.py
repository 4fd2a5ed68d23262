"""Month names as Persian news writes them: the solar Hijri months and the Gregorian months in Persian."""

from __future__ import annotations

SOLAR_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
"""The twelve months of the solar Hijri calendar."""
GREGORIAN_MONTHS = ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "جولای", "اوت", "آگوست", "سپتامبر",
                    "اکتبر", "نوامبر", "دسامبر")
"""The Gregorian months as Persian writes them (with the common variants جولای and آگوست)."""
MONTHS = SOLAR_MONTHS + GREGORIAN_MONTHS
"""Every month name, solar first."""

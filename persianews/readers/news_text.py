"""Metadata carried by the text of a news item: dateline, 'به گزارش …' opener, reporter code, end marker."""

from __future__ import annotations

from typing import Any

import attrs
import regex

_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", **{c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")},
                       **{c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}, "\u200c": " "})
"""One-to-one folding used only for matching, so offsets stay those of the raw text."""

AGENCIES: dict[str, str] = {
    "خبرگزاری جمهوری اسلامی": "ایرنا", "ایرنا": "ایرنا", "irna": "ایرنا",
    "خبرگزاری فارس": "فارس", "فارس": "فارس", "فارس نیوز": "فارس",
    "خبرگزاری دانشجویان ایران": "ایسنا", "ایسنا": "ایسنا",
    "خبرگزاری مهر": "مهر", "مهر": "مهر", "خبرگزاری تسنیم": "تسنیم", "تسنیم": "تسنیم",
    "خبرگزاری کار ایران": "ایلنا", "ایلنا": "ایلنا", "ایکنا": "ایکنا", "خبرگزاری ایکنا": "ایکنا",
    "باشگاه خبرنگاران جوان": "باشگاه خبرنگاران جوان", "باشگاه خبرنگاران": "باشگاه خبرنگاران جوان",
    "خبرگزاری میزان": "میزان", "میزان": "میزان", "خبرگزاری دانشجو": "دانشجو",
    "شبستان": "شبستان", "خبرگزاری شبستان": "شبستان", "رسا": "رسا", "برنا": "برنا",
    "خبرگزاری برنا": "برنا", "پانا": "پانا", "خبرگزاری پانا": "پانا", "ایپنا": "ایپنا",
    "صداوسیما": "صداوسیما", "صدا و سیما": "صداوسیما", "خبرگزاری صداوسیما": "صداوسیما",
    "خبرگزاری صدا و سیما": "صداوسیما", "ایسکانیوز": "ایسکانیوز", "خبرگزاری ایسکا": "ایسکانیوز",
    "خبرآنلاین": "خبرآنلاین", "دفاع پرس": "دفاع پرس", "خبرگزاری حوزه": "حوزه",
}
WEEKDAYS = ("شنبه", "یکشنبه", "یک شنبه", "دوشنبه", "دو شنبه", "سه شنبه", "سهشنبه", "چهارشنبه",
            "چهار شنبه", "پنجشنبه", "پنج شنبه", "جمعه")

_AGENCY = "|".join(sorted((regex.escape(a) for a in AGENCIES), key=len, reverse=True))
_DASH = r"[-–—‐‑‒−_ـ]"
_DATELINE = regex.compile(
    rf"^\s*(?:(?P<place>[^\W\d_][\w ]{{0,30}}?)\s*{_DASH}+\s*)?(?P<agency>{_AGENCY})\s*(?:{_DASH}+|:)\s*",
    regex.IGNORECASE,
)
_WEEKDAY = "|".join(regex.escape(w) for w in sorted(WEEKDAYS, key=len, reverse=True))
_OPENER = regex.compile(
    rf"به گزارش\s+(?:(?:روز\s+)?(?P<weekday>{_WEEKDAY})\s+)?(?:(?:خبرنگار|گروه\s+\w+)\s+)*"
    rf"(?:(?:پایگاه خبری|خبرگزاری|خبرنگار)\s+)?(?P<agency>{_AGENCY})(?![\w])"
    rf"(?:\s+(?:از|در)\s+(?P<place>[^\s،,]+(?:\s+(?:شرقی|غربی|شمالی|جنوبی|رضوی|و\s+\S+))?))?"
    rf"(?:\s+(?:و\s+)?به\s+نقل\s+از\s+(?P<cited>[^،,\n]{{2,80}}))?\s*[،,]",
)
_REPORTER_CODE = regex.compile(r"(?:^|(?<=[\s.!؟?»)/]))(?P<code>\d{2,6}(?:\s*/\s*\d{2,6})*)\s*$")
_END_MARKER = regex.compile(r"(?:^|(?<=\s))[/]?\s*(?P<marker>(?:انتهای|پایان)\s+(?:پیام|خبر))\s*/?\s*$")


@attrs.frozen
class Trailer:
    """What was cut from the end of a body: the remaining length and the metadata found."""

    length: int
    metadata: dict[str, Any]


def cut_trailer(body: str) -> Trailer:
    """Find IRNA's reporter code and end markers at the end of ``body``."""
    folded = body.translate(_FOLD)
    end = len(folded.rstrip())
    found: dict[str, Any] = {}
    while True:
        head = folded[:end]
        code = _REPORTER_CODE.search(head)
        if code and "reporter_code" not in found and _looks_like_code(head, code):
            found["reporter_code"] = regex.sub(r"\s+", "", body[code.start("code"):code.end("code")])
            end = len(head[:code.start()].rstrip())
            continue
        marker = _END_MARKER.search(head)
        if marker and "end_marker" not in found:
            found["end_marker"] = body[marker.start("marker"):marker.end("marker")]
            end = len(head[:marker.start()].rstrip())
            continue
        return Trailer(end, found)


def _looks_like_code(head: str, match: regex.Match) -> bool:
    """A trailing number is a code when a sentence ended before it (not 'in 1402')."""
    before = head[:match.start("code")].rstrip()
    return not before or before[-1] in ".!؟?»)/" or "پیام" in before[-12:]


def dateline(text: str) -> dict[str, Any]:
    """``قزوین - ایرنا -`` or ``خبرگزاری فارس:`` at the start of a lead or body."""
    match = _DATELINE.match(text.translate(_FOLD))
    if not match:
        return {}
    out = {"agency": AGENCIES[match.group("agency").lower()]}
    if match.group("place"):
        out["dateline_place"] = text[match.start("place"):match.end("place")].strip()
    return out


def opener(text: str) -> dict[str, Any]:
    """The ``به گزارش [روز X] [خبرگزاری] AGENCY [از PLACE] [و به نقل از SOURCE]،`` opener."""
    folded = text.translate(_FOLD)
    match = _OPENER.search(folded[:400])
    if not match:
        return {}
    out: dict[str, Any] = {"agency": AGENCIES[match.group("agency").lower()]}
    for key, group in (("weekday", "weekday"), ("dateline_place", "place"), ("cited_source", "cited")):
        if match.group(group):
            out[key] = text[match.start(group):match.end(group)].strip()
    return out


def text_metadata(lead: str | None, body: str | None) -> dict[str, Any]:
    """Metadata from the dateline and opener of a lead and body; the dateline wins."""
    found: dict[str, Any] = {}
    for part in (body, lead):
        if part:
            found.update(opener(part))
    for part in (body, lead):
        if part:
            found.update(dateline(part))
    return found

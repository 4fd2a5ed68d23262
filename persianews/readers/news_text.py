"""Metadata carried by the text of a news item: dateline, 'به گزارش …' opener, reporter code, end marker.

Matching runs on a folded copy of a short window of the text (Arabic ي/ك,
digits and ZWNJ made uniform, one character for one), so every offset found
is an offset of the raw text and the cost does not grow with the text.
"""

from __future__ import annotations

from typing import Any

import attrs
import regex

from persianews.text.fold import CharacterFold
from persianews.text.patterns import lazy_pattern

fold = CharacterFold({
    "ي": "ی", "ى": "ی", "ك": "ک", "\u200c": " ", "\u200f": " ", "\u200e": " ", "\xa0": " ", "\xad": " ",
    **{c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")}, **{c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}})
"""One-to-one folding used only for matching, so offsets stay those of the raw text."""


AGENCIES: dict[str, str] = {
    "خبرگزاری جمهوری اسلامی": "ایرنا", "ایرنا": "ایرنا", "irna": "ایرنا",
    "خبرگزاری فارس": "فارس", "فارس": "فارس", "فارس نیوز": "فارس",
    "خبرگزاری دانشجویان ایران": "ایسنا", "ایسنا": "ایسنا",
    "مهر": "مهر", "تسنیم": "تسنیم", "ایلنا": "ایلنا", "خبرگزاری کار ایران": "ایلنا", "ایکنا": "ایکنا",
    "باشگاه خبرنگاران جوان": "باشگاه خبرنگاران جوان", "باشگاه خبرنگاران": "باشگاه خبرنگاران جوان",
    "میزان": "میزان", "دانشجو": "دانشجو", "شبستان": "شبستان", "رسا": "رسا", "برنا": "برنا",
    "پانا": "پانا", "ایپنا": "ایپنا", "صداوسیما": "صداوسیما", "صدا و سیما": "صداوسیما",
    "ایسکانیوز": "ایسکانیوز", "ایسکا": "ایسکانیوز", "خبرآنلاین": "خبرآنلاین", "دفاع پرس": "دفاع پرس",
    "خبرگزاری حوزه": "حوزه",
    "آنا": "آنا", "هرانا": "هرانا", "ایبنا": "ایبنا",
    # news sites and papers that open items with «به گزارش X» (issue 13, class 9)
    "تابناک": "تابناک", "روز نو": "روز نو", "روزنو": "روز نو", "مشرق": "مشرق", "مشرق نیوز": "مشرق",
    "عصر ایران": "عصر ایران", "عصرایران": "عصر ایران", "شرق": "شرق", "روزنامه شرق": "شرق",
    "کیهان": "کیهان", "روزنامه کیهان": "کیهان", "اعتماد": "اعتماد", "روزنامه اعتماد": "اعتماد",
    "ورزش سه": "ورزش سه", "یورونیوز": "یورونیوز", "دیلی میل": "دیلی میل",
    "خبرگزاری فرانسه": "خبرگزاری فرانسه",  # AFP: «فرانسه» alone is the country
}
"""Agency and outlet names as written (folded, single spaces) to their short names."""

_WEEKDAYS = {"شنبه": "شنبه", "یکشنبه": "یکشنبه", "دوشنبه": "دوشنبه", "سهشنبه": "سه‌شنبه",
             "چهارشنبه": "چهارشنبه", "پنجشنبه": "پنجشنبه", "جمعه": "جمعه"}
_PLACE_STOPWORDS = frozenset({"این", "آن", "همین", "همان", "ادامه", "حاشیه", "جریان", "پی", "راستای", "خصوص",
                              "مورد", "پایان", "ابتدای", "جمع", "نشست", "جلسه", "مراسم", "گزارشی", "گفتگو",
                              "پاسخ", "تشریح", "ساخت"})
_OPENER_WINDOW = 1500
_MAX_NAME_CHARS = 50
_MAX_NAME_WORDS = 6
_TRAILER_WINDOW = 400
_TRAILER_AFTER_MARKER = 160


def _names(names) -> str:
    """A regex alternation of names, longest first, any run of spaces between words."""
    return "|".join(r"\s+".join(regex.escape(word) for word in name.split())
                    for name in sorted(names, key=len, reverse=True))


_AGENCY = rf"(?P<agency>{_names(AGENCIES)})(?![\w])(?!\s*ماه)"
_DASH = r"[-–—‐‑‒−_ـ]"
_WORD = r"[^\s\d،,؛:.()«»\"/]+"
_SPEECH_VERB = r"(?:اظهار|گفت|افزود|بیان|تصریح|خاطرنشان|عنوان|اعلام|ادامه|تاکید|تأکید|یادآور|اضافه)"
_PLACE = (rf"(?P<place>{_WORD}(?:\s+(?!{_SPEECH_VERB}){_WORD}){{0,3}}?)(?=\s*[،,؛]|\s+(?:و\s+)?به\s*نقل)"
          rf"|(?P<place>(?:(?:غرب|شرق|شمال|جنوب|مرکز|استان|شهرستان|شهر)\s+){{0,2}}{_WORD})")
_OUTLET = r"(?:(?:خبر\s?گزاری|پایگاه\s+خبری|باشگاه\s+خبری|پایگاه\s+اطلاع\s+رسانی)\s+)?"
_DESK_WORDS = rf"(?:{_WORD}\s+){{0,6}}?"
_DESK = rf"(?:(?:خبرنگار(?:ان)?|گروه|سرویس|دبیر|سایت|حوزه|دفتر)\s+{_DESK_WORDS})?"
_CITED = (r"(?:\s*[،,]?\s+(?:و\s+)?به\s*نقل\s+(?:از\s+){0,2}"
          r"(?P<cited>(?!از\s)(?=[^،,\n؛:]{0,10}[^\W\d_])[^،,\n؛:]{2,80}?)(?=\s*[،,؛:]))?")
_WHEN = (r"(?:(?:روز\s+)?(?P<weekday>(?:(?:یک|دو|سه|چهار|پنج)\s?)?شنبه|جمعه)\s+"
         r"|(?:روز|شب|هفته|ماه|سال)\s+(?:گذشته|قبل|پیش)\s+|(?:دیروز|امروز|امشب)\s+)?")
"""A time between «به گزارش» and the agency: «روز شنبه», «روز گذشته», «دیروز» (only a weekday is kept)."""
_TAIL = rf"(?:\s+(?:از|در)\s+(?:{_PLACE}))?{_CITED}"
"""What may follow the agency: «از PLACE» and «به نقل از SOURCE»."""
_CLOSED_PLACE = (rf"(?:\s+(?:از|در)\s+(?P<place>{_WORD}(?:\s+(?!{_SPEECH_VERB}){_WORD}){{0,3}}?)"
                 rf"(?=\s*[،,؛]|\s+(?:و\s+)?به\s*نقل))?{_CITED}")
"""The tail of a name the lexicon lacks: its place only when «،» or «به نقل از» closes it, for the name itself
may run on into the sentence («به گزارش خبرگزاری نمونه پس از بازداشت …»)."""

_DATELINE = lazy_pattern(
    rf"^\s*(?:(?P<place>[^\W\d_][\w ]{{0,30}}?)\s*{_DASH}+\s*)?{_AGENCY}\s*(?:{_DASH}+|:)",
    regex.IGNORECASE,
)
_OPENER = lazy_pattern(
    rf"به\s+گزارش\s+{_WHEN}{_DESK}{_OUTLET}[«\"]?{_AGENCY}[»\"]?(?:\s*\([^()\n]{{1,40}}\))?"
    rf"(?:\s+(?P<bureau>(?:استان|شهرستان)\s+{_WORD}))?{_TAIL}",
    regex.IGNORECASE,
)
_NAMED_OPENER = lazy_pattern(
    rf"(?:(?<!(?:بنا|استناد|طبق|مطابق)\s)به\s+گزارش\s+(?!های?\s){_WHEN}"
    rf"|^[ \t]*به\s+نقل\s+از\s+)"
    rf"[«\"]?(?P<agency>[^\W\d_][^\n\d،,؛:.()«»\"/]{{0,{_MAX_NAME_CHARS}}}?)[»\"]?"
    rf"(?=\s*[،,؛:]|\s*(?:و\s+)?به\s*نقل|\s+(?:از|در)\s){_CLOSED_PLACE}",
    regex.MULTILINE,
)
_NOT_NAMES = frozenset({"خبرنگار", "خبرنگاران", "گروه", "سرویس", "دبیر", "این", "آن", "همین", "همان", "ما", "وی",
                        "او", "منابع", "رسانه", "رسانه ها", "برخی", "یک", "به", "و",
                        "شرکت", "وزارت", "سازمان", "اداره", "دانشگاه", "روابط", "ستاد", "مرکز", "بنیاد",
                        "دیگر", "اولیه", "پیشین", "مذکور", "فوق", "منتشر", "ذکر", "رسیده", "مردمی", "اعلام"})
"""First words of a phrase after «به گزارش» that name no outlet: a desk or reporter of an outlet the lexicon
lacks («خبرنگار ما»), a pronoun, an unnamed source («منابع خبری», «برخی رسانه‌ها»), a body that is no
outlet (a company, ministry, university or its public relations: the source of a release), an adjective or
participle of the report itself («به گزارش پیشین», «به گزارش منتشر شده»), or «به نقل از» itself
(«به گزارش به نقل از X،»: the item names no agency of its own)."""
_BARE = (["خبرگزاری"], ["گزارش"])
"""A name that is its prefix alone: «به گزارش خبرگزاری از تهران،» names no agency."""
_BYLINE_END = lazy_pattern(r"[»\"]?\s+در\s+(?:گفت\s?و\s?گو|گفتگو|گزارش|مصاحبه)")
"""What follows a reporter's name in «به گزارش مریم نمونه در گفت‌وگو با …»: the outlet comes later."""
_CLOSED = lazy_pattern(r"[»\"]?\s*(?:[،,؛:]|(?:و\s+)?به\s*نقل)")
_NAME_PREFIX = lazy_pattern(r"(?:خبرگزاری|گزارش)\s*(?=\S)")
_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
_REPORTER = lazy_pattern(
    rf"(?:با|به|سوال|سؤال)\s+خبرنگار(?:ان)?\s+{_DESK_WORDS}{_OUTLET}{_AGENCY}"
    rf"(?:\s*\([^()\n]{{1,40}}\))?(?:\s+(?:در|از)\s+(?:{_PLACE}))?",
    regex.IGNORECASE,
)
_REPORTER_CODE = lazy_pattern(r"(?:^|(?<=[\s.!؟?»)/*]))(?<!\d/)(?P<code>\d{2,6}(?:\s*/\s*\d{2,6}){0,3})\s*\**\s*$")
_DATE = lazy_pattern(r"1[34]\d\d/\d\d?/\d\d?|\d\d?/\d\d?/1[34]\d\d")
_END_MARKER = lazy_pattern(
    r"(?:^|(?<=[.!؟?»)*][ \t]*))[ \t]*/?[ \t]*"
    r"(?P<marker>(?:انتهای|پایان)[ \t]*(?:پیام|متن|خبر|پپام|پبام)(?:[ \t]*/[ \t]*\w*)*)",
    regex.MULTILINE,
)


@attrs.frozen
class Trailer:
    """What was cut from the end of a body: the remaining length and the metadata found."""

    length: int
    metadata: dict[str, Any]


def cut_trailer(body: str) -> Trailer:
    """Find IRNA's reporter code and an end marker (``انتهای پیام``) at the end of ``body``."""
    window = max(0, len(body) - _TRAILER_WINDOW)
    folded = fold(body[window:])
    end = len(folded.rstrip())
    found: dict[str, Any] = {}
    while True:
        head = folded[:end]
        code = _REPORTER_CODE().search(head)
        value = regex.sub(r"\s+", "", code.group("code")) if code else ""
        if code and "reporter_code" not in found and _looks_like_code(head, code) and not _DATE().fullmatch(value):
            found["reporter_code"] = value
            end = len(head[:code.start()].rstrip())
            continue
        marker = _last_end_marker(head)
        if marker and "end_marker" not in found:
            found["end_marker"] = body[window + marker.start("marker"):window + marker.end("marker")].strip()
            after = body[window + marker.end():window + end].strip(" \t\r\n/.")
            if after:
                found["after_end_marker"] = after
            end = len(head[:marker.start()].rstrip())
            continue
        return Trailer(window + end, found)


def _last_end_marker(text: str) -> regex.Match | None:
    """The last end marker ending its line and followed by at most a short line or two (a byline, a plug)."""
    if "انتهای" not in text and "پایان" not in text:
        return None  # the marker's first word: a plain search spares the pattern's look-behind at every position
    last = None
    for match in _END_MARKER().finditer(text):
        last = match
    if last is None:
        return None
    after = text[last.end():].lstrip(" \t")
    if after and not after.startswith("\n"):
        return None
    if len(after.strip()) > _TRAILER_AFTER_MARKER or after.strip().count("\n") > 1:
        return None
    return last


def _looks_like_code(head: str, match: regex.Match) -> bool:
    """A trailing number is a code when a sentence ended before it (not "in 1402")."""
    before = head[:match.start("code")]
    stripped = before.rstrip()
    return (not stripped or stripped[-1] in ".!؟?»)/*" or "پیام" in stripped[-12:]
            or "\n" in before[len(stripped):])


def dateline(text: str) -> dict[str, Any]:
    """``قزوین - ایرنا -``, ``ایرنا -`` or ``خبرگزاری فارس:`` at the start of a lead or body."""
    match = _DATELINE().match(fold(text[:200]))
    if not match:
        return {}
    out = {"agency": _agency(match)}
    if match.group("place"):
        out["dateline_place"] = text[match.start("place"):match.end("place")].strip()
    return out


def opener(text: str) -> dict[str, Any]:
    """``به گزارش [روز X] [گروه …] [خبرگزاری] AGENCY [از PLACE] [و به نقل از SOURCE]،`` (AGENCY may stand in «» or "")."""
    folded = fold(text[:_OPENER_WINDOW])
    match = _OPENER().search(folded)
    named = _named_opener(folded)
    if named is not None and (match is None or _extends(named, match)):
        match, agency = named, _named_agency(text, named)
    elif match:
        agency = _agency(match)
    else:
        return {}
    out: dict[str, Any] = {"agency": agency}
    if match.group("weekday"):
        out["weekday"] = _WEEKDAYS[regex.sub(r"\s", "", match.group("weekday"))]
    place = _place(text, match) or _raw(text, match, "bureau")
    if place:
        out["dateline_place"] = place
    if match.group("cited"):
        out["cited_source"] = _raw(text, match, "cited")
    return out


def _named_opener(folded: str) -> regex.Match | None:
    """The first «به گزارش NAME،» (or a paragraph opened by «به نقل از NAME،») whose NAME may be an outlet the
    lexicon lacks: up to ``_MAX_NAME_WORDS`` words before «،», «:», «به نقل از», «از»/«در» (a place), opened by
    no desk, pronoun, unnamed source or adjective (``_NOT_NAMES``), holding no verb of saying or «که» (a clause:
    «به گزارش رئیس … گفت:» is a garbled line) and not a reporter's byline («به گزارش مریم نمونه در گفت‌وگو با
    …»)."""
    for match in _NAMED_OPENER().finditer(folded):
        words = match.group("agency").split()
        if (len(words) <= _MAX_NAME_WORDS and words[0] not in _NOT_NAMES and " ".join(words[:2]) not in _NOT_NAMES
                and "که" not in words and words not in _BARE and not any(regex.fullmatch(_SPEECH_VERB, word) for word in words)
                and not _BYLINE_END().match(folded, match.end("agency"))):
            return match
    return None


def _extends(named: regex.Match, match: regex.Match) -> bool:
    """Whether the named phrase stands where the lexicon's agency does and goes on past it by one word, a desk
    of the outlet («به گزارش تابناک ورزشی،»: not تابناک), closed by «،», «؛», «:» or «به نقل از»; more words,
    a pronoun («به گزارش ایسنا او در …») or «از»/«در» after it are the sentence run on."""
    rest = named.group("agency")[match.end("agency") - named.start("agency"):]
    return (named.start("agency") == match.start("agency") and rest[:1].isspace() and len(rest.split()) == 1
            and rest.strip() not in _NOT_NAMES and _CLOSED().match(named.string, named.end("agency")) is not None)


def _named_agency(text: str, named: regex.Match) -> str:
    """The agency a named opener gives: the lexicon's short name when the phrase is one (``خبرگزاری فارس``,
    ``گزارش ایرنا``), else the phrase as written in Persian letters, without a leading «خبرگزاری» or «گزارش»
    (``سینماپرس``, ``تابناک ورزشی``, ``رویترز``)."""
    name = named.group("agency")
    prefix = _NAME_PREFIX().match(name)
    start = named.start("agency") + (prefix.end() if prefix else 0)
    for key in (name, name[start - named.start("agency"):]):
        if (short := AGENCIES.get(" ".join(key.lower().split()))) is not None:
            return short
    return text[start:named.end("agency")].strip().translate(_PERSIAN_LETTERS)


def reporter(text: str) -> dict[str, Any]:
    """``در گفت‌وگو با خبرنگار [گروه …] [خبرگزاری] AGENCY [در PLACE]``: the agency whose reporter spoke."""
    match = _REPORTER().search(fold(text[:_OPENER_WINDOW]))
    if not match:
        return {}
    out: dict[str, Any] = {"agency": _agency(match)}
    place = _place(text, match)
    if place:
        out["dateline_place"] = place
    return out


def _agency(match: regex.Match) -> str:
    return AGENCIES[" ".join(match.group("agency").lower().split())]


def _raw(text: str, match: regex.Match, group: str) -> str | None:
    if group not in match.re.groupindex or match.start(group) < 0:
        return None
    return text[match.start(group):match.end(group)].strip() or None


def _place(text: str, match: regex.Match) -> str | None:
    place = _raw(text, match, "place")
    if place and fold(place).split()[0] in _PLACE_STOPWORDS:
        return None
    return place


def text_metadata(lead: str | None, body: str | None) -> dict[str, Any]:
    """Metadata from the dateline, opener and reporter phrase of a lead and body.

    The dateline wins over the opener, and the opener over the reporter phrase.
    """
    parts = [part for part in (body, lead) if part]
    found: dict[str, Any] = {}
    for finder in (reporter, opener, dateline):
        for part in parts:
            found.update(finder(part))
    return found

"""Lead-ins: the material before a reporting clause's subject that is never the subject (bullets, datelines,
«به گزارش …،», adverbials, dates, spans of time, a share of a group), skipped by one regex match per piece.

They depend on the text only: the quotes (:func:`persianews.quotes.lead_ins.skip_lead_in`, kept per view) and the
linker's succession (:func:`lead_ins_fill`) read them so."""

from __future__ import annotations

import functools

import regex

from persianews.text.months import MONTHS

_COUNT_WORDS = ("یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "چند")
_COUNT = rf"(?:\d+|{'|'.join(_COUNT_WORDS)})"
is_count_word = frozenset(_COUNT_WORDS).__contains__
"""Whether a word is a count (یک … ده, چند): before a time unit it opens a span of time."""
_TIME_UNIT = r"(?:روز|هفته|هفت\u06c0|ماه|سال|ساعت|دقیقه)"
"""A unit of time; «هفته» also in its ezafe spelling «هفتۀ» (the normalizer writes «هفتهٔ» so; Telegram channels write «هفتۀ گذشته X گفت»)."""
_MORE_OR_LESS = r"(?:بیش|بیشتر|کمتر)\s+از"
_MONTHS = "|".join(MONTHS)
_ALSO = r"(?:\s+(?:هم|نیز)(?![\p{L}\u200c]))"
"""«هم», «نیز» after an opening time («دو روز پیش نیز X گفت»): the clause's subject follows."""
_ORDINAL = (r"(?:\d+|(?:(?:بیست|سی)\s+و\s+)?(?:یکم|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|یازدهم|دوازدهم|سیزدهم|"
            r"چهاردهم|پانزدهم|شانزدهم|هفدهم|هجدهم|هیجدهم|نوزدهم)|بیستم|سی[\s\u200c]?ام)")
_DATE = (rf"(?:{_ORDINAL}\s+(?:{_MONTHS})(?:[\s\u200c]*ماه)?(?:\s+\d{{4}}(?!\d))?|(?:{_MONTHS})[\s\u200c]*ماه)"
         r"(?:\s+(?:امسال|پارسال|گذشته|سال\s+(?:\d+|گذشته|جاری)))?(?![\p{L}\u200c])")
"""A date opening a clause («بیست و دوم آبان»، «مهرماه سال ۹۷»، «۱۴ ژانویه», with a year of four digits: «۱۲ آبان
۱۳۹۸»; after «روز» in the lead-ins: «روز ۲۵ فوریه»): an adverbial, never a subject. A
month name alone is not one (بهمن, مهر and آذر are names and words too)."""
# Material before the subject: bullets (the geometric shapes «◾», a math symbol to Unicode, and the variation
# selector, joiner or keycap mark an emoji leaves on the next sentence: «◾️» before «وی»), datelines («تهران - ایرنا -»,
# and a wire report's «دبی، ۱۶ ژوئن، رویترز —», «تامپا، فلوریدا —»: place and date or agency, then a long dash), «به گزارش …،», «آن طور که» (as X said),
# a result clause's opener «به‌گونه‌ای که» / «به‌طوری که» (so that; its subject follows), discourse and sentence adverbials
# and contrastive connectives («با این حال», «با این وجود»; «با وجود این،» and «با این همه،» only before a comma:
# before a noun they open a phrase of their own, «با وجود این مشکلات»). Connectives of result («بنابراین»,
# «از این رو», «به همین دلیل») are not lead-ins: a line they open after a statement goes on with the speaker's words)
# («در همین حال»، «ظاهرا»، «دیشب»، «چندی پیش»، an indefinite time ago, «ساعاتی پیش (از این)»، «دقایقی قبل»، «همزمان» (not «همزمان با …»)، «صبح امروز»، «روز دوشنبه»: never a subject; «این در حالی است که» however it is written:
# «این درحالیست که»، «این در حالی بود که»; «در این بین», «در این میان»; the topic adverbials
# «در این/همین ارتباط، رابطه، خصوص، باره، مورد» (round 24: the name after them speaks, not a title in apposition after
# its comma); «ضمن اینکه» (besides: «ضمن اینکه برخی
# معتقدند …»); round 18), sentence adverbs and focus words («مثلا», «حتی», «برای مثال», «نهایتا», «سرانجام»; not the
# modal «شاید»: «شاید باورتان نشود …») and a time of the past («همان موقع», «در آن زمان», «اواسط هفته جاری»; round 19:
# «مثلا X گفت», «اگر چه همان موقع X نوشتند»), a time or a day followed by «نیز» or «هم» («دو روز پیش نیز X گفت», «روز دوشنبه هم …»),
# a date («بیست و دوم آبان هم …»), a duration frame
# («دو ماه است که …»), times («چهار روز پس از …،», «بیش از یک هفته بعد از …،», «دو ماه پیش», «هفته گذشته»,
# «ساعت ۱۰:۳۰»), a time opening the clause (``_OPENING_TIME``) and a share of a group
# («حدود ۳۳٪ کسب‌وکارها», «بیش از نیمی از …»: the group speaks; «بیش از یک میلیون نفر»: the count of people speaks).
# Round 30 (wrong speakers): the narrator's asides («گفتنی است», «لازم به ذکر است», «شایان ذکر است», «ناگفته نماند»,
# «که» after them or not), «طرفه/جالب/عجیب/مهم(تر) آنکه» (what is odd is that), a duration frame with no «که»
# («مدت‌هاست X …», «سال‌هاست X …») and the discourse adverbs «همچنان», «یک دفعه», «ناگهان»: the speaker had grown over them;
# a slash that opens the clause is a mark (``_MARKS``); an indefinite time ago also with «پیش‌تر» and «کمی», «اندکی»
# («ساعتی پیش‌تر، X …», «کمی پیش‌تر، X …»: «پیش‌تر» ends a subject's words, and the speaker was «ساعتی»);
# a time ago with a qualifier («حدود/تنها/نزدیک به ۷ سال پیش، X …»: the speaker was «حدود») and a time clause up to
# its comma («به‌هنگام/در هنگام/هنگام X، Y …»: the speaker was «به‌هنگام X»).
_MARKS = r"""[\s\p{So}\p{Sk}\p{Pd}\u25a0-\u25ff\u200c\u200d\ufe0e\ufe0f\u20e3«»“”"'*•./]+"""
"""Spaces, bullets, dashes, the marks an emoji leaves and a slash (that ran a headline's or a speech's points on
before the clause: «… تنگ شده!/ یک دفعه می‌گویند …»): a lead-in of no words."""
_DASH_DATELINE = r"""
    | [^\s:،.\n]{1,25}(?:\ [^\s:،.\n]{1,25})?\s*[-–—]\s*[^\s:،.\n\-–—]{2,20}\s*[-–—]\s*
"""
"""A dateline of one or two words and a dash («تهران - ایرنا -»)."""
_COMMA_DATELINE = r"""
    | [^\s:،.\n«»]{2,25}(?:\ [^\s:،.\n«»]{1,25})?(?:\ *،\ *[^\s:،.\n«»\-–—]{1,20}(?:\ [^\s:،.\n«»\-–—]{1,20})?){1,2}\ +[–—]\s+
"""
"""A wire report's dateline: place, date or agency after commas, then a long dash."""
DURATION_UNITS = ("مدت", "سال", "ماه", "روز", "هفته", "دهه")
"""The units of a duration frame with no «که» («مدت‌هاست X …», «سال‌هاست …»): a lead-in here, and a word that ends a
subject's words after it (:mod:`persianews.quotes.subject_phrases`)."""
_OTHER_LEAD_INS = (
    r"""
    | خبرگزاری\s+\S+(?:\s+\S+)?\s*:\s*
    | (?:به\s+گزارش|به\s+نقل\s+از|بنا\s*(?:بر|به)|براساس|بر\s+اساس|طبق|به\s+نوشته)[^،:\n]{0,200}?،\s*
    | (?:به\s+گزارش|به\s+نقل\s+از)\s+(?:\S+\s+){0,4}?(?:خبرگزاری\s+)?(?:فارس|ایرنا|ایسنا|مهر|تسنیم|ایلنا)
      (?:\s+(?:از|در)\s+[^\s،:]+)?(?![\p{L}\u200c])(?!\s*[^\s،]*\s*،)\s+
    | (?:آن|همان)[\s\u200c]*(?:طور|گونه)ی?[\s\u200c]*که(?![\p{L}\u200c])\s*
    | به?[\s\u200c]*(?:گونه[\s\u200c]*ای|طوری)[\s\u200c]*که(?![\p{L}\u200c])\s*
    | (?:این\s+در\s*حالی(?:\s+(?:است|بود)|\u200c?ست)\s+که|پیش\s+از\s+این|پیش‌تر|پیشتر|قبلا|قبلاً)(?![\p{L}\u200c])\s*،?\s*
    | (?:در\s+ادامه|در\s+پایان|در\s+خاتمه
       |در\s+این\s+(?:نشست|جلسه|مراسم|دیدار|همایش|بین|میان|راستا|زمینه|باره|خصوص|ارتباط|رابطه|مورد)
       # the normalizer writes «دره‌مین»
       |در[\s\u200c]*ه\u200c?مین[\s\u200c]*(?:حال|راستا|زمینه|باره|خصوص|ارتباط|رابطه|مورد)
       |حالا(?!\s+که)
       |(?:ظاهرا|احتمالا|اخیرا|قطعا|ضمنا|مثلا|اتفاقا|اصولا|طبیعتا|مسلما|یقینا|عملا|نهایتا|بعدا)ً?|البته|گویا|حتی
       |(?:به[\s\u200c]*عنوان|برای)\s+(?:مثال|نمونه)|سرانجام|در[\s\u200c]*نهایت|بعدها
       |(?:در\s+)?(?:همان|آن)\s+(?:موقع|زمان|هنگام)|(?:اوایل|اواسط|اواخر)\s+(?:هفته|ماه|سال)\s+(?:جاری|گذشته)
       |(?:هم[\s\u200c]?)?اکنون|امروز|دیروز|دیشب|امشب
       |همچنین|سپس|از\s+سوی\s+دیگر|از\s+طرف\s+دیگر|در\s+عین\s+حال|با\s+این\s+(?:حال|وجود)|(?:با\s+وجود\s+این|با\s+این\s+همه)\s*،|اما|ولی
       |(?:چندی|ساعاتی|ساعتی|دقایقی|لحظاتی|مدتی|کمی|اندکی)\s+(?:پیش(?:\u200c?تر)?|قبل|بعد)(?:\s+از\s+(?:این|آن))?|هم[\s\u200c]?زمان(?!\s+با(?![\p{L}\u200c]))
       |(?:صبح|ظهر|عصر|شب|بامداد|شامگاه|غروب)\s+(?:امروز|دیروز|گذشته)
       |(?:روز|امروز|دیروز)\s+(?:شنبه|(?:یک|دو|سه|چهار|پنج)[\s\u200c]?شنبه|جمعه))
      (?![\p{L}\u200c])"""
    + _ALSO
    + r"""?\s*،?\s*
    | ضمن[\s\u200c]*(?:این|آن)[\s\u200c]*که(?![\p{L}\u200c])\s*
    | (?:(?:به|در)[\s\u200c]*)?هنگام\s+[^،:؛\n«»]{1,80}?،\s*
    | (?:گفتنی\s+است|(?:شایان|قابل)[\s\u200c]*ذکر\s+است|لازم\s+به\s+(?:ذکر|یادآوری|توضیح)\s+است|ناگفته\s+نماند
       |(?:طرفه|جالب|عجیب|مهم)(?:[\s\u200c]*تر)?[\s\u200c]*(?:آن|این)[\s\u200c]*که
       |(?:"""
    + "|".join(DURATION_UNITS)
    + r""")\u200c?ها(?:\s+است|\u200c?ست)
       |یک[\s\u200c]*دفعه|ناگهان|همچنان(?![\s\u200c]*که))
      (?![\p{L}\u200c])(?:\s+که(?![\p{L}\u200c]))?\s*،?\s*
    """
    + rf"""
    | (?:(?:تنها|فقط|حدود|درست|{_MORE_OR_LESS})\s+)?(?:{_COUNT}\s+)?(?:{_TIME_UNIT}|مدت|دهه)(?:ی|‌?ها|‌?های)?
      (?:\s+(?:است|هست|بود)|‌?ست)\s+که(?![\p{{L}}\u200c])\s*
    | (?:(?:تنها|فقط|حدود|درست|{_MORE_OR_LESS})\s+)?{_COUNT}\s+{_TIME_UNIT}\s+(?:پس|بعد|قبل|پیش)\s+از\s+[^،:؛\n]{{1,200}}?،\s*
    | (?:(?:(?:تنها|فقط|حدود|درست|نزدیک\s+به|{_MORE_OR_LESS})\s+)?{_COUNT}\s+)?{_TIME_UNIT}\s+(?:پیش|قبل|بعد|گذشته)(?![\p{{L}}\u200c])(?:\s+بود\s+که(?![\p{{L}}\u200c])|{_ALSO})?\s*،?\s*
    | ساعت\s+\d+(?::\d+)?(?:\s+(?:بامداد|صبح|ظهر|بعدازظهر|عصر|شب))?(?![\p{{L}}\u200c\d])\s*،?\s*
    | (?:(?:حدود|{_MORE_OR_LESS}|نزدیک\s+به)\s+)?(?:\d+(?:[.٫]\d+)?\s*(?:٪|%|درصد)|نیمی)\s+(?:از\s+)?(?=\p{{L}})
    | {_MORE_OR_LESS}\s+(?={_COUNT}\s+(?:(?:هزار|میلیون)\s+)?(?:نفر|تن)(?![\p{{L}}\u200c]))
    | (?:روز\s+)?{_DATE}{_ALSO}?(?:\s+بود\s+که(?![\p{{L}}\u200c]))?\s*،?\s*
    """
)


@functools.cache
def _lead_ins(dash: bool, comma: bool) -> regex.Pattern[str]:
    """The lead-in pattern with or without each dateline: where one cannot start, the same matches without its
    backtracking at every word. Compiled on first use (each of the four took about 0.01 CPU s; most texts
    need one)."""
    return regex.compile(_MARKS + (_DASH_DATELINE if dash else "") + (_COMMA_DATELINE if comma else "")
                         + _OTHER_LEAD_INS, regex.VERBOSE)


_DATELINE_REACH = 52
"""A dateline's first dash or comma comes within this many characters (its one or two words, 51 at most) or after
spaces from there."""
_LATE_DASH = regex.compile(r"\s+[-–—]")
_LATE_COMMA = regex.compile(r"\ +،")


_OPENING_TIME = regex.compile(
    rf"""(?:در\s+(?:(?:{_COUNT}\s+)?{_TIME_UNIT}(?:\u200c?ها(?:ی)?)?\s+(?:گذشته|اخیر|جاری)|(?:همان|همین)\s+{_TIME_UNIT}
                       |سال\s+\d{{2,4}}|{_DATE}
                       |(?:{_MONTHS})(?:[\s\u200c]*ماه)?\s+(?:امسال|پارسال|گذشته|سال\s+(?:\d+|گذشته|جاری)))
                  |{_TIME_UNIT}\u200c?ها(?:ی)?\s+(?:گذشته|اخیر))(?![\p{{L}}\u200c])
       (?:\s*\([^()\n]{{1,30}}\))?{_ALSO}?\s*،?\s*""",
    regex.VERBOSE,
)
"""A time after «در» («در هفته‌های گذشته», «در چند روز گذشته», «در همان ماه», «در آذرماه سال جاری», «در سال ۲۰۱۹»)
or a plural time unit («روزهای اخیر») opening a clause (no lead-in but marks before it), with a date in brackets after it or not, «نیز»
or «هم» after it or not, a comma after it or none: a lead-in, the subject follows. Only where the clause opens: after another lead-in («این در حالی است که در روزهای اخیر X شکسته و …») the words after it are as often
a clause's own subject as the cue's."""
_ONLY_MARKS = regex.compile(_MARKS)
COUNTED_TIME = regex.compile(rf"{_COUNT}\s+{_TIME_UNIT}(?![\p{{L}}\u200c])")
"""A count of time units («دو روز»): an adverbial, where a subject phrase ends."""
_MAX_LEAD_INS = 16
"""Lead-in pieces skipped at most: a bound on the work per clause."""


def _lead_in(text: str, start: int, limit: int) -> regex.Pattern[str]:
    """The lead-in pattern for ``start``: a dateline only where a literal pre-check finds its dash or comma."""
    end = min(limit, start + _DATELINE_REACH)
    window = text[start:end]
    late = end < limit and window[-1].isspace()  # the mark may come after spaces beyond the window
    dash = ("-" in window or "–" in window or "—" in window
            or (late and _LATE_DASH.match(text, end - 1, limit) is not None))
    comma = (("،" in window or (late and _LATE_COMMA.match(text, end - 1, limit) is not None))
             and (text.find("–", start, limit) >= 0 or text.find("—", start, limit) >= 0))
    return _lead_ins(dash, comma)


def lead_ins_fill(text: str, start: int, end: int) -> bool:
    """Whether lead-in material (:func:`lead_in_end`'s: adverbials, «به گزارش …», times, connectives) is all that
    stands in ``text[start:end]``, at most ``_MAX_LEAD_INS`` pieces of it (البته | X …, همچنین | X …)."""
    return lead_in_end(text, start, end) >= end


def lead_in_end(text: str, start: int, limit: int) -> int:
    """The position after any lead-in material at ``start`` in ``text`` (before ``limit``; at most
    ``_MAX_LEAD_INS`` pieces)."""
    opening = True  # only marks skipped so far: a time may open the clause
    for _ in range(_MAX_LEAD_INS):
        if start >= limit:
            break
        match = ((opening and _OPENING_TIME.match(text, start, limit))
                 or _lead_in(text, start, limit).match(text, start, limit))
        if not match or match.end() == start:
            break
        opening = opening and _ONLY_MARKS.fullmatch(match.group()) is not None
        start = match.end()
    return start

"""A news lead's nameless speaker that the body names at once: the lead «یک نماینده مجلس شورای اسلامی بیان
کرد: …», then the body's first sentence «به گزارش X، مهرداد بائوج لاهوتی …» — the lead restated, its speaker
named (rule ``+lead→restated-name``).

In news-dev-2, 320 articles restate their lead so («به گزارش X،» and a person's name open the sentence after
it); in 55 the lead's quote has a speaker with no name (a description, a title, or the organisation inside
«یک نماینده مجلس»). The rule fires on 59 quotes there; of 25 read, 22 take the right name, 1 takes the
person the lead speaks of («یکی از پزشکان معالج محمدرضا شجریان»: a lead that names the person is now left
alone). An organisation named as the subject («وزارت بهداشت مصر اعلام کرد») is left as it is.

A name that opens the next sentence at once, with no «به گزارش X،» («یک مقام سازمان جهانی بهداشت هشدار داد …»
then «مایکل رایان، مدیر …»), restates only an indefinite description (``یک …``) that is not a source kept
anonymous on purpose («یک منبع آگاه»), only in news (no evidence in posts), and only when the name shows it
restates: an apposition after it («مایکل رایان، …») or a verb of saying in its sentence. So it renames 19 quotes
of news-dev and news-dev-2 (18 articles, all read: the interviewee «X در گفت‌وگو با … گفت» or «X، معاون …»).

Telegram posts are read the same way (a post's first sentence is its lead): on telegram-dev (28,458 posts) the
rule fires on 3 quotes, all of them right.
"""

from __future__ import annotations

import regex

from persianews.entities import words
from persianews.quotes.context import View, skip_over
from persianews.quotes.subjects import find_subject
from persianews.records import Entity

_REPORTED = regex.compile(r"[\s\u200c«»]*به\s+گزارش[^،:\n]{0,60}?[،:][\s\u200c]*")
"""«به گزارش X،» (or «:») opening a sentence: the body's first words after the lead."""
_OPENING = regex.compile(r"[\s\u200c«»\"]*")
"""What may stand before a name that opens the body's first sentence with no «به گزارش X،»."""
_LEAD_SECTIONS = ("lead", "body")
_AND = regex.compile(r"(\w+)\s+و\s+(\w+)")
"""«و» between two words: after a verb (not «گفت و گو»), another clause joined."""
_ANONYMOUS = frozenset({"منبع", "منابع", "فرد", "افراد", "آگاه", "مطلع", "ناشناس"})
"""Words of a source kept anonymous on purpose («یک منبع آگاه», «یک فرد مطلع»): no later name is that source."""


def lead_index(view: View) -> int | None:
    """The index of the lead sentence (the first of the lead or the body), None for a text with neither."""
    starts = [span.start for name, span in view.sections.items() if name in _LEAD_SECTIONS]
    return view.sentence_index(min(starts)) if starts else None


def restated_lead(view: View) -> tuple[int, Entity, bool] | None:
    """The index of the lead sentence, the person whose name opens the next sentence after «به گزارش X،»
    (or at once: ``False`` then, a weaker sign that only an indefinite description «یک مقام …» may take),
    or None when the body does not restate the lead so."""
    index = lead_index(view)
    if index is None or index + 1 >= len(view.sentences):
        return None
    following = view.sentences[index + 1]
    reported = _REPORTED.match(view.text, following.start, following.end)
    if reported is None and view.is_post:
        return None
    start = reported.end() if reported else skip_over(_OPENING, view.text, following.start, following.end)
    entity = view.entity_at(start, following.end)
    if entity is None or entity.label != "PERSON":
        return None
    if reported is None and not _says(view, entity, start, following.end):
        return None  # «حسن کریمی فردا به تهران سفر می‌کند»: a name, but no sign that it restates the lead
    return index, entity, reported is not None


def _says(view: View, entity: Entity, start: int, end: int) -> bool:
    """Whether the first verb of saying after the person has the person as its subject («X، مدیر …، افزود»):
    not after a verb and «و», another clause that may have another subject («X با وزیر دیدار کرد و وزیر اعلام
    کرد»)."""
    cues = view.cues_in(entity.span.end, end, "say")
    if not cues:
        return False
    for joined in _AND.finditer(view.text, entity.span.end, cues[0].start):
        if words.is_verb(joined.group(1)) and joined.group(2) != "گو":
            return False  # «… دیدار کرد و وزیر اعلام کرد»: another clause, maybe another subject
    subject = find_subject(view, start, cues[0].start)
    return entity in (subject.entity, subject.partner)


def same_description(lead: str, other: str) -> bool:
    """Whether ``other`` is the lead's description or its first words («هافبک ایرانی» of «هافبک ایرانی
    برایتون»): a later mention of the same unnamed speaker."""
    lead_words, other_words = lead.split(), other.split()
    return 0 < len(other_words) <= len(lead_words) and lead_words[:len(other_words)] == other_words and (
        len(other_words) >= 2 or len(lead_words) == 1)


def is_indefinite(description: str) -> bool:
    """Whether ``description`` is an indefinite one («یک مقام …», «یکی از …»): someone a later name may be."""
    words = description.split()
    return bool(words) and words[0] in ("یک", "یکی")


def is_anonymous(description: str) -> bool:
    """Whether ``description`` keeps its source anonymous on purpose («یک منبع آگاه», «منابع مطلع»): no later
    name is that source, after «به گزارش X،» or not («مدیر منابع انسانی» is no such source)."""
    words = description.split()
    return bool(words) and words[0] in ("یک", "یکی", "منبع", "منابع") and bool(_ANONYMOUS.intersection(words))

"""Agreement between an anaphor and the referent it continues: «وی», «این نماینده», «این روزنامه».

An anaphor names the kind of referent it continues: «وی», «او» and «ایشان» a person; «این مقام»,
«این کارشناس» or «این نماینده» a person (an MP: a title of that head or a legislative one); «این
روزنامه» or «این وزارتخانه» an organisation of that kind, often named in the text as no speaker at all
(«… به روزنامه واشینگتن‌پست گفتند»); «این بیانیه» whoever spoke last; «این منبع» the last source the
text named or described («یک منبع آگاه»), past other speakers since, else whoever spoke last. A
description of no speaker («این توافق», «این پارک») continues no one.

:class:`Antecedents` is filled in one left-to-right pass: it keeps the last referent of each kind (the
last person, the last person per title head and per title kind, the last untitled person, the last
organisation per kind, the last referent per head word), so each lookup is a few dictionary reads.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import attrs

from persianews.quotes.candidates import Resolution
from persianews.quotes.cues import fold_form
from persianews.records import Entity
from persianews.resources import OUTLET_KINDS, data_rows
from persianews.text.bounded_cache import Memo, memoized
from persianews.text.pronouns import SINGULAR_PERSONS, THE_SAID


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold_form(word) for word in words.split())


INTRODUCED_PERSON = "+narration→introduced-person"
"""The suffix of an anaphor's rule resolved to a person the narration introduced with no name
(:mod:`persianews.quotes.introduced_people`): a person referent in turn (:func:`referent_kind`)."""
_SINGULAR_PRONOUNS = frozenset(fold_form(word) for word in SINGULAR_PERSONS + THE_SAID)
_DEMONSTRATIVES = _folded("این همین")
_INDEFINITE_OPENERS = _folded("یک یکی از دو سه چند برخی")
_COUNTS = _folded("دو سه چهار پنج چند")
"""Counts between a demonstrative and its head («این دو مقام», «این چند منبع»)."""
_BROKEN_PLURALS = _folded("افراد اعضا اعضای مسئولین علما وزرا سران عده دسته جمعی گروهی")
_PRINT_MEDIA = _folded("روزنامه مجله نشریه هفته‌نامه ماهنامه")
_MEDIA = _PRINT_MEDIA | _folded("""رسانه رسانۀ خبرگزاری شبکه پایگاه سایت وبسایت وب‌سایت وبگاه تارنما تارنمای
تلویزیون رادیو""")
_ANY_ORGANISATION = _folded("نهاد گروه تشکل تشکیلات مجموعه ارگان دستگاه")
_ORGANISATIONS = _folded("""سازمان شرکت بانک دانشگاه حزب کمیته وزارتخانه وزارت ارتش دولت باشگاه تیم فدراسیون
کانون انجمن اتحادیه مؤسسه موسسه دادگاه دادسرا شورا شورای ستاد کمیسیون مجلس پارلمان اداره کارخانه هتل
بیمارستان پلیس سپاه نیروی فرماندهی مرکز پژوهشگاه سفارت سفارتخانه کنسولگری دیوان ائتلاف""")
_SAME_CLASS = {fold_form("وزارتخانه"): fold_form("وزارت"), fold_form("سفارتخانه"): fold_form("سفارت")}
"""Heads of one class of organisation written two ways."""
_DOCUMENTS = _folded("""بیانیه گزارش اطلاعیه نامه پیام اظهارات توییت توئیت متن مقاله تحقیق مطالعه پژوهش
نظرسنجی سند ویدئو ویدیو کتاب یادداشت پست سخنان گفته‌ها تحلیل""")
_SOURCES = _folded("منبع منابع")
_PEOPLE = _folded("""مقام دیپلمات فرد مرد زن جوان ورزشکار بازیکن مربی سرمربی وکیل قاضی نامزد کاندیدا داوطلب کاپیتان
خواننده دانشمند محقق متخصص معلم دانشجو دانشجوی کارگر فروشنده راننده شهروند سیاستمدار دولتمرد شخصیت
مجری بانو خانم آقا مسئول مسؤول مسوول عضو نماینده سناتور هنرپیشه مهاجم مدافع منتقد نظامی مادر
پدر همسر شوهر دختر پسر کودک تاجر افسر سرباز مالک متهم مظنون قاتل قربانی زندانی بیمار مشتری جاسوس
دادستان برنده روحانی کاندیدای ساکن کشیش خاخام مفتی شیخ امام رهبر ژنرال سرهنگ پناهجو مهاجر ستاره""")
"""Person heads of a description («این بازیکن»), with the professions of ``professions.txt``
(:func:`_person_heads`)."""
_GENERIC_PEOPLE = _folded("مقام مسئول مسؤول مسوول فرد شخصیت چهره مرد زن جوان")
"""Person heads any person may be called («این مقام»): the latest person, whatever the description before."""
_AGENT_SUFFIXES = tuple(fold_form(s) for s in ("گر", "دان", "شناس", "نگار", "یست", "کننده", "نویس", "ساز",
                                                  "کار", "مند", "بان"))
"""Endings of Persian nouns for a person by trade (تحلیلگر، حقوقدان، روانشناس، روزنامه‌نگار، اپیدمیولوژیست،
تولیدکننده، وبلاگ‌نویس، مستندساز، پیمانکار، کارمند، نگهبان); a word of five letters or more."""
_IMPLIED_KINDS = {fold_form("نماینده"): "legislative", fold_form("دیپلمات"): "diplomatic"}
"""Bare heads that name a kind of office the title table lists as general (نماینده مجلس is legislative)."""
_FOREIGN_MINISTRY = _folded("خارجه خارجی")
_SPECIFIC_KINDS = frozenset({"legislative", "diplomatic", "judicial", "military", "religious", "local"})
"""Kinds of office a description may demand of its antecedent; an executive, general or expert head
(«این مقام», «این مسئول», «این کارشناس») fits any person."""


@functools.cache
def _title_kinds() -> dict[str, str]:
    """Folded role words of ``title_heads.tsv`` (one or more words, run together) → their kind of office."""
    return {fold_form(surface): kind for surface, _canonical, kind, *_ in data_rows("title_heads.tsv")}


@functools.cache
def _organisation_heads() -> frozenset[str]:
    """The first words of the organisation heads of ``org_heads.tsv`` and of our organisation nouns."""
    return frozenset(fold_form(row[0].split()[0]) for row in data_rows("org_heads.tsv")) | _ORGANISATIONS


@functools.cache
def _media_names() -> frozenset[str]:
    """Folded names of news agencies and media in ``organizations.tsv``."""
    return frozenset(fold_form(row[0]) for row in data_rows("organizations.tsv") if row[2] in OUTLET_KINDS)


def title_kind(words: list[str]) -> str | None:
    """The kind of office of the longest role at the start of ``words`` (folded), by the title table."""
    kinds = _title_kinds()
    for count in range(min(len(words), 5), 0, -1):
        kind = kinds.get("".join(words[:count]))
        if kind is not None:
            return kind
    return None


@attrs.frozen
class Anaphor:
    """What an anaphor asks of its antecedent: a kind of referent, its head word and kind of office."""

    kind: str
    """``person``, ``organisation``, ``any`` (documents: whoever spoke last; sources: the last source, else
    whoever spoke last), ``group`` or ``none`` (a description of no speaker)."""
    head: str = ""
    office: str | None = None
    """The kind of office a person description demands (``legislative`` for «این نماینده»), if any."""


def anaphor_of(kind: str, text: str) -> Anaphor:
    """What the subject ``text`` of a ``pronoun`` or ``description`` subject asks of its antecedent."""
    written = text.split()
    while kind == "description" and written and fold_form(written[0]) in _DEMONSTRATIVES:
        written = written[1:]
        if written and fold_form(written[0]) in _COUNTS:
            written = written[1:]  # «این دو مقام»: the head follows the count
    words = [fold_form(word) for word in written]
    if kind == "pronoun":
        return Anaphor("person") if words and words[0] in _SINGULAR_PRONOUNS else Anaphor("any")
    if not words:
        return Anaphor("any")
    head = words[0]
    if _is_holder(written[0]):
        return Anaphor("person", head)
    if head in _SOURCES or head in _DOCUMENTS:
        return Anaphor("any", head)
    if head in _MEDIA or head in _ANY_ORGANISATION or head in _organisation_heads():
        return Anaphor("organisation", head)
    if _is_person_head(head):
        office = title_kind(words)
        office = office if office in _SPECIFIC_KINDS else _IMPLIED_KINDS.get(head)
        return Anaphor("person", head, office)
    if _is_plural(head) or head in _BROKEN_PLURALS:
        return Anaphor("group", head)
    return Anaphor("none", head)


@functools.cache
def _person_heads() -> frozenset[str]:
    """``_PEOPLE`` and the folded professions of ``professions.txt`` (نویسنده, پزشک …)."""
    return _PEOPLE | frozenset(fold_form(row[0]) for row in data_rows("professions.txt"))


def _is_person_head(head: str) -> bool:
    if head in _person_heads() or head in _title_kinds():
        return True
    return len(head) >= 5 and head.endswith(_AGENT_SUFFIXES)


def _is_holder(word: str) -> bool:
    """«مغازه‌دار», «سهام‌دار»: a noun, a ZWNJ and «دار» (one who holds; «دیدار» is no such word)."""
    return word.endswith("\u200cدار")


_PLURAL_ENDINGS = tuple(fold_form(e) for e in ("های", "ها", "ات", "ان"))


def _stem(word: str) -> str:
    """A folded plural without its ending («مقامهای», «مقامها» → «مقام»)."""
    for ending in _PLURAL_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[:-len(ending)]
    return word


def _is_plural(head: str) -> bool:
    return head.endswith((fold_form("ها"), fold_form("ان"), fold_form("ات")))


def organisation_class(head: str) -> str:
    """The class of organisation a head word names: ``media`` for any outlet, ``any`` for «نهاد»,
    else the head itself («دانشگاه», «وزارت» for «وزارتخانه»)."""
    if head in _MEDIA:
        return "media"
    if head in _ANY_ORGANISATION:
        return "any"
    if head in _SAME_CLASS:
        return _SAME_CLASS[head]
    if head.endswith("ی") and head[:-1] in _organisation_heads():
        return head[:-1]  # «شورای عالی …», «نیروی دریایی …» are «این شورا», «این نیرو»
    return head


@memoized()
def name_class(name: str) -> str:
    """The class of an organisation's name (see :func:`organisation_class`): by its first word, or
    ``media`` for a listed outlet («ایسنا»). Cached by the name."""
    words = name.replace("«", " ").replace("»", " ").split()
    if fold_form(name) in _media_names() or (words and fold_form(words[0]) in _MEDIA):
        return "media"
    return organisation_class(fold_form(words[0])) if words else ""


_UNCLASSED = "?"
"""The class of an organisation whose name has no head word (ایسنا is ``media``; آنتروپیک has none)."""


def _is_class(found: str) -> bool:
    """Whether ``found`` (a :func:`name_class`) is a class a description can name."""
    return found in ("media", "any") or found in _organisation_heads()


def is_organisation_word(word: str) -> bool:
    """Whether the folded ``word`` is a word for an outlet or an organisation («روزنامه», «دفتر», «دولت»)."""
    return word in _MEDIA or word in _ANY_ORGANISATION or word in _organisation_heads()


def can_speak(written: str) -> bool:
    """Whether the head word ``written`` names an agent that can speak: a person (a title head, a trade, a
    holder), an organisation, an outlet, a source, or a group of those («مقامات», «کارشناسان», «نیروهای»)."""
    return _is_holder(written) or any(
        _is_person_head(key) or is_organisation_word(key) or key in _SOURCES or key in _BROKEN_PLURALS
        or key in _SPEAKING_BODIES for key in _head_keys(written))


def names_a_person(written: str) -> bool:
    """Whether the head word ``written`` names a person («بازیکن», «فیلم‌ساز», «مغازه‌دار»): :func:`can_speak`
    without organisations, sources and bodies («کشور», «شرکت»)."""
    return _is_holder(written) or any(_is_person_head(key) for key in _head_keys(written))


def _head_keys(written: str) -> tuple[str, ...]:
    """The folded forms a head word is looked up by: itself, its stem, and the stem with «ه» or «ی»."""
    word = fold_form(written)
    stem = _stem(word[:-1] if word.endswith(_YEH) and _stem(word[:-1]) != word[:-1] else word)  # «رسانه‌هایی»
    return word, stem, stem + fold_form("ه"), stem + _YEH


_YEH = fold_form("ی")
_SPEAKING_BODIES = _folded("""کشور ملت مردم طرف جامعه ایالات امارات مطبوعات جراید آژانس مراجع شرکا ائمه اصناف
عشایر تجار اصحاب واسطه گروگان بچه عرب ترک""")
"""Heads of speakers no list of people or organisations holds: states and peoples («کشورها», «ایالات متحده»,
«امارات», «عرب‌ها»), the press and agencies («مطبوعات», «جراید», «آژانس‌های مسافرتی»), people by plural
(«شرکا», «ائمه», «اصناف», «عشایر», «واسطه‌ها», «بچه‌ها»), authorities («مراجع ذیربط»)."""


def _names_organisation(text: str) -> bool:
    """Whether ``text`` opens with a word for an outlet or an organisation («وبگاه …», «دانشگاه …»)."""
    words = text.split()
    return bool(words) and (fold_form(words[0]) in _MEDIA or fold_form(words[0]) in _organisation_heads())


def referent_kind(resolution: Resolution) -> str:
    """What a resolved speaker is: ``person``, ``organisation``, ``group`` or ``other``."""
    if resolution.role == "org":
        return "organisation"
    if resolution.role == "title" and _names_organisation(resolution.speaker or ""):
        return "organisation"  # «پایگاه نشنال … نوشت», «روزنامه … نوشت»: words for an outlet, not a person's title
    if resolution.role in ("name", "titled-name", "title"):
        return "person"
    if "words-group" in resolution.rule:
        return "group"
    if resolution.rule.endswith(INTRODUCED_PERSON):  # «این مرد» after «مردی که …»: see introduced_people
        return "person"
    if "words-partitive" in resolution.rule:  # «یکی از مقامات …» is one person, «برخی از کارشناسان» a group
        return "person" if (resolution.speaker or "").startswith("یکی") else "group"
    words = (resolution.speaker or "").split()
    while words and fold_form(words[0]) in _INDEFINITE_OPENERS:
        words = words[1:]
    if words and words != (resolution.speaker or "").split():  # «یک منبع آگاه», «یک دیپلمات غربی»
        found = anaphor_of("description", " ".join(words))
        if found.head in _SOURCES:
            return "person"  # «یک منبع آگاه … وی افزود»
        return {"person": "person", "organisation": "organisation"}.get(found.kind, "other")
    return "other"


def _head_words(resolution: Resolution) -> set[str]:
    """The head words a referent answers to: its title's first word and the first word of an indefinite
    description («یک دادگاه آمریکایی» is «این دادگاه»)."""
    heads = set()
    for text in (resolution.title, resolution.speaker):
        words = [fold_form(word) for word in (text or "").split()]
        while words and words[0] in _INDEFINITE_OPENERS:
            words = words[1:]
        if words and (text is resolution.title or resolution.role in ("title", "other")):
            heads.add(words[0])
    return heads


def _office(resolution: Resolution) -> tuple[str, str | None] | None:
    """A person referent's title: its head word and kind of office (None for a person with no title)."""
    title = resolution.title or (resolution.speaker if resolution.role == "title" else None)
    if not title:
        return None
    words = [fold_form(word) for word in title.split()]
    kind = title_kind(words)
    if kind not in ("diplomatic",) and _FOREIGN_MINISTRY & set(words):
        kind = "diplomatic"  # «سخنگوی وزارت امور خارجه», «معاون وزیر خارجه»
    return words[0], kind


class _ReferentFacts(NamedTuple):
    """What :meth:`Antecedents.remember` files a referent under, all derived from its speaker, title, role
    and rule."""

    kind: str
    """:func:`referent_kind`."""
    heads: tuple[str, ...]
    """:func:`_head_words`."""
    stem: str | None
    """The stem of the speaker's first word: «مقام‌های آمریکایی» (a title or a group) for a later «این مقام‌ها»."""
    office: tuple[str, str | None] | None
    """A person's :func:`_office`; None for a person with no title and for any other kind."""
    organisation: str | None
    """The organisation class it is filed under (:data:`_UNCLASSED` for one of no class), None for no
    organisation. «وبگاه «پاپیولار ریزیستنس» نوشت», «شرکت آلمانی …» read as words or a title are still an
    outlet for «این پایگاه», a company for «این شرکت»."""


def _referent_facts(key: tuple[str, str, str, str]) -> _ReferentFacts:
    """The :class:`_ReferentFacts` of a referent by its (speaker, title or "", role, rule)."""
    speaker, title, role, rule = key
    resolution = Resolution(speaker, None, rule, 0.0, role, title or None)
    kind = referent_kind(resolution)
    words = speaker.split()
    organisation = None
    if kind == "organisation" or _names_organisation(speaker):
        known = name_class(speaker)
        organisation = known if _is_class(known) else _UNCLASSED
    return _ReferentFacts(kind, tuple(_head_words(resolution)), _stem(fold_form(words[0])) if words else None,
                          _office(resolution) if kind == "person" else None, organisation)


_REFERENT_FACTS = Memo(_referent_facts)
"""The facts of referents by (speaker, title, role, rule): the same speakers recur within and across documents."""


class Antecedents:
    """The last referents of each kind, filled in text order (one pass; constant work per referent)."""

    def __init__(self) -> None:
        self._order = 0
        self.last: tuple[int, Resolution] | None = None
        self._person: tuple[int, Resolution] | None = None
        self._speaking: tuple[int, Resolution] | None = None
        self._spoken: tuple[int, Resolution] | None = None
        """The last referent that spoke (any kind), while no narrated sentence has named a new one since."""
        self._untitled: tuple[int, Resolution] | None = None
        self._by_office: dict[str, tuple[int, Resolution]] = {}
        self._by_head: dict[str, tuple[int, Resolution]] = {}
        self._organisations: dict[str, tuple[int, Resolution]] = {}
        self._mentions: dict[str, tuple[int, Resolution]] = {}
        self._group: tuple[int, Resolution] | None = None
        self._described: dict[str, tuple[int, Resolution]] = {}
        self._by_stem: dict[str, tuple[int, Resolution]] = {}

    def remember(self, resolution: Resolution, spoke: bool = True, runs_on: bool = False) -> None:
        """Record a referent with a speaker: one that spoke, or (``spoke`` false) one a narrated sentence names
        (``runs_on``: a sentence that may be the last speaker's words run on, see :meth:`continued`)."""
        if not resolution.speaker:
            return
        self._order += 1
        entry = (self._order, resolution)
        self.last = entry
        if spoke or not runs_on:
            self._spoken = entry if spoke else None
        facts = _REFERENT_FACTS[resolution.speaker, resolution.title or "", resolution.role, resolution.rule]
        for head in facts.heads:
            self._by_head[head] = entry
        if facts.stem is not None:
            self._by_stem[facts.stem] = entry
        if facts.kind == "person":
            self._person = entry
            if spoke:
                self._speaking = entry
            if facts.office is None:
                self._untitled = entry
            else:
                self._by_head[facts.office[0]] = entry
                if facts.office[1] is not None:
                    self._by_office[facts.office[1]] = entry
        elif facts.kind in ("group", "other"):
            self._group = entry
        if facts.organisation is not None:
            self._organisations[facts.organisation] = entry
            self._organisations["any"] = entry

    def continued(self) -> Resolution | None:
        """Whom a continuation cue («افزود», «ادامه داد») continues: the last referent that spoke, when no
        narrated sentence has named a referent since but those that may be its words run on; else None."""
        return self._spoken[1] if self._spoken is not None else None

    def remember_organisation(self, entity: Entity, resolution: Resolution, media: bool = False) -> None:
        """Record an organisation the text names (a speaker or not) under its class; ``media`` when a word
        for an outlet stands before it («روزنامه «واشینگتن‌پست»»)."""
        self._order += 1
        entry = (self._order, resolution)
        self._mentions["media" if media else name_class(entity.text)] = entry
        self._mentions["any"] = entry

    def remember_description(self, head: str, resolution: Resolution) -> None:
        """Record an unnamed person the text describes in passing («به نقل از یک مقام آمریکایی»), the
        referent of a later description of the same head («این مقام آمریکایی»)."""
        self._order += 1
        self._described[head] = (self._order, resolution)

    def _source_entry(self) -> tuple[int, Resolution] | None:
        """The latest source that spoke or that the text described («به نقل از منابع دیپلماتیک»), if any."""
        found = [entry for source in _SOURCES for entry in (self._by_head.get(source), self._described.get(source))]
        return max((entry for entry in found if entry is not None), key=lambda entry: entry[0], default=None)

    def has_source_for(self, anaphor: Anaphor) -> bool:
        """Whether ``anaphor`` is a source («این منابع») and a source spoke or was described before it."""
        return anaphor.head in _SOURCES and self._source_entry() is not None

    def find(self, anaphor: Anaphor, continuing: bool = False) -> Resolution | None:
        """The latest referent ``anaphor`` agrees with, None when there is none. ``continuing`` (a cue such as
        «افزود», see :func:`continues`): a person who spoke last, not one a narrated sentence named since."""
        found: list[tuple[int, Resolution] | None]
        if anaphor.kind == "any" and anaphor.head in _SOURCES:
            # «دو منبع آمریکایی … این منابع»: the source the text described, else whoever spoke last.
            found = [self._source_entry() or self.last]
        elif anaphor.kind == "any":
            found = [self.last]
        elif anaphor.kind == "person" and anaphor.office is None:
            found = [self._described.get(anaphor.head)]
            head = self._by_head.get(anaphor.head)
            if head is not None and referent_kind(head[1]) in ("person", "other"):
                found.append(head)
            # «این کارشناس …»: who carries the description or spoke last, not a person a narrated sentence named
            speaker_continues = continuing and self._spoken is not None and self._spoken is self._speaking
            found.append(self._speaking if speaker_continues
                         else self._person if anaphor.head in _GENERIC_PEOPLE or not any(found) else self._speaking)
        elif anaphor.kind == "person":  # with an office
            # «این نماینده»: a person whose title has that head or that kind of office, or a person the
            # text gives no title (whose office is unknown); not one with another office.
            found = [self._by_office.get(anaphor.office or ""), self._untitled, self._described.get(anaphor.head)]
            head = self._by_head.get(anaphor.head)
            if head is not None and referent_kind(head[1]) == "person":
                found.append(head)
        elif anaphor.kind == "organisation":
            # An organisation that spoke, else the last one of that class the text names.
            found = [self._organisations.get(organisation_class(anaphor.head))]
            head = self._by_head.get(anaphor.head)
            if head is not None and referent_kind(head[1]) in ("organisation", "other"):
                found.append(head)
            if not any(found):  # one named with no head word («آنتروپیک», «امبری»), else one the text names
                found = [self._organisations.get(_UNCLASSED), self._mentions.get(organisation_class(anaphor.head))]
            if not any(found) and self.last is not None and referent_kind(self.last[1]) == "other":
                found = [self.last]  # words of no known kind may name it («شورای هماهنگی تشکل‌ها …»)
        elif anaphor.kind == "group":  # «این افراد», «این رسانه‌ها»: people or outlets named as a group
            found = [self._group, self._by_stem.get(_stem(anaphor.head))]
        else:
            found = []
        best = max((entry for entry in found if entry is not None), key=lambda entry: entry[0], default=None)
        return best[1] if best is not None else None


_CONTINUATION_CUES = _folded("افزود ادامه اضافه")
"""The first words of cues that continue what was said («وی افزود», «او ادامه داد», «اضافه کرد»)."""


def continues(cue: str) -> bool:
    """Whether the cue words ``cue`` say the speaker goes on (rule ``+continuation→speaker``): «افزود», «ادامه
    داد», «اضافه کرد»: their subject is whoever spoke last, not a person a narrated sentence named since."""
    words = cue.split()
    return bool(words) and fold_form(words[0]) in _CONTINUATION_CUES


def described_head(word: str) -> str | None:
    """The folded head of an indefinite description of a person or a source that opens with ``word``
    («مقام» of «یک مقام آمریکایی», «خبرنگار» of «یکی از خبرنگاران»), None for another word."""
    head = fold_form(word)
    if head in _SOURCES or _is_person_head(head):
        return head
    stem = _stem(head)
    return stem if stem != head and _is_person_head(stem) else None


def is_media_word(word: str) -> bool:
    """Whether ``word`` names a kind of outlet (روزنامه، خبرگزاری، سایت …)."""
    return fold_form(word) in _MEDIA


def is_print_media_word(word: str) -> bool:
    """Whether ``word`` names a kind of printed outlet, one with issues and covers (روزنامه، مجله، هفته‌نامه …)."""
    return fold_form(word) in _PRINT_MEDIA


def is_document_word(word: str) -> bool:
    """Whether ``word`` names a kind of document (بیانیه، گزارش، اطلاعیه …)."""
    return fold_form(word) in _DOCUMENTS

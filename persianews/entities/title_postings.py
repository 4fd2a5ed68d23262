"""Where a title's holder serves or is sent, for :class:`~persianews.entities.titles.TitleParser`: a representative's
or a diplomat's «در X» (… در استان قزوین, … در سازمان ملل), a branch office's «در» + a place (فرمانده ستاد مقابله با
کرونا | در تهران, سخنگوی دفتر سیاسی طالبان | در قطر), an envoy's «به X» (فرستاده سازمان ملل | به لیبی) and a deputy's
«در امور X», a unit's «در» + the body it belongs to (مدیر اداره سیاست خارجی | در شورای عالی امنیت ملی, مدیر تحقیقات
کالا | در بانک …), and the government or the era a title was held in (وزیر ارتباطات | دولت قبل, نخست‌وزیر | دوران
پهلوی, وزیر خارجه | دولت پیشین آمریکا). :class:`TitlePostings` is a mixin of the parser, as
:class:`~persianews.entities.title_bodies.TitleBodies` is; each look reads a bounded number of tokens."""

from __future__ import annotations

import functools
from typing import Protocol

from persianews.entities import lexicons, words
from persianews.entities.candidates import Part
from persianews.entities.keys import IN, OBJECT, TO, fold
from persianews.entities.org_names import name_run, name_word
from persianews.entities.title_bodies import MAX_OPEN_WORDS, TitleParser

#: First words of an organisation with branches in many places (ستاد, دفتر): a title heading one with no place
#: takes the place «در» names (… ستاد مقابله با کرونا | در تهران). Keys.
_BRANCHES = frozenset(fold(word) for word in ("ستاد", "دفتر"))
#: First words of a unit within a body (اداره, بخش, گروه …): a title heading one takes the body «در» names (مدیر
#: اداره سیاست خارجی | در شورای عالی امنیت ملی). Keys.
_UNITS = frozenset(fold(word) for word in ("اداره", "بخش", "گروه", "واحد", "دپارتمان", "میز", "دایره"))
#: The word of a deputy's or an adviser's field (معاون دبیرکل در امور خلع سلاح): a key.
AFFAIRS = "امور"
#: Nouns of the government or the era a title was held in (… دولت قبل, … دوران پهلوی, … کابینه دوازدهم): keys.
_GOVERNMENTS = frozenset(fold(word) for word in ("دولت", "دوران", "کابینه"))
#: The noun of an era, never the holder's object (… نخست‌وزیر دوران پهلوی را اعدام کرد): a key.
_ERA = fold("دوران")
#: Words that name which government or era after those nouns, besides an ordinal (دولت یازدهم) and a former
#: title's modifier (``former`` in ``entity_context.tsv``: دولت پیشین, دولت وقت): a time (دولت قبل) or an era a
#: word names (دولت اصلاحات, دوران پهلوی). Keys.
_GOVERNMENT_NAMES = frozenset(fold(word) for word in (
    "قبل", "گذشته", "فعلی", "کنونی", "جدید", "موقت", "مستعفی", "اصلاحات", "سازندگی", "تدبیر", "پهلوی", "قاجار"))
_ORDINAL_END = "م"
#: The part of a title that names the government or the era it was held in.
GOVERNMENT = "government"
#: First words of a verb of motion or arrival after «به X» (… به مسکو سفر کرد): where an envoy goes, not the
#: country he is sent to. Keys.
_MOTION = frozenset(fold(word) for word in (
    "سفر", "عزیمت", "رفت", "رفته", "رفتند", "می‌رود", "آمد", "آمده", "آمدند", "می‌آید", "رسید", "رسیده", "رسیدند",
    "می‌رسد", "بازگشت", "بازگشته", "برگشت", "وارد", "اعزام"))


class _Parser(TitleParser, Protocol):
    """What :class:`TitlePostings` reads of the title parser it is mixed into, besides
    :class:`~persianews.entities.title_bodies.TitleParser`."""

    def _portfolios(self, index: int) -> int: ...

    def _whole_body(self, end: int, parts: tuple[Part, ...]) -> tuple[int, tuple[Part, ...]]: ...

    def _closing_place(self, start: int, run_end: int) -> tuple[int, int] | None: ...

    def _moves(self, index: int) -> bool: ...

    def _body_in(self, end: int, parts: tuple[Part, ...]) -> tuple[int, tuple[Part, ...]]: ...


class TitlePostings:
    """The «در X», «به X», «در امور X» and «دولت X» looks of the title parser."""

    def _posted_in(self: _Parser, end: int, parts: tuple[Part, ...], bodies: bool = True
                   ) -> tuple[int, tuple[Part, ...]]:
        """«… در استان قزوین», «… در سازمان ملل»: where a representative or a diplomat serves; with ``bodies``
        False places only (a branch office's: … ستاد مقابله با کرونا | در تهران; not رئیس دفتر رئیس‌جمهور | در
        مجلس …, where the holder acts)."""
        if self.view.key(end) != IN or any(p.name == "location" for p in parts) and any(
                p.name == "organization" for p in parts):
            return end, parts
        org = self.organizations.get(end + 1) if bodies else None
        if org is not None:  # … در نیروی قدس سپاه | پاسداران: the body made whole
            return self._whole_body(org.end, parts + (Part("organization", end + 1, org.end),))
        places_end = self._places(end + 1)
        if places_end > end + 1:
            return places_end, parts + (Part("location", end + 1, places_end),)
        if self.view.adjacent(end, end + 1):  # در | فرایند صلح و آشتی افغانستان: name words a place closes
            run_end = min(name_run(self.view, end + 1, self.places, strict=False), end + 1 + MAX_OPEN_WORDS + 2)
            place = self._closing_place(end + 1, run_end)
            if place is not None and place[0] > end + 1 and not self.places.by_end[place[1]].ambiguous:
                return place[1], parts + (Part("organization", end + 1, place[0]), Part("location", *place))
        return end, parts

    def _branch(self: _Parser, parts: tuple[Part, ...]) -> bool:
        """Whether ``parts`` end with the organisation of a branch office (``_BRANCHES``: ستاد …, دفتر …) and name
        no place: its «در X» is where the branch serves (فرمانده ستاد مقابله با کرونا | در تهران), as a
        diplomat's is (:meth:`_posted_in`)."""
        last = parts[-1]
        return last.name == "organization" and self.view.key(last.start) in _BRANCHES \
            and not any(part.name == "location" for part in parts)

    def _unit_in(self: _Parser, end: int, parts: tuple[Part, ...]) -> tuple[int, tuple[Part, ...]]:
        """«… در شورای عالی امنیت ملی»: the body a unit belongs to, when ``parts`` end with the organisation of a
        unit (``_UNITS``: مدیر اداره سیاست خارجی | در …); an organisation only, not one «را» follows (an object)."""
        last = parts[-1]
        if last.name != "organization" or self.view.key(last.start) not in _UNITS:
            return end, parts
        return self._body_in(end, parts)

    def _body_in(self: _Parser, end: int, parts: tuple[Part, ...]) -> tuple[int, tuple[Part, ...]]:
        """``parts`` grown by the organisation «در» at token ``end`` names, made whole, unless «را» follows it."""
        org = self.organizations.get(end + 1) or self.weak.get(end + 1)
        if self.view.key(end) != IN or org is None or not self.view.adjacent(end, end + 1):
            return end, parts
        grown = self._whole_body(org.end, parts + (Part("organization", end + 1, org.end),))
        return (end, parts) if self.view.key(grown[0]) == OBJECT else grown

    def _named_in(self: _Parser, index: int) -> tuple[int, tuple[Part, ...]] | None:
        """Up to ``MAX_OPEN_WORDS`` name words from token ``index`` and «در» + the organisation they are a unit or a
        field of (مدیر | تحقیقات کالا | در بانک …, تحلیلگر | بازار انرژی | در شرکت …), or None."""
        view = self.view
        for end in range(index, min(index + MAX_OPEN_WORDS, len(view))):
            if not (view.adjacent(end - 1, end) and name_word(view, end)):
                return None
            if view.key(end + 1) == IN and view.adjacent(end, end + 1):
                grown = self._body_in(end + 1, (Part("organization", index, end + 1),))
                return grown if grown[0] > end + 1 else None
        return None

    def _sent_to(self: _Parser, end: int, parts: tuple[Part, ...]) -> tuple[int, tuple[Part, ...]]:
        """«… به لیبی»: the country an envoy is sent to (فرستاده سازمان ملل | به لیبی); places only, not a
        person or a body the envoy speaks to (… به ترامپ)."""
        if self.view.key(end) != TO or not self.view.adjacent(end, end + 1):
            return end, parts
        places_end = self._places(end + 1)
        if places_end == end + 1 or self.places.at(end + 1) is None or self._moves(places_end):
            return end, parts  # … به پایتخت (a common place), … به مسکو سفر کرد: where he goes
        return places_end, parts + (Part("location", end + 1, places_end),)

    def _moves(self: _Parser, index: int) -> bool:
        """Whether a verb of motion or arrival opens at token ``index`` or within the two tokens after it, with
        no punctuation or «به» between (… به مسکو | روز شنبه سفر کرد)."""
        for at in range(index, min(index + 3, len(self.view))):
            key = self.view.key(at)
            if key in _MOTION:
                return True
            if key == TO or not words.plain(key).isalpha():
                return False
        return False

    def _in_affairs(self: _Parser, end: int, parts: tuple[Part, ...]) -> tuple[int, tuple[Part, ...]]:
        """«… در امور X»: the portfolio a deputy, an adviser or an envoy holds (معاون دبیرکل سازمان ملل در
        امور خلع سلاح): a portfolio of the lexicon or up to four name words."""
        view = self.view
        if view.key(end) != IN or view.key(end + 1) != AFFAIRS \
                or not view.adjacent(end, end + 1) or not view.adjacent(end + 1, end + 2):
            return end, parts
        portfolio = self._portfolios(end + 2)
        if portfolio == end + 2:
            portfolio = min(name_run(view, end + 2, self.places, strict=False), end + 2 + MAX_OPEN_WORDS)
        if portfolio == end + 2:
            return end, parts
        return portfolio, parts + (Part("portfolio", end, portfolio),)

    def _in_government(self: _Parser, end: int, parts: tuple[Part, ...], complete: bool
                       ) -> tuple[int, tuple[Part, ...]]:
        """«… دولت قبل», «… دوران پهلوی», «… دولت پیشین آمریکا»: the government or the era a title with a
        complement (or ``complete`` alone: نخست‌وزیر) was held in, a noun of ``_GOVERNMENTS`` and a word that names
        which (an ordinal, a time, an era), then a country when the title names no place; or that word alone after
        a title ending with the government (سخنگوی دولت | دوازدهم, رئیس دولت | اصلاحات). Not a government before «را»:
        the holder's object (رئیس‌جمهور | دولت جدید را معرفی کرد; but an era: … نخست‌وزیر دوران پهلوی را اعدام کرد)."""
        view = self.view
        governed = view.key(end - 1) in _GOVERNMENTS
        noun = end - 1 if governed else end
        if not governed and (view.key(end) not in _GOVERNMENTS or len(parts) == 1 and not complete) \
                or not view.adjacent(end - 1, noun + 1) or not _names_government(view.key(noun + 1)):
            return end, parts
        named = noun + 2  # after the word that names which
        acted_on = view.key(noun) != _ERA  # a government may be the holder's object
        if view.adjacent(named - 1, named) and not any(part.name == "location" for part in parts):
            places_end = self._places(named)
            if places_end > named and not (acted_on and view.key(places_end) == OBJECT):
                return places_end, parts + (Part(GOVERNMENT, end, named), Part("location", named, places_end))
        if acted_on and view.key(named) == OBJECT:
            return end, parts
        return named, parts + (Part(GOVERNMENT, end, named),)

    def _closing_place(self: _Parser, start: int, run_end: int) -> tuple[int, int] | None:
        """The place that closes the name words of an envoy's «در …» from token ``start``: the one ending the
        run ``[start, run_end)``, else the last unambiguous one inside it (در | فرایند صلح و آشتی افغانستان |
        توییتی منتشر کرد: the run reads on past the place). At most ``MAX_OPEN_WORDS + 2`` ends are tried."""
        for end in range(run_end, start + 1, -1):
            place = self.places.closing(start, end)
            if place is not None and (end == run_end or not self.places.by_end[end].ambiguous):
                return place
        return None


def _names_government(key: str) -> bool:
    """Whether word ``key`` names which government or era (دولت | یازدهم, دولت | قبل, دوران | پهلوی)."""
    word = words.plain(key)
    return word in _GOVERNMENT_NAMES or word in _former_modifiers() \
        or word.endswith(_ORDINAL_END) and "NUM" in words.tags(key)


@functools.cache
def _former_modifiers() -> frozenset[str]:
    """The title modifiers of a past holder (سابق, پیشین, وقت …: ``former`` in ``entity_context.tsv``), as words."""
    return frozenset(words.plain(key) for key, value in lexicons.context("title_modifier").items() if value == "former")

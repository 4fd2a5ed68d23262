"""Bodies a title's complement names, for :class:`~persianews.entities.titles.TitleParser`: a deputy's office
(سرپرست | معاونت …), an armed force's common-word name after a role (فرمانده | ارتش), name words an
organisation closes (فرمانده نیروهای قدس | سپاه پاسداران), what follows a title's organisation within it
(رئیس پلیس راهور | ناجا) and the revered name a body is named after, closed by a blessing (… امام خمینی | (ره)).

:class:`TitleBodies` is a mixin of the parser: its methods read the parser's tokens, organisations and places
and call back into its complement grammar (the :class:`_Parser` protocol). Each look reads a bounded number of
tokens.
"""

from __future__ import annotations

from typing import Protocol

from persianews.entities import lexicons, words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.keys import AND, LIST_JOINERS, OBJECT, THIS, fold
from persianews.entities.latin_orgs import CLOSING_QUOTES, OPENING_QUOTES
from persianews.entities.matcher import TokenView
from persianews.entities.org_names import name_word
from persianews.entities.places import PlaceIndex, PlaceMention
from persianews.entities.tagger_merge import LATIN_RULE

#: Name words at most that an organisation or a place closes into one name (فرمانده نیروهای قدس | سپاه …).
MAX_OPEN_WORDS = 4
#: Nouns of a document or a statement: name words they open, after a portfolio, are what the holder acts on
#: (وزیر امور خارجه | نامه سازمان ملل را …, رئیس سازمان انرژی اتمی | بیانیه آلمان …), no body. Keys.
DOCUMENTS = frozenset(fold(word) for word in (
    "نامه", "گزارش", "پیشنهاد", "پیام", "بیانیه", "درخواست", "دعوت", "سخنان", "اظهارات", "تصمیم", "قطعنامه"))
#: The parts that make a role after a demonstrative a title: a body or a place it serves (not a portfolio alone).
ANCHORS = frozenset({"organization", "location"})
#: Common nouns that name a place where a title's place stands, with no place after them: the capital, the
#: country, our country, the province the text is about (رئیس پلیس مترو پایتخت, رئیس سازمان تامین اجتماعی کشور,
#: وزیر امور خارجه کشورمان, سرپرست پلیس آگاهی استان).
_COMMON_PLACES = frozenset(fold(word) for word in ("پایتخت", "کشور", "کشورمان", "استان"))
#: A demonstrative and the country it points back to: the place the text named before (معاون وزیر امور
#: خارجه | این کشور).
_COUNTRY = fold("کشور")
#: «کل» before «کشور»: the whole country, a body's national office (گمرک کل کشور, ثبت احوال کل کشور).
_WHOLE = "کل"
#: Words of a body two countries share (اتاق بازرگانی ایران و چین, کمیته مشترک ایران و ژاپن): «اتاق» opening its
#: name, «مشترک» anywhere in it. Keys.
_CHAMBER, _JOINT = fold("اتاق"), fold("مشترک")
#: The words of a role at most (a common place inside one is no place: وزیر کشور).
MAX_ROLE_WORDS = 3
#: Units of a body numbered in its name, a court's branch, a city's district, a division (رئیس شعبه ۳ …, شهردار
#: منطقه ۱۳ …, فرمانده لشکر ۲۱ …): keys.
_NUMBERED_UNITS = frozenset(fold(word) for word in ("شعبه", "ناحیه", "منطقه", "لشکر", "تیپ", "گردان"))
#: What a word qualifying a numbered unit before its body is not: a reporting verb, a stop word, a role word.
_NO_QUALIFIER = frozenset({"cue", "stop", "head"})
#: The office of a deputy (معاونت): completed as the role «معاون» is.
_DEPUTY_OFFICE = "معاونت"
#: Kinds of lexicon names that are also common words (ارتش, نیروهای مسلح) a role before them makes bodies (not a
#: state body's: وزیر علوم | دولت اصلاحات is a time, not a body).
_ROLE_CONTEXT_KINDS = frozenset({"military"})
#: The plural endings of a prefix word that opens a list of places (شهرستان‌های …, استان‌های …).
_PLURAL_ENDING = "های"
#: The abbreviated blessings written in parentheses after a revered person's name (امام خمینی (ره), امام رضا (ع),
#: حضرت معصومه (س)): keys.
_BLESSINGS = frozenset(fold(word) for word in ("ره", "ع", "س", "عج", "ص", "رض", "قده"))
#: Words at most between an organisation and a blessing that closes the revered name it is named after (دانشگاه
#: بین‌المللی | امام خمینی | (ره)).
_MAX_REVERED_WORDS = 3


def this_country(view: TokenView, index: int) -> bool:
    """Whether «این کشور» (the country the text named before) stands at token ``index`` with no «را» after it
    (معاون وزیر امور خارجه | این کشور; not وزیر خارجه | این کشور را …: an object)."""
    return view.key(index) == THIS and view.key(index + 1) == _COUNTRY and view.adjacent(index, index + 1) \
        and view.key(index + 2) != OBJECT


def _country(place: PlaceMention) -> bool:
    """Whether ``place`` names a country and nothing else."""
    return all(row.kind == lexicons.COUNTRY for row in place.rows)


def _plural_list_end(parser: _Parser, end: int) -> int:
    """The end of the places listed after a body that ends at token ``end`` with a place a plural prefix opens
    (اداره اوقاف شهرستان‌های بافت، | رابر و ارزوئیه), or ``end`` when none follow."""
    place = parser.places.by_end.get(end)
    if place is None or place.prefix_start is None or parser.view.key(end) not in LIST_JOINERS \
            or not words.plain(parser.view.key(place.prefix_start)).endswith(_PLURAL_ENDING):
        return end
    listed = parser._places(end + 1)
    return listed if listed > end + 1 else end


def _joins_name_words(parser: TitleParser, index: int, start: int, joined: bool) -> bool:
    """Whether token ``index`` is the one «و» a run of name words from ``start`` may hold: after a word of the run,
    before a name word that opens no organisation or place (ارزشیابی و | نظارت, not … و | سازمان …)."""
    view = parser.view
    following = index + 1
    return not joined and index > start and view.key(index) == AND and view.adjacent(index - 1, index) \
        and view.adjacent(index, following) and name_word(view, following) \
        and following not in parser.organizations and following not in parser.weak \
        and parser.places.at(following) is None


class TitleParser(Protocol):
    """What the title parser's mixins (:class:`TitleBodies`, ``title_postings.TitlePostings``) all read of it."""

    view: TokenView
    places: PlaceIndex
    organizations: dict[int, Candidate]
    weak: dict[int, Candidate]

    def _places(self, index: int) -> int: ...


class _Parser(TitleParser, Protocol):
    """What :class:`TitleBodies` reads of the title parser it is mixed into, besides :class:`TitleParser`."""

    def _skip_modifiers(self, index: int) -> int: ...

    def _complement(self, index: int, depth: int, open_complement: bool = True) -> tuple[int, tuple[Part, ...]]: ...

    def _common_place(self, index: int) -> int: ...

    def _after_organization(self, end: int, parts: tuple[Part, ...]) -> tuple[int, tuple[Part, ...]]: ...

    def _whole_body(self, end: int, parts: tuple[Part, ...]) -> tuple[int, tuple[Part, ...]]: ...

    def _quoted_latin_name(self, index: int) -> int: ...

    def _named_branch(self, end: int) -> int: ...

    def _blessed_name(self, end: int) -> int: ...


class TitleBodies:
    """The body and deputy-office looks of the title parser (a mixin of
    :class:`~persianews.entities.titles.TitleParser`)."""

    def _deputy_office(self: _Parser, index: int, depth: int) -> int | None:
        """The end of a deputy's office at token ``index`` («معاونت» + what completes «معاون»: a portfolio and a
        body or a place), or None: the office an acting head or a director runs (سرپرست | معاونت توسعه پیشگیری و
        درمان بهزیستی استان تهران), parsed as the deputy's title is when the organisation grammar finds no name."""
        view = self.view
        if view.key(index) != _DEPUTY_OFFICE or not view.adjacent(index, index + 1):
            return None
        end, parts = self._complement(self._skip_modifiers(index + 1), depth + 1, open_complement=False)
        return end if any(part.name in ANCHORS for part in parts) else None

    def _numbered_unit(self: _Parser, index: int, depth: int,
                       parts: tuple[Part, ...]) -> tuple[int, tuple[Part, ...]] | None:
        """A numbered unit at token ``index`` (:data:`_NUMBERED_UNITS` and a number: شعبه ۳, منطقه ۱۳, لشکر ۲۱) with
        what completes a role after it: the body it belongs to is one organisation with it (شعبه ۱۵ | دادگاه انقلاب,
        ناحیه ۴ | آموزش و پرورش اصفهان), a place stays a place (منطقه ۱۳ | تهران). The end and ``parts`` with it,
        or None when no such unit stands there."""
        view = self.view
        unit = index + 2
        if view.key(index) not in _NUMBERED_UNITS or not view.adjacent(index, index + 1) \
                or view.kinds_of[index + 1] != "number" or view.key(unit) in lexicons.context("counter"):
            return None  # (منطقه | ۵۰ هزار …: a count)
        end, after = self._complement(unit, depth)
        if after and after[0].name == "organization":
            return end, parts + (Part("organization", index, after[0].end),) + after[1:]
        body = self.organizations.get(unit + 1)
        if not after and body is not None and view.is_word(unit) and view.adjacent(unit - 1, unit) \
                and view.adjacent(unit, unit + 1) and not view.has(unit, _NO_QUALIFIER) \
                and not words.is_function_word(view.key(unit)):
            # one word qualifies the unit before its body, whatever else it may read as (شعبه ۳ | بدوی | دیوان …)
            return self._after_organization(body.end, parts + (Part("organization", index, body.end),))
        return end, parts + (Part("organization", index, unit),) + after

    def _common_place(self: _Parser, index: int) -> int:
        """The end of a place a common noun names at token ``index``, right after a role's words (رئیس پلیس فتا |
        پایتخت, وزیر امور خارجه | کشورمان, سخنگوی گمرک | کل کشور; not وزیر | کشور: a head), or a demonstrative's
        country there, unless «را» follows it (معاون وزیر امور خارجه | این کشور; not وزیر خارجه | این کشور را …: an
        object); else ``index``."""
        view = self.view
        if view.key(index) in _COMMON_PLACES:
            end = index + 1
        elif view.key(index) == _WHOLE and view.key(index + 1) == _COUNTRY \
                and view.adjacent(index, index + 1):
            end = index + 2  # سخنگوی گمرک | کل کشور: the body's national office
        elif this_country(view, index):
            end = index + 2
        else:
            return index
        kinds_at = view.kinds_at
        if not view.adjacent(index - 1, index) or any(
                "head" in match.kinds() and match.end > index
                for start in range(max(0, index - MAX_ROLE_WORDS), index) if "head" in kinds_at[start]
                for match in view.matches[start]):
            return index
        return end

    def _joint_body(self: _Parser, end: int, parts: tuple[Part, ...]) -> tuple[int, tuple[Part, ...]]:
        """A chamber or a joint body whose title ends at token ``end`` with a country takes the second country «و»
        joins to it (رئیس اتاق بازرگانی ایران | و چین, دبیر کمیته مشترک ایران | و ژاپن): one body of two countries,
        not a second title's place. ``parts`` are returned with the last one grown to that country."""
        view = self.view
        last = self.places.by_end.get(end)
        second = self.places.by_start.get(end + 1)
        if view.key(end) != AND or last is None or second is None or second.ambiguous \
                or not _country(last) or not _country(second) or not view.adjacent(end, end + 1):
            return end, parts
        if not any(part.name == "organization" and (view.key(part.start) == _CHAMBER
                                                     or _JOINT in view.keys[part.start:part.end]) for part in parts):
            return end, parts
        return second.end, parts[:-1] + (Part(parts[-1].name, parts[-1].start, second.end),)

    def _role_context_body(self: _Parser, index: int) -> int | None:
        """The end of a lexicon name at token ``index`` that is also a common word, of an armed force (ارتش,
        نیروهای مسلح), or None: right after a role it names the body the role heads
        (فرمانده | ارتش, سخنگوی ارشد | نیروهای مسلح), the context the name alone lacks."""
        match = self.view.find(index, "org")
        if match is None or not self.view.adjacent(index - 1, index):
            return None
        rows = match.of("org")
        if all(row.ambiguous and row.kind in _ROLE_CONTEXT_KINDS for row in rows):
            return match.end
        return None

    def _closed_by_organization(self: _Parser, index: int) -> tuple[int, tuple[Part, ...]] | None:
        """Up to ``MAX_OPEN_WORDS`` name words closed by an organisation, all one organisation (فرمانده
        نیروهای قدس | سپاه پاسداران, نایب‌رئیس بازاریابی بین‌المللی | شرکت …), or None. One «و» may join two of
        the words, the second opening no organisation or place (معاون ارزشیابی و نظارت | سازمان سینمایی: a
        portfolio of two fields the lexicon does not list)."""
        view = self.view
        joined = False
        end = index
        while end < min(index + MAX_OPEN_WORDS + joined, len(view)):
            if _joins_name_words(self, end, index, joined):
                joined, end = True, end + 1
                continue
            if not (view.adjacent(end - 1, end) and name_word(view, end)):
                return None
            org = self.organizations.get(end + 1) or self.weak.get(end + 1)
            if org is not None and view.adjacent(end, end + 1):
                return self._after_organization(org.end, (Part("organization", index, org.end),))
            end += 1
        return None

    def _whole_body(self: _Parser, end: int, parts: tuple[Part, ...]) -> tuple[int, tuple[Part, ...]]:
        """The organisation ending ``parts`` at token ``end`` made whole: a lexicon name opening at its last word
        and going on past it extends it (نیروی قدس سپاه | پاسداران انقلاب اسلامی), and so does a place, not an
        ordinary word, that begins inside it and ends past it (حزب دموکرات کردستان | عراق: the place کردستان
        عراق), and so does an organisation (روابط عمومی اداره | کل آموزش و پرورش …: the body اداره کل …). At most
        ``MAX_OPEN_WORDS`` starts are looked up."""
        if not self.view.adjacent(end - 1, end):
            return end, parts
        blessed = self._blessed_name(end)
        if blessed > end:
            return blessed, parts[:-1] + (Part("organization", parts[-1].start, blessed),)
        longer = self.view.find(end - 1, "org")
        reach = longer.end if longer is not None else end
        for start in range(max(parts[-1].start + 1, end - MAX_OPEN_WORDS), end):
            place = self.places.by_start.get(start)
            if place is not None and place.end > reach and not place.ambiguous:
                reach = place.end
            org = self.organizations.get(start)
            if org is not None and org.end > reach:
                reach = org.end
        if reach == end:
            return end, parts
        return reach, parts[:-1] + (Part("organization", parts[-1].start, reach),)

    def _blessed_name(self: _Parser, end: int) -> int:
        """The end of the revered name an organisation ending at token ``end`` is named after, closed by a blessing
        in parentheses (``_BLESSINGS``): up to ``_MAX_REVERED_WORDS`` words that are no function word or verb, then
        «(ره)» (کمیته امداد امام خمینی | (ره), مجمع پیروان خط امام | (ره)); ``end`` when none follows, or when «را»
        follows it (… مکتب امام (ره) | را: the revered person is acted on)."""
        view = self.view
        for opening in range(end, min(end + _MAX_REVERED_WORDS + 1, len(view))):
            if view.word(opening) == "(":
                closing = opening + 2
                blessed = view.key(opening + 1) in _BLESSINGS and view.word(closing) == ")" \
                    and view.adjacent(opening, closing) and view.key(closing + 1) != OBJECT
                return closing + 1 if blessed else end
            if not (view.is_word(opening) and view.adjacent(opening - 1, opening)) \
                    or words.is_function_word(view.key(opening)) or words.is_verb(view.key(opening)):
                return end
        return end

    def _after_organization(self: _Parser, end: int, parts: tuple[Part, ...]) -> tuple[int, tuple[Part, ...]]:
        """An organisation or places right after a title's organisation are within it (رئیس پلیس راهور | ناجا,
        مدیر اداره … وزارت خارجه | روسیه), unless «را» follows them (نخست‌وزیر انگلیس | اتحادیه اروپا را …:
        an object), and so are name words a place closes (:meth:`_named_branch`); the organisation is made whole
        first (:meth:`_whole_body`)."""
        view = self.view
        end, parts = self._whole_body(end, parts)
        listed = _plural_list_end(self, end)
        if listed > end:  # اداره اوقاف شهرستان‌های بافت، | رابر و ارزوئیه: one organisation of the places
            return listed, parts[:-1] + (Part(parts[-1].name, parts[-1].start, listed),)
        if end >= len(view) or not view.adjacent(end - 1, end):
            return end, parts
        org = self.organizations.get(end)
        if org is not None:
            following, part = org.end, Part("organization", end, org.end)
        elif (quoted := self._quoted_latin_name(end)) > end:  # شرکت داروسازی | "Pfizer": its Latin name in quotes
            following, part = quoted, Part("organization", end, quoted)
        else:
            following = self._places(end)
            part = Part("location", end, following)
            if following == end:
                following = self._named_branch(end)
                part = Part("organization", end, following)
        if following == end or view.key(following) == OBJECT:
            return end, parts
        if part.name == parts[-1].name:  # one organisation: پلیس راهور ناجا
            return following, parts[:-1] + (Part(part.name, parts[-1].start, following),)
        return following, parts + (part,)

    def _quoted_latin_name(self: _Parser, index: int) -> int:
        """The end of a company's Latin name in quotes at token ``index``, the closing quote with it («شرکت داروسازی
        "Pfizer"»: :func:`~persianews.entities.latin_orgs.latin_companies` found the name); ``index`` when there is
        none."""
        view = self.view
        name = self.organizations.get(index + 1)
        if name is None or name.rule != LATIN_RULE or view.word(index) not in OPENING_QUOTES \
                or view.word(name.end) not in CLOSING_QUOTES or not view.adjacent(name.end - 1, name.end):
            return index
        return name.end + 1

    def _named_branch(self: _Parser, end: int) -> int:
        """The end of up to ``MAX_OPEN_WORDS`` name words (a «و» may join two) right after an organisation that a
        place, not an ordinary word, closes: the organisation's branch, named and placed (بسیج مهندسین | کشاورزی و
        منابع طبیعی استان گیلان, سپاه | نینوای استان گلستان); ``end`` when there are not, when the organisation
        ends with a place or when the words open with a document's noun (:data:`DOCUMENTS`)."""
        view = self.view
        if end in self.places.by_end or view.key(end) in DOCUMENTS:
            return end  # وزیر خارجه ایران | نقش …, فرمانده ارتش پاکستان | راهی تهران: placed already, the clause goes on
        index, count = end, 0
        while index < len(view) and view.adjacent(index - 1, index):
            place = self.places.at(index)
            if place is not None and count:
                return place.end if not place.ambiguous and view.key(index - 1) != AND else end
            if view.key(index) == AND and count:
                index += 1
                continue
            if count == MAX_OPEN_WORDS or not name_word(view, index) or self.organizations.get(index) is not None:
                return end
            index, count = index + 1, count + 1
        return end

"""Organisations: the lexicon, and head-word patterns with a place or a name.

Patterns (heads and what they take come from ``org_heads.tsv``):

* place heads: ``استانداری/فرمانداری/شهرداری … + (استان|شهرستان|شهر|بخش)? + place``;
* name heads: ``سازمان/اداره کل/حزب/شورای/دانشگاه … + name words + (استان … place)?``, or a name in
  guillemets or quotes (موسسه «کش ریویو»).

The run of name words after a head is :func:`~persianews.entities.org_names.name_run`. A head
after a demonstrative (این حزب) is an anaphor. A head that is also a common
noun (خانه, مرکز, مجلس …) forms an organisation only with a place, a lexicon
organisation or a portfolio of several words (کمیسیون برنامه و بودجه).
A weak head that names a national body (پلیس, صندوق, شورای) forms one with
name words ending in «کشور/کشوری» (پلیس سایبری کشور). Lexicon names that are
also ordinary words (فارس, مهر) are organisations only after «خبرگزاری», «به
گزارش / به نقل از / به نوشته» or «خبرنگار», or, for a paper, an agency or a
party, alone in guillemets (به «شرق» گفت); a place after
«خبری» is part of a media name (باشگاه خبری فارس). Outlets are named without
their type word too (فارس in خبرگزاری فارس) and found by pattern: see
:mod:`persianews.entities.outlets`.
"""

from __future__ import annotations

from persianews.entities import lexicons, words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.intervals import IntervalIndex
from persianews.entities.keys import AND, IN, OBJECT
from persianews.entities.latin_orgs import latin_companies
from persianews.entities.matcher import TokenView
from persianews.entities.org_aliases import alias_end, aliases
from persianews.entities.org_names import NATIONAL, name_run, name_word
from persianews.entities.outlets import bare_name, listed_with, outlet_names, quoted_name
from persianews.entities.places import PlaceIndex
from persianews.resources import OUTLET_KINDS

_PLURAL_SUFFIXES = frozenset({"ها", "های"})
_MEDIA_WORDS = frozenset({"خبری", "خبرگزاری", "رسانه", "رسانهای"})
#: Kinds of ambiguous lexicon names that a place after them makes organisations (ارتش پاکستان).
_PLACED_KINDS = frozenset({"military", "group", "foreign_gov"})
#: Kinds of lexicon names that a place after them does not extend when they have no head word (FATF | ایران را …,
#: ناسا | آمریکا): clubs, universities and international bodies are named whole (an agency or a central bank takes
#: its country, and so does a name with a head word: شورای امنیت روسیه).
_WHOLE_KINDS = frozenset({"club", "university", "international"})
#: Kinds of ambiguous lexicon names that guillemets around them alone make organisations (به «شرق» گفت).
_QUOTED_KINDS = OUTLET_KINDS | {"party"}
_WHOLE = "کل"
#: Heads of a state's mission abroad: «در» and a place after the state name the mission's seat, part of its name
#: (سفارت ایران | در مسکو, کنسولگری ژاپن | در شیراز), as the dev gold writes it (see :func:`_seat`).
_MISSIONS = frozenset({"سفارت", "سفارتخانه", "کنسولگری", "سرکنسولگری"})
#: A broadcaster's type words, an organisation before a place (:func:`_broadcasters`), and the words between
#: that say whose it is.
_BROADCASTERS = frozenset({"تلویزیون", "رادیو"})
_OWNERS = frozenset({"ملی", "دولتی", "حکومتی", "رسمی"})
#: The words before a broadcaster's channel number (شبکه ۱۳ تلویزیون …).
_CHANNELS = frozenset({"شبکه", "کانال"})
_AGENCY_CONTEXT = ("بهگزارش", "بهنقلاز", "خبرگزاری", "گزارش", "نقلاز", "نوشته", "خبرنگار")


def organizations(view: TokenView, places: PlaceIndex) -> list[Candidate]:
    """Lexicon and pattern organisations; nested ones with a head of their own (حزب … inside شورای حزب …)
    are kept."""
    found: list[Candidate] = []
    reaching: list[Candidate] = []  # the organisations found so far that reach past the current token
    for index in sorted({*view.having("org"), *view.having("org_head")}):
        candidate = _lexicon_org(view, index, places) or _pattern_org(view, index, places)
        if candidate is None:
            continue
        reaching = [c for c in reaching if c.end > candidate.start]  # candidates start at ``index``
        if any(c.start < candidate.start < c.end < candidate.end for c in reaching):
            continue  # crossing an organisation found before (نیروی انتظامی | انتظامی تهران)
        if candidate.rule == "org-lexicon" and any(c.contains(candidate) and c.rule == "org-lexicon" for c in reaching):
            continue
        found.append(candidate)
        reaching.append(candidate)
    overlapping = IntervalIndex(found).overlapping
    found = [outlet for c in found if not any(_in_name(c, o) and _restates(view, c, o) and not _club_named(view, c, o)
                                              or _in_head(c, o) for o in overlapping(c.start, c.end))
             for outlet in bare_name(view, c, places)]
    found = _with_latin_names(found, latin_companies(view))
    found += aliases(view, found, places)
    known = IntervalIndex(found)
    extra = [c for c in _broadcasters(view, places) if not known.any_overlapping(c.start, c.end)]
    found += extra
    taken = IntervalIndex(found) if extra else known
    return found + [c for c in outlet_names(view, places) if not taken.any_overlapping(c.start, c.end)]


def _with_latin_names(found: list[Candidate], latin: list[Candidate]) -> list[Candidate]:
    """``found`` with the Latin company names (شرکت BP): a name found already is kept as it was (its lexicon
    canonical); one a found organisation holds with its head (شرکت "Pfizer") replaces it."""
    if not latin:
        return found
    spans = {(c.start, c.end) for c in found}
    latin = [c for c in latin if (c.start, c.end) not in spans]
    taken = IntervalIndex(latin)
    return [c for c in found if not taken.any_overlapping(c.start, c.end)] + latin


def _restates(view: TokenView, inner: Candidate, outer: Candidate) -> bool:
    """Whether ``inner`` names ``outer`` again: a headless name (راه و شهرسازی in اداره کل راه و شهرسازی …)
    or the whole name after a type word (جهاد کشاورزی … in سازمان جهاد کشاورزی …)."""
    if not view.find(inner.start, "org_head"):
        return True
    name = outer.part("name")
    return (name is not None and name.start == inner.start and inner.end == outer.end
            and view.key(outer.start) in lexicons.context("type_head"))


def _club_named(view: TokenView, inner: Candidate, outer: Candidate) -> bool:
    """A sports club the lexicon lists, named after its type word (پرسپولیس in باشگاه پرسپولیس): an entity
    alone too, as an outlet's name is (:func:`~persianews.entities.outlets.bare_name`)."""
    name = outer.part("name")
    return inner.rule == "org-lexicon" and name is not None and inner.start == name.start and inner.end == outer.end \
        and listed_with(view, inner.start, inner.end, frozenset({"club"}))


def _in_head(inner: Candidate, outer: Candidate) -> bool:
    """The same organisation named from a shorter head inside the outer one's head (روابط عمومی … in مرکز روابط
    عمومی …): the longer head names the unit whole."""
    name = outer.part("name")
    return name is not None and outer.start < inner.start < name.start and inner.end == outer.end


def _in_name(inner: Candidate, outer: Candidate) -> bool:
    """A headless name inside another organisation's name (راه و شهرسازی in اداره کل راه و شهرسازی …)."""
    name = outer.part("name")
    return outer is not inner and name is not None and name.start <= inner.start and inner.end <= outer.end


def _lexicon_org(view: TokenView, index: int, places: PlaceIndex) -> Candidate | None:
    match = view.find(index, "org")
    if match is None:
        return None
    rows = match.of("org")
    end = match.end
    if index and view.key(index - 1) in lexicons.context("anaphor") and view.find(index, "org_head"):
        return None  # این شبکه | یک …: a demonstrative before a head word makes it an anaphor, not a name
    whole = all(row.kind in _WHOLE_KINDS for row in rows) and not view.find(index, "org_head")
    location = None if whole else _location_suffix(view, end, places) or _state_suffix(view, end)
    if all(row.ambiguous for row in rows) and not _agency_context(view, index) \
            and not (any(row.kind == "club" for row in rows) and _club_context(view, index, end)) \
            and not (location is not None and any(row.kind in _PLACED_KINDS for row in rows)) \
            and not _bare_org(view, index, end) and not _quoted_name(view, index, end, rows):
        return None
    parts: tuple[Part, ...] = (Part("name", index, end),)
    if location is not None:
        parts += (location,)
        end = location.end
    return Candidate("ORG", index, end, "org-lexicon", canonical=rows[0].canonical, parts=parts)


def _bare_org(view: TokenView, start: int, end: int) -> bool:
    """A name that, alone in news, is the organisation (مجلس: the parliament), unless a word after it makes it
    a gathering (مجلس ختم), a demonstrative before it an anaphor (این مجلس), or another organisation follows
    (مجلس | سنای آمریکا)."""
    after = view.key(end) if view.adjacent(end - 1, end) else ""
    return end == start + 1 and view.key(start) in lexicons.context("bare_org") \
        and after not in lexicons.context("gathering") and view.key(start - 1) not in lexicons.context("anaphor") \
        and view.find(end, "org") is None


def _quoted_name(view: TokenView, start: int, end: int, rows: list[lexicons.OrgRow]) -> bool:
    """An outlet's or a party's name that is also a word, alone in guillemets (به «شرق» گفت, به «جمنا» رفتند):
    the guillemets mark it as a name."""
    return view.key(start - 1) == "«" and view.key(end) == "»" and any(row.kind in _QUOTED_KINDS for row in rows)


def _agency_context(view: TokenView, index: int) -> bool:
    before = "".join(words.plain(k) for k in view.keys[max(0, index - 2):index])
    return before.endswith(_AGENCY_CONTEXT)


def _club_context(view: TokenView, start: int, end: int) -> bool:
    """A sports word before a club's name (تیم, باشگاه, هواداران …) or «مقابل/برابر» around it."""
    context = lexicons.context("club_context")
    before = view.key(start - 1) if view.adjacent(start - 1, start) else ""
    after = view.key(end) if view.adjacent(end - 1, end) else ""
    return before in context or context.get(after) == "around" or context.get(before) == "around"


def weak_organizations(view: TokenView, places: PlaceIndex) -> list[Candidate]:
    """Organisations whose head is also a common noun and whose name has no place or lexicon part
    (شرکت مادر تخصصی بازرگانی دولتی, کمیته کشوری تغذیه): organisations only as the complement of a
    title (مدیرعامل شرکت …, عضو کمیته …)."""
    found = []
    for index in view.having("org_head"):
        head = view.find(index, "org_head")  # only a weak head (its first row, as _pattern_org reads it) may do
        if "org" not in view.kinds_at[index] and head is not None and head.of("org_head")[0].weak:
            candidate = _pattern_org(view, index, places, weak=True)
            if candidate is not None and candidate.rule.startswith("org-weak"):
                found.append(candidate)
    return found


def _pattern_org(view: TokenView, index: int, places: PlaceIndex, weak: bool = False) -> Candidate | None:
    match = view.find(index, "org_head")
    if match is None or words.plain(view.key(match.end)) in _PLURAL_SUFFIXES \
            or index and view.key(index - 1) in lexicons.context("anaphor"):
        return None
    head = match.of("org_head")[0]
    quoted = quoted_name(view, match.end) if head.takes != "place" else None
    if quoted is not None:  # موسسه «کش ریویو»: a quoted name
        return Candidate("ORG", index, quoted.end + 1, f"org-head-{head.kind}", parts=(Part("name", quoted.start, quoted.end),))
    if head.takes in ("place", "place_or_name"):
        location = _location_suffix(view, match.end, places)
        if location is not None:
            seat = _seat(view, location.end, places) if view.key(index) in _MISSIONS and _opens_clause(view, index) \
                else None
            return Candidate("ORG", index, (seat or location).end, "org-head-place",
                             parts=(location,) if seat is None else (location, seat))
        if head.takes == "place":
            scope = _national_scope(view, match.end) if view.key(index) in lexicons.context("national_head") else None
            return None if scope is None else Candidate("ORG", index, scope.end, "org-head-national", parts=(scope,))
    end = name_run(view, match.end, places, strict=not weak or not head.weak)
    if end == match.end:
        return None
    location = _trailing_location(match.end, end, places)
    if location is not None and view.key(location.start - 1) in _MEDIA_WORDS:
        location = None  # باشگاه خبری فارس: an agency's name, not a place
    name_end = location.start if location else end
    if name_end == match.end:
        return None
    parts = (Part("name", match.end, name_end),) + ((location,) if location else ())
    if location is None and view.key(end) == OBJECT and not _has_lexicon_part(view, match.end, name_end):
        return None  # رئیس دانشگاه | دستور پیگیری ویژه را صادر نمود: an object, not a name
    if head.weak and location is None and not _has_lexicon_part(view, match.end, name_end) \
            and alias_end(view, end, places) is None:
        if not weak and view.key(index) in lexicons.context("national_head") \
                and _national_name(view, match.end, name_end):
            return Candidate("ORG", index, end, "org-weak-national", parts=parts)
        return Candidate("ORG", index, end, f"org-weak-{head.kind}", parts=parts) if weak else None
    return Candidate("ORG", index, end, f"org-head-{head.kind}", parts=parts)


def _location_suffix(view: TokenView, index: int, places: PlaceIndex) -> Part | None:
    """``(استان|شهرستان|…)? place`` starting at token ``index`` (an ambiguous place needs the prefix, or a head
    before it that asks for a place, the ``place_hint`` words of entity_context.tsv, and no stop word: گمرک |
    بازرگان, not شهرداری | حتی …)."""
    place = places.at(index)
    if place is None or not view.adjacent(index - 1, index) or place.start == index and place.ambiguous \
            and (place.hint is None or words.is_stop(view.key(index))):
        return None
    if place.ambiguous and view.adjacent(place.end - 1, place.end) and words.verb_after_noun(view.key(place.end)):
        return None  # … استان | خبر داد: the word is the noun of a compound verb
    return Part("location", index, place.end)


def _broadcasters(view: TokenView, places: PlaceIndex) -> list[Candidate]:
    """A state's or a city's television or radio (:data:`_BROADCASTERS`, «رادیو (و) تلویزیون» too), maybe with a
    word saying whose it is (:data:`_OWNERS`), right before a place (:func:`_location_suffix`) or a state named by
    its regime (``state_name`` in entity_context.tsv): تلویزیون دولتی سوریه, رادیو فرانسه, تلویزیون جمهوری
    اسلامی; with the channel before it (شبکه ۱۳ تلویزیون اسرائیل). Not in org_heads.tsv: the tagger reads every
    head there as evidence, and the word alone is no name (رادیو شهری, فروش تلویزیون). Linear in the number of
    tokens."""
    found: list[Candidate] = []
    for start in view.tokens_of_types(_BROADCASTERS):
        index = start + 1
        if view.key(index) == AND and view.key(index + 1) in _BROADCASTERS and view.adjacent(start, index + 1):
            index += 2  # رادیو و تلویزیون …
        elif view.key(index) in _BROADCASTERS and view.adjacent(start, index):
            index += 1  # رادیو تلویزیون …
        if view.key(index) in _OWNERS and view.adjacent(index - 1, index):
            index += 1
        location = _location_suffix(view, index, places) or _state_suffix(view, index)
        if location is not None and not (found and found[-1].end > start):
            if view.key(start - 2) in _CHANNELS and view.kinds_of[start - 1] == "number" \
                    and view.adjacent(start - 2, start):
                start -= 2  # شبکه ۱۳ | تلویزیون …: the channel, named with its broadcaster
            found.append(Candidate("ORG", start, location.end, "org-head-place", parts=(location,)))
    return found


def _state_suffix(view: TokenView, index: int) -> Part | None:
    """A state named by its regime (``state_name`` in entity_context.tsv) right at token ``index``, after an
    organisation's name: its place, part of the name as a country is (وزارت خارجه | جمهوری اسلامی, ارتش | رژیم
    صهیونیستی, تلویزیون | جمهوری اسلامی)."""
    state = view.find(index, lexicons.STATE_NAME) if view.adjacent(index - 1, index) else None
    return None if state is None else Part("location", index, state.end)


def _opens_clause(view: TokenView, index: int) -> bool:
    """Whether token ``index`` opens a clause: no word before it on its line and in its sentence, or a conjunction
    that is no preposition, or a number (گرچه | سفارت …, اواخر سال 2018 | سفارت …; not با | سفارت …), so that it
    is the clause's subject. After a noun or a preposition that governs it (نزدیکی | سفارت …, حمله به | سفارت …) a
    mission is the building, which the dev gold names without its seat."""
    if not view.adjacent(index - 1, index):
        return True
    before = view.key(index - 1)
    return before.isdigit() or "CONJ" in words.tags(before) and words.plain(before) not in words.PREPOSITIONS


def _seat(view: TokenView, index: int, places: PlaceIndex) -> Part | None:
    """``در place (country)?`` at token ``index``, right after a mission's state (:data:`_MISSIONS`): the
    mission's seat (سفارت ایران | در مسکو), a gazetteer place that is no word (:func:`_location_suffix`), with the
    country the seat lies in when its name follows it (سفارت ایران | در دوحه قطر; not … در تهران | ایران را …, nor … در مسکو | روسیه را …: an object)."""
    if view.key(index) != IN or not view.adjacent(index - 1, index):
        return None
    seat = places.at(index + 1)
    place = _location_suffix(view, index + 1, places)
    if place is None or seat is None:  # (the one is None only where the other is)
        return None
    country = places.by_start.get(place.end)
    lies_in = {row.province for row in seat.rows}
    end = country.end if country is not None and view.adjacent(place.end - 1, place.end) \
        and any(row.kind == lexicons.COUNTRY and row.canonical in lies_in for row in country.rows) \
        and view.key(country.end) != OBJECT else place.end
    return Part("seat", index, end)


def _national_scope(view: TokenView, index: int) -> Part | None:
    """``(کل)? کشور|کشوری`` at token ``index``, ending the phrase: the national scope that names a state body as a
    place names a local one (گمرک | کل کشور, دادستانی کل | کشور), not ``کشور`` before a word of its own phrase
    (کشور ما)."""
    end = index + 1 if view.key(index) == _WHOLE and view.adjacent(index, index + 1) else index
    if not view.adjacent(index - 1, index) or view.key(end) not in NATIONAL \
            or view.adjacent(end, end + 1) and (name_word(view, end + 1) or "PRO" in words.tags(view.key(end + 1))):
        return None
    return Part("scope", index, end + 1)


def _national_name(view: TokenView, start: int, end: int) -> bool:
    """Whether the name words ``[start, end)`` after a weak head end with the national scope «(کل) کشور/کشوری»
    after a word of their own (پلیس راه | کشور, صندوق بازنشستگی | کشوری): a state body, as a place names a
    local one (not پلیس | کشور, the country's police)."""
    return end - start >= 2 and view.key(end - 1) in NATIONAL \
        and (end - start >= 3 or view.key(start) != _WHOLE)


def _trailing_location(start: int, end: int, places: PlaceIndex) -> Part | None:
    """The place (with its prefix word) that closes the name run ``[start, end)``."""
    closing = places.closing(start - 1, end)
    if closing is None or closing[0] == places.by_end[end].start and places.by_end[end].ambiguous:
        return None  # … تجاری و مالی: an ordinary word needs its prefix
    return Part("location", *closing)


def _has_lexicon_part(view: TokenView, start: int, end: int) -> bool:
    """A lexicon organisation that is no ordinary word (not اعتماد; but مجلس), or a portfolio of several words (برنامه
    و بودجه, not اشتغال alone)."""
    for index in range(start, end):
        portfolio = view.find(index, "portfolio")
        org = view.find(index, "org")
        if org is not None and (not all(row.ambiguous for row in org.of("org"))
                                or view.key(index) in lexicons.context("bare_org")) \
                or portfolio is not None and portfolio.end - portfolio.start > 1:
            return True
    return False

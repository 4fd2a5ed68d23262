"""Organisations: the lexicon, and head-word patterns with a place or a name.

Patterns (heads and what they take come from ``org_heads.tsv``):

* place heads: ``استانداری/فرمانداری/شهرداری … + (استان|شهرستان|شهر|بخش)? + place``;
* name heads: ``سازمان/اداره کل/حزب/شورای/دانشگاه … + name words + (استان … place)?``.

A run of name words stops at punctuation, a line break, a function word, a
verb, a role word, a reporting cue, the nominal part of a compound verb (the
word before a verb: … اعلام کرد) and «و» unless a portfolio follows it
(فرهنگ و ارشاد اسلامی); after a lexicon organisation, or a portfolio right
after the head, only a place or another lexicon organisation may follow. A head
after a demonstrative (این حزب) is an anaphor. A head that is also a common
noun (خانه, مرکز, مجلس …) forms an organisation only with a place, a lexicon
organisation or a portfolio of several words (کمیسیون برنامه و بودجه).
Lexicon names that are also ordinary words (فارس, مهر) are organisations only
after «خبرگزاری» or «به گزارش / به نقل از»; a place after «خبری» is part of a
media name (باشگاه خبری فارس).
"""

from __future__ import annotations

from persianews.entities import lexicons, words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.matcher import TokenView
from persianews.entities.places import PlaceIndex

MAX_NAME_WORDS = 6
_AND = "\ue000و\ue001"
_CONNECTORS = frozenset({_AND, "،"})
_PLURAL_SUFFIXES = frozenset({"ها", "های"})
_MEDIA_WORDS = frozenset({"خبری", "خبرگزاری", "رسانه", "رسانهای"})
_AGENCY_CONTEXT = ("بهگزارش", "بهنقلاز", "خبرگزاری", "گزارش", "نقلاز")


def organizations(view: TokenView, places: PlaceIndex) -> list[Candidate]:
    """Lexicon and pattern organisations; nested ones with a head of their own (حزب … inside شورای حزب …)
    are kept."""
    found: list[Candidate] = []
    for index, kinds in enumerate(view.kinds_at):
        if "org" not in kinds and "org_head" not in kinds:
            continue
        candidate = _lexicon_org(view, index, places) or _pattern_org(view, index, places)
        if candidate is None or any(c.start < candidate.start < c.end < candidate.end for c in found):
            continue  # crossing an organisation found before (نیروی انتظامی | انتظامی تهران)
        if candidate.rule == "org-lexicon" and any(c.contains(candidate) and c.rule == "org-lexicon" for c in found):
            continue
        found.append(candidate)
    return [c for c in found if not any(_in_name(c, o) and _restates(view, c, o) for o in found)]


def _restates(view: TokenView, inner: Candidate, outer: Candidate) -> bool:
    """Whether ``inner`` names ``outer`` again: a headless name (راه و شهرسازی in اداره کل راه و شهرسازی …)
    or the whole name after a type word (جهاد کشاورزی … in سازمان جهاد کشاورزی …)."""
    if not view.find(inner.start, "org_head"):
        return True
    name = outer.part("name")
    return name.start == inner.start and inner.end == outer.end and view.key(outer.start) in lexicons.context("type_head")


def _in_name(inner: Candidate, outer: Candidate) -> bool:
    """A headless name inside another organisation's name (راه و شهرسازی in اداره کل راه و شهرسازی …)."""
    name = outer.part("name")
    return outer is not inner and name is not None and name.start <= inner.start and inner.end <= outer.end


def _lexicon_org(view: TokenView, index: int, places: PlaceIndex) -> Candidate | None:
    match = view.find(index, "org")
    if match is None:
        return None
    rows = match.of("org")
    if all(row.ambiguous for row in rows) and not _agency_context(view, index):
        return None
    end = match.end
    location = _location_suffix(view, end, places)
    parts = (Part("name", index, end),)
    if location is not None:
        parts += (location,)
        end = location.end
    return Candidate("ORG", index, end, "org-lexicon", canonical=rows[0].canonical, parts=parts)


def _agency_context(view: TokenView, index: int) -> bool:
    before = "".join(words.plain(k) for k in view.keys[max(0, index - 2):index])
    return before.endswith(_AGENCY_CONTEXT)


def _pattern_org(view: TokenView, index: int, places: PlaceIndex) -> Candidate | None:
    match = view.find(index, "org_head")
    if match is None or words.plain(view.key(match.end)) in _PLURAL_SUFFIXES \
            or index and view.key(index - 1) in lexicons.context("anaphor"):
        return None
    head = match.of("org_head")[0]
    if head.takes in ("place", "place_or_name"):
        location = _location_suffix(view, match.end, places)
        if location is not None:
            return Candidate("ORG", index, location.end, "org-head-place", parts=(location,))
        if head.takes == "place":
            return None
    end = name_run(view, match.end, places)
    if end == match.end:
        return None
    location = _trailing_location(match.end, end, places)
    if location is not None and view.key(location.start - 1) in _MEDIA_WORDS:
        location = None  # باشگاه خبری فارس: an agency's name, not a place
    name_end = location.start if location else end
    if name_end == match.end:
        return None
    if head.weak and location is None and not _has_lexicon_part(view, match.end, name_end):
        return None
    parts = (Part("name", match.end, name_end),) + ((location,) if location else ())
    return Candidate("ORG", index, end, f"org-head-{head.kind}", parts=parts)


def name_run(view: TokenView, start: int, places: PlaceIndex) -> int:
    """The end of the run of name words from token ``start`` (``start`` itself when there is none).

    After a lexicon organisation, or a portfolio list right after the head, only a place or a lexicon
    organisation may follow (کمیسیون امنیت ملی مجلس شورای اسلامی | حضور; دفتر سیاسی | مبتنی). An office
    with its place closes the run (دفتر امور شهری استانداری قزوین); «و» joins only name words that such
    an office or a place closes (امور شهری و شوراهای استانداری قزوین).
    """
    index, count, closed = start, 0, False
    while index < len(view) and count < MAX_NAME_WORDS and view.adjacent(index - 1, index):
        org = view.find(index, "org")
        place = places.at(index)
        portfolio = None if closed else view.find(index, "portfolio")
        if org is not None or portfolio is not None:
            closed = org is not None or index == start
            index, count = max(m.end for m in (org, portfolio) if m is not None), count + 1
            while view.key(index) in _CONNECTORS and view.find(index + 1, "portfolio"):
                index = view.find(index + 1, "portfolio").end
            continue
        if place is not None:
            index, count = place.end, count + 1
            continue
        office = _office(view, index, places)
        if office is not None:  # دفتر امور شهری | استانداری قزوین
            return office
        joined = _joined_run(view, index + 1, places) if view.key(index) == _AND else None
        if joined is not None:  # امور شهری و شوراهای | استانداری قزوین
            return joined
        if closed or not name_word(view, index):
            break
        index, count = index + 1, count + 1
    return index


def _office(view: TokenView, index: int, places: PlaceIndex) -> int | None:
    """The end of a place-taking head with its place at token ``index`` (استانداری قزوین), or None."""
    head = view.find(index, "org_head")
    if head is None or head.of("org_head")[0].takes != "place":
        return None
    place = places.at(head.end)
    return place.end if place is not None else None


def _joined_run(view: TokenView, index: int, places: PlaceIndex) -> int | None:
    """After «و»: name words closed by a place or an office continue the name; otherwise None."""
    for _ in range(MAX_NAME_WORDS):
        place = places.at(index)
        if place is not None and place.start > index:
            return place.end
        office = _office(view, index, places)
        if office is not None:
            return office
        if not name_word(view, index) or not view.adjacent(index - 1, index):
            return None
        index += 1
    return None


def name_word(view: TokenView, index: int) -> bool:
    """Whether token ``index`` can be a word of a name (see the module docstring)."""
    key = view.key(index)
    if not view.is_word(index) or words.is_function_word(key) or words.is_verb(key):
        return False
    if any(view.find(index, kind) for kind in ("head", "cue", "plural", "honorific")):
        return False
    if any(not g.common_word for m in view.matches[index] for g in m.of("given")):
        return False
    following = index + 1
    return not (view.is_word(following) and view.adjacent(index, following)
                and words.verb_after_noun(view.key(following)))


def _location_suffix(view: TokenView, index: int, places: PlaceIndex) -> Part | None:
    """``(استان|شهرستان|…)? place`` starting at token ``index`` (an ambiguous place needs the prefix)."""
    place = places.at(index)
    if place is None or not view.adjacent(index - 1, index) or place.start == index and place.ambiguous:
        return None
    if place.ambiguous and view.adjacent(place.end - 1, place.end) and words.verb_after_noun(view.key(place.end)):
        return None  # … استان | خبر داد: the word is the noun of a compound verb
    return Part("location", index, place.end)


def _trailing_location(start: int, end: int, places: PlaceIndex) -> Part | None:
    """The place (with its prefix word) that closes the name run ``[start, end)``."""
    closing = places.closing(start - 1, end)
    return Part("location", *closing) if closing else None


def _has_lexicon_part(view: TokenView, start: int, end: int) -> bool:
    """A lexicon organisation, or a portfolio of several words (برنامه و بودجه, not اشتغال alone)."""
    for index in range(start, end):
        portfolio = view.find(index, "portfolio")
        if view.find(index, "org") or portfolio is not None and portfolio.end - portfolio.start > 1:
            return True
    return False

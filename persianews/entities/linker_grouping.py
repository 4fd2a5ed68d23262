"""The linker's referents: a person's name mentions grouped by surname, title mentions by role and anchors
(:mod:`persianews.entities.linker` pairs them)."""

from __future__ import annotations

import bisect
import itertools
import operator

from persianews.entities.enclosed_titles import ENCLOSED_RULE, OPEN_RULE
from persianews.entities.keys import fold
from persianews.entities.linker_referents import Referent, surname_key
from persianews.entities.linker_titles import anchors_related, is_former, prefix_related, role_key, title_parts
from persianews.entities.second_surnames import GROWN_SUFFIXES, SUBJECT_SUFFIX
from persianews.entities.words import is_detached_suffix, is_given_name
from persianews.records import Entity

_MAX_REFERENTS_TRIED = 64
"""Title referents of one role a new title is compared with (the latest): a bound on the work per title."""


def person_referents(entities: tuple[Entity, ...], people: list[int]) -> list[Referent]:
    """One referent per distinct full name; a surname joins the nearest full name with that surname
    before it (else after it), or the name it is written as one word (قلعه‌نویی of «قلعه نویی»), else the
    other mentions of the same surname. Names and surnames are compared without the Arabic article that opens a
    word («بشار الجعفری», «بشار جعفری» and «جعفری» are one person: :func:`without_article`)."""
    refs: list[Referent] = []
    by_name: dict[str, Referent] = {}
    owners: dict[str, list[tuple[int, Referent]]] = {}
    alone: list[int] = []
    for i in people:
        text = entities[i].text
        if surname_key(text) == fold(text).replace(" ", ""):
            alone.append(i)
            continue
        key, surname = "".join(map(without_article, text.split())), without_article(surname_key(text))
        if key not in by_name:
            by_name[key] = Referent("PERSON")
            refs.append(by_name[key])
        by_name[key].members.append(i)
        owners.setdefault(surname, []).append((i, by_name[key]))
    first_parts = _first_surname_parts(entities, owners)
    for i in alone:
        surname = without_article(surname_key(entities[i].text))
        found = owners.get(surname) or first_parts.get(surname)
        if not found and surname in by_name:  # قلعه‌نویی … قلعه نویی: one name, with and without the space
            found = [(i, by_name[surname])]
        if found:
            before = bisect.bisect_left(found, i, key=lambda pair: pair[0])  # found is in text order
            ref = found[before - 1][1] if before else found[0][1]
        else:
            ref = Referent("PERSON")
            refs.append(ref)
            owners[surname] = [(i, ref)]
        ref.members.append(i)
    return refs


def without_article(word: str) -> str:
    """The key of a word of a name (:func:`fold`) without the Arabic article «ال» that opens it, which the news
    writes or drops at will (الجعفری، جعفری); a given name that opens so keeps it (الهام، الیاس), and so does a word
    of four letters or fewer (الله)."""
    key = fold(word)
    if key.startswith(_ARTICLE) and len(key) > _SHORTEST_WITH_ARTICLE and not is_given_name(key):
        return key[len(_ARTICLE):]
    return key


_ARTICLE = "ال"
_SHORTEST_WITH_ARTICLE = 4


def title_referents(entities: tuple[Entity, ...], titles: list[int]) -> list[Referent]:
    """Titles grouped into referents: each title joins the latest referent of its role whose titles
    are all compatible with it (the same role key; each part equal, a prefix of the other's or missing on
    one side: :func:`~persianews.entities.linker_titles.prefix_related`, and the anchors by
    :func:`~persianews.entities.linker_titles.anchors_related`); a past
    holder's title (نخست‌وزیر سابق …) and a present one's (نخست‌وزیر کنونی …, نخست‌وزیر …) are two referents.

    The parts of a referent's titles are pairwise prefixes of each other, so a title fits them all
    when it fits the longest of each part: one comparison per referent of the same role, and at
    most ``_MAX_REFERENTS_TRIED`` of them (the latest) are tried.
    """
    refs: list[Referent] = []
    by_role: dict[tuple[str, bool], list[tuple[Referent, list[str], list[tuple[str, ...]]]]] = {}
    anchors = _anchors(entities, titles)
    for i in titles:
        entity = entities[i]
        if entity.role is None:
            refs.append(Referent("TITLE", titles=[i]))
            continue
        parts = title_parts(entity)
        same_role = by_role.setdefault((role_key(entity), is_former(entity)), [])
        for ref, longest, places in itertools.islice(reversed(same_role), _MAX_REFERENTS_TRIED):
            if all(prefix_related(x, y) for x, y in zip(parts, longest)) \
                    and anchors_related(anchors[i], places[0]):
                ref.titles.append(i)
                longest[:] = [max(x, y, key=len) for x, y in zip(parts, longest)]
                places[0] = max(anchors[i], places[0], key=len)
                break
        else:
            ref = Referent("TITLE", titles=[i])
            refs.append(ref)
            same_role.append((ref, list(parts), [anchors[i]]))
    return refs


def _anchors(entities: tuple[Entity, ...], titles: list[int]) -> dict[int, tuple[str, ...]]:
    """Each title's places and organisations, outermost and in text order (سفیر آمریکا در سازمان ملل →
    آمریکا, سازمان ملل): two titles of one role whose anchors are not prefixes of each other are two
    referents (سفیر آمریکا در اوکراین), whichever part holds them. A place part with no place in it (a
    state named by its regime: رئیس رژیم صهیونیستی), or the complement no lexicon knows of a title enclosed in
    commas or open after a name (سخنگوی طرح تحول اقتصادی), is an anchor itself. Linear in the entities
    (sorted by start, outer first: a title's nested entities follow it)."""
    out: dict[int, tuple[str, ...]] = {}
    for i in titles:
        title = entities[i]
        span, found, reach = title.span, [], -1
        loose = title.organization if title.rule in (ENCLOSED_RULE, OPEN_RULE) else title.location
        unanchored = loose.span if loose is not None else None
        j = i + 1
        while j < len(entities) and entities[j].span.start < span.end:
            inner = entities[j]
            if inner.label in ("LOC", "ORG") and inner.span.end <= span.end and inner.span.start >= reach:
                if unanchored is not None and unanchored.start <= inner.span.start < unanchored.end:
                    unanchored = None  # the part names a place or a body: its entities are the anchors
                found.append((inner.span.start, fold(inner.text).replace(" ", "")))
                reach = inner.span.end
            j += 1
        if unanchored is not None and loose is not None:
            found.append((unanchored.start, fold(loose.text).replace(" ", "")))
        out[i] = tuple(key for _start, key in sorted(found))
    return out


def _first_surname_parts(entities: tuple[Entity, ...], owners: dict[str, list[tuple[int, Referent]]]
                         ) -> dict[str, list[tuple[int, Referent]]]:
    """The full names of three words or more by the first word of their double surname (مسجدی of «عباس
    مسجدی آرانی»: a later «مسجدی» alone is that person), in text order; not a given name (جواد of «محمد جواد
    ظریف»), nor a key some name ends with. So too by the double surname written as one word (قلعه‌نویی of «امیر
    قلعه نویی»), and by the first word of a name that :mod:`~persianews.entities.second_surnames` grew on the
    document's evidence and that opens with no given name (محمدی of «محمدی ری شهری»: the surname is all three), and by
    the first word after the given names of a name grown before a participial opener (کاظمی of «حمید کاظمی ده چشمه»)."""
    found: dict[str, list[tuple[int, Referent]]] = {}
    for members in owners.values():
        for i, ref in members:
            parts = entities[i].text.split()
            if len(parts) < 3 or is_detached_suffix(fold(parts[-1])):
                continue
            key = fold(parts[-2])
            if key not in owners and not is_given_name(key):
                found.setdefault(key, []).append((i, ref))
            first = fold(parts[0])
            if entities[i].rule.endswith(GROWN_SUFFIXES) and first not in owners and not is_given_name(first):
                found.setdefault(first, []).append((i, ref))
            if entities[i].rule.endswith(SUBJECT_SUFFIX):
                surname = next((k for k in map(fold, parts) if not is_given_name(k)), key)
                if surname != key and surname not in owners:
                    found.setdefault(surname, []).append((i, ref))
            joined = key + fold(parts[-1])
            if joined not in owners:
                found.setdefault(joined, []).append((i, ref))
    for members in found.values():
        members.sort(key=operator.itemgetter(0))
    return found

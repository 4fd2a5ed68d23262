"""How the linker compares titles: their parts, their roles, nesting and which of a person's titles to keep.

Each helper is linear in its input but :func:`nested_indexes` and :func:`distinct_titles` (O(n log n): a sort).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from persianews.entities import lexicons
from persianews.entities.keys import fold
from persianews.records import Entity

_FORMER = "former"
"""The value of a title modifier that makes the title a past holder's (سابق, پیشین)."""


def title_parts(entity: Entity) -> tuple[str, str, str]:
    """The folded portfolio, organisation and place of title ``entity`` ('' for a missing part); the place
    less a prefix word that opens it (بازرس کل استان گیلان … بازرس کل گیلان: one place, one referent)."""
    portfolio, organization = (fold(p.text).replace(" ", "") if p is not None else ""
                               for p in (entity.portfolio, entity.organization))
    return portfolio, organization, _place_key(entity.location.text) if entity.location is not None else ""


def _place_key(text: str) -> str:
    """The folded place ``text`` without spaces, less a prefix word (استان, شهرستان …) before further words."""
    words = fold(text).split()
    if len(words) > 1 and words[0] in lexicons.context("place_prefix"):
        words = words[1:]
    return "".join(words)


def is_former(entity: Entity) -> bool:
    """Whether title ``entity`` names a past holder: a modifier such as «سابق», «پیشین» or «وقت» in it."""
    modifiers = lexicons.context("title_modifier")
    return any(modifiers.get(fold(word)) == _FORMER for word in entity.text.split())


def is_description(entity: Entity) -> bool:
    """Whether title ``entity`` is a profession or a description (کارشناس مسائل اقتصادی, تحلیلگر …, خبرنگار
    ایسنا): no office, so no official's title (its holder is still linked to it)."""
    return entity.canonical in lexicons.description_heads()


def role_key(entity: Entity) -> str:
    """The folded role of title ``entity`` ('' without one)."""
    return fold(entity.role.text).replace(" ", "") if entity.role is not None else ""


def prefix_related(x: str, y: str) -> bool:
    """Two parts that may name the same thing: equal, one a prefix of the other, or one missing."""
    return not x or not y or x.startswith(y) or y.startswith(x)


def anchors_related(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Two anchor lists that may belong to one referent: one missing, or one a prefix of the other."""
    shorter = min(len(x), len(y))
    return x[:shorter] == y[:shorter]


def nested_indexes(indexes: list[int], entities: tuple[Entity, ...]) -> set[int]:
    """The indexes whose span lies inside the span of another of ``indexes`` (a sweep by start)."""
    order = sorted(indexes, key=lambda i: (entities[i].span.start, -entities[i].span.end))
    counts: dict[tuple[int, int], int] = {}
    for i in indexes:
        span = entities[i].span
        counts[span.start, span.end] = counts.get((span.start, span.end), 0) + 1
    nested, reach = set(), -1
    for i in order:
        span = entities[i].span
        # An earlier one in this order starts no later and, at the same start, ends no sooner.
        if reach >= span.end or counts[span.start, span.end] > 1:
            nested.add(i)
        reach = max(reach, span.end)
    return nested


def distinct_titles(titles: Iterable[Entity], besides: Iterable[Entity] = ()) -> list[Entity]:
    """Titles less bare roles beside fuller ones and texts that prefix a fuller one, one per text. A bare role of
    ``titles`` (held directly) is dropped beside another of ``titles`` only, never for one of ``besides`` (held
    besides it: علی ربیعی، سخنگوی دولت و سخنگوی ستاد …: «سخنگوی دولت» stays).

    A key prefixes another one exactly when it prefixes the next distinct key in sorted order, so the
    prefixes are found in O(t log t)."""
    direct = list(titles)
    every = direct + list(besides)
    keys = {id(t): fold(t.text).replace(" ", "") for t in every}
    distinct = sorted(set(keys.values()))
    direct_keys = len({keys[id(t)] for t in direct})
    prefixes = {key for key, following in itertools.pairwise(distinct) if following.startswith(key)}
    out, seen = [], set()
    for position, title in enumerate(every):
        key = keys[id(title)]
        bare = title.portfolio is None and title.organization is None and title.location is None
        if key in seen or key in prefixes:
            continue
        if bare and (direct_keys if position < len(direct) else len(distinct)) > 1:
            continue
        seen.add(key)
        out.append(title)
    return out

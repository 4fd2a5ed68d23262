"""Place mentions and their disambiguation against the gazetteer.

A surface may name several places (البرز: a province, and a county of
Qazvin). The word before it may say which kind (استان → province, فرماندار →
county); otherwise the document's home province decides: the channel
(``ostan_qz_ir`` → Qazvin), the dateline, and the provinces of the document's
unambiguous places vote. Surfaces that are also ordinary words (flagged
``ambiguous`` in ``places.tsv``) are places only with such a word before them,
inside a title or an organisation, or as the dateline.
"""

from __future__ import annotations

import functools
from collections import Counter
from operator import attrgetter
from typing import Mapping, Any

import attrs

from persianews.entities import lexicons
from persianews.entities.keys import fold, phrase_key
from persianews.entities.lexicons import PlaceRow
from persianews.entities.matcher import TokenView
from persianews.records import Place

_AMBIGUOUS = attrgetter("ambiguous")
KIND_ORDER = ("country", "province", "county", "city", "sector", "world_city", "region")
_STRONG_VOTE = 3


@attrs.frozen
class PlaceMention:
    """A gazetteer surface over tokens ``[start, end)``; ``hint`` is the kind the word before asks for,
    ``prefix_start`` the first token of a prefix word that is part of the name (استان قزوین)."""

    start: int
    end: int
    rows: tuple[PlaceRow, ...]
    hint: str | None = None
    prefix_start: int | None = None
    #: Whether every gazetteer row of the mention is also an ordinary word (worked out when the mention is
    #: made: the rules ask it of every mention, some many times; a cached property cost twice as much).
    ambiguous: bool = attrs.field(init=False, eq=False, repr=False)

    @ambiguous.default
    def _every_row_ambiguous(self) -> bool:
        return all(map(_AMBIGUOUS, self.rows))


def place_mentions(view: TokenView) -> list[PlaceMention]:
    """Longest gazetteer matches, left to right, without overlaps."""
    found = []
    following = 0  # the first token after the last place found
    for index in view.having("place"):
        match = view.find(index, "place") if index >= following else None
        if match is None:
            continue
        hint, prefix_start = _hint_before(view, index)
        found.append(PlaceMention(index, match.end, tuple(match.of("place")), hint, prefix_start))
        following = match.end
    return _confirmed_by_country(found)


def _confirmed_by_country(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A foreign city whose name is also a word (کابل «cable», رم) is a place in a document that names its
    country (… پایتخت افغانستان … در کابل)."""
    countries = {row.canonical for m in mentions if not m.ambiguous for row in m.rows if row.kind == lexicons.COUNTRY}
    if not countries:
        return mentions
    out = []
    for mention in mentions:
        if mention.ambiguous and any(row.kind == "world_city" and row.province in countries for row in mention.rows):
            rows = tuple(row._replace(ambiguous=False) if row.kind == "world_city" and row.province in countries
                         else row for row in mention.rows)
            mention = attrs.evolve(mention, rows=rows)
        out.append(mention)
    return out


def _hint_before(view: TokenView, index: int) -> tuple[str | None, int | None]:
    """The kind asked for by the word ending right before token ``index`` (skipping ویژه …), and the
    start of that word when it is a prefix of the place's name (استان, شهرستان), not a role (فرماندار)."""
    keys, modifiers = view.keys, lexicons.context("title_modifier")
    end = index
    while end > 0 and keys[end - 1] in modifiers:
        end -= 1
    if end == 0 or keys[end - 1] not in _hint_endings():
        return None, None  # no prefix or role word ends with the token before
    prefixes, roles = lexicons.context("place_prefix"), lexicons.context("place_hint")
    for start in range(max(0, end - 4), end):
        if not view.adjacent(start, index):
            continue
        key = "".join(keys[start:end])
        if key in prefixes:
            return prefixes[key], start if end == index else None
        if key in roles:
            return roles[key], None
    return None, None


@functools.cache
def _hint_endings() -> frozenset[str]:
    """Every ending of the keys of the prefix and role words before a place, and "" (an empty token key)."""
    keys = [*lexicons.context("place_prefix"), *lexicons.context("place_hint")]
    return frozenset(key[start:] for key in keys for start in range(len(key) + 1))


class PlaceIndex:
    """A document's place mentions by first and last token."""

    def __init__(self, mentions: list[PlaceMention]):
        self.mentions = mentions
        self.by_start = {m.start: m for m in mentions}
        self.by_end = {m.end: m for m in mentions}

    def at(self, index: int) -> PlaceMention | None:
        """The place starting at token ``index``, or right after a prefix word there (شهرستان تاکستان)."""
        place = self.by_start.get(index)
        if place is not None:
            return place
        place = self.by_start.get(index + 1)
        return place if place is not None and place.prefix_start == index else None

    def closing(self, start: int, end: int) -> tuple[int, int] | None:
        """The place (with its prefix word) that ends a run of tokens ``[start, end)`` after its first token."""
        place = self.by_end.get(end)
        if place is None or place.start <= start:
            return None
        first = place.prefix_start if place.prefix_start is not None and place.prefix_start > start else place.start
        return first, end


def home_provinces(metadata: Mapping[str, Any], mentions: list[PlaceMention]) -> Counter:
    """Votes for the document's home province: channel, dateline and unambiguous places."""
    votes: Counter = Counter()
    for province in _channel_provinces(str(metadata.get("channel") or "").lower()):
        votes[province] += _STRONG_VOTE
    dateline = metadata.get("dateline_place")
    if dateline:
        province = _dateline_province(dateline)
        if province:
            votes[province] += _STRONG_VOTE
    for mention in mentions:
        provinces = {row.province for row in mention.rows if row.province}
        if len(provinces) == 1 and not mention.ambiguous:
            votes[provinces.pop()] += 1
    return votes


@functools.lru_cache(maxsize=4096)
def _channel_provinces(channel: str) -> tuple[str, ...]:
    """The provinces a lowercase ``channel`` name votes for, once per match of a row of ``channel_places.tsv``
    (worked out once per channel: a corpus has a few)."""
    parts = [p for p in channel.replace("-", "_").replace(".", "_").split("_") if p]
    return tuple(province for token, after, province in lexicons.channel_provinces()
                 for position, part in enumerate(parts)
                 if part == token and (not after or (position and parts[position - 1] == after)))


@functools.lru_cache(maxsize=4096)
def _dateline_province(dateline: str) -> str:
    """The province of the first gazetteer row of ``dateline`` that has one ("" for none; once per dateline)."""
    return next((row.province for row in _rows_for(dateline) if row.province), "")


def _rows_for(surface: str) -> list[PlaceRow]:
    key = phrase_key(surface)
    return [e.data for end, entries in lexicons.trie().walk(key, 0) if end == len(key)
            for e in entries if e.kind == "place"]


def choose(mention: PlaceMention, votes: Counter) -> PlaceRow:
    """The gazetteer row a mention most likely names."""
    if len(mention.rows) == 1:
        return mention.rows[0]  # nothing to rank

    def rank(row: PlaceRow) -> tuple:
        return (row.kind != mention.hint, not _compatible(row.kind, mention.hint),
                -votes.get(row.province or row.canonical, 0),
                KIND_ORDER.index(row.kind) if row.kind in KIND_ORDER else len(KIND_ORDER),
                row.ambiguous)
    return min(mention.rows, key=rank)


def _compatible(kind: str, hint: str | None) -> bool:
    """A county and its seat share names: a hint for one accepts the other."""
    return hint is not None and {kind, hint} <= {"county", "city"}


def is_dateline(mention: PlaceMention, view: TokenView, metadata: Mapping[str, Any]) -> bool:
    """Whether the mention is the place of the article's dateline (its metadata)."""
    dateline = metadata.get("dateline_place")
    if not dateline:
        return False
    text = view.text[view.offsets[mention.start]:view.ends[mention.end - 1]]
    return fold(text).replace(" ", "") == fold(str(dateline)).replace(" ", "")


def place_record(row: PlaceRow) -> Place:
    """The :class:`~persianews.records.Place` of a gazetteer row."""
    return Place(row.place_id, row.kind, row.province)

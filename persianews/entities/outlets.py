"""News outlets: the name of an agency, paper, channel or site, without the word that names its type.

An outlet is written after a type word (خبرگزاری, روزنامه, شبکه, پایگاه خبری,
رادیو, مجله …, ``outlet_word`` in ``entity_context.tsv``, whose value says whether
a plain unknown word may be its name), maybe with describing words (``outlet_describing``) between (شبکه تلویزیونی, مجله تخصصی, روزنامه آمریکایی), or
where a text cites its source (به گزارش X، · به نوشته X، · بنا به گزارش X:).
The outlet is an entity with its type word (خبرگزاری فارس, روزنامه «کیهان»)
and its name alone, as news cites it, is one nested in it (فارس, کیهان); the
name alone is none when it is a place (روزنامه ایران, خبرگزاری فرانسه), which
the lexicon lists whole.

The name is

* a phrase in guillemets or straight quotes after a type word or a citing
  phrase (روزنامه «کیهان», به گزارش «ورزش سه»);
* a run of Latin-script words (رادیو KTLA, شبکه تلویزیونی Veuer);
* one to three words that no dictionary lists (transliterated names: به نوشته
  دیلی‌میل، · نشریه الوطن قطر), closed by punctuation, the end of a line, a
  place, a preposition or a verb.

Outlets in the lexicon (organizations.tsv, kinds agency and media) are found
by :mod:`persianews.entities.organizations`; :func:`bare_name` strips their
type word. Linear in the number of tokens (each look-ahead is bounded).
"""

from __future__ import annotations

from itertools import compress

from persianews.entities import lexicons, words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.keys import AND, FROM, IN, OBJECT, THAT, TO, WITH
from persianews.entities.matcher import TokenView
from persianews.entities.places import PlaceIndex
from persianews.resources import OUTLET_KINDS
from persianews.text.bounded_cache import Memo

#: The lexicon kinds of the names a type word may stand before and that are entities alone too (شبکه فاکس‌نیوز,
#: باشگاه پرسپولیس: the outlet, the club).
NAMED_KINDS = OUTLET_KINDS | {"club"}
#: Citing phrases before an outlet's name (keys without separate-word markers, joined).
_CITING = ("بهگزارش", "بهنوشته", "بنابهگزارش", "بنابرگزارش")
_CITING_LAST_LETTERS = tuple({phrase[-1] for phrase in _CITING})
_OPEN_QUOTES = {"«": "»", '"': '"', "“": "”"}
_MAX_QUOTED = 5
_MAX_PLAIN = 3
_MAX_DESCRIBING = 2
_CLOSERS = frozenset({"،", ",", ":", "؛", ".", "(", ")", "«", "»", "-", "/", "!", "؟"})
#: Keys of the words that close a name after it (a preposition, «که», «نیز», a time word).
_CLOSING_KEYS = frozenset({FROM, IN, TO, THAT, "نیز", "هم", AND, WITH, OBJECT, "روز", "امروز", "طی"})


def bare_name(view: TokenView, candidate: Candidate, places: PlaceIndex) -> list[Candidate]:
    """An outlet written with its type word (خبرگزاری فارس, خبرگزاری اینترفکس روسیه) and its name alone
    (فارس, اینترفکس) nested in it; the candidate alone when it is no outlet (a media head or lexicon row),
    or its name is a place that the lexicon lists as no outlet (روزنامه ایران), another organisation
    (خبرگزاری دولت, پایگاه اطلاع‌رسانی سازمان بهزیستی) or a word in its ezafe form before a place (سبای یمن)."""
    if candidate.label != "ORG" or candidate.end - candidate.start < 2 \
            or view.key(candidate.start) not in lexicons.context("outlet_word") or not _outlet_rule(view, candidate):
        return [candidate]
    start = _skip_describing(view, candidate.start + 1)
    name = candidate.part("name")
    quoted = view.key(start) in _OPEN_QUOTES
    if start == candidate.start + 1 and lexicons.context("outlet_word")[view.key(candidate.start)] == "described" \
            and not quoted and not listed_with(view, start, candidate.end, OUTLET_KINDS):
        return [candidate]  # پایگاه یکم …: a base, not a news site; but شبکه فاکس‌نیوز: a listed outlet
    if name is not None:
        start = max(start, name.start)
    end = name.end if name is not None else candidate.end
    listed = view.find(start, "org")
    if start >= end or _is_place(places, start, end) and (listed is None or listed.end != end) \
            or view.find(start, "org_head") is not None \
            or listed is not None and not any(row.kind in OUTLET_KINDS for row in listed.of("org")) \
            or end < candidate.end and view.key(end - 1).endswith("ی") and not listed:
        return [candidate]
    return [candidate, Candidate("ORG", start, end, "org-outlet-name", canonical=candidate.canonical,
                                 parts=(Part("name", start, end),))]


def listed_with(view: TokenView, start: int, end: int, kinds: frozenset[str]) -> bool:
    """Whether tokens ``[start, end)`` are an organisation the lexicon lists with one of ``kinds`` (an outlet:
    agency, media; a sports club: club)."""
    match = view.find(start, "org")
    return match is not None and match.end == end and any(row.kind in kinds for row in match.of("org"))


def _outlet_rule(view: TokenView, candidate: Candidate) -> bool:
    """A media head's pattern, or a lexicon row of a news agency or a medium."""
    if candidate.rule == "org-head-media":
        return True
    match = view.find(candidate.start, "org") if candidate.rule == "org-lexicon" else None
    return match is not None and any(row.kind in OUTLET_KINDS for row in match.of("org"))


def outlet_names(view: TokenView, places: PlaceIndex) -> list[Candidate]:
    """Outlets that the lexicon does not list, after a type word or a citing phrase (see the module)."""
    types = lexicons.context("outlet_word")
    found: list[Candidate] = []
    keys = view.keys
    # A name may start at a type word, or after a token where a citing phrase may end (one look-up per token,
    # tested once per word type); only the few tokens that are either are visited.
    roles = list(map(_OUTLET_ROLES.__getitem__, keys))
    starts = set()
    for index in compress(range(len(keys)), roles):
        if roles[index] & _TYPE_WORD:
            starts.add(index)
        if roles[index] & _CITING_END and index + 1 < len(keys):
            starts.add(index + 1)
    triggers = sorted(starts)
    index = 0
    for trigger in triggers:
        if trigger < index:
            continue
        index = trigger
        key = keys[index]
        if key in types:
            start = _skip_describing(view, index + 1)
            plain_ok = types[key] == "plain" or start > index + 1
        elif _cited(view, index):
            start, plain_ok = index, True
        else:
            continue
        candidate = _name_at(view, places, start, plain_ok) if view.adjacent(start - 1, start) or start == index \
            else None
        if candidate is None:
            continue
        if start > index:  # the outlet with its type word, and its name nested in it
            end = candidate.end + (view.key(candidate.end) in _OPEN_QUOTES.values())
            found.append(Candidate("ORG", index, end, "org-outlet", parts=(Part("name", index, end),)))
        found.append(candidate)
        index = candidate.end
    return found


def _may_end_citing(plain: str) -> bool:
    """Whether a citing phrase may end with a token whose key without markers is ``plain``: the token ends
    with one or is the end of one (an empty key: the tokens before it tell)."""
    return not plain or plain.endswith(_CITING_LAST_LETTERS) \
        and any(plain.endswith(phrase) or phrase.endswith(plain) for phrase in _CITING)


_TYPE_WORD = 1
_CITING_END = 2


def _outlet_role(key: str) -> int:
    """For a token key: ``_TYPE_WORD`` if it is an outlet's type word (``outlet_word``), plus ``_CITING_END``
    if a citing phrase may end with it (:func:`_may_end_citing` of the key without markers)."""
    return (_TYPE_WORD if key in lexicons.context("outlet_word") else 0) \
        | (_CITING_END if _may_end_citing(words.plain(key)) else 0)


_OUTLET_ROLES = Memo(_outlet_role)


def _cited(view: TokenView, index: int) -> bool:
    """Whether a citing phrase (به گزارش, به نوشته …) ends right before token ``index`` (the tokens before
    are joined only after :func:`_may_end_citing` of the previous one)."""
    if not _OUTLET_ROLES[view.key(index - 1)] & _CITING_END:
        return False
    before = "".join(words.plain(view.key(i)) for i in range(max(0, index - 3), index))
    return before.endswith(_CITING) and view.adjacent(index - 1, index)


def _skip_describing(view: TokenView, index: int) -> int:
    """After the describing words (``outlet_describing``, place adjectives) that start at ``index``."""
    start, describing = index, lexicons.context("outlet_describing")
    while index - start < _MAX_DESCRIBING and view.adjacent(index - 1, index) \
            and (view.key(index) in describing or words.is_place_adjective(view.key(index))):
        index += 1
    return index


def _name_at(view: TokenView, places: PlaceIndex, start: int, plain_ok: bool) -> Candidate | None:
    if view.find(start, "org") is not None:
        return None  # the lexicon's (organizations)
    key = view.key(start)
    quoted = quoted_name(view, start)
    if quoted is not None or key in _OPEN_QUOTES:
        return quoted
    end = start
    while end < len(view) and view.is_word(end) and view.adjacent(end - 1, end) and _latin(view.word(end)):
        end += 1
    if end > start:
        return Candidate("ORG", start, end, "org-outlet-name", parts=(Part("name", start, end),))
    if not plain_ok:
        return None
    while end - start < _MAX_PLAIN and view.is_word(end) and view.adjacent(end - 1, end) and _unknown_word(view, end) \
            and places.at(end) is None:
        end += 1
    if end == start or not _closed(view, places, end):
        return None
    return Candidate("ORG", start, end, "org-outlet-name")


def quoted_name(view: TokenView, start: int) -> Candidate | None:
    """The words between an opening guillemet or quote at token ``start`` and its closer (at most
    ``_MAX_QUOTED`` words or numbers on one line), as an ``org-outlet-name`` candidate; None otherwise."""
    closer = _OPEN_QUOTES.get(view.key(start))
    if closer is None or not view.adjacent(start - 1, start):
        return None
    end = start + 1
    while end < len(view) and end - start <= _MAX_QUOTED and view.adjacent(end - 1, end) and view.key(end) != closer:
        if not view.is_word(end) and view.kinds_of[end] != "number":
            return None
        end += 1
    if end == start + 1 or view.key(end) != closer or end - start > _MAX_QUOTED:
        return None
    return Candidate("ORG", start + 1, end, "org-outlet-name", parts=(Part("name", start + 1, end),))


def set_off(view: TokenView, start: int, end: int) -> bool:
    """Whether the outlet over tokens ``[start, end)`` shows its name set off: an opening quote just before
    or inside it (روزنامه «گلشن», «کیهان»), or a word in Latin script (شبکه تلویزیونی ABC)."""
    return any(view.key(i) in _OPEN_QUOTES for i in range(start - 1, end)) \
        or any(_latin(view.word(i)) for i in range(start, end))


def _latin(word: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in word) and all(c.isascii() for c in word)


def _unknown_word(view: TokenView, index: int) -> bool:
    """A word no dictionary, name or role list knows: a transliterated name (دیلی‌میل, الوطن)."""
    key = view.key(index)
    if words.in_dictionary(key) or words.is_stop(key) or words.is_adjective(key) or view.kinds_at[index] \
            or words.is_compound(key):
        return False
    return not _latin(view.word(index))


def _closed(view: TokenView, places: PlaceIndex, end: int) -> bool:
    """Whether the name ends at token ``end``: punctuation, a line end, a place, a closing word or a verb."""
    if end >= len(view) or not view.adjacent(end - 1, end):
        return True
    key = view.key(end)
    return key in _CLOSERS or key in _CLOSING_KEYS or places.at(end) is not None \
        or words.is_verb(key) or words.is_speech_verb(key)


def _is_place(places: PlaceIndex, start: int, end: int) -> bool:
    place = places.at(start)
    return place is not None and place.start == start and place.end == end

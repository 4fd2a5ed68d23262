"""How two title phrases compare: whether they name one role (:func:`role_match`), and whether they name other
places or other known bodies (:func:`other_places`, :func:`other_bodies`), for linking titles to their holders
(:mod:`persianews.quotes.title_links`)."""

from __future__ import annotations

import functools

import regex

from persianews.quotes.context import View
from persianews.quotes.cues import fold_form, lexicon
from persianews.resources import data_rows
from persianews.text.bounded_cache import byte_bounded_cache

# Words that do not tell one role from another: the organisation's kind, the country, a hedge.
_ROLE_FILLERS = frozenset(fold_form(w) for w in """
و کل اداره اداره‌کل سازمان شرکت استان استانی شهرستان کشور کشورمان ملی ایران جمهوری اسلامی امور
مردم محترم وقت فعلی سابق اسبق پیشین جدید در
""".split())


_TITLE_MARKS = regex.compile(r"[()«»\"]")


@byte_bounded_cache(1024 * 1024)
def title_words(text: str) -> tuple[str, ...]:
    """The folded words of a title phrase (cached by the text: a document's titles are compared pair by pair,
    and the same titles recur from document to document)."""
    raw = _TITLE_MARKS.sub(" ", text).replace("،", " ").split()
    words = tuple(fold_form(w) for w in raw)
    heads = lexicon().heads
    for ending in _HEAD_ENDINGS:
        if words and words[0].endswith(ending) and words[0][:-len(ending)] in heads:
            return (words[0][:-len(ending)], ending) + words[1:]  # «مدیرکل …» is «مدیر کل …»
    if len(words) > 1 and _has_ezafe(raw[0]) and words[0][:-len(_EZAFE)] in heads:
        return (words[0][:-len(_EZAFE)],) + words[1:]  # «سخنگوی سپاه» is «سخنگو و مسئول … سپاه»'s head
    return words


_HEAD_ENDINGS = tuple(fold_form(w) for w in ("کل", "عامل"))
"""The second words of heads written joined or apart (مدیرکل، رئیس‌کل، مدیرعامل)."""
_EZAFE = fold_form("ی")
"""The ezafe written on a head (سخنگوی، نماینده‌ی، عضوی): the same head as the bare word (a title of one word
ending so is a surname, «رئیسی»)."""


def _has_ezafe(word: str) -> bool:
    """Whether a word as written (before folding) ends in the ezafe «ی»: after «و» or «ا» (سخنگوی، شورای), after
    «ه» only past a zero-width non-joiner (نماینده‌ی; «فرماندهی» is the command, an office), after a consonant
    never (دادستانی، استانداری، شهرداری: the office, an organisation that may speak, not its holder) but in
    «رئیس‌جمهوری», the title's older written form (the office is «ریاست‌جمهوری»)."""
    return len(word) > 2 and word.endswith("ی") and (
        word[-2] in "وا" or word[-2] == "\u200c" and word[-3] == "ه" or fold_form(word).endswith(_REPUBLIC))


_REPUBLIC = fold_form("جمهوری")


def role_match(a: str, b: str) -> int:
    """How closely two title phrases name one role: 2 when they have the same head word (the first)
    and the distinguishing words of one (portfolio, organisation, place) are among those of the other
    (``داور بین‌المللی بسکتبال`` = ``داور بسکتبال کشورمان``; a bare head and its full title), 1 when
    most of those words are shared, 0 when the roles differ (``رئیس سازمان آموزش و پرورش`` ≠
    ``رئیس سازمان جهاد کشاورزی``)."""
    wa, wb = title_words(a), title_words(b)
    if not wa or not wb or wa[0] != wb[0]:
        return 0
    ca = {w for w in wa[1:] if w not in _ROLE_FILLERS}
    cb = {w for w in wb[1:] if w not in _ROLE_FILLERS}
    if ca <= cb or cb <= ca:
        return 2
    return 1 if len(ca & cb) / min(len(ca), len(cb)) >= 0.6 else 0


def same_role(a: str, b: str) -> bool:
    """Whether two title phrases name one role (see :func:`role_match`)."""
    return role_match(a, b) > 0


def other_places(places: set[str], title: str, other: str) -> bool:
    """Whether two titles each name a place of ``places`` (the document's, folded) and share none: two
    countries' ministers («وزیر خارجه آلمان», «وزیر امور خارجه اتریش»)."""
    named = [{word for word in title_words(text) if word in places} for text in (title, other)]
    return bool(named[0]) and bool(named[1]) and not named[0] & named[1]


def _phrase_key(text: str) -> str:
    return " ".join(fold_form(word) for word in text.replace("\u200c", " ").split())


@functools.cache
def _known_bodies() -> dict[str, str]:
    """The canonical name of each spelling of a named organisation (organizations.tsv: «دستگاه قضا» is
    «قوه قضاییه») and of a multi-word office (title_heads.tsv: «وزیر نفت», «سخنگوی دولت»)."""
    rows = [(row[0], row[1]) for row in data_rows("organizations.tsv")]
    rows += [(row[0], row[1]) for row in data_rows("title_heads.tsv") if " " in row[0]]
    return {_phrase_key(surface): canonical for surface, canonical in rows}


@functools.cache
def _role_heads() -> frozenset[str]:
    """The one-word role heads of title_heads.tsv (وزیر, سخنگو): no body's name."""
    return frozenset(fold_form(row[0]) for row in data_rows("title_heads.tsv") if " " not in row[0])


_BODY_KINDS = frozenset(fold_form(w) for w in ("وزارت", "وزارتخانه", "نهاد", "دستگاه"))


def _bodies(view: View, title: str) -> set[str]:
    """The words of the canonical names of the known bodies a title names in its TITLE entity (the longest
    known opening of its role, «سخنگوی دولت», of the role after its head, of its organisation and of its
    portfolio), less the role heads, the kinds of body and the words of no role: «خارجه» for «سخنگوی دستگاه
    دیپلماسی» and for «سخنگوی وزارت خارجه», «نفت» for «معاون وزیر نفت»."""
    known, found = _known_bodies(), set()
    for entity in view.doc.entities:
        if entity.label != "TITLE" or entity.text != title:
            continue
        role = entity.role.text if entity.role else ""
        for part in (role, " ".join(role.split()[1:]), *(m.text for m in (entity.organization, entity.portfolio) if m)):
            words = _phrase_key(part).split()
            found.update(next((_phrase_key(known[key]).split() for n in range(len(words), 0, -1)
                               if (key := " ".join(words[:n])) in known), []))
    return {word for word in found if word not in _ROLE_FILLERS and word not in _BODY_KINDS
            and word not in _role_heads()}


def other_bodies(view: View, title: str, other: str, seen: dict[str, set[str]]) -> bool:
    """Whether two titles of one head each name a known body and share no word of it: the deputies of two ministers
    («معاون وزیر نفت», «معاون وزیر نیرو»), two spokesmen («سخنگوی دولت», «سخنگوی قوه قضاییه»). A body in other
    words is the same («رئیس دستگاه قضا», «رئیس قوه قضاییه»); one the lexicon does not know tells nothing
    («سخنگوی دستگاه دیپلماسی»), nor does a person («معاون ترامپ»). ``seen`` keeps each title's bodies for the
    document."""
    bodies = [seen[text] if text in seen else seen.setdefault(text, _bodies(view, text)) for text in (title, other)]
    return bool(bodies[0]) and bool(bodies[1]) and not bodies[0] & bodies[1]

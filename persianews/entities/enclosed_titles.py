"""Titles enclosed in commas after a name: «نام، ROLE …، …».

A role word right after a person and a «،», and the words after it up to the next «،», are that person's
title, whatever the complement (an organisation or a field no lexicon knows: X، سخنگوی طرح تحول اقتصادی، …;
Y، تحلیلگر حوزه اقتصاد و خودرو، …); a title the grammar cut inside the commas is taken to the comma
(Z، رئیس مرکز توسعه دولت الکترونیکی، …). The words must read as a noun phrase: at most ``_MAX_WORDS`` of
them, no verb, no function word but «و» and «در» before an organisation or a place, no generic plural after
«و» (… و وزرای خارجه …), no frequent given name and no person (a list of names and roles: X، وزیر مالیه Y،
…), and no role right after the closing comma (the same list again); a title the grammar cut before «و»
and a second role is two titles, left as they are.

A role word right after a person («،» between or not) whose complement the grammar did not find (no title there, or
the bare role) takes the name words after it up to where the clause goes on (``title-open``: X، رئیس لالیگا | اعلام
کرد; X سخنگوی فرماندهی عملیات مشترک عراق | این …): at most ``_MAX_OPEN_WORDS`` words that may be a name's (no
function word, «و» included, but the preposition a noun of the name governs before a name word: مدیر ارتباط با
مشتریان …; no verb or noun of a compound verb, no frequent given name, no possessive ending),
words inside guillemets whatever they are (at most ``_MAX_QUOTED_WORDS``, not counted among the others), closed
where the clause goes on (a line end, a punctuation mark but «:», a preposition, «که», «را», a demonstrative, a time
word, a verb or a compound verb's noun) and by no name (جانشین موقت | X: whom the role serves); not after a
journalist's or an expert's role word (a description, no office), and overlapping no person or title.

Time: one look at the few tokens after each person, O(p · ``_MAX_WORDS``); an open title's scan stops as soon
as it passes ``_MAX_OPEN_WORDS`` name words or ``_MAX_QUOTED_WORDS`` words in guillemets.
"""

from __future__ import annotations

from persianews.entities import words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.intervals import IntervalIndex
from persianews.entities.keys import AND, IN, THIS, token_key
from persianews.entities.matcher import Match, TokenView
from persianews.entities.org_names import governs, name_word

ENCLOSED_RULE = "title-enclosed"
"""The rule of a title the commas around it close."""
OPEN_RULE = "title-open"
"""The rule of a title after a name whose complement no lexicon knows, closed where the clause goes on."""
_MAX_OPEN_WORDS = 4
"""Name words at most after the role word of a ``title-open`` title (guillemets and what they enclose aside)."""
_MAX_QUOTED_WORDS = 8
"""Words at most inside guillemets in a ``title-open`` title (رئیس «سازمان ملی استاندارد ایران»): a bound on the
words read after a role word when no «» closes them."""
#: Demonstratives that may open an open complement (رئیس | این ستاد: the body the text just named): keys.
_DEMONSTRATIVES = frozenset({THIS, "همین"})
#: Words after a title's open complement where the clause goes on: prepositions, «که», «را», demonstratives and
#: time words: keys.
_CLAUSE_KEYS = frozenset(token_key(word, "word") for word in words.PREPOSITIONS | frozenset(
    ["که", "را", "این", "آن", "همین", "نیز", "هم", "امروز", "دیروز", "روز", "شب", "صبح", "عصر", "اخیرا"]))
#: Words of an office that name no body alone (سرپرست | معاونت: the deputy office of what?).
_OFFICES = frozenset(["معاونت", "اداره", "دفتر", "بخش", "واحد", "حوزه"])
#: Possessive endings: a word with one is said of the name, not its title's (… معاون اول | جلسه‌اش را …).
_POSSESSIVES = ("\u200cاش", "\u200cشان")
#: Role kinds whose open complement is a description, no office (کارشناس معروف اقتصادی آلمان).
_DESCRIPTIONS = frozenset({"journalist", "expert"})
_COMMA = "،"
_QUOTES = frozenset({"«", "»"})
_MAX_WORDS = 8
"""Tokens from the role word to the closing comma: a title longer than this is no apposition."""


def enclosed_titles(view: TokenView, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the titles enclosed in commas after a person: new ones where no title starts at the
    role word, and titles the grammar cut inside the commas taken to the comma."""
    titles = {c.start: c for c in candidates if c.label == "TITLE"}
    bodies = frozenset(c.start for c in candidates if c.label in ("ORG", "LOC"))
    names = frozenset(c.start for c in candidates if c.label == "PERSON")
    others = IntervalIndex([c for c in candidates if c.label in ("PERSON", "TITLE")])
    replaced: dict[int, Candidate] = {}
    added = []
    for person in candidates:
        if person.label != "PERSON":
            continue
        role = _after_comma(view, person.end)
        head = view.find(role, "head") if role is not None else None
        close = _closing_comma(view, role, bodies) if role is not None else None
        if close is None:
            opened = _open_title(view, person.end, titles, bodies)
            current = titles.get(opened.start) if opened is not None else None
            if opened is not None and opened.start not in replaced and opened.end not in names \
                    and not any(c is not current for c in others.overlapping(opened.start, opened.end)):
                if current is None:
                    added.append(opened)
                else:
                    replaced[opened.start] = opened
            continue
        if role is None or head is None or role in replaced:
            continue
        current = titles.get(role)
        if current is not None and (current.end >= close or _second_role(view, current.end)):
            continue
        if any(c is not current for c in others.overlapping(role, close)) or current is None and _teaching(head):
            continue  # (a teacher's role with no academic body the grammar found: no title, استاد موسیقی)
        title = _title(head, role, close, current)
        if current is None:
            added.append(title)
        else:
            replaced[role] = title
    return [replaced.get(c.start, c) if c.label == "TITLE" else c for c in candidates] + added


def _past_quotes(view: TokenView, index: int) -> int:
    """The first token from ``index`` that is no guillemet (``view.n`` when none is)."""
    while index < view.n and view.key(index) in _QUOTES:
        index += 1
    return index


def _after_comma(view: TokenView, index: int) -> int | None:
    """The token after a «،» (guillemets around it allowed) from token ``index``, or None."""
    index = _past_quotes(view, index)
    if index >= view.n or view.key(index) != _COMMA:
        return None
    index = _past_quotes(view, index + 1)
    return index if index < view.n else None


def _closing_comma(view: TokenView, role: int, bodies: frozenset[int]) -> int | None:
    """The «،» that closes a title from token ``role``: the words before it read as a noun phrase; «در» only
    before an organisation or a place (at the token starts ``bodies``: … در وزارت خارجه آمریکا، … در قطر،)."""
    for index in range(role + 1, min(role + _MAX_WORDS + 1, view.n)):
        key = view.key(index)
        if key == _COMMA:
            return index if index > role + 1 and not _role_after(view, index + 1) else None
        if key in _QUOTES or key == AND or view.kinds_of[index] == "number" or key == IN and index + 1 in bodies:
            continue
        if view.kinds_of[index] != "word" or not view.adjacent(index - 1, index) or words.is_stop(key) \
                or words.is_verb(key) or words.is_light_verb(key) or words.is_frequent_given_name(key) \
                or view.key(index - 1) == AND and view.find(index, "plural") is not None:
            return None
    return None


def _open_title(view: TokenView, index: int, titles: dict[int, Candidate],
                bodies: frozenset[int]) -> Candidate | None:
    """The ``title-open`` title of a role word right after a person ending at token ``index`` (a «،» between
    or not), or None: none when a title the grammar completed starts there (more than the role: ``titles`` by
    their start). A number after a word (شهردار منطقه ۱۳) and «در» before an organisation or a place (at the
    token starts ``bodies``: مدیر تحقیقات کالا در بانک …) are within it, and so is a demonstrative right after the
    role before a name word (مدیرعامل | این باشگاه: the body the text just named)."""
    comma = _after_comma(view, index)
    role = comma if comma is not None else _past_quotes(view, index)
    if role >= view.n or not view.adjacent(index - 1 if comma is None else role - 1, role):
        return None
    current = titles.get(role)
    if current is not None and (len(current.parts) > 1 or current.complete):
        return None
    head = view.find(role, "head")
    if head is None or any(h.kind in _DESCRIPTIONS for h in head.of("head")) or _teaching(head):
        return None  # a teacher's role is a title only with an academic body, which the grammar finds (titles)
    close, count, quoted_count, quoted = head.end, 0, 0, False
    while close < view.n and view.adjacent(close - 1, close):
        key = view.key(close)
        if key in _QUOTES:
            quoted = key == "«"
        elif count + quoted_count and (view.kinds_of[close] == "number" or key == IN and close + 1 in bodies) \
                or close == head.end and key in _DEMONSTRATIVES and name_word(view, close + 1) \
                or count and governs(view, close - 1) and name_word(view, close + 1):
            pass  # شهردار منطقه | ۱۲; … | در بانک …; رئیس | این ستاد (the body just named); ارتباط | با مشتریان
        elif view.word(close).endswith(_POSSESSIVES):
            return None  # جلسه‌اش: what is said of the name goes on
        elif not quoted and not (name_word(view, close) or _body_role(view, close)) \
                or words.is_frequent_given_name(key):
            break
        elif quoted:
            quoted_count += 1
        else:
            count += 1
        if count > _MAX_OPEN_WORDS or quoted_count > _MAX_QUOTED_WORDS:
            return None
        close += 1
    if quoted or count + quoted_count == 0 or not _clause_goes_on(view, close) \
            or count + quoted_count == 1 and view.key(head.end) in _OFFICES:
        return None
    return Candidate("TITLE", role, close, OPEN_RULE, canonical=head.of("head")[0].canonical,
                     parts=(Part("role", role, head.end), Part("organization", head.end, close)), complete=True)


def _teaching(head: Match) -> bool:
    """Whether the role word ``head`` is a teacher's (استاد): a title only with an academic body
    (:attr:`~persianews.entities.lexicons.TitleHead.teaching`)."""
    return any(h.teaching for h in head.of("head"))


def _clause_goes_on(view: TokenView, index: int) -> bool:
    """Whether token ``index`` ends a title's open complement where the clause goes on: a line end, a
    punctuation mark but «:» (a heading: مدیر فیلمبرداری: X), a preposition, «که», «را», a demonstrative, a time
    word, a verb or the noun of a compound verb (… | تکذیب کرد); not «و» (… و مقاومت دانشگاه …: the name goes
    on as often as a second title begins) nor a word a name could not hold (a plural, کل, ملی)."""
    if index >= view.n or not view.adjacent(index - 1, index):
        return True
    key, following = view.key(index), index + 1
    if view.kinds_of[index] != "word":
        return key != ":"
    return key in _CLAUSE_KEYS or words.is_verb(key) or words.is_light_verb(key) \
        or view.is_word(following) and view.adjacent(index, following) and words.verb_after_noun(view.key(following))


def _body_role(view: TokenView, index: int) -> bool:
    """Whether token ``index`` is a role word that names a body in a complement (سخنگوی | فرماندهی …)."""
    return view.find(index, "head") is not None and not words.is_stop(view.key(index))


def _role_after(view: TokenView, index: int) -> bool:
    """Whether a role word follows token ``index`` (guillemets aside): a list of names and roles."""
    index = _past_quotes(view, index)
    return index < view.n and view.find(index, "head") is not None


def _second_role(view: TokenView, index: int) -> bool:
    """Whether «و» and a role word follow token ``index``: a second title (… و نماینده مردم تهران)."""
    return view.key(index) == AND and _role_after(view, index + 1)


def _title(head: Match, role: int, close: int, current: Candidate | None) -> Candidate:
    """The title from ``role`` (where the role word ``head`` starts) to the comma at ``close``: ``current``
    taken to it, or a role and an organisation (the complement no lexicon knows)."""
    if current is not None:
        last = current.parts[-1]
        parts = current.parts[:-1] + (Part(last.name, last.start, close),) if last.name != "role" \
            else current.parts + (Part("organization", last.end, close),)
        return Candidate("TITLE", role, close, ENCLOSED_RULE, canonical=current.canonical, parts=parts,
                         complete=True)
    role_end = min(head.end, close)
    parts = (Part("role", role, role_end),) + ((Part("organization", role_end, close),) if role_end < close else ())
    return Candidate("TITLE", role, close, ENCLOSED_RULE, canonical=head.of("head")[0].canonical, parts=parts,
                     complete=True)

"""Apposition and coordination for the linker (:mod:`persianews.entities.linker`): which person and title are
near enough to be one official, read off the text between them.

* **Apposition**: a person right before a title (at most a «،», a «؛» or «(» between: نام (رئیس‌جمهور),
  X؛ سردبیر روزنامه …; a dash after a name that opens its line: هنسون - وزیر دفاع آمریکا: …; not a
  title before a subjunctive «شود» or a future «خواهد شد»: اگر X رئیس‌جمهور شود) or right after one (a «،»
  between only when a «،», a «:» or the sentence's end closes the name, or when the title opens its sentence or
  stands within a clause, not closing an adverbial phrase that opens it (در دیدار با وزیر …، X گفت: X is the next
  clause's subject; nor a list X و Y within it), and no «را» follows the name (… است که نخست‌وزیر سابق لبنان، X …):
  سخنگوی …، بقایی، گفت; … با سفیر ایران، مجید تخت‌روانچی.; فرمانده سنتکام، برد کوپر به … گفته) holds it,
  guillemets aside: «محمدمهدی اسماعیلی وزیر …», «… حسینی فرماندار», and so is a name's Latin spelling in brackets
  after it («موشه کلاین» (Moshe Klein)، رئیس …)
  («به گزارش خبرنگار فارس، X» is no apposition); a bare role right before a name is that name's title, not
  the one before it (ترامپ | سناتور مورفی); a name in a prepositional phrase right before a title given as a
  predicate is no apposition (به جای جاوید | وزیر دارایی شد).
* **Lists of names then titles**: in a run «X، TITLE Y، TITLE Z، TITLE» (a cabinet: X، وزیر جنگ Y، وزیر دارایی
  …) each title is the name's before its «،», not the name's right after it, when the run's first name follows no
  title (it opens the list: X، رئیس‌الوزرا Y، …) or a dash parts a title from the next name (… وزیر راه – Y، …);
  a run of another sentence with such a sign reads the same way. Otherwise the run is read as titles then names
  (… وزیر خارجه Y، وزیر جنگ Z، …), as before.
* **Coordination**: a title «و» joins to the title a name right before holds is that name's too, besides it
  (X، عضو شورای مرکزی و سخنگوی حزب …), unless the two are of one role (no organisation) or of places in two
  regions (صدراعظم آلمان و رئیس‌جمهور فرانسه: two people) or a name follows it (… و وزیر خارجه روسیه لاوروف).
  So is a title «و» joins to a profession a name right before holds (X، فعال سیاسی اصلاح‌طلب و عضو شورای مرکزی
  حزب …, X مجری تلویزیون و عضو …: :func:`described`), a profession no TITLE: up to four words, the first a
  role word or a profession noun, none a function word or a verb.

Linear in the entities but for a sort (O(n log n)): only the pairs with nothing but spaces, guillemets and commas
between them (or a dash after a name that opens its line) are read.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from persianews.document import Document
from persianews.entities import lexicons, words
from persianews.entities.keys import fold
from persianews.entities.openings import opening, opening_phrase
from persianews.entities.people_tokens import HAJJ
from persianews.entities.predicate_titles import after_preposition, is_predicate, not_yet_held, sentence_floor, was_held
from persianews.records import Entity, Span
from persianews.text.reach import match_at
from persianews.text.segment import DASHES

_OBJECT_AFTER = regex.compile(r"[ »]*(?:و(?:[ \u00a0\u200c]+[^\s،,.:!?؟«»]+){1,4}?[ \u00a0]+)?را(?![\w\u200c])")
"""A «را» after a name, or after a «و» and at most four words joined to it (X و همسرش را): an object."""
_AND = regex.compile(r"[ \u00a0]+و[ \u00a0]+")
"""A «و» between two titles: the second is held by the first's holder too."""
_GAP_CHARACTERS = frozenset(" \t\u00a0\u200c\u200f\u200e«»،,(؛")
"""What may stand between a person and a title in apposition (white space but line breaks, «», commas, and a
«؛» after the person)."""
_SEMICOLON = "؛"
_LINE_TEXT = regex.compile(r"[\p{L}\p{N}]")
"""A letter or a digit: what makes a name no line's opening when it stands before the name on its line."""
_GLOSS = regex.compile(r"[ \u00a0»]*\([ \u00a0]*[A-Za-z][^()\p{Arabic}\n]{0,60}\)")
"""A name's Latin spelling in brackets after it, transparent to apposition: «موشه کلاین» (Moshe Klein)، رئیس …"""
_HAJJ = regex.compile(rf"(?:{'|'.join(sorted(HAJJ, key=len, reverse=True))})[ \u00a0]+")
"""«حاج»/«حاجی» written apart before a full name, outside its span (:func:`~persianews.entities.people_tokens.past_hajj`)
but transparent to apposition as when it was inside: فرمانده نیروی قدس | حاج | قاسم سلیمانی."""
_ENCLOSED_AFTER = regex.compile(r"[ »]*(?:[،,:.!?؟]|\n|$)")
"""What closes a name in apposition after «TITLE،»: a «،», a «:» or the end of its sentence."""


@attrs.frozen
class Appositions:
    """The person–title pairs of a document in apposition, as entity indexes."""

    before: list[tuple[int, int]]
    """``(person, title)`` with the person right before the title, in the order of the person, then the title."""
    after: list[tuple[int, int]]
    """``(person, title)`` with the title right before the person, in the same order."""


def appositions(doc: Document, people: list[int], titles: list[int], sentence_starts: list[int],
                subjects: set[int]) -> Appositions:
    """The pairs of ``people`` and ``titles`` (indexes into ``doc.entities``) in apposition; ``sentence_starts``:
    where ``doc``'s sentences start, in order; ``subjects``: the entities that are the subjects of their sentences
    (:func:`~persianews.entities.linker_succession.sentence_subjects`)."""
    entities, text = doc.entities, doc.text
    near = _near(text, entities, people + titles)
    person_set, title_set = set(people), set(titles)
    listed = _names_then_titles(text, entities, people, titles, sentence_starts, near)
    title_first = [(t, p) for t, p in near if t in title_set and p in person_set and t not in listed]
    # ترامپ | سناتور مورفی: a bare role names who follows
    named_after = {t for t, p in title_first if _bare(entities[t]) and _adjacent(text, entities, t, p, comma=False)}
    before = []
    for p, t in sorted(pair for pair in near if pair[0] in person_set and pair[1] in title_set):
        not_yet = _adjacent(text, entities, p, t, comma=False) and not_yet_held(text, entities[t].span.end)
        # a dash only stands between a near pair after a name that opens its line (:func:`_near`)
        if _adjacent(text, entities, p, t, semicolon=True, dash=True) and t not in named_after \
                and not _object_before_predicate(text, entities[p], entities[t]) and not not_yet:
            before.append((p, t))
    after = []
    # a list «X TITLE، Y TITLE …»: the title is the name's before it, the name after the «،» holds its own
    held_before = {t for _, t in before} | {p for p, _ in before}
    person_starts = {entities[p].span.start for p in people}
    for p, t in sorted((p, t) for t, p in title_first):
        end, start = entities[p].span.end, entities[t].span.start
        # the title opens its sentence, nothing before it but an opening clause (به گفته TITLE، X: X is the subject)
        before_title = text[sentence_floor(sentence_starts, start):start].strip()
        subject = t in subjects and opening(before_title)
        # within a clause (… به نخست‌وزیر این کشور، X تحویل شد), not closing an opening phrase (در دیدار با وزیر
        # خارجه، X گفت: X is the next clause's subject), neither in apposition with a name or title on its other side
        # nor a list of names (با حضور وزیر کشور، X و Y)
        inner = t not in subjects and not held_before & {p, t} and not _listed(text, end, person_starts) \
            and not opening_phrase(before_title)  # the sentence's prefix tokenised: last, for the few pairs left
        comma = (subject or inner) and not _object(text, end) or _enclosed(text, end)
        if _adjacent(text, entities, t, p, comma=comma):
            after.append((p, t))
    return Appositions(before, after)


_LIST_COMMA = regex.compile(r"[ \u00a0]*،[ \u00a0]*")
"""What parts a name from its title in a list of names then titles: a «،»."""
_LIST_JOINT = regex.compile(r"[ \u00a0]*(?:([–—-])[ \u00a0]*)?")
"""What parts a title from the next name in such a list: spaces, or a dash (group 1), the sign of the layout."""


def _names_then_titles(text: str, entities: tuple[Entity, ...], people: list[int], titles: list[int],
                       sentence_starts: list[int], near: set[tuple[int, int]]) -> set[int]:
    """The titles of the runs of two items or more «X، TITLE Y، TITLE …» read as names then titles: a run whose
    first name follows no title (none ``near`` it, :func:`_near`) or with a dash between a title and the next name,
    and every run of the same sentence. Linear in the entities but for a sort."""
    items = sorted(people + titles, key=lambda i: entities[i].span.start)
    person_set = set(people)
    runs: list[tuple[list[int], bool]] = []
    run: list[int] = []
    signed = False
    for at in range(len(items) - 1):
        person, title = items[at], items[at + 1]
        pair = person in person_set and title not in person_set \
            and _LIST_COMMA.fullmatch(text, entities[person].span.end, entities[title].span.start) is not None
        if not pair:
            continue
        if run and items[at - 1] == run[-1] and entities[run[-1]].span.end <= entities[person].span.start \
                and (joint := _LIST_JOINT.fullmatch(text, entities[run[-1]].span.end,
                                                    entities[person].span.start)) is not None:
            signed = signed or joint.group(1) is not None
        else:
            if len(run) > 1:
                runs.append((run, signed))
            previous = items[at - 1] if at else None
            signed = previous is None or previous in person_set or (previous, person) not in near
            run = []
        run.append(title)
    if len(run) > 1:
        runs.append((run, signed))
    sentences = {sentence_floor(sentence_starts, entities[run[0]].span.start) for run, signed in runs if signed}
    return {t for run, _ in runs if sentence_floor(sentence_starts, entities[run[0]].span.start) in sentences
            for t in run}


def coordinated(text: str, entities: tuple[Entity, ...], titles: list[int]) -> dict[int, int]:
    """Each title of ``titles`` → the title «و» joins to it (X، عضو شورای مرکزی و سخنگوی حزب …), unless the two
    are two offices of one kind with no organisation (وزیر ارشاد و وزیر کشور) or of two places that are not one
    province (صدراعظم آلمان و رئیس‌جمهور فرانسه; not امام‌جمعه مشهد و نماینده ولی‌فقیه در استان خراسان رضوی):
    then «و» joins two people. A title right before a name is that name's (X وزیر … و وزیر … Y: Y's): the
    apposition after it gives it a holder first."""
    title_at = {entities[t].span.start: t for t in titles}
    regions = {entity.span: entity.place.province or entity.place.place_id
               for entity in entities if entity.label == "LOC" and entity.place is not None}
    out = {}
    for title in titles:
        joined = match_at(_AND, text, entities[title].span.end)
        further = title_at.get(joined.end()) if joined is not None else None
        if further is not None and not _two_offices(entities[title], entities[further], regions):
            out[title] = further
    return out


_DESCRIPTION = regex.compile(
    r"[ \u00a0«»]*[،,]?[ \u00a0]*([^\s،,.:؛!?؟«»()\d]+(?:[ \u00a0\u200c][^\s،,.:؛!?؟«»()\d]+){0,3})[ \u00a0]+و[ \u00a0]+")
"""What stands between a name and a title after a profession: a «،» or not, up to four words, «و»."""
_DESCRIPTION_REACH = 80
"""Characters at most from a name to a title after a profession."""


def described(text: str, entities: tuple[Entity, ...], people: list[int], titles: list[int]) -> list[tuple[int, int]]:
    """``(person, title)`` pairs with a profession between, that no entity covers: the name, a «،» or not, a
    profession of up to four words, «و», the title (X، فعال سیاسی اصلاح‌طلب و عضو شورای مرکزی حزب …; X مجری
    تلویزیون و عضو …). The profession's first word is a role word (مجری) or a profession noun (``professions.txt``);
    none of its words is a function word or a verb. One look back from each title at the entity before it."""
    starts = sorted((entities[i].span.start, i) for i in people + titles)
    person_set = set(people)
    pairs = []
    for title in titles:
        start = entities[title].span.start
        at = bisect.bisect_left(starts, (start, -1))
        if at == 0 or (before := starts[at - 1][1]) not in person_set:
            continue
        end = entities[before].span.end
        found = _DESCRIPTION.fullmatch(text, end, start) if 0 < start - end <= _DESCRIPTION_REACH else None
        if found is not None and _profession(found.group(1).split()):
            pairs.append((before, title))
    return pairs


def _profession(written: list[str]) -> bool:
    """Whether ``written`` (words) is a profession: a role word or a profession noun first, no function word or
    verb."""
    keys = [fold(word) for word in written]
    return (keys[0] in lexicons.professions() or lexicons.is_title_head(keys[0])) \
        and not any(words.is_function_word(key) or words.is_verb(key) for key in keys)


def _two_offices(first: Entity, second: Entity, regions: dict[Span, str]) -> bool:
    """Whether titles ``first`` and ``second`` are no two offices one person holds: the same role with no
    organisation (one may head two: رئیس سازمان … و رئیس شورای …), or places of two regions (``regions``: a
    place's province, or the place itself: a country)."""
    if first.role is not None and second.role is not None and fold(first.role.text) == fold(second.role.text) \
            and first.organization is None and second.organization is None:
        return True
    if first.location is None or second.location is None:
        return False
    one, other = regions.get(first.location.span), regions.get(second.location.span)
    return one is not None and other is not None and one != other


def _near(text: str, entities: tuple[Entity, ...], indexes: list[int]) -> set[tuple[int, int]]:
    """Pairs ``(left, right)`` of ``indexes`` with nothing but spaces, guillemets and commas (on one line), and a
    «حاج» before the right one (:data:`_HAJJ`), between them, or a dash after a name that opens its line: the only
    pairs :func:`_adjacent` may accept."""
    items = sorted(indexes, key=lambda i: entities[i].span.start)
    starts = [entities[i].span.start for i in items]
    near = set()
    for left in items:
        end = entities[left].span.end
        reach = _past_gloss(text, entities[left])
        while reach < len(text) and text[reach] in _GAP_CHARACTERS:
            reach += 1
        if reach < len(text) and text[reach] in DASHES and _opens_line(text, entities[left]):
            reach += 1  # هنسون - وزیر دفاع …: a name that opens its line, a dash, its title (:func:`_adjacent`)
            while reach < len(text) and text[reach] in _GAP_CHARACTERS:
                reach += 1
        if (hajj := _HAJJ.match(text, reach)) is not None:
            reach = hajj.end()
        for position in range(bisect.bisect_left(starts, end), bisect.bisect_right(starts, reach)):
            near.add((left, items[position]))
    return near


def _adjacent(text: str, entities: tuple[Entity, ...], left: int, right: int, comma: bool = True,
              semicolon: bool = False, dash: bool = False) -> bool:
    """Whether nothing but spaces and guillemets stand between entities ``left`` and ``right`` on one line, or
    with ``comma`` a «،» or «(», with ``semicolon`` a «؛» too (a name, then its title: X؛ رئیس دفتر …), with
    ``dash`` a «-» (a name that opens its line, then its title: هنسون - وزیر دفاع آمریکا: …); a Latin
    spelling in brackets after a name ``left`` and a «حاج» before ``right`` (:data:`_HAJJ`) aside
    (:func:`_past_gloss`)."""
    gap = text[min(_past_gloss(text, entities[left]), entities[right].span.start):entities[right].span.start]
    if (hajj := _HAJJ.search(gap)) is not None and hajj.end() == len(gap) and gap[:hajj.start()].strip(" «»،,(") == "":
        gap = gap[:hajj.start()]
    return entities[left].span.end <= entities[right].span.start and "\n" not in gap \
        and (gap.strip(" «»") in (("", "،", ",", "(") if comma else ("",)) or semicolon and gap.strip() == _SEMICOLON
             or dash and gap.strip() in DASHES)


def _opens_line(text: str, entity: Entity) -> bool:
    """Whether ``entity`` is a name that opens its line: no letter nor digit before it there (emoji and bullets
    aside)."""
    start = entity.span.start
    return entity.label == "PERSON" and _LINE_TEXT.search(text, text.rfind("\n", 0, start) + 1, start) is None


def _past_gloss(text: str, entity: Entity) -> int:
    """Where ``entity`` ends, past the Latin spelling in brackets that follows it when it is a name (:data:`_GLOSS`:
    «موشه کلاین» (Moshe Klein)، رئیس …)."""
    gloss = match_at(_GLOSS, text, entity.span.end) if entity.label == "PERSON" else None
    return gloss.end() if gloss is not None else entity.span.end


def _bare(title: Entity) -> bool:
    """Whether ``title`` is a role word alone (سناتور, استاندار), with no portfolio, organisation or place."""
    return title.portfolio is None and title.organization is None and title.location is None


def _object(text: str, end: int) -> bool:
    """Whether «را» follows a name ending at ``end`` (or the phrase «و» joins to it): an object, no apposition to
    the subject title before it (رئیس‌جمهور وقت، علی دایی را برکنار کرد; … علی دایی و همسرش را …)."""
    return match_at(_OBJECT_AFTER, text, end) is not None


def _listed(text: str, end: int, person_starts: set[int]) -> bool:
    """Whether «و» and another name follow a name ending at ``end``: a list of people after a title within its
    sentence (با حضور وزیر کشور، X و Y) gives the title to none."""
    joined = match_at(_AND, text, end)
    return joined is not None and joined.end() in person_starts


def _enclosed(text: str, end: int) -> bool:
    """Whether a «،», a «:» or the end of its sentence follows a name ending at ``end``: after «TITLE،» the name is
    an apposition (سخنگوی وزارت خارجه، اسماعیل بقایی، گفت; وزیر خزانه‌داری آمریکا، اسکات بسنت: …; … با سفیر
    ایران، مجید تخت‌روانچی.)."""
    return match_at(_ENCLOSED_AFTER, text, end) is not None


def _object_before_predicate(text: str, person: Entity, title: Entity) -> bool:
    """Whether ``person`` is in a prepositional phrase right before ``title`` given as a predicate that is
    taken: no apposition (به جای جاوید | وزیر دارایی شد; but با زلنسکی رئیس‌جمهور اوکراین بوده …)."""
    span = title.span
    return after_preposition(text, person.span.start) and is_predicate(text, span.start, span.end) \
        and not was_held(text, span.start, span.end)

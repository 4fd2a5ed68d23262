"""Titles given the name of their holder, after every quote of a document has a speaker.

A nameless title (``رئیس شورای پول و اعتبار``) is linked to a person when the document says that
person holds the same role, when it stands next to a bare name in the chain of speakers, when it
stands between two quotes of one named person, or when its verb goes on with the words of a titled person
quoted just before it (see :func:`link_titles_to_names`). How two titles compare is
read in ``title_roles``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

import attrs
import regex

from persianews.quotes.antecedents import continues, is_media_word, referent_kind, title_kind
from persianews.quotes.candidates import Candidate
from persianews.quotes.context import View, word_texts
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.speaker_names import is_someone
from persianews.quotes.title_roles import other_bodies, other_places, role_match, same_role, title_words
from persianews.records import Entity, Span
from persianews.text.reach import REACH

if TYPE_CHECKING:
    from persianews.quotes.candidates import Resolution

ANAPHORIC = frozenset({"pronoun", "description", "none"})
"""The subject kinds that continue an earlier referent rather than name one."""
_NAMED_ROLES = frozenset({"name", "titled-name"})


_INTERVIEWERS = frozenset(fold_form(w) for w in "مجری خبرنگار گزارشگر میزبان مصاحبه‌گر مصاحبه‌کننده".split())
"""Role words of who asks in an interview in a post («مجری فاکس: …؟» / «ترامپ: …»): beside the answerer in the
chain of speakers, another person (in news «مجری این طرح» is a project's lead, who may be the name beside it) (126 telegram-dev posts hold such a dialogue; in a random 2,400 posts 6 of 13 interviewer
lines took the answerer's name)."""


def _asks(title: str) -> bool:
    """Whether a title is an interviewer's (``مجری فاکس``, ``خبرنگار المیادین``): never the chain's next name."""
    words = title_words(title)
    return bool(words) and words[0] in _INTERVIEWERS


_OPENING_CUES = frozenset(fold_form(c) for c in ("گفت", "اظهار کرد", "اظهار داشت", "عنوان کرد"))
"""Verbs that open a speaker's words; «افزود», «ادامه داد», «تصریح کرد» go on with them."""
_ALSO = regex.compile(r"(?<![\p{L}\u200c])(?:نیز|هم)(?![\p{L}\u200c])")


def _also_between(text: str, subject_end: int, anchor: int) -> bool:
    """Whether «نیز» or «هم» stands between a subject and its cue (read within ``REACH`` of the subject)."""
    return _ALSO.search(text, subject_end, min(max(anchor, subject_end), subject_end + REACH)) is not None


def _names_in(view: View, sentence: Span, name: str) -> bool:
    """Whether ``sentence`` holds the last word of ``name`` (its surname)."""
    surname = fold_form(name.split()[-1]) if name.split() else ""
    return bool(surname) and any(fold_form(word) == surname for word in word_texts(view.text, sentence.start, sentence.end))


def _known_holders(view: View, explicit) -> list[tuple[str, str]]:
    """(title, holder) pairs the document states: clusters, officials and speakers named with a title."""
    officials = getattr(view.doc, "officials", ()) or ()
    weak = {o.cluster for o in officials if o.rule == "succession"}
    holders = [(c.title, c.name) for c in view.doc.clusters if c.name and c.title and c.id not in weak]
    for official in officials:
        if official.rule != "succession":
            holders.append((official.title.text, official.name))
    holders += [(r.title, r.speaker) for _, r in explicit if r.role == "titled-name" and r.title]
    holders += [(mention, r.speaker) for mention, r in explicit if r.role == "titled-name"]
    return holders


def _titles_beside_names(view: View, subjects: list[tuple[int, Span]],
                         resolutions: list[Resolution]) -> list[tuple[str, str]]:
    """(title, holder) for every outermost title inside the subject of a named speaker or in apposition
    right after it: «علی مطهری، عضو هیئت رئیسه مجلس و نماینده مردم تهران، … گفت» holds both titles, not
    only the first one its cluster keeps (a title nested in another, «وزیر …» of «معاون وزیر …», is not
    the speaker's)."""
    pairs = []
    for index, span in subjects:
        resolution = resolutions[index]
        if resolution.role != "titled-name" or not resolution.speaker:
            continue
        titles = [e for e in view.entities_in(span.start, span.end) if e.label == "TITLE"]
        titles += _appositive_titles(view, span.end)
        pairs += [(title.text, resolution.speaker) for title in titles
                  if not any(other is not title and other.span.start <= title.span.start
                             and title.span.end <= other.span.end for other in titles)]
    return pairs


_APPOSITION_GAP = regex.compile(r"[\s»«،,]*(?:(?<![\p{L}\u200c])و\s+)?")
"""What may stand between a name and a title in apposition, or between two coordinated titles: white space,
guillemets, a comma, «و»."""
_APPOSITIVE_TITLES = 3


def _appositive_titles(view: View, end: int) -> list[Entity]:
    """The titles in apposition from ``end`` on: one after a comma («،» or «,», guillemets or white space
    around it), then those joined to it by «و» or a comma (at most :data:`_APPOSITIVE_TITLES`)."""
    found: list[Entity] = []
    while len(found) < _APPOSITIVE_TITLES:
        gap = _APPOSITION_GAP.match(view.text, end)
        start = gap.end() if gap else end
        titles = [e for e in view.entities_in(start, start + REACH) if e.label == "TITLE" and e.span.start == start]
        if not titles or not found and not {"،", ","} & set(view.text[end:start]):
            return found
        title = max(titles, key=lambda e: e.span.end)
        found.append(title)
        end = title.span.end
    return found


def _by_head(pairs: Iterable[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """Distinct ``(title, other)`` pairs grouped by the title's head word (what :func:`same_role`
    compares first), in their first order."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for pair in dict.fromkeys(pairs):
        words = title_words(pair[0])
        groups.setdefault(words[0] if words else "", []).append(pair)
    return groups


def _with_head(groups: dict[str, list[tuple[str, str]]], *titles: str) -> list[tuple[str, str]]:
    """The pairs whose title has the head word of one of ``titles``: the only ones :func:`same_role` may match."""
    heads = dict.fromkeys(words[0] for words in map(title_words, titles) if words)
    return [pair for head in heads for pair in groups.get(head, ())]


def _holder(speaker: str, matches: list[tuple[int, str]]) -> dict[str, str]:
    """``{speaker: name}`` for the one holder whose title names the role (a :func:`role_match` of 2 before
    one of 1: «معاون پشتیبانی … بهزیستی استان» is not «معاون توانبخشی … بهزیستی استان» that shares the
    organisation), else ``{}``."""
    for level in (2, 1):
        names = _fullest({name for found, name in matches if found >= level})
        if names:
            return {speaker: names[0]} if len(names) == 1 else {}
    return {}


def _fullest(names: set[str]) -> list[str]:
    """``names`` without those that are another's words cut short or spaced otherwise: «سیدحسن‌نصرالله»
    and «محمدباقر صابری» are «سید حسن نصرالله» and «محمدباقر صابری زفرقندی» (few names: pairwise)."""
    words = {name: tuple(fold_form(w) for w in name.split()) for name in names}
    keys = {name: "".join(found) for name, found in words.items()}

    def within(short: str, long: str) -> bool:
        a, b = words[short], words[long]
        return (keys[short] == keys[long] and len(a) < len(b)
                or len(a) < len(b) and (b[:len(a)] == a or b[-len(a):] == a)
                or keys[short] != keys[long] and _ends_joined(b, keys[short]))

    fullest = [name for name in sorted(names) if not any(within(name, other) for other in names if other != name)]
    return list({keys[name]: name for name in fullest}.values())


def _ends_joined(words: tuple[str, ...], key: str) -> bool:
    """Whether the last words of ``words`` (folded), run together, are ``key`` (one word or more): the
    surname «عطاءاللهی» ends «سعید عطاء اللهی», spaced there."""
    return any("".join(words[start:]) == key for start in range(1, len(words)))


_INDEFINITE = "یک "


def _is_place_or_body(name: str, places_and_bodies: set[str]) -> bool:
    """Whether a bare "name" of the chain of speakers is, or opens with, a place or an organisation the
    document tags (``یمن``, ``پکن بارها``): words the speaker rules took for a name, no holder of a title."""
    words = name.split()
    return bool(words) and (fold_form(name) in places_and_bodies or fold_form(words[0]) in places_and_bodies)


def _words_of_no_holder(resolution: Resolution) -> bool:
    """Whether a "name" the speaker rules read from words no entity covers (rule ``speaker:words``) opens with a word
    for an outlet («سایت مذکور», «وبسایت …»: an outlet) or is an indefinite person («شخصی که … می‌گوید»: someone):
    neither holds the title of the speaker before or after it."""
    words = (resolution.speaker or "").split()
    return resolution.rule == _PLAIN_WORDS and bool(words) and (is_media_word(words[0]) or is_someone(words[0]))


_PLAIN_WORDS = "speaker:words"


def _nameless(resolution: Resolution) -> bool:
    """Whether a resolution is a title with no name (a bare title, or an indefinite «یک پژوهشگر …»); not words
    for an outlet or an organisation («پایگاه خبری …», «روزنامه …»: :func:`referent_kind`), which no person holds."""
    if resolution.role == "title":
        return referent_kind(resolution) != "organisation"
    return resolution.role == "other" and (resolution.speaker or "").startswith(_INDEFINITE)


def _office_fits(title: str, held: Iterable[str]) -> bool:
    """Whether ``title`` may be another title of a person who holds the titles ``held``: a title of the
    general kind (a bare «عضو», «رئیس …» of no listed office), or one of a specific kind (title_heads.tsv)
    that one of the person's titles has. «رهبر معظم انقلاب اعلام کردند»
    (religious) within the words of the «رئیس کل بانک مرکزی» (executive) is someone else; «عضو کمیسیون
    امنیت ملی» beside «نماینده مجلس» (legislative) is the same MP. A title of no known head fits no one."""
    kind = title_kind(list(title_words(title)))
    if kind is None or kind == "general":
        return kind == "general"
    kinds = {title_kind(list(title_words(other))) for other in held}
    return kind in kinds


def _linked_name(resolution: Resolution, links: dict[str, str]) -> str | None:
    """The name a resolution gives: its speaker's when named, the holder linked to its title so far, else None."""
    if resolution.role in _NAMED_ROLES:
        return resolution.speaker
    return links.get(resolution.speaker or "") if resolution.role == "title" else None


def _link_surrounded(view: View, candidates: list[Candidate], indexes: list[int],
                     explicit: list[tuple[str, Resolution]], also: list[bool], opening: list[bool],
                     holders: list[tuple[str, str]], links: dict[str, str], surrounded: set[str]) -> None:
    """Link each nameless title between two quotes of one person (named, or a title linked to them) to
    that person, adding to ``links`` and ``surrounded``.

    «همتی تأکید کرد … رئیس شورای پول و اعتبار اعلام کرد … همتی افزود»: with no sign of a new speaker
    («نیز», a verb that opens one, ``opening``: not when that person, named again after the title, goes on with
    its words, «… نماینده ویژه وزیر … گفت … X افزود») the title is another of that person's; a title whose sentence names
    that person speaks about them («… خطاب به همتی نوشت»): not linked. «نماینده مجلس گفت … عضو کمیسیون
    امنیت ملی ادامه داد … نماینده بروجرد خاطرنشان کرد», the two titles linked to one holder, is that holder's
    when its kind of office fits theirs (:func:`_office_fits`)."""
    for index in range(1, len(explicit) - 1):
        before, middle, after = explicit[index - 1][1], explicit[index][1], explicit[index + 1][1]
        title, name = middle.speaker or "", _linked_name(before, links)
        if (middle.role == "title" and _nameless(middle) and title not in links and not also[index] and not opening[index]
                and not (view.is_post and _asks(title))
                and name is not None and name == _linked_name(after, links)
                and (before.role != "title" and after.role != "title"
                     or _office_fits(title, [held for held, holder in [*links.items(), *holders] if holder == name]))
                and not _names_in(view, view.sentence_at(candidates[indexes[index]].anchor), name)):
            links[title] = name
            surrounded.add(title)


def _named_by(mention: str, resolution: Resolution) -> bool:
    """Whether a subject's words ``mention`` name its named speaker (end with the name's last word), no title."""
    written, named = mention.split(), (resolution.speaker or "").split()
    return resolution.role in _NAMED_ROLES and bool(written) and bool(named) \
        and fold_form(written[-1]) == fold_form(named[-1])


def _link_same_head(view: View, candidates: list[Candidate], indexes: list[int],
                    explicit: list[tuple[str, Resolution]], also: list[bool], opening: list[bool],
                    holders_by_head: dict[str, list[tuple[str, str]]], links: dict[str, str],
                    same_head: set[str]) -> None:
    """Link each nameless title next in the chain of speakers to a person the text gives a title of the same
    head word, when that person is the one holder of such a title in the document, adding to ``links`` and
    ``same_head``.

    «جی‌دی ونس، معاون رئیس‌جمهوری آمریکا، … افزود … معاون ترامپ … تاکید کرد»; «هوآ چویینگ، سخنگوی دستگاه
    دیپلماسی چین اعلام کرد … سخنگوی وزارت امور خارجه چین تصریح کرد»: the same office in other words, which
    :func:`role_match` does not see. Not after «نیز» or a verb that opens a speaker's words (a new speaker),
    nor an interviewer in a post, nor a title whose sentence names the person (it speaks about them), nor a title
    of another place or body (:func:`other_places`, :func:`other_bodies`; the document's places and each
    title's bodies are read once)."""
    places = {fold_form(e.text) for e in view.doc.entities if e.label == "LOC"}
    bodies: dict[str, set[str]] = {}
    for index in range(len(explicit) - 1):
        for at, near in ((index, index + 1), (index + 1, index)):
            title, named = explicit[at][1], explicit[near][1]
            speaker = title.speaker or ""
            if (title.role != "title" or speaker in links or named.role != "titled-name" or not named.title
                    or also[at] or opening[at] or view.is_post and _asks(speaker)):
                continue
            words = title_words(speaker)
            if (not words or title_words(named.title)[:1] != words[:1] or other_places(places, speaker, named.title)
                    or other_bodies(view, speaker, named.title, bodies)):
                continue
            holders = _fullest({name for _, name in holders_by_head.get(words[0], ())} | {named.speaker or ""})
            if holders == [named.speaker] and not _names_in(
                    view, view.sentence_at(candidates[indexes[at]].anchor), named.speaker or ""):
                links[speaker] = named.speaker or ""
                same_head.add(speaker)


def _link_continued(view: View, candidates: list[Candidate], indexes: list[int],
                    explicit: list[tuple[str, Resolution]], also: list[bool], going_on: list[bool],
                    holders: list[tuple[str, str]], links: dict[str, str], continued: set[str]) -> None:
    """Link each nameless title whose verb goes on with the words of the speaker quoted just before it (a verb of
    going on, :func:`continues`: «افزود», «ادامه داد») to that speaker, a person the document gives a title (named
    with it, or a title linked to them), adding to ``links`` and ``continued``.

    «رئیس کل بانک مرکزی … تصریح کرد … رئیس شورای پول و اعتبار ادامه داد»: the same person's words, under another
    of their titles. Not after «نیز» (a new speaker), nor an interviewer in a post, nor a title whose sentence
    names that person (it speaks about them), nor one whose kind of office is not one of that person's
    (:func:`_office_fits`). In text order: a title so linked is the person the next title goes on from."""
    held: dict[str, list[str]] = {}  # each person's titles, read once
    for other, holder in [*links.items(), *holders]:
        held.setdefault(holder, []).append(other)
    for index in range(1, len(explicit)):
        resolution = explicit[index][1]
        title, name = resolution.speaker or "", _linked_name(explicit[index - 1][1], links)
        if (resolution.role != "title" or not _nameless(resolution) or title in links or not going_on[index]
                or also[index] or name is None or view.is_post and _asks(title)):
            continue
        if (name in held and _office_fits(title, held[name])
                and not _names_in(view, view.sentence_at(candidates[indexes[index]].anchor), name)):
            links[title] = name
            held[name].append(title)
            continued.add(title)


def _placed_titles(view: View, explicit: list[tuple[str, Resolution]]) -> set[tuple[str, str]]:
    """The (title, holder) pairs of named speakers whose title the officials stage gave them only by its place
    after the name (rule ``succession``): «محمد کریمی … گفت … رئیس دانشگاه … گفت» joins the title to کریمی."""
    officials = getattr(view.doc, "officials", ()) or ()
    weak = {o.cluster for o in officials if o.rule == "succession"}
    titles = {c.id: c.title for c in view.doc.clusters if c.id in weak}
    return {(r.title, r.speaker or "") for _, r in explicit
            if r.role == "titled-name" and r.title and r.cluster in titles and titles[r.cluster] == r.title}


def _goes_on_from(explicit: list[tuple[str, Resolution]], going_on: list[bool], index: int) -> bool:
    """Whether the title at ``index`` of the chain of speakers is the holder's named next, who goes on with its
    words: «رئیس دانشگاه … گفت: …» then «دکتر جمالی افزود: …» (a verb of going on, :func:`continues`), the title's
    own verb none such. The title is then that name's, not that of a name before it nor that of one the officials
    stage joined it to only by its place after the name (rule ``+title→speaker-going-on``)."""
    following = index + 1
    return (following < len(explicit) and explicit[following][1].role == "name" and going_on[following]
            and not going_on[index])


def link_titles_to_names(view: View, candidates: list[Candidate],
                         resolutions: list[Resolution]) -> list[Resolution]:
    """Give a nameless title the name of its holder.

    A title whose role matches a title the document gives a named person
    (``مدیرکل سیاسی، … استانداری`` beside ``مدیرکل سیاسی استانداری قزوین`` =
    صفر فضلی; ``داور بین‌المللی بسکتبال`` in the lead, ``امیرحسین صفرزاده داور
    بسکتبال`` in the body) takes that holder. Otherwise a nameless title next
    to a bare name in the chain of explicit speakers (``فرماندار البرز … تصریح
    کرد``, then ``غفوری … تصریح کرد``, no other speaker between) is that name,
    unless the text gives that person another role (a new role is a new speaker)
    or the "name" is a place or an organisation the document names (``یمن``).
    """
    subjects = [(i, span) for i, r in enumerate(resolutions)
                if candidates[i].subject.kind not in ANAPHORIC and (span := candidates[i].subject.span) and r.speaker]
    if not any(_nameless(resolutions[i]) for i, _ in subjects):
        return resolutions  # every rule below gives a name to a nameless title: there is none
    indexes = [i for i, _ in subjects]
    explicit = [(span.slice(view.text), resolutions[i]) for i, span in subjects]
    also = [_also_between(view.text, span.end, candidates[i].anchor) for i, span in subjects]
    cues = [candidates[i].cue[0].slice(view.text) if candidates[i].cue else "" for i in indexes]
    keys = [fold_form(cue) for cue in cues]
    opening = [key in _OPENING_CUES for key in keys]
    going_on = [continues(cue) for cue in cues]
    # a verb of asking («مجری این مناظره از X پرسید: …»): its interviewer is no name beside it, in news as in posts
    asking = ["ask" in lexicon().patterns_of(key) for key in keys]
    holders = _known_holders(view, explicit) + _titles_beside_names(view, subjects, resolutions)
    holders_by_head = _by_head(holders)
    links: dict[str, str] = {}
    surrounded: set[str] = set()  # the titles linked to the speaker quoted before and after them
    placed = _placed_titles(view, explicit)
    for index, (mention, resolution) in enumerate(explicit):
        speaker = resolution.speaker or ""  # every explicit resolution has a speaker
        if _nameless(resolution) and speaker not in links:
            # «یک پژوهشگر فلسطینی» in the lead is the body's «ریاض الاشقر، پژوهشگر … فلسطینی».
            role = speaker[len(_INDEFINITE):] if resolution.role == "other" else speaker
            known = _with_head(holders_by_head, mention, role)
            if _goes_on_from(explicit, going_on, index) and placed.intersection(known):
                continue  # the name next, who goes on, holds it: not a holder only placed before it
            links.update(_holder(speaker, [(max(role_match(title, mention), role_match(title, role)), name)
                                          for title, name in known]))
    titled = {fold_form(name): title for title, name in holders}
    going_on_name: set[str] = set()  # the titles linked to the name next, who goes on with their words
    places_and_bodies = {fold_form(e.text) for e in view.doc.entities if e.label in ("LOC", "ORG")}
    for index, ((_, a), (_, b)) in enumerate(zip(explicit, explicit[1:])):
        pair = {a.role: a, b.role: b}
        if set(pair) != {"title", "name"}:
            continue
        title, name = pair["title"].speaker or "", pair["name"].speaker or ""
        asker = (view.is_post or asking[index if a.role == "title" else index + 1]) and _asks(title)
        if (not _nameless(pair["title"]) or asker or _is_place_or_body(name, places_and_bodies)
                or _words_of_no_holder(pair["name"]) or a.role == "name" and _goes_on_from(explicit, going_on, index + 1)):
            continue  # a body's words («وزارت»); an interviewer; a country, a body or an outlet the words took for a
            # name («یمن», «پکن بارها», «سایت مذکور»)
        # «رئیس سازمان … نیز گفت» after X's quotes: «نیز» marks another speaker, with another role.
        new_speaker = (also[index + 1] or opening[index + 1]) and b.role == "title"
        other_role = titled.get(fold_form(name))
        if new_speaker and other_role is not None and not same_role(other_role, title):
            continue
        if title not in links:
            links[title] = name
            if a.role == "title" and _goes_on_from(explicit, going_on, index):
                going_on_name.add(title)
    # «… X افزود … TITLE گفت … X افزود»: X, named again, goes on with the title's words, whatever opened them
    opens_anew = [opens and not (index + 1 < len(going_on) and going_on[index + 1]
                                 and _named_by(*explicit[index + 1]))
                  for index, opens in enumerate(opening)]
    _link_surrounded(view, candidates, indexes, explicit, also, opens_anew, holders, links, surrounded)
    same_head: set[str] = set()  # the titles linked to the neighbour holding a title of their head word
    _link_same_head(view, candidates, indexes, explicit, also, opening, holders_by_head, links, same_head)
    continued: set[str] = set()  # the titles linked to the speaker whose words their verb goes on with
    _link_continued(view, candidates, indexes, explicit, also, going_on, holders, links, continued)
    mentions_by_head = _by_head((m, r.speaker or "") for m, r in explicit)
    tried: set[tuple[str, int]] = set()  # (mention, number of links): the same question, the same answer
    for mention, resolution in explicit:
        speaker = resolution.speaker or ""
        if resolution.role == "title" and speaker not in links and (mention, len(links)) not in tried:
            tried.add((mention, len(links)))
            same = {links[other] for m, other in _with_head(mentions_by_head, mention)
                    if other in links and same_role(m, mention)}
            if len(same) == 1:
                links[speaker] = same.pop()
    _link_surrounded(view, candidates, indexes, explicit, also, opens_anew, holders, links, surrounded)

    if not links:
        return resolutions
    return [attrs.evolve(r, speaker=links[r.speaker], role="titled-name",
                         rule=r.rule + ("+title→surrounding-speaker" if r.speaker in surrounded
                                        else "+title→same-head-neighbour" if r.speaker in same_head
                                        else "+title→continued-speaker" if r.speaker in continued
                                        else "+title→speaker-going-on" if r.speaker in going_on_name else "+title→holder"),
                         confidence=r.confidence * 0.85)
            if r.role in ("title", "other") and r.speaker in links else r
            for r in resolutions]

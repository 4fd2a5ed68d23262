"""The run of name words after an organisation's head word (سازمان | توسعه و نوسازی معادن, حزب | …).

A run of name words stops at punctuation, a line break, a function word, a
verb, a role word, a reporting cue, the nominal part of a compound verb (the
word before a verb: … اعلام کرد) and «و» unless a portfolio follows it
(فرهنگ و ارشاد اسلامی); after a lexicon organisation, or a portfolio right
after the head, only a place or another lexicon organisation may follow.
"""

from __future__ import annotations

from persianews.entities import words
from persianews.entities.keys import AND, FROM, IN, LIST_JOINERS, OBJECT, ON, TO, WITH
from persianews.entities.matcher import TokenView
from persianews.entities.places import PlaceIndex

MAX_NAME_WORDS = 6
#: Prepositions right after a word joined by «و» show it is no word of a name (و تعدادی | از, و تلاش | برای).
_ENDS_A_NAME = frozenset({FROM, TO, "برای"})
#: Nouns of a name that govern a preposition, by the preposition's key: the name goes on with it (انجمن حمایت از
#: زندانیان, ستاد مرکزی نظارت بر انتخابات, سازمان مقابله با بیابان‌زایی, اداره مراقبت از بیماری‌ها, مدیر ارتباط با
#: مشتریان), and the phrase ends the name before a stop word as before a verb (… مقابله با بیابان‌زایی | نیز).
_GOVERNING_NOUNS = {
    FROM: frozenset({"حمایت", "پیشگیری", "دفاع", "صیانت", "حفاظت", "مراقبت"}),
    ON: frozenset({"نظارت"}),
    WITH: frozenset({"مقابله", "مبارزه", "ارتباط"}),
}
#: Keys of the words after an indefinite noun (نامه‌ای به …) that show it starts the predicate.
_INDEFINITE_FOLLOWERS = frozenset({TO, FROM, WITH, IN, OBJECT, "برای"})
#: Matches that start an organisation.
_ORG_MATCHES = frozenset({"org", "org_head"})
#: Matches that start another organisation or a title: no word of a name.
_ANOTHER_NAME = frozenset({"org", "org_head", "head"})
#: Matches that make a word no name word: a role, a cue, a plural of roles, an honorific.
_NO_NAME_WORD = frozenset({"head", "cue", "plural", "honorific"})
#: The words of a national scope after a state body's name (… کل کشور, … کشوری): keys (as are the nouns of _GOVERNING_NOUNS).
NATIONAL = frozenset({"کشور", "کشوری"})


def name_run(view: TokenView, start: int, places: PlaceIndex, strict: bool = True) -> int:
    """The end of the run of name words from token ``start`` (``start`` itself when there is none).

    After a lexicon organisation, or a portfolio list right after the head, only a place, a lexicon
    organisation, or name words that an office or a place closes may follow (کمیسیون امنیت ملی مجلس
    شورای اسلامی | حضور; دفتر سیاسی | مبتنی; سازمان فرهنگی هنری شهرداری تهران). An office with its place
    closes the run (دفتر امور شهری استانداری قزوین); «و» joins name words that such an office or a place
    closes (امور شهری و شوراهای استانداری قزوین), and, unless a lexicon organisation came before, name
    words that are no head of another organisation, title or place (سازمان توسعه و نوسازی معادن و منابع
    معدنی, شرکت سرمایه‌گذاری و توسعه صنایع سیمان), nor a given name two words before a title (… خانه تئاتر و
    مسعود رحیمی رئیس …: the next official of a list). Not ``strict`` (the name of a title's complement:
    مدیر کانون فرهنگی هنری منجی), name words may follow a portfolio.
    """
    index, count, closed, after_org, after_place = start, 0, False, False, False
    while index < len(view) and count < MAX_NAME_WORDS and view.adjacent(index - 1, index):
        org = view.find(index, "org")
        place = places.at(index)
        portfolio = None if closed else view.find(index, "portfolio")
        if org is not None or portfolio is not None:
            closed = org is not None or index == start
            after_org = after_org or org is not None
            # a portfolio that is a place too closes the name as a place does (امنیت ملی آمریکا | و …)
            after_place = org is None and place is not None and place.start == index and not place.ambiguous
            index, count = max(m.end for m in (org, portfolio) if m is not None), count + 1
            while view.key(index) in LIST_JOINERS and (following := view.find(index + 1, "portfolio")):
                index = following.end
            continue
        if place is not None and not (place.start == index and place.ambiguous):
            index, count, after_place = place.end, count + 1, True
            continue
        office = _office(view, index, places)
        if office is not None:  # دفتر امور شهری | استانداری قزوین
            return office
        joined = _joined_run(view, index + 1, places) if view.key(index) == AND else None
        if joined is not None:  # امور شهری و شوراهای | استانداری قزوین
            return joined
        if view.key(index) == AND and count and not after_org and not after_place \
                and _name_goes_on(view, index + 1, places):
            index, closed = index + 1, False  # سازمان توسعه و | نوسازی معادن
            continue
        with_end = _with_phrase(view, index, places) if count and not after_org else None
        if with_end is not None:  # فدراسیون تیراندازی | با کمان
            index, count, closed = with_end, count + with_end - index, True
            continue
        if closed and not after_org:
            joined = _joined_run(view, index, places)
            if joined is not None:  # سازمان فرهنگی | هنری شهرداری تهران
                return joined
        if closed and not after_org and governs(view, index):
            closed = False  # ستاد اجرایی | مقابله با کرونا: a noun with its preposition goes on after a portfolio
        if closed and (strict or after_org) or not name_word(view, index):
            break
        if count and _closes_national(view, index, places):
            return index + 1  # سازمان هواپیمایی کشور | منکر …: the national scope ends the name
        index, count, after_place = index + 1, count + 1, False
    return index


def _closes_national(view: TokenView, index: int, places: PlaceIndex) -> bool:
    """Whether the name word at token ``index`` is the national scope «کشور/کشوری» that ends a body's name (سازمان
    هواپیمایی کشور | منکر شد, دیوان عالی کشور | نظارت …): not before a place of its own (کشور | عراق), «و» (صندوق
    بازنشستگی کشوری و لشکری) or the organisation it belongs to (مرکز لرزه‌نگاری کشوری | مؤسسه ژئوفیزیک …)."""
    following = index + 1
    return view.key(index) in NATIONAL and not (
        view.adjacent(index, following) and (places.at(following) is not None or view.key(following) == AND
                                             or view.has(following, _ORG_MATCHES)))


def governs(view: TokenView, index: int) -> bool:
    """Whether the word at token ``index`` is a noun that governs the preposition right after it (مقابله | با,
    نظارت | بر, حمایت | از: ``_GOVERNING_NOUNS``)."""
    following = index + 1
    return view.adjacent(index, following) \
        and view.key(index) in _GOVERNING_NOUNS.get(view.key(following), ())


def _with_phrase(view: TokenView, index: int, places: PlaceIndex) -> int | None:
    """«با», or a preposition a noun of the name governs (``_GOVERNING_NOUNS``: حمایت از, نظارت بر), and one or
    two name words that end the name where the sentence goes on (تیراندازی با کمان | گفت, تغذیه با شیر مادر | ،,
    حمایت از زندانیان | از, نظارت بر انتخابات | گفت), a place follows (… با کمان | استان اصفهان) or, after a
    governing noun, a lexicon organisation (مراقبت از بیماری‌های واگیر | وزارت بهداشت): the end of the phrase, or
    None."""
    governed = governs(view, index - 1)
    if not (view.key(index) == WITH or governed):
        return None
    end = index + 1
    while end < len(view) and end - index <= 2 and view.adjacent(end - 1, end) and name_word(view, end) \
            and not view.has(end, _ANOTHER_NAME) and places.at(end) is None:
        end += 1
    if end == index + 1 or end - index > 3:
        return None
    if end < len(view) and view.adjacent(end - 1, end) and view.is_word(end) and not view.find(end, "cue") \
            and not words.is_verb(view.key(end)) and not words.is_speech_verb(view.key(end)) \
            and not (governed and words.is_stop(view.key(end))) \
            and not (view.key(end) == AND and view.has(end + 1, _ANOTHER_NAME)) \
            and not ((place_after := places.at(end)) is not None and place_after.start > end) \
            and not (governed and view.find(end, "org") is not None):

        return None
    return end


def _name_goes_on(view: TokenView, index: int, places: PlaceIndex) -> bool:
    """After «و» in a name: a name word or a portfolio that starts no organisation, title or place."""
    if not view.adjacent(index - 1, index) or places.at(index) is not None:
        return False
    if view.has(index, _ANOTHER_NAME) or view.find(index + 1, "head") \
            or "given" in view.kinds_at[index] and view.find(index + 2, "head") \
            or view.key(index + 1) in _ENDS_A_NAME:
        # a person before their title (… و قربانی | مدیرکل …, … و مسعود رحیمی | رئیس …); و تعدادی | از, و تلاش | برای
        return False
    return name_word(view, index) or view.find(index, "portfolio") is not None


def _office(view: TokenView, index: int, places: PlaceIndex) -> int | None:
    """The end of a place-taking head with its place at token ``index`` (استانداری قزوین), or None."""
    head = view.find(index, "org_head")
    if head is None or head.of("org_head")[0].takes != "place":
        return None
    place = places.at(head.end)
    return place.end if place is not None else None


def _joined_run(view: TokenView, index: int, places: PlaceIndex) -> int | None:
    """Name words closed by a place with its prefix, an office or a lexicon organisation (after «و», or
    after a portfolio: اداره بهداشت | حرفه‌ای وزارت بهداشت): the end of the name; otherwise None."""
    first = index
    for _ in range(MAX_NAME_WORDS):
        place = places.at(index)
        if place is not None and place.start > index:
            return place.end
        office = _office(view, index, places)
        if office is not None:
            return office
        org = view.find(index, "org") if index > first else None
        if org is not None and not all(row.ambiguous for row in org.of("org")):
            return org.end
        if view.find(index, "org_head") or view.find(index, "head"):
            return None  # … و | اداره صنعت: another organisation
        if not name_word(view, index) or not view.adjacent(index - 1, index):
            return None
        index += 1
    return None


def name_word(view: TokenView, index: int) -> bool:
    """Whether token ``index`` can be a word of a name (see the module docstring)."""
    key = view.key(index)
    if not view.is_word(index) or words.is_function_word(key) or words.is_verb(key):
        return False
    if view.has(index, _NO_NAME_WORD):
        return False
    if "given" in view.kinds_at[index] \
            and any(not g.common_word for m in view.matches[index] for g in m.of("given")):
        return False
    if _indefinite(view, index):
        return False  # … فضای مجازی | نامه‌ای نوشت: an indefinite noun starts what is said of the name
    following = index + 1
    return not (view.is_word(following) and view.adjacent(index, following)
                and words.verb_after_noun(view.key(following)))


def _indefinite(view: TokenView, index: int) -> bool:
    """A noun with the indefinite ending «‌ای» that no dictionary lists whole, before a verb or a
    preposition (نامه‌ای نوشت, نامه‌ای به …; not حرفه‌ای, not رایانه‌ای استان تهران)."""
    if not view.word(index).endswith("\u200cای"):
        return False
    following = view.key(index + 1)
    return not words.in_dictionary(view.key(index)) \
        and words.in_dictionary(words.plain(view.key(index))[:-2]) and view.adjacent(index, index + 1) \
        and (words.is_verb(following) or following in _INDEFINITE_FOLLOWERS)

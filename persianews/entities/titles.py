"""Titles: a role word with the portfolio, organisation or place that completes it.

Grammar, left to right from a role word of ``title_heads.tsv``::

    TITLE      := ROLE MODIFIER* COMPLEMENT
    COMPLEMENT := PORTFOLIOS? (ORG | TITLE | PLACES ("در" ORG)? | ORG-HEAD | NAME-WORDS PLACE)?
    PORTFOLIOS := PORTFOLIO (("،" | "و") PORTFOLIO)*
    PLACES     := PREFIX? PLACE (("،" | "و") PREFIX? PLACE)*

so «معاون سیاسی، امنیتی و اجتماعی استانداری قزوین» has the role معاون, the
portfolio «سیاسی، امنیتی و اجتماعی» and the organisation «استانداری قزوین»;
«معاون … استاندار قزوین» takes a title as its organisation (the inner title is
not an entity of its own); «نماینده مردم قزوین در مجلس شورای اسلامی» takes
places and the parliament (a representative or a diplomat takes «در» + place
or body: نماینده ولی فقیه در استان قزوین). A following «و فرماندار ویژه …» joins the title (the
deputy governor who is also the special governor of the capital county).
A role word after a demonstrative (این مسئول) is an anaphor and a role word
after a generic plural (معاونین فرماندار), after a plural it qualifies
(کشورهای عضو), after a number or a counter (هزار نفر عضو) or before «ها» is
generic: none is a title. A role that needs a complement (رئیس, معاون) is no title without
one. An open complement
(name words closed by a place: مدیرکل بنادر و دریانوردی استان گیلان) follows
only a role that needs one. Journalists and experts (خبرنگار فارس) are titles
only after a name («… X، خبرنگار …», not «به گزارش خبرنگار فارس X»). A bare
role word is a title only beside a name (``complete`` False); a multi-word
head that needs no complement (رئیس‌جمهور) is complete alone.

Complements news writes besides: an organisation whose head is also a common
noun (شرکت, کمیته, کانون …: مدیرعامل شرکت مادر تخصصی بازرگانی دولتی), taken
only here; «امور» or «مسائل» + portfolio (مدیر امور باغبانی …, کارشناس مسائل اقتصادی); a portfolio the lexicon
knows in part closed by a country or province (وزیر توسعه صنعت و تجارت
برزیل), or adjectives of the portfolio a role holds, closed by one (وزیر تجارت داخلی سوریه); a bare place-taking head (رئیس دانشگاه); a representative's «در
مجلس», or «در» + name words a place closes (نماینده ویژه آمریکا در فرایند صلح
افغانستان); «در امور» + a portfolio or name words after any title (معاون
دبیرکل سازمان ملل در امور خلع سلاح); two roles sharing one complement (سفیر و
کاردار ایران در سازمان ملل).
A unit (اداره …, بخش …) or name words no body closes take «در» + the body they belong to (مدیر اداره سیاست خارجی در
شورای عالی امنیت ملی, مدیر تحقیقات کالا در بانک …); a body named after a revered person ends with the blessing after
the name (کمیته امداد امام خمینی (ره)).
An envoy takes «به» + the country it is sent to (فرستاده سازمان ملل به لیبی); the head of a branch office
(ستاد …, دفتر …) with no place «در» + the place it serves (فرمانده ستاد مقابله با کرونا در تهران).
«ایالت» + a place or one name word is a state (سناتور ایالت ورمونت, فرماندار ایالت نیویورک).
Up to four name words closed by an organisation are one organisation with it (فرمانده نیروهای قدس
سپاه پاسداران), as name words a place closes are. After a portfolio too (مدیر اجرایی برنامه فوریت‌های بهداشتی
سازمان جهانی بهداشت). An organisation or places right after the organisation are within it (رئیس پلیس راهور ناجا, … وزارت
خارجه روسیه), unless «را» follows (an object). After the learned tagger, an organisation only it found
completes a role word as a known one would (رئیس آمازون: :meth:`TitleParser.with_tagged_complements`).
A role word opening a line is never generic (… یک‌هزار نفر | مدیر …), nor after
«پیش از این» (پیش از این | وزیر اقتصاد مراکش) or a date's year (بهمن ماه ۱۳۹۸ | وزیر اقتصاد).
"""

from __future__ import annotations

import bisect
from typing import Iterable

from persianews.entities import lexicons, words
from persianews.entities.candidates import Candidate, Part
from persianews.entities.intervals import IntervalIndex
from persianews.entities.keys import AND, FROM, IN, LIST_JOINERS, OBJECT, THIS, TO, fold
from persianews.entities.lexicons import TitleHead
from persianews.entities.matcher import Match, TokenView
from persianews.entities.org_names import name_run, name_word
from persianews.entities.people_tokens import hajj_before
from persianews.entities.places import PlaceIndex
from persianews.entities.tagger_merge import TAGGER_RULE
from persianews.entities.title_bodies import ANCHORS, DOCUMENTS, MAX_OPEN_WORDS, MAX_ROLE_WORDS, TitleBodies
from persianews.entities.title_postings import AFFAIRS as _AFFAIRS
from persianews.entities.title_postings import TitlePostings
from persianews.text.months import MONTHS, SOLAR_MONTHS

_DATE_WORDS = frozenset(("ماه", "سال", *MONTHS)) | {month + "ماه" for month in SOLAR_MONTHS}
#: Envoys, sent «to» a country (فرستاده سازمان ملل به لیبی): canonical heads; and «نماینده» with «ویژه» after it
#: (نماینده ویژه سازمان ملل به سوریه), whose canonical head is «نماینده».
_ENVOYS = frozenset({"فرستاده"})
_TIME_WORDS = frozenset({"پیش", "پس", "بعد", "قبل"})
_PARLIAMENT = frozenset({"مجلس", "پارلمان"})
#: Words before a portfolio that name its field (مدیر امور باغبانی, کارشناس مسائل اقتصادی): keys.
_FIELDS = frozenset({_AFFAIRS, fold("مسائل")})
_PLURAL_SUFFIXES = frozenset({"ها", "های"})
_MAX_DEPTH = 2
#: Adjectives a portfolio within a role may take before its country (وزیر تجارت | داخلی | سوریه).
_MAX_QUALIFIERS = 2
_SPECIAL = "ویژه"
_BEFORE_COMPLEMENT = "complement"  # a title_modifier value: a modifier only before a place or an organisation
_STATE = "ایالت"
#: Heads whose holder serves «in» a place or body (سفیر ایران در …, نماینده ولی فقیه در استان …).
_POSTED = frozenset({"diplomatic"})
_ACADEMIC = "academic"
"""The kind of the organisation heads (``org_heads.tsv``) of an academic body: دانشگاه, دانشکده, پژوهشگاه."""
_REPRESENTATIVE = "نماینده"
#: Head kinds that are titles only beside a name (خبرنگار فارس alone is no official).
_BESIDE_NAME_ONLY = frozenset({"journalist", "expert"})
#: Tokens from a role word to a tagger organisation that may complete it (a multi-word role, modifiers, a
#: portfolio between: مدیر عامل | …, معاون فنی | …).
_MAX_TAGGED_GAP = 6
#: Tokens a role before a person may span (معاون اول | …, نماینده ویژه | …).
#: The rule of a title whose complement is the person it serves (معاون | اوباما).
SERVING_RULE = "title-serving"
#: The rule of a title a demonstrative continues (این | عضو کمیسیون برنامه و بودجه): the current subject's.
ANAPHOR_RULE = "title-anaphor"
#: Singular demonstratives before a role that continues the current subject (این عضو …, همین نماینده …): keys.
_DEMONSTRATIVES = frozenset({THIS, "همین"})
#: Roles that serve a person, so that the name after them is whom they serve (معاون | اوباما), not their holder
#: as after other roles (سرمربی | ویسی: the coach named ویسی).
_SERVING = frozenset({"معاون", "معاون اول", "مشاور", "وکیل", "سخنگو", "رئیس ستاد", "نماینده ویژه", "فرستاده",
                      "قائم‌مقام"})


class TitleParser(TitleBodies, TitlePostings):
    """Titles of one document, given its places and organisations."""

    def __init__(self, view: TokenView, places: PlaceIndex, organizations: list[Candidate],
                 weak: Iterable[Candidate] = ()):
        self.view = view
        self.places = places
        self.organizations: dict[int, Candidate] = {}
        for org in organizations:
            current = self.organizations.get(org.start)
            if current is None or org.end > current.end:
                self.organizations[org.start] = org
        #: Organisations with a weak head (شرکت, کمیته …), taken only as a title's complement.
        self.weak = {org.start: org for org in weak if org.start not in self.organizations}

    def titles(self) -> list[Candidate]:
        """The TITLE candidates of the text, left to right, none overlapping."""
        found = []
        following = 0  # the first token after the last title found
        for index in self.view.having("head"):
            title = self.parse(index) if index >= following else None
            if title is not None:
                found.append(title)
                following = title.end
        return found

    def with_tagged_complements(self, candidates: list[Candidate]) -> list[Candidate]:
        """``candidates`` (the rules' merged with the tagger's) with the titles a tagger-only organisation
        completes: a role word, alone or ending a title, right before an organisation the lexicons do not
        know (رئیس | اتحادیه مشاوران املاک تهران, معاون فنی | گمرک) takes it as the rules take a known one.
        The new title overlaps no person and no other title. One parse per role word with such an
        organisation near."""
        tagged = sorted(c.start for c in candidates
                        if c.label == "ORG" and c.rule == TAGGER_RULE and c.start not in self.organizations)
        if not tagged:
            return candidates
        starts = set(tagged)
        for org in candidates:
            if org.label == "ORG" and org.start in starts:
                self.organizations.setdefault(org.start, org)
        found = {c.start: c for c in candidates if c.label == "TITLE"}
        people = IntervalIndex([c for c in candidates if c.label == "PERSON"])
        titles = IntervalIndex(list(found.values()))
        replaced: dict[int, Candidate] = {}
        following = 0
        for index in self.view.having("head"):
            current = found.get(index)
            near = bisect.bisect_right(tagged, index)
            if index < following or (current.end not in starts if current is not None else
                                     near == len(tagged) or tagged[near] > index + _MAX_TAGGED_GAP
                                     or titles.any_overlapping(index, index + 1)):
                continue
            title = self.parse(index)
            if title is not None and any(p.name == "organization" and p.start in starts for p in title.parts) \
                    and not people.any_overlapping(title.start, title.end) \
                    and all(other is current for other in titles.overlapping(title.start, title.end)):
                replaced[index] = title
                following = title.end
        return [replaced.pop(c.start, c) if c.label == "TITLE" else c for c in candidates] + list(replaced.values())

    def roles_of_people(self, candidates: list[Candidate]) -> list[Candidate]:
        """``candidates`` with the titles whose complement is a person: a role that needs a complement, no
        title's, that serves a person (``_SERVING``), right before a person (معاون | باراک اوباما, مشاور | سندرز,
        وکیل | نجفی) serves that person. One look at the few tokens before each person."""
        titles = IntervalIndex([c for c in candidates if c.label == "TITLE"])
        others = IntervalIndex([c for c in candidates if c.label != "LOC"])
        heads = set(self.view.having("head"))
        added = []
        for person in candidates:
            if person.label != "PERSON" or titles.any_overlapping(person.start - 1, person.end):
                continue
            start = hajj_before(self.view, person.start)  # معاون | حاج علی شمخانی: the honorific serves too
            for index in range(max(0, start - MAX_ROLE_WORDS), start):
                role = self._role_before(index, start) if index in heads else None
                if role is not None and not others.any_overlapping(index, start):
                    added.append(Candidate("TITLE", index, person.end, SERVING_RULE, canonical=role.canonical,
                                           parts=(Part("role", index, start), Part("organization", start, person.end))))
                    break
        return candidates + added

    def _role_before(self, index: int, end: int) -> TitleHead | None:
        """The head of a role that serves a person from token ``index`` to ``end`` (modifiers after it)."""
        view = self.view
        if not view.adjacent(end - 1, end) or self._generic_or_anaphor(index):
            return None
        for match in view.matches[index]:
            if "head" in match.kinds() and self._skip_modifiers(match.end) == end and self._spelled(match):
                head = match.of("head")[0]
                if head.canonical in _SERVING:
                    return head
        return None

    def parse(self, index: int, depth: int = 0) -> Candidate | None:
        """The title starting at token ``index``, or None; ``depth`` counts nested complements."""
        view = self.view
        if index >= len(view.kinds_at) or "head" not in view.kinds_at[index]:
            return None
        heads = [m for m in view.matches[index] if "head" in m.kinds() and self._spelled(m)]
        anaphor = depth == 0 and self._demonstrative_before(index)
        if not heads or (depth == 0 and not anaphor and self._generic_or_anaphor(index)):
            return None
        longest, shortest = heads[0], heads[-1]
        # The shortest head is the role when the grammar explains the rest of the longest one
        # (وزیر | فرهنگ و ارشاد اسلامی); otherwise the longest is (وزیر نیرو, رئیس جمهور | آمریکا).
        role = shortest
        end, parts = self._complement(self._skip_modifiers(shortest.end), depth, open_complement=False)
        longer = None  # the longest head's complement, where worked out below
        if end < longest.end or parts and parts[0].name == "location" and parts[0].start < longest.end \
                and (longer := self._complement(self._skip_modifiers(longest.end), depth, _needs(longest)))[0] >= end:
            # … or a place begins inside the longest head, which explains as much (وزیر کشور | پاکستان, not
            # وزیر | کشور پاکستان; but رئیس | جمهوری اسلامی ایران)
            role = longest
        if role is longest and longer is not None:
            end, parts = longer
        elif (role is longest or not parts) and (role is not shortest or _needs(role)):
            # (the shortest head's complement, closed, is the one worked out above: the same call)
            end, parts = self._complement(self._skip_modifiers(role.end), depth, _needs(role))
        if role is not shortest and not parts and _needs(shortest):
            end, parts = self._qualified_portfolio(end)
        if words.plain(view.key(end)) in _PLURAL_SUFFIXES and view.adjacent(end - 1, end):
            return None
        parts = (Part("role", index, role.end),) + parts
        end, parts = self._joint_body(end, parts)
        head = role.of("head")[0]
        if head.kind in _POSTED or head.canonical.startswith(_REPRESENTATIVE):
            end, parts = self._posted_in(end, parts)
        elif self._branch(parts):
            end, parts = self._posted_in(end, parts, bodies=False)
        else:
            end, parts = self._unit_in(end, parts)
        special = head.canonical == _REPRESENTATIVE and _SPECIAL in view.keys[role.end:self._skip_modifiers(role.end)]
        if (head.canonical in _ENVOYS or special) and len(parts) > 1:
            end, parts = self._sent_to(end, parts)
        end, parts = self._in_affairs(end, parts)
        if depth == 0:
            end, parts = self._in_government(end, parts, _complete_alone(head))
        end, parts = self._coordinated_special(end, parts, depth)
        if len(parts) == 1 and depth == 0 and view.key(end) == AND and not _complete_alone(head):
            # سفیر و | کاردار ایران در سازمان ملل: two roles, one complement; a role complete alone is a title
            # of its own (وزیر نیرو | و استاندار قزوین: two people)
            second = self.parse(end + 1, depth + 1)
            if second is not None and second.complete and len(second.parts) > 1:
                end, parts = second.end, parts + second.parts[1:]
        if len(parts) == 1 and head.needs_complement:
            return None  # a role word whose complement the grammar did not find: no title
        if head.teaching and not self._academic_body(parts):
            return None  # استاد موسیقی, استاد ایران: a master of an art, no post; استاد | جامعه‌شناسی دانشگاه X is one
        journalist = head.kind in _BESIDE_NAME_ONLY
        complete = (len(parts) > 1 or _multiword(head.canonical)) and not journalist
        if anaphor:
            if journalist or not any(part.name in ANCHORS for part in parts) \
                    or head.teaching and sum(part.end - part.start for part in parts[1:]) < 2:
                # این مسئول (سیاسی), این خبرنگار: a description with no body or place, no title; nor این استاد
                # دانشگاه, a body's bare head (این استاد دانشگاه تهران is one)
                return None
            return Candidate("TITLE", index, end, ANAPHOR_RULE, canonical=head.canonical, parts=parts, complete=True)
        return Candidate("TITLE", index, end, "title-journalist" if journalist else "title", canonical=head.canonical,
                         parts=parts, complete=complete)

    def _academic_body(self, parts: tuple[Part, ...]) -> bool:
        """Whether an organisation of ``parts`` holds an academic body's head word (دانشگاه, دانشکده, پژوهشگاه)."""
        view = self.view
        return any(m.of("org_head")[0].kind == _ACADEMIC for part in parts if part.name == "organization"
                   for i in range(part.start, part.end) for m in view.matches[i] if "org_head" in m.kinds())

    def _qualified_portfolio(self, index: int) -> tuple[int, tuple[Part, ...]]:
        """After a role that holds its portfolio (وزیر تجارت), up to ``_MAX_QUALIFIERS`` adjectives that qualify
        the portfolio, closed by a country or province (وزیر تجارت | داخلی | سوریه): the end and the parts;
        ``index`` and none when there are not."""
        view = self.view
        end = index
        while end < index + _MAX_QUALIFIERS and view.adjacent(end - 1, end) and words.is_adjective(view.key(end)):
            end += 1
        place = self.places.by_start.get(end)
        if end == index or place is None or place.ambiguous or not view.adjacent(end - 1, end):
            return index, ()
        return place.end, (Part("portfolio", index, end), Part("location", end, place.end))

    def _demonstrative_before(self, index: int) -> bool:
        """Whether a singular demonstrative (این, همین) stands right before token ``index`` (not in «پیش از
        این», «قبل از این»: a time)."""
        view = self.view
        return index > 0 and view.adjacent(index - 1, index) and view.key(index - 1) in _DEMONSTRATIVES \
            and not _after_time(view, index - 1)

    def _spelled(self, match: Match) -> bool:
        """A head written with a ZWNJ ezafe (فرمانده‌ی) needs it in the text: فرماندهی is another word."""
        text = self.view.pieces[match.end - 1]
        return not all(h.written_ezafe for h in match.of("head")) or text.endswith("\u200cی")

    def _generic_or_anaphor(self, index: int) -> bool:
        view = self.view
        if not view.adjacent(index - 1, index):
            return False  # a role word opening a line (… یک‌هزار نفر | مدیر جهاد کشاورزی آمل)
        if view.key(index - 1) in lexicons.context("anaphor") and not _after_time(view, index - 1):
            return True  # این مسئول (but: پیش از این | وزیر اقتصاد مراکش)
        if index and view.adjacent(index - 1, index) and view.word(index - 1).endswith("های"):
            return True  # کشورهای عضو: the role word qualifies a plural
        if index and (view.kinds_of[index - 1] == "number" and not _year(view, index - 1)
                      or view.key(index - 1) in lexicons.context("counter")):
            return True  # 73 هزار نفر عضو …: a count of members
        for start in range(max(0, index - 4), index):
            if "plural" in view.kinds_at[start] and any("plural" in m.kinds() and m.end == index
                                                        for m in view.matches[start]) \
                    and view.adjacent(start, index):
                return True
        return False

    def _skip_modifiers(self, index: int) -> int:
        modifiers = lexicons.context("title_modifier")
        while index < len(self.view) and self.view.key(index) in modifiers:
            if modifiers[self.view.key(index)] == _BEFORE_COMPLEMENT and index + 1 not in self.organizations \
                    and self._places(index + 1) == index + 1 and self._predicate_follows(index + 1):
                break  # وزیر کشور | مکلف است: a predicate, not a modifier (but نخست وزیر مکلف عراق, … مکلف در …)
            index += 1
        return index

    def _predicate_follows(self, index: int) -> bool:
        """Whether token ``index`` continues a predicate (a copula, «به» or a verb not of saying: … مکلف است,
        … مکلف به ارائه …, … مکلف شد), so that the modifier before it is the predicate's adjective; a role so
        modified ends a title before any other word (نخست وزیر مکلف | در تشکیل دولت …, … مکلف | گفت)."""
        view = self.view
        return index < len(view) and view.adjacent(index - 1, index) \
            and (view.key(index) == TO or view.key(index) in words.COPULAS or words.verb_after_noun(view.key(index)))

    def _complement(self, index: int, depth: int, open_complement: bool = True) -> tuple[int, tuple[Part, ...]]:
        view = self.view
        if index >= len(view) or not view.adjacent(index - 1, index):
            return index, ()
        parts: tuple[Part, ...] = ()
        portfolio_end = self._portfolios(index)
        if portfolio_end > index:
            parts += (Part("portfolio", index, portfolio_end),)
            index = self._skip_modifiers(portfolio_end)
        numbered = self._numbered_unit(index, depth, parts)
        if numbered is not None:
            return numbered
        org = self.organizations.get(index) or self.weak.get(index)
        if org is not None:
            return self._after_organization(org.end, parts + (Part("organization", index, org.end),))
        body = self._role_context_body(index)
        if body is not None:
            return self._after_organization(body, parts + (Part("organization", index, body),))
        if depth < _MAX_DEPTH:
            inner = self.parse(index, depth + 1)
            if inner is not None:
                return inner.end, parts + (Part("organization", index, inner.end),)
            office = self._deputy_office(index, depth)
            if office is not None:
                return office, parts + (Part("organization", index, office),)
        places_end = self._places(index)
        if places_end > index:
            parts += (Part("location", index, places_end),)
            org = self.organizations.get(places_end + 1)
            legislative = org is not None and org.rule.startswith(("org-lexicon", "org-head-legis"))
            if view.key(places_end) == IN and legislative and org is not None:

                return org.end, parts + (Part("organization", places_end + 1, org.end),)
            if view.key(places_end) == IN and view.key(places_end + 1) in _PARLIAMENT \
                    and view.adjacent(places_end, places_end + 1):  # نماینده مردم ورامین در | مجلس
                return places_end + 2, parts + (Part("organization", places_end + 1, places_end + 2),)
            return places_end, parts
        if not parts and view.key(index) == _STATE and view.adjacent(index, index + 1):
            # فرماندار ایالت | نیویورک; سناتور ایالت | ورمونت: a state the gazetteer does not list is one name word
            state = self.places.at(index + 1)
            if state is not None and state.start == index + 1:
                return state.end, (Part("location", index, state.end),)
            if name_word(view, index + 1):
                return index + 2, (Part("location", index, index + 2),)
        head = view.find(index, "org_head")
        if head is not None and head.of("org_head")[0].takes in ("place", "place_or_name"):
            parts += (Part("organization", index, head.end),)  # رئیس دانشگاه
            common = self._common_place(head.end)  # سخنگوی گمرک | کل کشور
            return (common, parts + (Part("location", head.end, common),)) if common > head.end else (head.end, parts)
        if not parts and open_complement:
            run_end = min(name_run(view, index, self.places), index + MAX_OPEN_WORDS + 2)
            place = self.places.closing(index, run_end)
            if place is not None:
                return run_end, (Part("organization", index, place[0]), Part("location", place[0], run_end))
            closed = self._closed_by_organization(index) or self._named_in(index)
            if closed is not None:
                return closed
        if len(parts) == 1 and view.adjacent(index - 1, index) and view.key(index) not in DOCUMENTS:
            # a «و» goes on with one portfolio, no list nor a place, in name words the lexicon does not list (معاون
            # نظارت | و ارزشیابی سازمان سینمایی; not وزیر امور اقتصادی و دارایی | و مصوبه هیئت …)
            joined = view.key(index) == AND and view.key(index + 1) not in DOCUMENTS and parts[0].name == "portfolio" \
                and LIST_JOINERS.isdisjoint(view.keys[parts[0].start:index]) and index not in self.places.by_end
            closed = self._closed_by_organization(index + 1 if joined else index)
            if closed is not None and view.key(closed[0]) != OBJECT:
                # مدیر اجرایی | برنامه فوریت‌های بهداشتی | سازمان جهانی بهداشت (not … | گزارش سازمان ملل | را)
                return closed[0], parts + closed[1]
            # a portfolio the lexicon knows in part, and a country or province after it: وزیر توسعه |
            # صنعت و تجارت | برزیل
            run_end = min(name_run(view, index, self.places, strict=False), index + MAX_OPEN_WORDS + 2)
            place = self.places.closing(index, run_end)
            if place is not None and not self.places.by_end[run_end].ambiguous:
                return run_end, (Part("portfolio", parts[0].start, place[0]), Part("location", place[0], run_end))
        return index, parts

    def _portfolios(self, index: int) -> int:
        end = index
        match: Match | None = self.view.find(index, "portfolio")
        if match is None and self.view.key(index) in _FIELDS and self.view.adjacent(index, index + 1):
            match = self.view.find(index + 1, "portfolio")  # امور | باغبانی, مسائل | سیاسی: «affairs of» a portfolio
        while match is not None:
            end = match.end
            if self.view.key(end) in LIST_JOINERS:
                match = self.view.find(end + 1, "portfolio")
            elif self.view.adjacent(end - 1, end) and self.places.by_end.get(end) is None \
                    and self.places.by_start.get(end) is None:
                # the comma left out (سیاسی امنیتی), «و» joined (واجتماعی); not after a place (رئیس‌جمهوری فرانسه |
                # بودجه سال آینده را …: the noun after it opens the predicate's object), nor a place (وزیر امور
                # خارجه | آمریکا: the country of the office, no portfolio «آمریکا» of a deputy's)
                match = self.view.find(end, "portfolio") or self.view.find(end, "joined_portfolio")
            else:
                match = None
        return end

    def _places(self, index: int) -> int:
        """The end of a list of places (each with an optional prefix word, each maybe placed within a
        larger one: بخش مرکزی شهرستان قزوین) from token ``index``; a state named by its regime (وزیر خارجه |
        جمهوری اسلامی) and a common noun (:meth:`_common_place`) are places here only."""
        end = index
        place = self.places.at(index)
        common = self._common_place(index) if place is None else index
        if common > index:
            return common
        if place is None:
            state = self.view.find(index, lexicons.STATE_NAME)
            return state.end if state is not None and self.view.adjacent(index - 1, index) else index
        if place is not None and place.ambiguous and (place.hint is None or self._verb_after(place.end)):
            return index  # وزیر | بار: an ordinary word needs a prefix or a role that asks for a place; وزیر کشور |
            # خبر داد: the word is the noun of a compound verb
        while place is not None:
            end = place.end
            within = self.places.at(end)  # مرکزی | شهرستان قزوین: a place within a larger one
            if within is not None and within.start > end:
                place = within
                continue
            if self.view.key(end) not in LIST_JOINERS:
                break
            previous, place = place, self.places.at(end + 1)
            if place is not None and place.rows == previous.rows:
                break  # وزیر دفاع اسرائیل، | اسرائیل کاتز: the same place again is no list (a name it opens)
            if place is not None and place.start == end + 1 and place.ambiguous \
                    and self.view.key(place.end) not in LIST_JOINERS | {IN}:
                break  # … و امام (جمعه): an ordinary word needs its prefix in a list, or a list going on after it
        return end

    def _verb_after(self, index: int) -> bool:
        """Whether token ``index`` is the verb of a compound verb with the word before it (… خبر | داد)."""
        return self.view.adjacent(index - 1, index) and words.verb_after_noun(self.view.key(index))

    def _coordinated_special(self, end: int, parts: tuple[Part, ...], depth: int) -> tuple[int, tuple[Part, ...]]:
        """«… و فرماندار ویژه X» joins the title before it."""
        if depth or self.view.key(end) != AND:
            return end, parts
        second = self.parse(end + 1, depth + 1)
        if second is None or not second.complete or _SPECIAL not in self.view.keys[second.start:second.end]:
            return end, parts
        return second.end, parts + (Part("organization", end + 1, second.end),)


def _year(view: TokenView, index: int) -> bool:
    """Whether token ``index`` (a number) is the year of a date (بهمن ماه ۱۳۹۸ | وزیر اقتصاد): four digits
    after a month or «ماه»/«سال», no count of the role word after it."""
    word = view.word(index)
    return index > 0 and len(word) == 4 and word.isdigit() and view.word(index - 1).replace("\u200c", "") in _DATE_WORDS


def _after_time(view: TokenView, index: int) -> bool:
    """Whether token ``index`` (a demonstrative) ends «پیش/پس/بعد/قبل از»: a time, not an anaphor."""
    return view.key(index - 1) == FROM and view.key(index - 2) in _TIME_WORDS


def _needs(match: Match) -> bool:
    return all(h.needs_complement for h in match.of("head"))


def _multiword(canonical: str) -> bool:
    return " " in canonical or "\u200c" in canonical


def _complete_alone(head: TitleHead) -> bool:
    """Whether a role is a whole title without a complement (وزیر نیرو, رئیس‌جمهور; not سفیر, رئیس هیئت مدیره)."""
    return _multiword(head.canonical) and not head.needs_complement

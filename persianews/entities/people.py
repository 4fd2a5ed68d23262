"""People: given names with surnames, well-known figures, and surname-only mentions in context.

Rules, in order:

1. **full name**: a chain of given names (and name prefixes such as سید), each
   part possibly joined to the next inside one token (سیدجمالالدین,
   محمدمهدی), then a surname. The surname is the next word unless it is a
   function word, a verb form, a frequent adjective or given name, a
   role/organisation/cue/honorific word, a place, a plural, or a dictionary
   word before a verb that may take it as its nominal part (… منتشر می‌کند;
   not a verb of saying: رضا تبریزی گفت, nor a surname ending that is also a
   verb form: مؤذن زاده). A dictionary word must look like a surname (ی,
   زاده, پور … endings), follow an honorific, stand before a title (محمدباقر
   قالیباف رئیس مجلس) or be rare after a frequent given name (عباس
   نیک‌فرجام; less rare ones between a boundary and a person context: مهدی
   بازرگان، …). A frequent adjective is a surname only there too (سید حسین
   اسلامی در گفت‌وگو …). The less a given name proves, the
   more the context must: after names that are also ordinary words (امید,
   صفر, بهار) the person stands between boundaries (، صفر فضلی در …) unless
   the surname carries a marked ending (، امیر دلیرنیا به …), and such a name
   leads a chain only after a boundary (با همت | داریوش شایگان).
   A second word joins the surname when it is a detached ending (حسن زاده,
   حاجی آبادی) or another surname-shaped word unknown to the dictionary or
   made from a place (هاشمی رفسنجانی, عرب مقصودی); a given name before a
   detached ending is the surname's stem (حسن | علی زاده), and so is any word
   but a function word, a verb or a role after the surname, before a person
   context (جعفرزاده | ایمن آبادی نماینده …); two given names
   between boundaries with no surname after them are a given name and a
   surname (، اردوان روزبه،). Honorifics other than name prefixes stay outside
   the name, unless the honorific is a given name too and spells, with the given
   name after it, a given name written joined (امیر حسین → امیرحسین). A name in guillemets right before a title (a «،» between or not)
   is a name too, known or not («فرانسوآ اولاند» رئیس‌جمهور فرانسه), and a
   name inside guillemets that hold only name words grows to the whole quote
   («دیالا مصطفی مطر»).
2. **figures**: a well-known public figure of ``public_figures.tsv``: a full
   name, or the surname news uses alone (ترامپ, نتانیاهو, اژه‌ای); one that is
   also a word or a place (پوتین, کامرون, روحانی) needs an honorific or a title
   beside it, or a reporting verb or a colon after it.
3. **known surname**: a surname of a full name of the document (or of the post
   it replies to), standing alone elsewhere, at a line start too, after a
   boundary (sentence start, punctuation, honorific) or before a context word, a
   cue or a role word; a dictionary word (نیکزاد) needs both. After the tagger's merge, the surnames of the
   full names only the tagger found too, no dictionary word, between a boundary and a person context
   (``person-tagged-surname``, :meth:`PeopleFinder.tagged_surnames`).
4. **after an honorific**: دکتر/سردار/آقای … + a surname-shaped word (or two
   words, the second unknown to the dictionary: امیر | قلعه نویی; or a given
   name with a title after it: آقای صالح معاون …). «امیر» alone, a frequent
   given name too, is inside the span: the person's given name (امیر جدیدی;
   not امیر سرتیپ …, a rank of two words).
5. **subject**: a sentence-initial surname-shaped word unknown to the
   dictionary, followed by a context word or a reporting cue, in a sentence
   with a reporting cue or a colon (غفوری ضمن تقدیر … تصریح کرد).
6. **beside a title**: a word the dictionary cannot explain, or a rare one (no
   noun + ی: امضای, تلفنی), after a boundary (or a list's «و», «همچنین») and
   right before a title (، غفوری فرماندار البرز; و همچنین علی‌اکبریان
   مدیرعامل …); with a marked ending, after any word (با تقوی‌نژاد مدیر …); a
   word the dictionary does not know at all, after a boundary, before a «،» and
   a title too (، چانگ‌هوا، سفیر چین …), or opening its line before a dash and a
   title (هنسون - وزیر دفاع آمریکا: …).
7. **speaker label**: a word unknown to the dictionary (or rare), alone at the
   start of a line before a colon (تارتار: …), or alone between a title that
   opens its line with its «،» and the colon (سخنگوی کاخ سفید، مکنری: …), unless
   the document writes it after an outlet word (وب‌سایت بازفید).
8. **marked surname**: a word unknown to the dictionary with a marked surname
   ending (زاده, پور, نیا, راد, کیا), anywhere (اموال ساعدی‌نیا).
9. **lists**: a given name and a surname-shaped word next to a person found
   before, «،» or «و» between (رضا نظری‌کیا، شایان حصاری، پارسا فلاح و …).
10. **foreign name**: two or three words the dictionary does not know or lists
   as rare, between a boundary or a function word and a title (، ایزومی
   ناکامیتسو، معاون …; با سابرامانیام جایشانکار، وزیر …), or after a title and
   its «،» (سخنگوی ارتش، افی دفرین، …).
11. **after a plural word of address**: the names «آقایان» lists, «،» or «و»
   between (آقایان کرمانی، صدری‌نیا و تهامی).

Rule 9 takes two or three foreign-looking words between list separators beside a
person found before too (، آرنولد شوارتزنگر، مک‌کنزی دیویس، گابریل لونا). Once every
person is found (the tagger's too), one to three words between two people of a list
are one more (:meth:`PeopleFinder.listed_between`: ترنس هیل، باد اسپنسر، فارلی گرنجر).

Rules 5 to 8 take the given names right before the surname too (عرفان |
خردمندکیا). A name after a facility word is part of the facility's name
(اردوگاه شهید بهشتی, خیابان مطهری): no PERSON there.
"""

from __future__ import annotations

from itertools import compress

import attrs

from persianews.entities import words
from persianews.entities.candidates import Candidate, Part, with_rule
from persianews.entities.intervals import IntervalIndex
from persianews.entities.keys import AND, LIST_JOINERS, token_key
from persianews.entities.matcher import indexes_of
from persianews.entities.people_rules import _MARKED_ENDINGS, _MAX_QUOTED, SingleNames
from persianews.entities.people_tokens import _MAX_PARTS, _NAME_PARTS, _NOT_SURNAME_KINDS
from persianews.entities.tagger_merge import TAGGER_RULE, VETOED_PEOPLE
from persianews.text.bounded_cache import Memo
from persianews.text.segment import SENTENCE_END

_MIN_KNOWN_SURNAME = 4
#: Keys of the plural words of address before a list of names (آقایان صانعی و یزدی).
_PLURAL_ADDRESS = frozenset({"آقایان", "آقایون"})
#: The lexicon matches a surname listed after one may have (a given name: آقایان معین و …; an ambiguous place).
_SURNAME_MATCHES = frozenset({"given", "place"})
_ADDRESSED_RULE = "person-addressed"
#: The rule of a name between two people of a list (:meth:`PeopleFinder.listed_between`), and its most words.
_LISTED_BETWEEN_RULE = "person-listed-between"
_MAX_LISTED_WORDS = 3
#: The possessive pronouns' endings of a noun (مادرش), and how frequent its stem is in the dictionary to be read so.
_POSSESSIVE_ENDINGS = ("ش", "م", "ت")
_FREQUENT_NOUN = 10_000
#: Keys of the words before a plural word of address that make it a common noun (این آقایان, برخی آقایان).
_DETERMINERS = frozenset(token_key(word, "word") for word in ("این", "آن", "همین", "همان", "برخی", "بعضی", "همه",
                                                               "تمام", "اکثر", "سایر"))
#: Keys of the words that close a list in place of a name (… و غیره, … و دیگران).
_LIST_CLOSERS = frozenset({"غیره", "دیگران", "سایرین", "دیگر"})
#: The prefixes of present and continuous verb forms, written with a ZWNJ (می‌گفته, نمی‌فهمیده).
_VERB_PREFIXES = ("می\u200c", "نمی\u200c")
#: Marks that may end a list's last name (… و گیر پدرسون.).
_LIST_END = SENTENCE_END | {"»", ")", ":", "؛"}
#: Surname kinds the dictionary explains (a word, a noun + ی): such a word may head a phrase instead.
_EXPLAINED = frozenset({"word", "yeh"})
#: Matches that make the first word of a tagger's name no given name (see :meth:`PeopleFinder.tagged_surnames`).
_ROLE_KINDS = frozenset({"head", "org_head", "honorific"})


def _surname_or_stem(key: str) -> bool:
    """Whether a token key may be a surname (:func:`~persianews.entities.words.surname_class`) or a
    surname's stem (a given name): where not, and the word has no :data:`~persianews.entities.words.HEH_YEH_ENDING`,
    a token is neither (``_surname_kind`` and ``_stem_of_ending`` fail)."""
    return words.surname_class(key) is not None or words.is_given_name(key)


_SURNAME_OR_STEM = Memo(_surname_or_stem)


def _possessed(key: str) -> bool:
    """Whether a token key is a frequent dictionary noun with a possessive pronoun's ending (مادرش, همسرم, دوستت),
    no given name (مریم, کریم): a relative or a thing of someone's, no name."""
    return key.endswith(_POSSESSIVE_ENDINGS) and words.frequency(key[:-1]) >= _FREQUENT_NOUN \
        and not words.is_given_name(key)


class PeopleFinder(SingleNames):
    """People of one document; ``blocked`` tokens (inside titles and organisation names) hold no name."""

    def people(self) -> list[Candidate]:
        """The PERSON candidates of the document, every rule applied in order."""
        found = self._full_names()
        full_names = IntervalIndex(found)
        found += [q for q in self._quoted_names() if not full_names.any_overlapping(q.start, q.end)]
        taken = {i for p in found for i in range(p.start, p.end)}
        found += self._figures(taken)
        surnames = self.known_surnames | {self._surname_key(p) for p in found} - {""}
        # Each rule below needs one of these where it starts: a known surname's first letters, an
        # honorific before, a sentence start, a title after.
        prefixes = {surname[:end] for surname in surnames for end in range(len(surname) + 1)}
        keys = self.view.keys
        types = self.view.types  # per word type, then C-level passes over the tokens
        wanted = types & prefixes | self.view.types_ending_with(_MARKED_ENDINGS)
        near = {start - before for start in self.title_starts for before in (1, 2, 3)}
        near.update(end + 1 for end in self.complete_title_ends)  # سخنگوی ارتش، | افی دفرین
        near.update(self.honorific_ends, self.sentence_starts)
        if ":" in types:
            near.update(i - 1 for i in indexes_of(keys, ":"))
        longest = max(map(len, surnames), default=0)
        starts = sorted({*compress(range(len(keys)), map(wanted.__contains__, keys))}
                        | {index for index in near if 0 <= index < len(keys)})
        pieces = self.view.pieces
        for index in starts:
            if index in taken or not (_SURNAME_OR_STEM[keys[index]] or pieces[index].endswith(words.HEH_YEH_ENDING)):
                continue  # no surname nor a surname's stem here: the test below fails (tested per word type)
            if self._surname_kind(index) is None and not self._stem_of_ending(index) or self._named_facility(index):
                continue
            candidate = (self._known_surname(index, surnames, longest) or self._after_honorific(index)
                         or self._subject(index) or self._beside_title(index) or self._speaker_label(index)
                         or self._marked_alone(index) or self._foreign_beside_title(index))
            if candidate is not None and not any(i in taken for i in range(candidate.start, candidate.end)):
                found.append(candidate)
                taken.update(range(candidate.start, candidate.end))
        self._addressed(found, taken)
        self._surnames_found_later(found, taken, surnames)
        self._listed(found, taken)
        found = [self._whole_quote(p) for p in found]
        return sorted(found, key=lambda c: c.start)

    def _addressed(self, found: list[Candidate], taken: set[int]) -> None:
        """Rule 11: the names listed after a plural word of address, «،» or «و» between (آقایان کرمانی، صدری‌نیا
        و تهامی; آقایان معین و علی تهامی), added to ``found``: each a name found before or one surname-shaped word
        (two with a detached ending or a second surname) that no lexicon gives another sense (تیم); one name
        alone must be a word the dictionary does not know, not ending the sentence (آقایان تهامی گفتند; not آقایان
        علما, آقایان پایداری, از آقایان سپاسگزاریم.).
        Not after a determiner (این آقایان …), nor a word that closes a list (… و غیره), a joined preposition
        (دراین) or a dictionary word that heads a phrase (… و همکاری نمایندگان).
        A listed name of a rule the tagger vetoes (:data:`VETOED_PEOPLE`: … و صدری‌نیا) takes this rule: the list
        vouches for it."""
        view = self.view
        by_start = {p.start: p for p in found}
        for address in view.tokens_of_types(_PLURAL_ADDRESS):
            if view.key(address - 1) in _DETERMINERS:
                continue  # این آقایان, برخی آقایان: the men meant, no names after
            listed: list[Candidate] = []
            index = address + 1
            while index < len(view) and view.adjacent(index - 1, index):
                person = by_start.get(index) or self._addressed_surname(index, taken)
                if person is None:
                    break
                listed.append(person)
                index = person.end + (2 if view.key(person.end) == "،" and view.key(person.end + 1) == AND else 1)
                if view.key(index - 1) not in LIST_JOINERS:
                    break
            new = [p for p in listed if p.rule == _ADDRESSED_RULE]
            if len(listed) > 1 or new and self._surname_kind(new[0].start) in ("unknown", "compound") \
                    and view.adjacent(new[0].end - 1, new[0].end) and view.key(new[0].end) not in SENTENCE_END:
                found += new
                taken.update(i for p in new for i in range(p.start, p.end))
                for p in listed:  # the list vouches for a name the tagger would veto alone (… و صدری‌نیا)
                    if p.rule in VETOED_PEOPLE:
                        found[found.index(p)] = with_rule(p, _ADDRESSED_RULE)

    def _addressed_surname(self, index: int, taken: set[int]) -> Candidate | None:
        """A surname-shaped word at token ``index`` that no lexicon gives another sense, with a detached ending
        or a second surname after it (:meth:`_surname_end`), as a candidate of rule 11; None where there is none."""
        view = self.view
        key = view.key(index)
        if index in taken or self._surname_kind(index) is None or key in _LIST_CLOSERS \
                or words.is_joined_preposition(key) \
                or not view.kinds_at[index] <= _SURNAME_MATCHES or words.is_verb(view.key(index + 1)):
            return None
        end = self._word_and_surname(index) or self._surname_end(index)
        following = view.key(end)
        if any(i in taken for i in range(index, end)) or end == index + 1 and self._surname_kind(index) in _EXPLAINED \
                and not (following in LIST_JOINERS or self._person_context_at(end)
                         or words.is_function_word(following) or words.is_verb(following)):
            return None  # … و همکاری نمایندگان: a dictionary word heading a phrase
        return Candidate("PERSON", index, end, _ADDRESSED_RULE, parts=(Part("surname", index, end),))

    def _surnames_found_later(self, found: list[Candidate], taken: set[int], surnames: set[str]) -> None:
        """A surname that a context rule found (آسیابی افزود) is known before it too (، آسیابی دادستان …):
        rule 3 again, for those surnames only (added to ``found``)."""
        later = {key for p in found if p.rule != "person-known-surname" and (key := self._surname_key(p))} - surnames
        found += self._alone(later, taken, "person-known-surname")

    def tagged_surnames(self, chosen: list[Candidate]) -> list[Candidate]:
        """Rule 3 again for the surnames of the people of two to four words only the tagger found (``chosen``:
        the candidates after the merge; جومپا لاهیری …، لاهیری گفت …), at tokens no candidate of ``chosen``
        holds, between a boundary and a person context (a cue, a role, «،»): PERSON ``person-tagged-surname``.

        The surname is what follows the given names (محمدمهدی | باریده, حشمت‌الله | فلاحت پیشه), or the last
        word where the first is no given name (جومپا | لاهیری). Left: a surname that is a word of the dictionary
        or a given name (اعتبار | اسنادی, … دامپزشک گفت), a name whose first word is a role, an honorific or
        another word of the dictionary (کاپیتان فورچون, تیک تاک بینگ: a rank or a phrase, not a given name), a
        name of one word repeated (بینگ بینگ); and a surname alone beside the same word across «،» (بینگ، بینگ).
        A surname alone in guillemets is kept: news write foreign names so («سیلوا» … اذعان داشت)."""
        keys = self.view.keys
        surnames = {key for c in chosen if c.label == "PERSON" and c.rule == TAGGER_RULE and 2 <= c.end - c.start <= 4
                    and len(set(keys[c.start:c.end])) == c.end - c.start and self._opens_with_a_given_name(c)
                    and (key := self._surname_key(attrs.evolve(c, parts=(Part("surname", self._tagged_surname_start(c),
                                                                                   c.end),))))
                    and not words.in_dictionary(key) and not words.is_given_name(key)}
        taken = {i for c in chosen for i in range(c.start, c.end)}
        return [c for c in self._alone(surnames, taken, "person-tagged-surname")
                if self._name_position(c.start, c.end, both=True) and not self._repeated_across_comma(c)]

    def listed_between(self, chosen: list[Candidate]) -> list[Candidate]:
        """Rule 9's lists read once more over the people of ``chosen`` (after the merge): one to three words between
        two people of a list, a «،» or «و» on either side, on one line (ترنس هیل، | باد اسپنسر |، فارلی گرنجر; مرتضی حائری، |
        صدوقی | و سید روح‌الله خاتمی), that no candidate of ``chosen`` holds, none a function word, a verb or a
        word of a title or an organisation's name, the last one no noun with a possessive ending (:func:`_possessed`:
        مادرش) and no given name alone: PERSON ``person-listed-between``. Linear in the candidates."""
        view = self.view
        people = sorted((c for c in chosen if c.label == "PERSON"), key=lambda c: c.start)
        taken = {i for c in chosen for i in range(c.start, c.end)}
        found = []
        for before, after in zip(people, people[1:]):
            start, end = before.end + 1, after.start - 1
            if not (0 < end - start <= _MAX_LISTED_WORDS and view.key(before.end) in LIST_JOINERS
                    and view.key(end) in LIST_JOINERS and view.adjacent(before.end - 1, after.start)) \
                    or end - start == 1 and words.is_given_name(view.key(start)) or _possessed(view.key(end - 1)):
                continue
            if all(view.kinds_of[i] == "word" and i not in taken and i not in self.blocked
                   and view.key(i) not in LIST_JOINERS and not words.is_function_word(view.key(i))
                   and not words.is_verb(view.key(i)) for i in range(start, end)):
                found.append(Candidate("PERSON", start, end, _LISTED_BETWEEN_RULE,
                                       parts=(Part("given", start, end - 1), Part("surname", end - 1, end))))
        return found

    def _opens_with_a_given_name(self, person: Candidate) -> bool:
        """The first word of a tagger's name may be a given name: one, or a word neither of the dictionary nor
        a role or an honorific (جومپا; not کاپیتان, تیک)."""
        first = self.view.keys[person.start]
        return words.is_given_name(first) or not (words.in_dictionary(first)
                                                  or self.view.kinds_at[person.start] & _ROLE_KINDS)

    def _repeated_across_comma(self, person: Candidate) -> bool:
        """The same words stand right before or after ``person`` across a «،» (بینگ، بینگ، بینگ)."""
        view, size = self.view, person.end - person.start
        key = "".join(view.keys[person.start:person.end])
        before = person.start - 1 - size
        return (view.key(person.start - 1) == "،" and before >= 0 and "".join(view.keys[before:person.start - 1]) == key
                or view.key(person.end) == "،" and "".join(view.keys[person.end + 1:person.end + 1 + size]) == key)

    def _tagged_surname_start(self, person: Candidate) -> int:
        """The first token of the surname of a tagger's name (see :meth:`tagged_surnames`)."""
        keys = self.view.keys
        if not words.is_given_name(keys[person.start]):
            return person.end - 1
        start = person.start + 1
        while start < person.end - 1 and words.is_given_name(keys[start]):
            start += 1
        return start

    def _alone(self, surnames: set[str], taken: set[int], rule: str) -> list[Candidate]:
        """Rule 3 for ``surnames`` at the tokens not in ``taken`` (updated), as candidates of ``rule``."""
        if not surnames:
            return []
        found = []
        # a surname spelled from a token starts with the token's key (no empty key: ء)
        prefixes = {surname[:end] for surname in surnames for end in range(1, len(surname) + 1)}
        longest = max(map(len, surnames))
        keys = self.view.keys
        for index in compress(range(len(keys)), map(prefixes.__contains__, keys)):
            if index in taken:
                continue
            candidate = self._known_surname(index, surnames, longest)
            if candidate is not None and not any(i in taken for i in range(candidate.start, candidate.end)):
                found.append(with_rule(candidate, rule) if rule != candidate.rule else candidate)
                taken.update(range(candidate.start, candidate.end))
        return found

    def _whole_quote(self, person: Candidate) -> Candidate:
        """A person inside guillemets that hold only name words grows to the whole quote («دیالا مصطفی
        مطر»: the lexicons know the last two words only)."""
        view = self.view

        def name_like(i: int) -> bool:
            key = view.key(i)
            return view.is_word(i) and i not in self.blocked and not words.is_function_word(key) \
                and not words.is_verb(key) and view.kinds_at[i].isdisjoint(_NOT_SURNAME_KINDS) \
                and (self._surname_kind(i) in ("unknown", "yeh", "compound") or words.is_given_name(key))

        start, end = person.start, person.end
        while start > 0 and person.start - start < _MAX_QUOTED and name_like(start - 1) \
                and view.adjacent(start - 1, start):
            start -= 1
        while end < len(view) and end - person.end < _MAX_QUOTED and name_like(end) and view.adjacent(end - 1, end):
            end += 1
        if (start, end) == (person.start, person.end) or view.word(start - 1) != "«" or view.word(end) != "»" \
                or not view.adjacent(start - 1, start) or not view.adjacent(end - 1, end):
            return person
        return Candidate("PERSON", start, end, person.rule, parts=(Part("given", start, person.start),)
                         + tuple(p for p in person.parts if p.name == "surname"))

    def _listed(self, found: list[Candidate], taken: set[int]) -> None:
        """Names in a list with a name found before (added to ``found``): a given name and a surname-shaped
        word next to a person, «،» or «و» between (رضا نظری‌کیا، شایان حصاری، پارسا فلاح، معین خرسندی و
        پویا حقی), or two or three foreign-looking words (:meth:`_listed_foreign_name`); a name found without
        its first given name grows to it (و امیر | حسام علمدار)."""
        view = self.view
        changed = True
        while changed:
            changed = False
            ends = {p.end for p in found}
            starts = {p.start for p in found}
            # a listed name starts after a person and a separator, or ends right before them
            near = {p.end + 1 for p in found if view.key(p.end) in LIST_JOINERS}
            for p in found:
                if view.key(p.start - 1) in LIST_JOINERS:
                    near.update(range(max(0, p.start - 3 - 2 * _MAX_PARTS), p.start - 1))
            for index in sorted(near):
                if index >= len(view) or index in taken or index in self.blocked:
                    continue
                person = self._listed_name(index) if not _NAME_PARTS.isdisjoint(view.prefix_kinds[index]) \
                    else self._listed_foreign_name(index)
                if person is None:
                    continue
                inner = [p for p in found if person.start < p.start and p.end == person.end]
                if any(i in taken for i in range(person.start, inner[0].start if inner else person.end)):
                    continue
                before = view.key(index - 1) in LIST_JOINERS and index - 1 in ends \
                    and view.adjacent(index - 2, index)
                after = view.key(person.end) in LIST_JOINERS and person.end + 1 in starts \
                    and view.adjacent(person.end - 1, person.end + 1)
                if before or after and not inner:  # grow a name only inside a list: و امیر | حسام علمدار
                    for p in inner:
                        found.remove(p)
                    found.append(person)
                    taken.update(range(person.start, person.end))
                    changed = True
                    break

    def _listed_name(self, index: int) -> Candidate | None:
        """A chain of given names from token ``index`` and a surname-shaped word after it."""
        for end, _count, _strength in self._chains(index):
            if any(i in self.blocked for i in range(index, end)) or self._surname_kind(end) is None \
                    or words.in_dictionary(self.view.key(end)) and self._verb_follows(end):
                continue
            return Candidate("PERSON", index, self._surname_end(end), "person-listed",
                             parts=(Part("given", index, end), Part("surname", end, self._surname_end(end))))
        return None

    def _listed_foreign_name(self, index: int) -> Candidate | None:
        """Two or three foreign-looking words from token ``index`` (:meth:`_foreign_word`: ناتالیا ریس, گیر
        پدرسون) that a «،» or «و», the line's end or a closing mark ends: a foreign name in a list; not after a
        number (۲۶۹ میلیون‌یورویی …), nor a word with a verb's prefix (… می‌گفته)."""
        view = self.view
        if index and view.kinds_of[index - 1] == "number" or view.pieces[index].startswith(_VERB_PREFIXES):
            return None  # ۲۶۹ میلیون‌یورویی …; … هم‌درست می‌گفته و …: a verb
        for length in (2, 3):
            end = index + length
            if end > len(view):
                break
            if any(view.pieces[i].startswith(_VERB_PREFIXES) for i in range(index, end)) \
                    or not (view.key(end) in LIST_JOINERS or end >= len(view) or not view.adjacent(end - 1, end)
                            or view.key(end) in _LIST_END):
                continue
            person = self._foreign_name(index, end, "person-listed-foreign")
            if person is not None:
                return person
        return None

    def _surname_key(self, person: Candidate) -> str:
        """The key of a person's surname, or "" when it is too short and plain to find alone (تیم)."""
        part = person.part("surname")
        if part is None:
            return ""
        key = "".join(self.view.keys[part.start:part.end])
        return key if len(key) >= _MIN_KNOWN_SURNAME or words.surname_suffix(key) else ""

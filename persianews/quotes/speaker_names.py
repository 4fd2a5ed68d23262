"""Names and words at a speaker's place: cleaning a subject's words, telling a title head or a group word from a
name, and indexing the document's names by their last words so that a surname finds the fuller name.

Each function reads one name or one subject (a few words); building the indexes is linear in the names given.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Set

import regex

from persianews.entities.keys import fold
from persianews.entities.lexicons import abstract_nouns, honorific_keys
from persianews.entities.people_full import _RARE_WORD
from persianews.entities.words import (frequency, is_frequent_given_name, is_function_word, is_given_name, is_verb,
                                      preposition_joined_to, surname_class, tags as word_tags)
from persianews.quotes.antecedents import can_speak, is_document_word
from persianews.quotes.context import GUILLEMETS
from persianews.quotes.cues import fold_form, lexicon, plural_in_an
from persianews.resources import data_rows
from persianews.text.bounded_cache import memoized

SERVICE_RELATIONS = frozenset(fold_form(w) for w in "وکیل وکلای مترجم مشاور دستیار منشی محافظ راننده".split())
"""Nouns that name someone by the service they give a person (``وکیل X``): a role the text may name."""
_KIN = frozenset(fold_form(w) for w in """همسر شوهر پدر مادر برادر خواهر پسر دختر فرزند خاله عمه عمو عموی دایی
مادربزرگ پدربزرگ نوه عروس داماد""".split())
"""Nouns of kinship: the parents, siblings, children and spouse, and the wider family a feature piece quotes
(``خاله X``, ``عموی X``, ``مادربزرگ X``)."""
RELATIONS = SERVICE_RELATIONS | _KIN
"""Nouns that name someone by their tie to a person (``وکیل X``, ``همسر X``), not that person."""


def clean(text: str, *, titled: bool = False) -> str:
    """Words without guillemets, and without the stack of honorifics and ranks that opens them (دکتر، آیت‌الله،
    سرتیپ دوم پاسدار; up to a name part: سید) when two words or more are left; ``titled``: the first word is a
    role word, kept when it is a lone honorific too («استاد حوزه علمیه قم», not the body «حوزه علمیه قم»; a
    rank of more words still goes: «سرتیپ دوم …»)."""
    words = GUILLEMETS.sub("", text).strip(" ،\u200c").split(" ")
    skip = honorific_stack(words, stop=_NAME_PARTS)
    if titled and skip == 1:
        return " ".join(words)
    return " ".join(words[skip:] if len(words) - skip >= 2 else words)


def honorific_words(words: list[str]) -> int:
    """How many of the first ``words`` are one honorific: a rank or title of honorifics.tsv, the longest
    («سرتیپ دوم پاسدار», «حجت‌الاسلام والمسلمین», «کارآگاه»), else a one-word honorific of the cue lexicon
    («دکتر», «سردار», «سید»); 0 for none. A stack of them («سردار سرتیپ دوم پاسدار») is read one call at a
    time. Constant work: at most :data:`_LONGEST_HONORIFIC` words are read, one when no honorific of several
    words opens with the first (most words: the rest are not folded)."""
    first = fold_form(words[0]) if words else ""
    if first not in _honorific_openers():
        return 1 if first in lexicon().honorifics else 0
    keys = [first] + [fold_form(word) for word in words[1:_LONGEST_HONORIFIC]]
    phrases = _honorific_phrases()
    for count in range(len(keys), 0, -1):
        if " ".join(keys[:count]) in phrases:
            return count
    return 1 if keys and keys[0] in lexicon().honorifics else 0


@functools.cache
def _honorific_phrases() -> frozenset[str]:
    """The honorifics and ranks of honorifics.tsv, their words folded and joined by a space."""
    return frozenset(" ".join(fold_form(word) for word in surface.split()) for surface, *_ in data_rows("honorifics.tsv"))


@functools.cache
def _honorific_openers() -> frozenset[str]:
    """The first word of every honorific or rank of honorifics.tsv (folded): no other word opens one."""
    return frozenset(phrase.split(" ", 1)[0] for phrase in _honorific_phrases())


def honorific_stack(words: list[str], stop: Collection[str] = ()) -> int:
    """How many of the first ``words`` are honorifics and ranks, one after another (``سردار سرتیپ دوم پاسدار``
    is 4); the stack ends before a word whose folded form is in ``stop``."""
    skip = 0
    while skip < len(words) and fold_form(words[skip]) not in stop:
        count = honorific_words(words[skip:])
        if not count:
            break
        skip += count
    return skip


_NAME_PARTS = frozenset(fold_form(w) for w in ("سید", "سیده", "میر", "شیخ"))
_LONGEST_HONORIFIC = 4


def is_head(key: str) -> bool:
    """A speaker head (``مدیر``, ``سخنگوی``), also glued to the next word (``مدیرجهاد``)."""
    if key in lexicon().heads:
        return True
    return any(key.startswith(head) and len(key) - len(head) >= 3 for head in _GLUED_HEADS)


_GLUED_HEADS = tuple(fold_form(w) for w in "مدیرکل مدیرعامل مدیر رئیس رییس معاون دبیر سرپرست مسئول فرمانده".split())


def plural_head(key: str, heads: Collection[str]) -> bool:
    """«مسئولان», «مقامات», «نمایندگان»: the plural of a speaker head or a word for officials."""
    if key in _GROUP_WORDS:
        return True
    for suffix in ("ان", "ها", "های", "یان", "گان"):
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            stem = key[:-len(suffix)]
            if stem in heads or stem + "ه" in heads:
                return True
    return False


def names_group(word: str) -> bool:
    """«منتقدان», «کاربران», «مسئولان»: a plural of people (see :func:`plural_head`, or a dictionary noun's plural in
    «ان»), not a given name, a title head, an honorific or a word for what is said («سامان», «دریابان», «سخنان»)."""
    key, lex = fold_form(word), lexicon()
    return plural_head(key, lex.heads) or key.endswith("ان") and plural_in_an(key) and not is_given_name(fold(word)) \
        and key not in lex.heads and fold(word) not in honorific_keys() and not is_document_word(word)


_GROUP_WORDS = frozenset(fold_form(w) for w in
                         "مقامات مسئولین مسئولان کارشناسان محققان پژوهشگران منابع اعضای اعضا سران وزرای".split())

_GENERIC_OPENERS = frozenset("یک یکی چند برخی بعضی منابع منبع منبعی منابعی گروهی عده‌ای شماری".split())
"""Words that open an indefinite description: a count or partitive, a source word, and a source word with the
indefinite «ی» («منبعی در عراق گفت», «منابعی در تهران می‌گویند»: a source placed by «در», as «یک منبع در …»)."""


def is_generic(text: str) -> bool:
    """An indefinite description (``یک مقام ایرانی``), which is neither a name nor a title."""
    return text.split(" ", 1)[0] in _GENERIC_OPENERS


def index_name(index: dict[str, str], name: str) -> None:
    """Index ``name`` under the keys it ends with (see :func:`ends_with_word`), keeping the first longest
    name for each key. Parts joined by a ZWNJ count as words: a given name glued to its surname
    («کوین‌هاست», «علی‌تاجرنیا») is found again by the surname alone. A name that opens with a noun of a tie
    to a person («مادر مازیار», «وکیل مدافع X») names another person than the one after it, and one that opens with
    a preposition («به‌تعبیر ماکیاولی»: the tagger's span took a source phrase's cue along) is no name: never
    indexed."""
    folded = [fold_form(word) for word in _NAME_PARTS_SPLIT.split(name) if word]
    if folded and (folded[0] in RELATIONS or folded[0] in _OPENING_PREPOSITIONS):
        return
    for count in range(1, len(folded)):
        tail = "".join(folded[-count:])
        known = index.get(tail)
        if known is None or len(name) > len(known):
            index[tail] = name


_NAME_PARTS_SPLIT = regex.compile("[ \u200c]+")
_OPENING_PREPOSITIONS = frozenset(("به", "در", "از", "با", "بر"))
"""Prepositions no name opens with («به‌تعبیر ماکیاولی», «به گفته X»: a source phrase's cue)."""


def index_first_part(index: dict[str, str], name: str) -> None:
    """Index a name of three words or more under its next-to-last word, the first word of a double
    surname (``شمس`` for ``شهریار شمس مستوفی``, ``اکبری`` for ``محمد حسن اکبری مطلق``). Only a name that
    opens with a given name and ends with a word that may be a surname and is no common word (not the
    title word of «مریم مقدم نویسنده»); not when that word is a frequent given name (``جواد`` of
    ``محمد جواد ظریف``). A name seen first keeps the key."""
    words = [word for word in name.split() if fold_form(word) not in _NAME_PARTS]
    if len(words) < 3 or not is_given_name(fold(words[0])):
        return
    last, part = fold(words[-1]), fold(words[-2])
    last_class = surname_class(last)
    if (last_class is None or last_class == "word" and frequency(last) >= _RARE_WORD
            or surname_class(part) is None or is_frequent_given_name(part)):
        return
    index.setdefault(fold_form(words[-2]), name)


def unglued(name: str, names: Set[str]) -> str | None:
    """The name ``name`` is when the crawl glued a word to its last word (rule ``+unglued-name``): a name of
    ``names`` (the document's) with the same words but the last, which opens ``name``'s last word, the rest being
    that word again or a function word («برنی سندرزسندرز» for «برنی سندرز», «… بوته‌ججاین»); with no such name,
    ``name`` without a speaker head of four letters or more that ends its last word after a surname-shaped stem
    («… کدخداییسخنگوی»); None when ``name`` is no such name."""
    words = name.split()
    if not words:
        return None
    last = words[-1]
    for cut in range(len(last) - 1, 0, -1):  # the longest name first; constant work per name («names» is a set)
        stem, rest = last[:cut], last[cut:].lstrip("\u200c")
        other = " ".join([*words[:-1], stem])
        if rest and other in names and (rest == stem or is_function_word(fold(rest))):
            return other
    for size, heads in _glued_end_heads():  # the longest head first
        stem, tail = last[:-size], last[-size:]
        if len(stem) >= _MIN_STEM and fold_form(tail) in heads and "\u200c" not in last[-size - 1:] \
                and surname_class(fold(stem)) in _STEM_CLASSES:
            return " ".join([*words[:-1], stem])
    return None


@functools.cache
def _glued_end_heads() -> tuple[tuple[int, frozenset[str]], ...]:
    """The speaker heads of four letters or more (folded) that may end a name's last word glued to it, by length,
    the longest first (one look-up a length, not one a head)."""
    by_size: dict[int, set[str]] = {}
    for head in lexicon().heads:
        if len(head) >= _MIN_STEM + 1 and " " not in head and "\u200c" not in head:
            by_size.setdefault(len(head), set()).add(head)
    return tuple((size, frozenset(by_size[size])) for size in sorted(by_size, reverse=True))


_MIN_STEM = 3
_STEM_CLASSES = frozenset({"unknown", "yeh"})


def longest(text: str, *names: str | None) -> str | None:
    """The longest of ``names`` that is longer than ``text``."""
    longer = [name for name in names if name and len(name) > len(text)]
    return max(longer, key=len) if longer else None


def ends_with_word(name: str, key: str) -> bool:
    """Whether ``name`` ends with the words of ``key`` (a surname, perhaps of two words or with a ZWNJ)
    and has more words before them: «فلاحت‌پیشه», «عرب مقصودی» and «مؤذن زاده» end fuller names."""
    folded = [fold_form(word) for word in name.split()]
    for count in range(1, len(folded)):
        tail = "".join(folded[-count:])
        if tail == key:
            return True
        if len(tail) >= len(key):
            break
    return False


def names_no_agent(text: str) -> bool:
    """Words that name a thing, not an agent who can speak (rule ``speaker:words-no-agent``): their head (after
    a «و») is the plural of a common noun that is no person, office, organisation or group («احتمالات»,
    «حقوق‌های نجومی»; not «آمریکایی‌ها», «خیلی‌ها»), a word for a document with two words or more after it
    («گزارش تخلفات ارزی»: no issuer named; «پیام مهر» is a name), a determiner or preposition («هیچ پروژه عمرانی», «مثل آنهایی»),
    an adverb in «ـانه» alone («کریمانه»), an infinitive among the first two words («بی‌پاسخ ماندن …»: an act,
    :func:`is_infinitive`) or a first word that opens a clause («همانطور …», «نه تنها …»). Words an honorific
    opens are a person's; a pronoun, a quantifier or an adverb in a plural's form («این‌ها», «تنها», «حدود») names
    no thing."""
    written = GUILLEMETS.sub("", text).split()
    if written and written[0] == "و":
        written = written[1:]
    if not written or fold_form(written[0]) in lexicon().honorifics:
        return False  # «آیت‌الله مکارم …», «استاد مطالعات …»: a person
    head, key = written[0], fold(written[0])
    if is_given_name(key):
        return False
    if key in _NO_AGENT_OPENERS or len(written) > 2 and is_document_word(head):  # «پیام مهر»: two words, a name
        return True
    if any(is_infinitive(fold(word)) for word in written[:2]):
        return True
    if len(written) == 1 and key.endswith(_ADVERB_ENDING) and "ADV" in word_tags(key):
        return True
    stem = _PLURAL.sub("", key)
    if stem.endswith(_YEH) and word_tags(stem) != {"N"} or (word_tags(key) | word_tags(stem)) & _NOT_NOUNS:
        return False  # «آمریکایی‌ها», «خیلی‌ها», «این‌ها», «تنها», «حدود»: people, a quantifier, a pronoun
    if is_document_word(stem):
        return False  # «گزارش‌ها حاکی است»: reports, the source a post gives
    return (stem != key or "PL" in word_tags(key)) and not can_speak(head) \
        and bool(word_tags(key) or word_tags(stem))


def names_abstract(text: str) -> bool:
    """Words whose head is an abstract noun (``abstract_nouns.txt``: «تصمیم درباره …», «ادعایی که …», «نگرانی‌ها»),
    which names a thing, an act or a state, never an agent that speaks (rule ``speaker:words-abstract``): the first
    word, past a partitive's «یکی از» («یکی از دلایلی که …») and a superlative or an ordinal («تازه‌ترین دعوت»,
    «آخرین صحبتی»), with a regular plural, an indefinite or an ezafe «ی» read off it; not a given name."""
    written = GUILLEMETS.sub("", text).split()
    if len(written) > 2 and written[1] == "از" and fold_form(written[0]) in _PART_WORDS:
        written = written[2:]
    if len(written) > 1 and (fold(written[0]).endswith(_SUPERLATIVE) or fold(written[0]) in _ORDINALS):
        written = written[1:]
    if not written:
        return False
    key = fold(written[0])
    if is_given_name(key):
        return False
    nouns = abstract_nouns()
    return any(key.endswith(ending) and key[:len(key) - len(ending)] in nouns for ending in _NOUN_ENDINGS)


_PART_WORDS = frozenset(fold_form(word) for word in "یکی برخی بعضی".split())
_SUPERLATIVE = fold("ترین")
_ORDINALS = frozenset(fold(word) for word in "اولین نخستین آخرین دومین سومین".split())
"""Ordinals in «ـین» that stand before their noun as a superlative does («آخرین صحبتی», «نخستین تصمیم»)."""
_NOUN_ENDINGS = ("",) + tuple(sorted({fold(ending) for ending in ("ی", "ای", "یی", "ها", "های", "هایی")}, key=len,
                                     reverse=True))
"""A regular plural, an indefinite or an ezafe «ی» after a noun (folded, the longest first; none at all first)."""


_NO_AGENT_OPENERS = frozenset(fold(word) for word in (
    "هیچ مثل مانند همچون "
    "همانطور همان‌طور همانطورکه همچنانکه همچنان‌که چنانکه چنان‌که باوجودی اونجایی ازآنجایی آنجایی "
    "همواره آنچه چرا چگونه ذیل نه امیدوارم امیدواریم بازهم اساسا اساساً").split())
"""Words that open a thing or a likeness («هیچ پروژه …», «مثل آنهایی که …»), or a clause: a conjunction, an
adverb, a question word or a verb of hope («همانطور که …», «اونجایی که …», «نه تنها …», «امیدوارم بتوانم …»);
never a speaker."""
_INFINITIVE_ENDINGS = tuple(fold(ending) for ending in ("دن", "تن"))
_MIN_INFINITIVE = 4


def is_infinitive(key: str) -> bool:
    """Whether folded ``key`` is an infinitive, a verbal noun that names an act, no agent: it ends in «ـدن» or
    «ـتن» after a past stem the dictionary reads as a verb («کشیدن», «ماندن», «خواندن»; not «لادن», «لندن»)."""
    return len(key) >= _MIN_INFINITIVE and key.endswith(_INFINITIVE_ENDINGS) and is_verb(key[:-1])


_ADVERB_ENDING = fold("انه")
_YEH = fold("ی")
_NOT_NOUNS = frozenset({"PRO", "DET", "ADV"})
_PLURAL = regex.compile(r"\u200c?(?:های|ها)ی?$")


def names_no_one(words: list[str], relative: bool = False) -> bool:
    """Whether the words at a subject's place, which no entity covers, name no one who can speak (the subject
    is elsewhere in the clause): their first word is a preposition written joined to a noun («باتوجه»,
    «درادامه»), or a frequent common noun or adjective of the dictionary that is no person, title, group,
    organisation, given name or honorific («تحقق …», «قیمت مرغ», «وحدت فرماندهی»); with ``relative`` (a «که»
    follows) also such a noun with the indefinite «ی» of a relative clause's head («موضوعی که …», «ادعایی که …»).
    Names, places, people and groups («دیپلمات‌های …», «کاربران», «شخصی») are left to the resolver."""
    if not words or fold_form(words[0]) in lexicon().honorifics or len(words) > _MAX_NO_ONE_WORDS:
        return False
    head, key = words[0], fold(words[0])
    if is_given_name(key) or key in _AGENT_NOUNS or is_head(fold_form(head)) or can_speak(head) or is_generic(head) \
            or plural_head(fold_form(head), lexicon().heads):
        return False
    stem = key[:-2] if key.endswith(_YEH + _YEH) else key[:-1] if key.endswith(_YEH) else ""
    if relative and stem and _common_noun(stem) and not can_speak(stem) and stem not in _AGENT_NOUNS:
        return True
    return _common_noun(key) if word_tags(key) else _is_joined_preposition(key)


_MAX_NO_ONE_WORDS = 4
_AGENT_NOUNS = frozenset(fold(word) for word in "شخص کس نفر آدم جمهوری".split())
"""Nouns for a person or a state that the speaker lexicons lack: «شخصی که …» is someone, «جمهوری اسلامی» a state."""


def is_someone(word: str) -> bool:
    """Whether ``word`` is a noun for a person with the indefinite «ی» («شخصی», «کسی»): someone, no one's name."""
    key = fold(word)
    return key.endswith(_YEH) and key[:-1] in _AGENT_NOUNS
_COMMON_FREQUENCY = 1_000_000
"""How often a noun must occur in the dictionary's corpus to be a common word rather than a rare surname («ظریف»
occurs 444,203 times, «تحقق» 2,151,512, «قیمت» 9,162,519)."""


def _common_noun(key: str) -> bool:
    """A frequent noun or adjective of the dictionary (no verb, pronoun or function word)."""
    found = word_tags(key)
    return bool(found & _NOUN_OR_ADJECTIVE) and not found & _NOT_NOUNS_OR_VERBS \
        and frequency(key) >= _COMMON_FREQUENCY and surname_class(key) != "yeh"


_NOUN_OR_ADJECTIVE = frozenset({"N", "AJ"})
_NOT_NOUNS_OR_VERBS = frozenset({"PRO", "DET", "V", "CL", "NUM"})


def is_adverbial_opener(word: str) -> bool:
    """A word that opens an adverbial, never a speaker's words: a preposition or adverbial of
    :data:`ADVERBIAL_OPENERS`, or a preposition written joined to its noun («باتوجه», «درادامه»)."""
    key = fold(word)
    return fold_form(word) in ADVERBIAL_OPENERS or not word_tags(key) and _is_joined_preposition(key)


def _is_joined_preposition(key: str) -> bool:
    """A preposition written joined to the noun it governs («باتوجه», «درادامه»): the word is no dictionary word, and
    after the preposition stands a frequent noun of four letters or more."""
    return preposition_joined_to(key, _common_noun)


@memoized()
def is_no_speaker(text: str) -> bool:
    """Words that cannot name a speaker: their first word, not a given name, read by the dictionary only as an
    adverb, a conjunction or a verb, besides a noun («خیلی», «دقیقا», «اینکه», «گفتم»; a noun that is also a
    verb form, «نبرد», stays a noun); a numeral, a pronoun, a quantifier or an adjective («دو منبع», «ما»,
    «هر دو کشور», «پاک، خبرنگار …») may open a speaker."""
    keys = [fold(word) for word in _LETTERS.findall(text)]
    if not keys or is_given_name(keys[0]):
        return False
    found = word_tags(keys[0])
    if found == _VERB and word_tags(_PLURAL_OR_EZAFE.sub("", keys[0])) & _NOUN:
        return False  # «نهادهای امنیتی»: the dictionary reads the plural as a verb, its stem is a noun
    readings = found - _NOUN
    return bool(readings) and readings <= _NO_SPEAKER_TAGS and not (readings == _VERB and found & _NOUN)


def refers_back(text: str) -> bool:
    """A head word, then a word that refers back to it («منابع مذکور», «رسانه یادشده», «مقامات یاد شده», «سایت
    فوق‌الذکر»): a definite description, as «این منابع» is. One such word alone names nothing; after more words it
    may refer to the last of them, not the head («منتقدان طرح یادشده»: the plan was named before, not its critics)."""
    keys = [fold(word) for word in _LETTERS.findall(text)]
    return len(keys) == 2 and keys[-1] in _BACK_REFERENCES or len(keys) == 3 and tuple(keys[-2:]) == _RECALLED


_BACK_REFERENCES = frozenset(fold(word) for word in "مذکور مزبور یادشده یاد‌شده فوق فوق‌الذکر پیش‌گفته".split())
"""Words after a noun that refer back to what the text named before (aforesaid, above)."""
_RECALLED = (fold("یاد"), fold("شده"))
"""«یاد شده» written in two words."""


ADVERBIAL_OPENERS = frozenset(fold_form(word) for word in
                             "به‌دنبال بدنبال توی به‌گونه‌ای بگونه‌ای به‌طوری بطوری بیش".split())
"""Prepositions and adverbials that open no speaker's words (the dictionary also reads most of them as nouns or
determiners, so :func:`is_no_speaker` does not refuse them)."""
_PLURAL_OR_EZAFE = regex.compile(r"\u200c?(?:ها|های|ی)$")
_NOUN = frozenset({"N"})
_VERB = frozenset({"V"})
_NO_SPEAKER_TAGS = frozenset({"ADV", "CONJ", "V"})
_LETTERS = regex.compile(r"[\p{L}\p{M}\u200c]+")

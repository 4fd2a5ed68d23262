"""Where the clause a verb of saying reports starts (``گفت که …``, ``گفت، …``, ``معتقد است …``) and where it ends
before a conjoined verb of saying of the same subject (``… گفت A و اعلام کرد B``)."""

from __future__ import annotations

import regex

from persianews.quotes.antecedents import can_speak
from persianews.quotes.clauses import COLON_AFTER, THAT
from persianews.quotes.context import COMMA_AFTER, MAX_CLAUSE_CHARS, View, first_words, has_words, word_texts, words
from persianews.quotes.cues import SAY_OBJECTS, CueMatch, fold_form, lexicon
from persianews.quotes.lines import ends_in_saying
from persianews.text.pronouns import PERSONS, SPEAKER_AND_HEARER
from persianews.text.reach import match_at

_PLUPERFECT_AUXILIARY = regex.compile(r"[ \u200c]+(?:بودند|بودیم|بودم)(?![\p{L}\u200c])")
"""«… گزارش داده بودند (که) …»: the plural pluperfect's auxiliary after a participle of the cue list (which has the
singular «… داده بود»): the reported clause follows it."""
_MAX_ADDRESSEE_WORDS = 4
_HEARER_PRONOUNS = frozenset(fold_form(w) for w in PERSONS + SPEAKER_AND_HEARER)
_VERB_FORM = regex.compile(r"ن?می[\u200c ]|ن?(?:داد|کرد|گفت|زد|نمود|داشت|شد)(?:ه(?:\u200c?(?:ام|ای|ایم|اید|اند))?|م|ی|یم|ید|ند)?$"
                           r"|ن?(?:ده|کن|گو|زن|دار|شو)(?:م|ی|د|یم|ید|ند)$")
"""A verb in what would be the hearer's phrase («به او قول دادم که», «به مقام‌ها گفته‌ام که»): a present or
imperfect form, or a whole past or perfect form of a light verb or of «گفتن» (not a noun that opens with its stem:
«کردستان», «دادگستری»); the «که» then belongs to that verb. A pattern over one word, not a list as
``relative_clauses._FINITE_VERBS``: a hearer's phrase holds first and second persons (دادم, گفته‌اید), whose
endings are many."""
_BREAK_IN_PHRASE = regex.compile(r"[،:؛.!?؟«»\n]")
_PERFECT_AUXILIARY = regex.compile(r"[ \u200c]*(?:است|اند)(?![\p{L}\u200c])")
_AND_BEFORE = regex.compile(r"(?<![\p{L}\u200c])و[ \u200c]*$")
_CONTINUED = fold_form("ادامه")
_CONTINUING_WORDS = frozenset("به را تا".split())
"""Words of the clause before «ادامه داد» that make it continuing something (an object, a goal, an end)."""
_SET_BEFORE_TO = frozenset(fold_form(w) for w in "پاسخ اشاره خطاب نسبت".split())
"""Words whose «به» makes a set phrase of the subject's adverbial («در پاسخ به سوالی»), no goal of «ادامه»."""
_MODAL_FORMS = frozenset(fold_form(w) for w in "نمی‌شود می‌شود باید نباید می‌توان نمی‌توان بتوان".split())
_REPORTED_BARE = tuple(fold_form(f) for f in ("خبر", "اضافه"))
_SAID = fold_form("گفت")
MIN_BARE_CLAUSE_WORDS = 4
_WROTE = tuple(fold_form(f) for f in ("نوشت", "می‌نویس"))
_WRITTEN_THINGS = frozenset(fold_form(w) for w in "کتاب نامه مقاله شعر متن یادداشت کتابی نامه‌ای مقاله‌ای".split())
"""Objects right before «نوشت» that make it writing a thing, not reporting a clause («ده کتاب نوشته است، …»)."""
_NOT_BEFORE_WROTE = frozenset(fold_form(w) for w in "آنچه هرچه چه".split())
_TOPIC_CUES = tuple(fold_form(f) for f in (
    "اشاره", "پاسخ", "تشریح", "مطرح", "تبیین", "توضیح", "اظهار نظر", "ابراز", "خبر", "اضافه", "ادامه",
    "فرمود", "می‌فرما", "بیان"))
"""Verbs of saying whose bare complement is a topic or an object, not a reported clause. «گزارش داد/کرد» is not one:
an agency «گزارش داد» and a bare clause (35 in news-dev-2 and news-dev, about 22 of 30 read a report)."""
_NOT_A_CLAUSE = frozenset("و یا را اما ولی که هم نیز شد شده شدند نشد نشده بودند بودیم".split())
"""Words that open no reported clause: a conjunct, the passive («گزارش داده شده بود») or the pluperfect's
auxiliary («اطلاع داده بودند که»)."""
_PASSIVE_AUXILIARIES = frozenset("شود می‌شود میشود می‌شد".split())
"""The passive's auxiliary after a cue ending in a past participle («اطلاع داده می‌شود»); after a finite verb they
open the clause («اعلام کرد می‌شود پروژه را تا پایان سال تمام کرد»)."""
_ADVERBIAL_OPENERS = frozenset("به برای تا".split())
"""Prepositions that open a reported clause only with an adverbial of its own (:func:`opens_adverbial`)."""
_ADVERBIAL_REACH = 8
"""Words read after the preposition for a «که», a colon or a verb of saying that makes it a verb's own phrase."""


def reported_clause_start(view: View, match: CueMatch) -> tuple[int, str] | None:
    """Where the clause the cue at ``match`` reports starts and what opens it — ``"colon"``, ``"that"`` (``گفت که``,
    ``گزارش داده بودند که``), ``"addressee"`` (``گفت به خبرنگاران که``: :func:`after_addressee`), ``"comma"``
    (``گفت، …``) or ``"bare"`` (``معتقد است …``) — or None when it reports
    none (``… را بیان می‌کنند که``: «که» opens a relative clause on the object). A comma or bare clause makes a
    quote only with :data:`MIN_BARE_CLAUSE_WORDS` words or more."""
    text = view.text
    colon = match_at(COLON_AFTER, text, match.end)
    if colon is not None:
        return colon.end(), "colon"
    auxiliary = match_at(_PLUPERFECT_AUXILIARY, text, match.end)
    after = auxiliary.end() if auxiliary else match.end
    that = match_at(THAT, text, after)
    if that is not None:
        relative = view.previous_word(match.start) == "را" or _resumes_object(view, match, that.end())
        return None if relative else (that.end(), "that")
    addressed = after_addressee(view, match, after)
    if addressed is not None:
        return addressed, "addressee"
    comma = match_at(COMMA_AFTER, text, after)
    start = comma.end() if comma else after
    return (start, "comma" if comma else "bare") if bare_clause_follows(view, match, start) else None


def _resumes_object(view: View, match: CueMatch, start: int) -> bool:
    """Whether the «که» clause at ``start`` opens with a preposition and a resumptive «آن»/«آن‌ها» (``که بر اساس آن
    …``, ``که با استفاده از آن …``, ``که در آن‌ها …``) while the cue's clause holds an object or a topic (a «را»,
    «از» or «به» before the cue, back to its comma, colon or sentence start) and the cue takes a thing
    (:data:`_THING_CUES`): «که» then opens a relative clause on that object («بانک مرکزی نرخ ارزها را برای امروز
    اعلام کرد که بر اساس آن …», «از اجرای طرح خبر داد که با استفاده از آن …»), the narrator's description of the
    thing announced, no reported clause.
    A time phrase («در آن زمان», «در آن روز») is no resumptive, nor «از/به/با آن», as often the reported clause's own
    complement («… که از آن عبور نکند», «… که به آن‌ها وام می‌دهیم»).

    In news-dev-2 (rules alone) a first draft with those prepositions and every verb of saying fired 42 times: 34
    right (31 of them the central bank's daily rates), the 4 wrong ones (a warning, a hope, an order, «به آنها»)
    so gated; 1 doubtful («از وضعیت صنعت گزارش داد که براساس آن روند تولید …»)."""
    text = view.text
    if not fold_form(text[match.start:match.end]).startswith(_THING_CUES) or not match_at(_RESUMPTIVE, text, start):
        return False
    sentence = view.sentence_at(match.start)
    window = max(sentence.start, match.start - MAX_CLAUSE_CHARS)
    clause = text[window:match.start]
    clause = _CLAUSE_BREAK.split(clause)[-1]
    return any(word in _OBJECT_WORDS for word in clause.split())


_RESUMPTIVE = regex.compile(
    r"[ \u200c]*(?:بر[ \u200c]*اساس|با[ \u200c]+استفاده[ \u200c]+از|به[ \u200c]+موجب|طبق|طی|در)"
    r"[ \u200c]+آن(?:[ \u200c]*ها)?(?![\p{L}\u200c])(?![ \u200c]+(?:زمان|هنگام|روز|روزها|سال|سال‌ها|شب|لحظه|دوره|موقع|ایام)"
    r"(?![\p{L}\u200c]))")
_CLAUSE_BREAK = regex.compile(r"[،؛:\n]")
_OBJECT_WORDS = frozenset("را از به".split())
_THING_CUES = tuple(fold_form(f) for f in ("خبر", "اعلام", "اشاره", "گزارش", "عنوان"))
"""Verbs of saying that take a thing as their object or topic (a rate, a plan, a document), which a relative clause
then describes; not a verb of warning or hope («به تهران هشدار داد که از آن عبور نکند», «ابراز امیدواری کرد که با
استفاده از آن …»: «آن» points back, the clause is reported)."""


def after_addressee(view: View, match: CueMatch, after: int) -> int | None:
    """Where the «که» clause starts after the addressee of a verb of saying (rule ``cue:indirect-addressee-that``):
    «وزیر گفت به خبرنگاران که …», «اعلام کرد به وی که …» — «به» and a noun phrase of at most
    ``_MAX_ADDRESSEE_WORDS`` words that names a hearer (a personal pronoun, a word for people or a body that
    :func:`can_speak` knows, a speaker entity that spans it), then
    «که»; a pronoun stands alone, and the words after a common noun are its modifiers, no verb. None for anything
    else («گفت به شرطی … که», «اعلام کرد به تصاویری دست یافته که», «گفت به او قول دادم که»: no hearer, a verb), and
    for a hearer with a relative clause («به خبرنگارانی که …»: an indefinite noun before «که»).

    In news-dev-2, news-dev and telegram-dev (156 documents with the shape read) 1 firing, right; the 2 wrong
    firings of a first draft (a verb after the pronoun or the noun) are so gated."""
    text = view.text
    if "say" not in match.patterns:
        return None
    reach = min(len(text), after + MAX_CLAUSE_CHARS)
    following = first_words(text, after, reach, _MAX_ADDRESSEE_WORDS + 2)
    if len(following) < 3 or text[slice(*following[0])] != "به" or text[after:following[0][0]].strip(" \u200c"):
        return None
    phrase = [text[s:e] for s, e in following[1:]]
    if "که" not in phrase:
        return None
    size = phrase.index("که")
    head_start, last_end = following[1][0], following[size][1]
    that = match_at(THAT, text, last_end)
    if size == 0 or that is None or _BREAK_IN_PHRASE.search(text, head_start, last_end) \
            or view.cues_in(head_start, last_end):
        return None
    entity = view.entity_at(head_start, last_end)
    if entity is not None and entity.span.end == last_end:
        return that.end()
    if fold_form(phrase[0]) in _HEARER_PRONOUNS:
        return that.end() if size == 1 else None
    if not can_speak(phrase[0]) or phrase[size - 1].endswith("ی") and size == 1 \
            or any(_VERB_FORM.match(word) for word in phrase[1:size]):
        return None
    return that.end()


def conjoined_report(view: View, match: CueMatch, start: int, end: int) -> int | None:
    """Where the clause ``[start, end)`` reported by the cue at ``match`` ends before a conjoined verb of saying of
    the same subject that reports a clause of its own (``… اطلاع داده که A و اعلام کرد B``; ``ساترا گفته A و قوه
    قضاییه اعلام کرد B`` is not one: a subject stands between): the «و» right before such a verb, or None (rule
    ``content:before-conjoined-report``). The second verb agrees with the first in number (``گفت که کارگران … و
    اعلام کردند …``: the clause's own subject's verb); a bare participle (``و گفته …``) is a verb in news only with
    «است/اند» after it (else a noun, «طبق برنامه و گفته کارشناسان»); the cut is made only where the second verb's
    clause makes a quote (:func:`reported_clause_start`, enough words). Reads at most ``MAX_CLAUSE_CHARS`` after
    ``start``.

    On 1,175 telegram-dev posts with «گفته»/«نوشته»: 92 quotes added, 65 changed in extent; of 30 added read at random,
    29 a right split of two reports."""
    text = view.text
    plural = _is_plural(text, match)
    for cue in view.cues_in(start, min(end, start + MAX_CLAUSE_CHARS), "say"):  # a bounded read: linear time
        conjunction = and_before(text, cue, start)
        if conjunction is None or _is_plural(text, cue) != plural or (
                not view.is_post and text[cue.end - 1:cue.end] == "ه" and not match_at(_PERFECT_AUXILIARY, text, cue.end)):
            continue
        reported = reported_clause_start(view, cue)
        if reported is not None and (reported[1] in ("colon", "that", "addressee")
                                     or has_words(text, reported[0], end, MIN_BARE_CLAUSE_WORDS)):
            return conjunction.start()
    return None


def _is_plural(text: str, match: CueMatch) -> bool:
    """Whether the verb of the cue at ``match`` (with a pluperfect's auxiliary after it) is plural («گفتند»,
    «گفته‌اند», «معتقدند», «اطلاع داده بودند»)."""
    auxiliary = match_at(_PLUPERFECT_AUXILIARY, text, match.end)
    return text[match.start:auxiliary.end() if auxiliary else match.end].rstrip(" \u200c").endswith("ند")


def and_before(text: str, cue: CueMatch, floor: int) -> regex.Match[str] | None:
    """The «و» right before the cue at ``cue`` (not before ``floor``): the verb is a conjunct of an earlier one."""
    return _AND_BEFORE.search(text, max(floor, cue.start - 4), cue.start)


def bare_clause_follows(view: View, match: CueMatch, start: int) -> bool:
    """Whether a clause follows the verb at ``start`` with no «که» (``اعلام کرد در تلاش است …``,
    ``معتقد است …``; after a comma the verb left at ``match.end``: ``گفت، هنوز …``).

    Only after a stance verb or a verb of saying that reports a proposition
    (not ``اشاره کرد``, whose complement is a topic), when the next word opens
    no new conjunct or adverbial of the verb, the verb is not inside a
    relative clause on an object (``… را اعلام کرد``) and no object makes «گفت»
    a compound verb (``سخن می‌گفت، …``, ``تبریک گفت، …``: 25 before a comma in
    news-dev-2, news-dev and telegram-dev, none reporting the clause after it).
    """
    text = view.text
    gap = " \u200c\n" if view.is_post and ends_in_saying(text, match.end) else " \u200c"
    if start == match.end and text[match.end:match.end + 1] not in gap:
        return False
    if "stance" in match.patterns:
        return True
    if "say" not in match.patterns or match.kind != "both" and not match.patterns & {"promise", "request"}:
        return False
    form = fold_form(text[match.start:match.end])
    if any(form.startswith(topic) for topic in _TOPIC_CUES) \
            and not bare_report(view, match) and not _continued_speech(view, match, start):
        return False
    if form.startswith(_WROTE) and not _writes_report(view, match):
        return False
    following = words(text, start, min(len(text), start + 40))
    first = text[slice(*following[0])] if following else ""
    if not first or first in _NOT_A_CLAUSE or (first in _PASSIVE_AUXILIARIES and text[match.end - 1:match.end] == "ه"):
        return False
    if first in _ADVERBIAL_OPENERS and (match.kind != "both" and "request" in match.patterns
                                        or not opens_adverbial(view, match, following[0])):
        return False  # an order's «تا …» is :func:`persianews.quotes.indirect.request_quotes`'s
    if text[start:following[0][0]].strip(gap):
        return False  # punctuation after the verb: the clause is over
    previous = view.previous_word(match.start)
    return previous not in ("را", "که") and not (previous in SAY_OBJECTS and _SAID in form)


def bare_report(view: View, match: CueMatch) -> bool:
    """Whether the verb at ``match`` is a news report whose bare complement is the reported clause (rule
    ``cue:indirect-bare-report``): «یک رسانه ایتالیایی خبر داد دولت …», «وزیر دفاع اضافه کرد دو کشور …» —
    not after an «از» in its clause (``از … خبر داد``: the topic stands before the verb; «به نقل از X» names the
    source, not a topic: «اکسیوس به نقل از سه مقام خبر داد دولت …»). Reads at most
    ``MAX_CLAUSE_CHARS`` before the verb.

    «خبر داد/دادند» and «اضافه کرد/می‌کند» with a bare clause after them and no «از» before: 14 in news-dev-2 and
    news-dev (lines ≢ 3 mod 4) fire here, all 14 a reported proposition (read all)."""
    text = view.text
    if not fold_form(text[match.start:match.end]).startswith(_REPORTED_BARE):
        return False
    floor = max(view.sentence_at(match.start).start, match.start - MAX_CLAUSE_CHARS)
    found = words(text, floor, match.start)
    return not any(text[start:end] == "از" and not (index and text[slice(*found[index - 1])] == "نقل")
                   for index, (start, end) in enumerate(found))


def _continued_speech(view: View, match: CueMatch, start: int) -> bool:
    """Whether «ادامه داد» and a comma go on with a speaker's words (rule ``cue:indirect-comma``): «وی ادامه داد،
    همکاری‌ها …» — not a verb of continuing something, whose clause before it holds an object or a goal
    («به کار خود ادامه داد، …», «این روند را نمی‌شود ادامه داد، …», «تا آتش‌بس ادامه داد، …»). The clause is read
    back to the sentence start or the nearest comma, colon or «که», within ``MAX_CLAUSE_CHARS``.

    28 «ادامه داد/بیان کرد» and a comma in news-dev-2, news-dev (≢ 3 mod 4) and telegram-dev: the 14 «ادامه داد» so
    passed all reported speech (all read); «بیان کرد،» is not taken (about half «همانطور که X بیان کرد، …»)."""
    text = view.text
    if not fold_form(text[match.start:match.end]).startswith(_CONTINUED) or not match_at(COMMA_AFTER, text, match.end):
        return False
    floor = max(view.sentence_at(match.start).start, match.start - MAX_CLAUSE_CHARS)
    boundary = max(text.rfind("،", floor, match.start), text.rfind(":", floor, match.start))
    found = words(text, max(floor, boundary + 1), match.start)
    clause = [text[s:e] for s, e in found]
    if "که" in clause:
        clause = clause[len(clause) - clause[::-1].index("که"):]
    return bool(clause) and not any(
        word in _CONTINUING_WORDS and not (word == "به" and index and fold_form(clause[index - 1]) in _SET_BEFORE_TO)
        or fold_form(word) in _MODAL_FORMS for index, word in enumerate(clause))


def _writes_report(view: View, match: CueMatch) -> bool:
    """Whether «X نوشت/می‌نویسد» with a bare clause or a comma after it reports what X wrote (rule
    ``cue:indirect-stance`` or ``cue:indirect-comma``): «روزنامه X نوشت دولت …», «گاردین نوشت، پلیس …» — not a verb
    that opens its line (a verse: «نوشت فاطمه …»), whose object stands bare right before it («نامه نوشتند، …»), or in a
    clause of «آنچه» («آنچه X نوشت حاکی از …»). Reads back at most ``MAX_CLAUSE_CHARS`` to the line start.

    In news-dev-2 and news-dev 97 news items with a bare clause or a comma after «نوشت» (the posts had them before):
    of the firings read, the outlets' and writers' reports are right; the verses, objects and «آنچه» clauses were
    the wrong ones and are so gated."""
    text = view.text
    line = text.rfind("\n", max(0, match.start - MAX_CLAUSE_CHARS), match.start) + 1
    before = [fold_form(w) for w in word_texts(text, max(line, match.start - MAX_CLAUSE_CHARS), match.start)]
    return bool(before) and before[-1] not in _WRITTEN_THINGS and not _NOT_BEFORE_WROTE.intersection(before)


def adverbial_opening(view: View, match: CueMatch, start: int) -> bool:
    """Whether the bare or comma clause at ``start`` that the cue at ``match`` reports opens with a preposition
    (:func:`opens_adverbial`; a stance verb's bare clause took one before: ``cue:indirect-stance``)."""
    first = first_words(view.text, start, min(len(view.text), start + 40), 1)
    return bool(first) and view.text[slice(*first[0])] in _ADVERBIAL_OPENERS and "stance" not in match.patterns


def opens_adverbial(view: View, match: CueMatch, word: tuple[int, int]) -> bool:
    """Whether the preposition ``word`` right after the verb of saying at ``match`` (a comma may stand between)
    opens an adverbial of the reported clause (rule ``cue:indirect-adverbial-opening``): «تاکید کردند، به رغم …
    مقابله خواهند کرد», «اعلام کرد تا زمان مشورت … صحبتی نخواهد کرد», «گفته بود به دلیل … حمله کرد». Not a
    source phrase («اظهار کرد، به باور X، …»: the source's report), nor the addressee or goal of a verb: a «که»,
    a colon or another verb of saying within ``_ADVERBIAL_REACH`` words («گفت به خبرنگاران که …», «گفت به
    نخست‌وزیر گفته بود …»); nor after an object or a modal in the verb's own clause, which makes it a phrase of
    purpose or a deeming («… را اضافه کرد تا …», «باید گفت و نوشت تا …», «… را «محرمانه» عنوان کردند، به …»). Reads
    at most ``_ADVERBIAL_REACH`` words after it and ``MAX_CLAUSE_CHARS`` before the verb.

    In news-dev-2, news-dev and telegram-dev 129 new quotes (4 fewer inner ones); of 30 read at random 28 report what
    was said (wrong: a «تا» of «until», a fragment after «همان‌طور که … گفته،»); a first draft without the object and
    nesting guards took 142, 4 of 30 read wrong."""
    text = view.text
    if match_at(lexicon().according, text, word[0]) is not None:
        return False
    reach = min(len(text), word[1] + MAX_CLAUSE_CHARS)
    line_end = text.find("\n", word[1], reach)
    following = first_words(text, word[1], reach if line_end == -1 else line_end, _ADVERBIAL_REACH)
    stop = following[-1][1] if following else word[1]
    if ":" in text[word[1]:stop] or "که" in {text[s:e] for s, e in following} or view.cues_in(word[1], stop, "say"):
        return False
    floor = max(view.sentence_at(match.start).start, match.start - MAX_CLAUSE_CHARS)
    clause = max([floor - 1] + [text.rfind(mark, floor, match.start) for mark in "،؛:"]) + 1
    return not any(w == "را" or fold_form(w) in _MODAL_FORMS for w in word_texts(text, clause, match.start))

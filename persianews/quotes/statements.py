"""Where a reported statement starts and ends."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from persianews.entities.words import PREPOSITIONS
from persianews.quotes.context import (
    BLANKS, GUILLEMETS, LETTER, LINE_BLANKS, View, first_words, lines_below, skip_over, word_texts)
from persianews.quotes.asides import aside_rule, narrators_aside
from persianews.quotes.cues import CueMatch, fold_form, lexicon
from persianews.quotes.hearsay import hearsay_rule, is_hearsay
from persianews.quotes.lines import broken_line
from persianews.quotes.new_subjects import new_subject
from persianews.quotes.subjects import find_subject, opening_subject
from persianews.quotes.tense import continuous, participle
from persianews.records import Span, trusted_span
from persianews.text.pronouns import FIRST_PERSON, HE_SHE, alternatives
from persianews.text.patterns import ARABIC_SCRIPT, CHANNEL_HANDLE, SIGNOFF_LINK
from persianews.text.reach import match_at
from persianews.text.segment import BULLETS

_OPENING = regex.compile(r"[\s\u200c\p{So}\p{Sk}\ufe0f،,]*")
_TRAILING = " \t\n\u200c،,؛"
_DANGLING = regex.compile(r"(?<=\s)(?:و|که|را)$")
_SIGNED_END = regex.compile(rf"(?<=\s){CHANNEL_HANDLE}{SIGNOFF_LINK}[ \t\u200c]*$")
"""A channel's handle that closes a post's statement on its line («… ادامه داشت.  @Farsna», «… @Farsna - Link»): the
post's sign-off, which the copy set on the statement's line, not the speaker's words (29 quotes of the Telegram dev
sets, from four channels, ended so)."""
_MAX_SIGNED_END = 60


def trim(view: View, start: int, end: int) -> Span | None:
    """``[start, end)`` without surrounding blanks, bullets and dangling commas, and in a post without the channel's
    handle that closes it on its line (:data:`_SIGNED_END`); None when no letter is left."""
    text = view.text
    start = skip_over(_OPENING, text, start, end)
    signed = _SIGNED_END.search(text, max(start, end - _MAX_SIGNED_END), end) if view.is_post else None
    end = end if signed is None else signed.start()
    while end > start:
        if text[end - 1] in _TRAILING:
            end -= 1
            continue
        dangling = _DANGLING.search(text, max(start, end - 2), end)  # only the range's last word
        if dangling is None:
            break
        end = dangling.start()
    if not LETTER.search(text, start, end):
        return None
    return trusted_span(start, end)  # start < end: a letter lies between


def statement_after(view: View, position: int, *, to_closing: bool = False) -> Span | None:
    """The statement that starts after a colon at ``position``.

    It runs to the end of its sentence, and on through the following
    sentences of the same paragraph while they carry no attribution of their
    own (no cue, no colon, no new subject, no narrator's aside). When every
    line of the text is one sentence (:attr:`View.lines_are_sentences`), a
    line break is no paragraph end and the statement may run on over it. When the
    colon ends its line («فرماندار جاسک:» then a bullet), the statement
    starts at the next sentence. A statement that opens with «« closed on a
    later line runs to the «»» in a post, and with ``to_closing`` (a verb's
    colon) in a text of one sentence a line: over sentences that name people
    or hold verbs of saying of their own, up to a line where the narrator
    names the speaker again before a colon. Where a statement that reaches a sentence
    ends is remembered, so each sentence is examined once per document.
    """
    text = view.text
    start = skip_over(_OPENING, text, position)
    if start >= len(text):
        return None
    if view.is_post and text.startswith("«", start) and start not in view.guillemets:
        closing = closing_over_lines(text, start)
        if closing is not None:
            return trim(view, start, closing)
    if to_closing and view.lines_are_sentences and text.startswith("«", start) and start not in view.guillemets:
        closing = closing_over_lines(text, start)
        if closing is not None:
            return trim(view, start, _narrator_line(view, start, closing) or closing)
    index = view.sentence_index(start)
    sentence = view.sentences[index]
    if sentence.end <= start:
        return trim(view, start, _line_end(text, start))
    end = _statement_end(view, index)
    if view.is_post:
        end = _before_speaker_named(view, position, start, end)
    closing = _closed_words(view, start) if to_closing else None
    return trim(view, start, closing if closing is not None and closing < end else end)


REST_OF_LINE = regex.compile(rf"[{LINE_BLANKS}.!؟?]*(?:\n|$)")
"""After a closing «»»: stops, then the line end (or the text's)."""
_MIN_CLOSED_WORDS = 5


def _closed_words(view: View, start: int) -> int | None:
    """The position after the «»» that closes, on its line, a statement opening with «« at ``start``
    (rule ``content:to-closing-guillemet``), when the words end there: the «»» ends its line, or what it
    encloses is a sentence (at least ``_MIN_CLOSED_WORDS`` words) and the narrator goes on after it
    (``گفته: «…» که البته …``); None otherwise — a short term in guillemets («صهیونیسم عربی») opens the
    statement without ending it."""
    closing = view.guillemets.get(start) if view.text.startswith("«", start) else None
    if closing is None:
        return None
    if match_at(REST_OF_LINE, view.text, closing) or len(view.text[start + 1:closing - 1].split()) >= _MIN_CLOSED_WORDS:
        return closing
    return None


_COLON_AFTER_CUE = regex.compile(r"[ \u200c]*:")


def _narrator_line(view: View, start: int, closing: int) -> int | None:
    """The start of the first sentence after ``start`` and before ``closing`` that the narrator opens with
    a subject and a verb of saying before a colon («او در این پیام تأکید کرد: …», «وی افزود: …»): a source
    that opens «« at each paragraph of a statement and closes it only at the last one; None when there is
    none. A first-person verb with no subject of its own («به او خواهم گفت: …») stays in the words. Each
    sentence in the span is read once."""
    text = view.text
    for index in range(view.sentence_index(start) + 1, len(view.sentences)):
        sentence = view.sentences[index]
        if sentence.start >= closing:
            break
        for cue in view.cues_in(sentence.start, min(sentence.end, closing), "say"):
            if (match_at(_COLON_AFTER_CUE, text, cue.end) and "«" not in text[sentence.start:cue.start]
                    and _names_a_speaker(view, sentence.start, cue.start)):
                return sentence.start
    return None


def _names_a_speaker(view: View, start: int, cue: int) -> bool:
    """Whether the clause before the cue at ``cue`` opens with a pronoun, a speaker entity or a name the
    document gives (``view.names``: «فلاحت پیشه در ادامه گفت:»)."""
    if opening_subject(view, start, cue) is not None:
        return True
    subject = find_subject(view, start, cue)
    if subject.kind != "words" or subject.span is None:
        return False
    keys = [fold_form(word) for word in subject.span.slice(view.text).split()[:_MAX_NAME_WORDS]]
    return any("".join(keys[:count]) in view.names for count in range(len(keys), 0, -1))


_MAX_NAME_WORDS = 3


def _statement_end(view: View, index: int) -> int:
    """Where a statement that reaches sentence ``index`` ends (memoized in ``view.continuations``)."""
    known = view.continuations.get(index)
    if known is not None:
        return known
    reached = [index]
    while index + 1 < len(view.sentences) and _continues(view, view.sentences[index].end, view.sentences[index + 1]):
        index += 1
        if index in view.continuations:
            break
        reached.append(index)
    end = view.continuations.get(index, view.sentences[index].end)
    for number in reached:
        view.continuations[number] = end
    return end


SENTENCE_ENDS = (".", "!", "?", "؟", "…")
"""The marks that end a sentence."""
_CLOSED = frozenset(BULLETS) | {"»"}
"""What opening a sentence ends the statement before it: a bullet, or a «»» that the source put at the start of
the next line (``… است.`` / ``»وزیر افزود …``): the words closed on the line before."""
_DROPPED_ASIDE = "،,"


def _continues(view: View, end: int, sentence: Span) -> bool:
    """Whether ``sentence`` goes on with the statement that ended at ``end``."""
    text = view.text
    gap = text[end:sentence.start].strip(" \t\u200c")
    broken = gap == "\n" and view.is_post and broken_line(text, end, sentence.start)
    over_line = gap == "\n" and (view.lines_are_sentences or (view.is_post and post_line_goes_on(view, end, sentence)))
    if (gap and not over_line and not broken) or text[sentence.start] in _CLOSED:
        return False
    if broken:  # the same sentence goes on: only an attribution of its own stops it
        return not (text.find(":", sentence.start, sentence.end) != -1 or _attributions(view, sentence))
    if gap == "\n" and not sentence.slice(text).rstrip(" \t\u200c»\"'").endswith(SENTENCE_ENDS):
        return False  # a line without a closing stop is a subheading, not the statement's next sentence
    if gap == "\n" and text[sentence.start] in _DROPPED_ASIDE:
        return False  # «، بانک مرکزی …»: an aside whose «به گزارش X» the source dropped (422 lines of news-dev-2)
    cues = _attributions(view, sentence)
    reports = [cue for cue in cues if not is_hearsay(view, sentence, cue)]
    if (text.find(":", sentence.start, sentence.end) != -1 or any(_narrates(view, cue, sentence) for cue in reports)
            or narrators_aside(view, sentence)):
        return False
    if lexicon().according.search(text, sentence.start, sentence.end):
        return False  # «…»، به گفته وی: a statement of its own
    if cues and not reports:
        return True  # hearsay only («عده‌ای می‌گویند …»), its quantifier no new speaker even when tagged one
    return not new_subject(view, sentence, gap == "\n")


def _attributions(view: View, sentence: Span) -> list[CueMatch]:
    """The cues of ``sentence`` that may attribute it anew, which end a statement before it: not a denial («… را رد
    کردند»: in a speaker's words «رد» rejects someone or something as often, «کسی را رد کردند»)."""
    return [cue for cue in view.cues_in(sentence.start, sentence.end) if "deny" not in cue.patterns]


def _narrates(view: View, cue: CueMatch, sentence: Span) -> bool:
    """Whether ``cue`` may be the narrator reporting again, which ends a statement before its sentence (rule
    ``content:over-present-cue`` when it does not). The opener of a discontinuous cue with its closer in the
    sentence is past («خواهان … شد»), without it present («خواهان … هستند»). A verb of saying in the past tense (گفت، اعلام کرده
    است) is the narrator's, unless the speaker's «من»/«ما» stands before it (:func:`_after_first_person`). One
    in the present tense — a verb with «می/نمی» (می‌گویند، نمی‌داند), an adjective with a present copula
    (معتقد است، معتقدند) — is too in a main clause of its own (features narrate in the present: «شاهدان
    عینی می‌گویند …», «این حرف را یکی از مردها اضافه می‌کند»), but the speaker's own words about others in a clause under «که»، «وقتی»، «چون»، «اگر»، «زیرا» («در حالی که ادارات معتقدند …», «وقتی
    سرمربی می‌گوید …»), with his «ما»/«من» before it («آمار به ما می‌گویند …») or after one word at most
    («بعد می‌گویند …»; not «گزارش حاکی است …» nor under the narrator's «این در حالی است که …»); there the
    sentence goes on with the statement unless it opens with a subject of its
    own (:func:`~persianews.quotes.new_subjects.new_subject`). In a post every other cue is the narrator's: channels
    report in the present. A verb of saying in the first person («گفتم», «عرض کردم») never is: the speaker tells of
    his own words."""
    if "first" in cue.patterns:
        return False
    if view.is_post:
        return True  # a channel narrates in the present («بیانیه تاکید می‌کند که …»)
    words = view.text[cue.start:cue.end].split()
    if cue.patterns == _OPENER_ONLY:
        if lexicon().closer.search(view.text, cue.end, sentence.end) is not None:
            return True
    elif not words or fold_form(words[0]) in _EVIDENCE:
        return True
    elif not _present(words):
        return not _after_first_person(view, sentence.start, cue.start)
    if match_at(_NARRATOR_OPENING, view.text, sentence.start) is not None:
        return True  # «این در حالی است که برخی معتقدند …»: the narrator's «که»
    before = [fold_form(word) for word in word_texts(view.text, sentence.start, cue.start)]
    return len(before) > 1 and _SPEAKERS_CLAUSE.isdisjoint(before)


def _after_first_person(view: View, start: int, cue: int) -> bool:
    """Whether the speaker's «من», «ما», «بنده» or «اینجانب» (:data:`~persianews.text.pronouns.FIRST_PERSON`)
    stands between ``start`` and a past cue at ``cue`` (rule ``content:over-first-person-cue``): «خیلی‌ها به من
    گفتند …», «به بنده اعلام کردند …», «مشکل این است که ما … یاد نداده‌ایم، گروهی …
    تلقی کرده»; the narrator does not speak in the first person. Right before the verb the word is the
    object of a preposition («به من گفتند»), else it ends a name («جک ما، اعلام کرد»): a verb in the third
    person takes no «ما» for its subject."""
    found = [fold_form(word) for word in word_texts(view.text, start, cue)]
    return any(word in FIRST_PERSON_FORMS and (index + 1 < len(found) or index and found[index - 1] in _PREPOSITIONS)
               for index, word in enumerate(found))


FIRST_PERSON_FORMS = frozenset(fold_form(w) for w in FIRST_PERSON)
"""The pronouns of the first person («من», «ما», «بنده», «اینجانب»), folded as cues are."""
_PREPOSITIONS = frozenset(fold_form(w) for w in PREPOSITIONS)


def _present(words: list[str]) -> bool:
    """Whether the words of a cue are in the present tense (see :func:`_narrates`): a «می» form
    (:func:`~persianews.quotes.tense.continuous`), or a present copula after a word that is no participle («معتقد
    است», «بر این عقیده است»; not «گفته است»). The past continuous counts with the present here: like the present it
    is the speaker's own under «اگر»، «که»، «چون» («اگر سازمان‌ها … اعلام می‌کردند», «از زمانی که … می‌گفتند»: read
    as the simple past, two statements of the dev gold stopped there), and the narrator reports in the simple past."""
    if continuous(words[0]) or continuous(words[-1]):
        return True
    if words[-1] in _PRESENT_COPULAS:
        return len(words) > 1 and not participle(words[-2])  # «گفته است»: a past perfect
    key = fold_form(" ".join(words))
    return key.endswith("ند") and fold_form(key[:-2] + "است") in lexicon().forms  # «معتقدند» as «معتقد است»


_OPENER_ONLY = frozenset({"circumfix"})
_PRESENT_COPULAS = frozenset("است هستند هستیم هستم دارد دارند داریم دارم".split())
_EVIDENCE = frozenset({fold_form("حاکی")})
"""«گزارش حاکی است …»: what a report shows, the narrator's in the present too."""
_SPEAKERS_CLAUSE = frozenset(fold_form(w) for w in ("که", "وقتی", "چون", "اگر", "زیرا") + FIRST_PERSON)


_ARABIC_ONLY = regex.compile(r"[\u064a\u0643\u0629\u0649\u0625]")
"""Letters of Arabic that Persian does not write (ي ك ة ى إ): normalization turns the first three into Persian ones."""
_PERSIAN_ONLY = regex.compile(r"[پچژگیک]")
_NARRATOR_IN_LINE = regex.compile(
    r"#|@|https?:|t\.me/|(?<![\p{L}\u200c])" + alternatives(HE_SHE + ("رو", "کانال")) + r"(?![\p{L}\u200c])|"
    r"(?:عضو|دنبال)[\s\u200c]*(?:شوید|کنید)(?![\p{L}\u200c])|"
    r"(?:اعلام|گزارش|تاکید|تأکید|گفته|عنوان|خاطرنشان)[\s\u200c]*(?:شد|شده|می[\s\u200c]*شود)(?![\p{L}\u200c])")
_NARRATOR_OPENING = regex.compile(
    r"این\s+در\s+حالی|(?:در|طبق|بر\s*اساس)\s+(?:این|همین)\s+"
    r"(?:اطلاعیه|بیانیه|پیام|نامه|گزارش|مصاحبه|گفت[\s\u200c]*و[\s\u200c]*گو|گفتگو|سخنرانی|یادداشت|پست)")
_POST_LINE_END = (".", "!", "…")
_POST_NEXT_LINE_END = (".", "…")
_TAIL = 20


def _line_ends_sentence(text: str, floor: int, position: int) -> bool:
    """Whether the line ending at ``position`` (its last ``_TAIL`` characters, none before ``floor``) ends in «.»,
    «!» or «…», closing guillemets and quotation marks aside."""
    return text[max(floor, position - _TAIL):position].rstrip(" \t\u200c»\"'").endswith(_POST_LINE_END)


def post_line_goes_on(view: View, end: int, sentence: Span) -> bool:
    """Whether ``sentence``, the next line of a post after a statement's line ending at ``end``, may go on with
    the statement (rule ``content:over-post-lines``; the other stops of :func:`_continues` still apply: a cue, a
    colon, a new subject, an aside). The statement's line ends in «.», «!» or «…», and the next line is a
    sentence in Persian letters that ends in «.» or «…» — not a question or an exclamation (the channel's
    heading or comment: «X چیست؟», «… لابد!»), not Arabic (its source holds letters of Arabic only and none of
    Persian only) — and where the narrator does not resume: no hashtag, handle or link, no «وی» or «او» for the
    speaker, no colloquial «رو» (the channel's own register: «… رو باز کرده»), no call to follow the channel
    («کانال», «عضو شوید», «دنبال کنید»), no passive verb of saying («اعلام شد», «گفته می‌شود»), no opening
    «این در حالی است» or «در این اطلاعیه/بیانیه …»."""
    text = view.text
    if not _line_ends_sentence(text, 0, end):
        return False
    if not sentence.slice(text).rstrip(" \t\u200c»\"'").endswith(_POST_NEXT_LINE_END):
        return False
    line_end = _line_end(text, sentence.start)
    return (match_at(ARABIC_SCRIPT, text, sentence.start) is not None
            and match_at(_NARRATOR_OPENING, text, sentence.start) is None
            and _NARRATOR_IN_LINE.search(text, sentence.start, line_end) is None
            and not _arabic_line(view, Span(sentence.start, line_end)))


def _arabic_line(view: View, line: Span) -> bool:
    """Whether the source of ``line`` is written in Arabic: letters of Arabic only, none of Persian only."""
    source = view.doc.source_span(line).slice(view.doc.source_text)
    return _ARABIC_ONLY.search(source) is not None and _PERSIAN_ONLY.search(source) is None


_NAMED_AGAIN_WORDS = 2
_MIN_NAME_CHARS = 3
_MAX_SPEAKER_LINE_CHARS = 120


def _before_speaker_named(view: View, colon: int, start: int, end: int) -> int:
    """``end``, or the line break before the first line of a post's statement run on over lines
    (:func:`post_line_goes_on`) whose first two words name a word of the speaker again — of the speaker entities
    on the line before the colon at ``colon``, or of the whole line when it has none («سخنگوی ارتش سوئد: …» /
    «ارتش اکنون …», «ترامپ: …» / «گویی ترامپ …», but not «X در دیدار با مردم گفت: …» / «مردم باید …»): the
    narrator speaks of the speaker in the third person. Each line of the statement is read once."""
    text = view.text
    breaks = _sentence_breaks(text, start, end)
    position = next(breaks, None)
    if position is None:
        return end
    line_start = max(text.rfind("\n", 0, colon) + 1, colon - _MAX_SPEAKER_LINE_CHARS)
    first = bisect.bisect_left(view.entity_starts, line_start)
    last = bisect.bisect_left(view.entity_starts, colon)
    spans = [(e.span.start, min(e.span.end, colon)) for e in view.entities[first:last]] or [(line_start, colon)]
    names = {fold_form(word) for a, b in spans for word in word_texts(text, a, b) if len(word) >= _MIN_NAME_CHARS}
    while position is not None:
        if any(fold_form(text[a:b]) in names for a, b in first_words(text, position + 1, end, _NAMED_AGAIN_WORDS)):
            return position
        position = next(breaks, None)
    return end


def _sentence_breaks(text: str, start: int, end: int) -> Iterator[int]:
    """The line breaks in ``[start, end)`` after a line that ends a sentence (:func:`_line_ends_sentence`, nothing
    before ``start`` read)."""
    position = text.find("\n", start, end)
    while position != -1:
        if _line_ends_sentence(text, start, position):
            yield position
        position = text.find("\n", position + 1, end)


_MAX_OVER_LINES_CHARS = 2000


def closing_over_lines(text: str, opening: int) -> int | None:
    """The position after the «»» that closes the «« at ``opening`` on a later line (nesting
    counted, within ``_MAX_OVER_LINES_CHARS``); None when it stays open that far."""
    depth = 0
    for match in GUILLEMETS.finditer(text, opening, min(len(text), opening + _MAX_OVER_LINES_CHARS)):
        depth += 1 if match.group() == "«" else -1
        if depth == 0:
            return match.end()
    return None


_SIGN_OFF = regex.compile(r"[^\p{Arabic}\n]*")
"""A line that closes a quoted post: no Persian letter — its author's handle (``realDonaldTrump``), an emoji
(``📡``) or the original English text after the translation."""


def quoted_post(view: View, position: int) -> Span | None:
    """The words of a quoted post after its label line («پست ترامپ، ترجمه ماشین:» alone on its line; rule
    ``content:quoted-post``): every paragraph up to the post's sign-off — a line with no Persian letter
    (:data:`_SIGN_OFF`) — or up to another label line (ending in a colon), within
    ``_MAX_OVER_LINES_CHARS``. None when the label has words after it on its line. Each line is read once.

    346 telegram-dev posts hold such a label line; 92 quotes run over the quoted post, 80 of them further than
    its first paragraph (15 read: each the whole translation, sign-off and original left out)."""
    text = view.text
    start = end = -1
    for line_start, line_end in lines_below(text, position, _MAX_OVER_LINES_CHARS):
        start = line_start if start == -1 else start
        if not BLANKS.fullmatch(text, line_start, line_end):
            if _SIGN_OFF.fullmatch(text, line_start, line_end) or text[line_start:line_end].rstrip().endswith(":"):
                break
            end = line_end
    return None if end == -1 else trim(view, start, end)


def content_rule(view: View, content: Span) -> str:
    """The evidence code of how a statement was delimited: :func:`delimiting_rule`, else
    :func:`hearsay_rule`, else :func:`present_cue_rule`, else :func:`aside_rule`; "" when none applies."""
    return (delimiting_rule(view, content) or hearsay_rule(view, content) or present_cue_rule(view, content)
            or aside_rule(view, content))


def present_cue_rule(view: View, content: Span) -> str:
    """``content:over-present-cue`` when a statement runs over a later sentence that holds a cue in the present
    tense (:func:`_narrates`), ``content:over-first-person-cue`` when over one in the past after the speaker's
    «من»/«ما» (:func:`_after_first_person`); "" otherwise. Reads the cues inside the statement only."""
    first_end = view.sentence_at(content.start).end
    for cue in view.cues_in(first_end, content.end):
        sentence = view.sentence_at(cue.start)
        if not is_hearsay(view, sentence, cue) and not _narrates(view, cue, sentence):
            past = cue.patterns != _OPENER_ONLY and not _present(view.text[cue.start:cue.end].split())
            return "content:over-first-person-cue" if past else "content:over-present-cue"
    return ""


def delimiting_rule(view: View, content: Span) -> str:
    """The evidence code of a statement that :func:`statement_after` ran over lines: inside guillemets (a
    post, or a text of one sentence a line), or over a post's lines cut mid-sentence; "" otherwise."""
    text = view.text
    if "\n" not in text[content.start:content.end]:
        return _closing_rule(view, content)
    if view.is_post:
        if text.startswith("«", content.start):
            return "content:guillemets-over-lines"
        return "content:over-post-lines" if _over_a_line_end(text, content) else "content:over-broken-lines"
    opened = view.lines_are_sentences and text.startswith("«", content.start) and content.start not in view.guillemets
    return "content:guillemets-over-lines" if opened and closing_over_lines(text, content.start) == content.end else ""


def _over_a_line_end(text: str, content: Span) -> bool:
    """Whether ``content`` runs over a line break after a line that ends a sentence (:func:`post_line_goes_on`)."""
    return next(_sentence_breaks(text, content.start, content.end), None) is not None


def _closing_rule(view: View, content: Span) -> str:
    """``content:to-closing-guillemet`` when the statement stops at the «»» that closes its opening ««
    before the end its sentences would have run to; "" otherwise."""
    if view.guillemets.get(content.start) is None or not view.text.startswith("«", content.start):
        return ""
    closing = _closed_words(view, content.start)
    if closing is None or trim(view, content.start, closing) != content:
        return ""
    sentence_end = _statement_end(view, view.sentence_index(content.start))
    return "content:to-closing-guillemet" if trim(view, content.start, sentence_end) != content else ""


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def guillemet_end(view: View, opening: int) -> int | None:
    """The position after the «»» that closes the «« at ``opening`` on its line (nesting counted)."""
    return view.guillemets.get(opening)

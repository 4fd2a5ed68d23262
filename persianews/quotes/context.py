"""A read-only view of a Document for the quote extractors: sentences, entities, sections."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

import attrs
import regex

from persianews.document import Document
from persianews.entities.words import PREPOSITIONS
from persianews.quotes.cues import CueMatch, finditer_from, fold_form, lexicon
from persianews.quotes.lines import LINE_BLANKS, join_broken_lines
from persianews.records import Entity, Span
from persianews.text.reach import REACH

SPEAKER_LABELS = frozenset({"PERSON", "TITLE", "ORG"})

# Words that end a subject phrase or open an adverbial before the verb («خطاب به Y»: X addressing Y speaks).
STOP_WORDS = frozenset("""
در با از به برای طی ضمن پس پیش بعد قبل تا بر درباره هنگام حین بدون علاوه نسبت توسط خطاب
روز امروز دیروز امشب دیشب صبح عصر شب ظهر بامداد شامگاه صبحگاه پیش‌ازظهر بعدازظهر هفته ماه سال
شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه
علیرغم علی‌رغم باوجود اگر چنانچه هرچند زیرا چون وقتی زمانی
نیز هم همچنین سپس اما ولی که را و یا این آن چنین همین درعین
""".split())
# Words that open an adverbial clause before the subject («پس از …، وزیر گفت»).
ADVERBIAL_OPENERS = PREPOSITIONS | frozenset(
    "بنا بنابر پس پیش بعد قبل هنگام حین پیرو علیرغم علی‌رغم باوجود درپی درحالی همزمان هم‌زمان اگر چنانچه".split())
_SPACE = r"\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""``regex``'s ``\\s`` (Unicode White_Space) spelled out for ``re``, whose ``\\s`` also holds \\x1c-\\x1f."""
_WORD = re.compile(rf"[^{_SPACE}،,؛;:.!?؟«»()\[\]\"]+")
"""A word (``re``: a third faster than ``regex`` per match, and the helpers below read many short words)."""
_WORD_BACKWARDS = regex.compile(_WORD.pattern, regex.REVERSE)
GUILLEMETS = regex.compile(r"[«»]")
"""An opening or closing guillemet."""
INDEFINITE = "یک"
"""The indefinite «یک» before a noun: «یک تحلیلگر بازار», «یک مقام ارشد»."""
QUESTION_MARKS = ("؟", "?")
"""The Persian and the Latin question mark."""
BLANKS = regex.compile(f"[{LINE_BLANKS}]*")
"""Blanks within a line, :data:`LINE_BLANKS` (skipped with :func:`skip_over`)."""
BLANK_LINES = regex.compile(r"[\s\u200c\u200e\u200f]*")
"""Blanks and line breaks, with the invisible marks a copy leaves on empty lines (skipped with :func:`skip_over`)."""
LETTER = regex.compile(r"\p{L}")
"""A letter of any script."""
PERSIAN_LETTER = regex.compile(r"(?=\p{L})\p{Arabic}")
"""A Persian letter: not the Arabic-script punctuation «،؛؟» or digits."""
_GUILLEMETS_AND_LINES = regex.compile(r"[«»\n]")
SPACES = regex.compile(r"[ \u200c]*")
"""Spaces and ZWNJs between words (skipped with :func:`skip_over`)."""
SEPARATORS = regex.compile(r"[\s،\u200c]*")
"""Spaces, commas and ZWNJs between words (skipped with :func:`skip_over`)."""
COMMA_AFTER = regex.compile(r"[ \u200c]*،[ \u200c]*")
"""A comma after a word (and the spaces around it): «گفت، …»."""

MAX_CLAUSE_CHARS = 2000
"""How far from its start a reporting clause is read (its subject, lead-ins, adverbials): a bound on
the work per cue, so that a document with many cues in one endless sentence takes linear time.
News clauses are far shorter."""


def skip_over(pattern: regex.Pattern[str], text: str, start: int, end: int | None = None) -> int:
    """Where a match of ``pattern`` at ``start`` ends (``start`` when none): for patterns such as
    ``[\\s،]*`` that skip what may be there. With no ``end``, it reads no further than ``REACH``
    characters (see :mod:`persianews.text.reach`)."""
    found = pattern.match(text, start, start + REACH if end is None else end)
    return found.end() if found is not None else start


_MIN_SENTENCE_LINES = 4
_PLACE_CHARS = 200
"""A bound on a place name's length, for :meth:`View.place_at`."""


def _one_sentence_a_line(text: str, sentences: tuple[Span, ...]) -> bool:
    """Whether the text has several lines and no line goes on after a sentence closed by a full stop
    (linear in the text). A source split one sentence a line still has lines the segmenter splits at «؟»,
    «!» or a stop inside a quotation; paragraphs of several sentences go on after «.» on their line."""
    lines = sum(1 for line in text.split("\n") if line.strip())
    if lines < _MIN_SENTENCE_LINES:
        return False
    return not any("\n" not in text[a.end:b.start] and text[a.start:a.end].rstrip(_CLOSERS).endswith(".")
                   for a, b in itertools.pairwise(sentences))


_CLOSERS = " \t\u200c»\"')"
"""What may follow a sentence's full stop: blanks and closing quotation marks."""


def words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The word spans of ``text[start:end]`` (punctuation excluded)."""
    return [m.span() for m in _WORD.finditer(text, start, end)]


def word_texts(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]`` (those of :func:`words`), as strings."""
    return _WORD.findall(text, start, end)


def first_words(text: str, start: int, end: int, count: int) -> list[tuple[int, int]]:
    """The spans of the first ``count`` words of ``text[start:end]``: work bounded by ``count``."""
    if count == 1:  # a third of the calls: one search, no iterator
        found = _WORD.search(text, start, end)
        return [] if found is None else [found.span()]
    return [m.span() for m in itertools.islice(_WORD.finditer(text, start, end), count)]


def last_words(text: str, start: int, end: int, count: int) -> list[tuple[int, int]]:
    """The spans of the last ``count`` words of ``text[start:end]``, in text order."""
    if count == 1:
        last = _WORD_BACKWARDS.search(text, start, end)
        return [] if last is None else [last.span()]
    found = [m.span() for m in itertools.islice(_WORD_BACKWARDS.finditer(text, start, end), count)]
    return found[::-1]


def has_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether ``text[start:end]`` has at least ``count`` words (reading no further than the count-th)."""
    return len(first_words(text, start, end, count)) >= count


def guillemet_pairs(text: str) -> dict[int, int]:
    """Each «« mapped to the position after the «»» that closes it on the same line (nesting counted);
    one pass over the text."""
    pairs: dict[int, int] = {}
    if "«" not in text:
        return pairs
    open_: list[int] = []
    for match in _GUILLEMETS_AND_LINES.finditer(text):
        char = match.group()
        if char == "«":
            open_.append(match.start())
        elif char == "»":
            if open_:
                pairs[open_.pop()] = match.start() + 1
        else:
            open_.clear()
    return pairs


def lines_below(text: str, position: int, max_chars: int) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each line after the one that ends at ``position`` (a label line: only blanks
    after ``position``; none when it has words there), up to ``max_chars`` past the line break; each line is
    read once."""
    line_end = text.find("\n", position)
    if line_end == -1 or not BLANKS.fullmatch(text, position, line_end):
        return
    line_start = line_end + 1
    limit = min(len(text), line_start + max_chars)
    while line_start < limit:
        line_end = text.find("\n", line_start, limit)
        line_end = limit if line_end == -1 else line_end
        yield line_start, line_end
        line_start = line_end + 1


@attrs.frozen
class View:
    """The parts of a Document the extractors consult, indexed for lookups by position."""

    doc: Document
    sentences: tuple[Span, ...]
    sentence_starts: tuple[int, ...]
    entities: tuple[Entity, ...]
    entity_starts: tuple[int, ...]
    sections: dict[str, Span]
    cues: tuple[CueMatch, ...]
    cue_starts: tuple[int, ...]
    post: bool = False
    """Whether the document is a Telegram post: see :attr:`is_post`."""
    guillemets: dict[int, int] = attrs.field(factory=dict, eq=False)
    """See :func:`guillemet_pairs`."""
    clause_starts: dict[tuple[int, int], int] = attrs.field(factory=dict, eq=False)
    """(start, limit) → where the clause's subject may stand (see :func:`persianews.quotes.subjects.clause_start`)."""
    coordinated_starts: set[tuple[int, int]] = attrs.field(factory=set, eq=False)
    """(start, limit) of the clause starts that the clause after a finite verb and «و» or «،» moved (see
    :func:`persianews.quotes.subjects.clause_start`): only there may the subject's rule be that clause's."""
    lead_in_ends: dict[tuple[int, int], int] = attrs.field(factory=dict, eq=False)
    """(start, limit) → where the lead-ins at ``start`` end (see :func:`persianews.quotes.lead_ins.skip_lead_in`):
    a line's start is read by the glued heading's reader and the clause start's alike."""
    glued_starts: dict[tuple[int, int], int] = attrs.field(factory=dict, eq=False)
    """(start, limit) → where a paragraph starts after a glued subheading (see
    :func:`persianews.quotes.subjects.after_glued_heading`): asked for by the clause start and the subject's rule."""
    continuations: dict[int, int] = attrs.field(factory=dict, eq=False)
    """Sentence index → the end of a statement that reaches that sentence (filled as statements are read)."""
    line_openings: dict[int, str] = attrs.field(factory=dict, eq=False)
    """Sentence start → how a line of a text of one sentence a line opens (see
    :func:`persianews.quotes.new_subjects.new_subject`; filled as statements are read)."""
    lines_are_sentences: bool = False
    """Whether each line of the text holds one sentence (a source split one sentence a line, as
    some news datasets are): a line break there ends a sentence, not a paragraph."""
    names: set[str] = attrs.field(factory=set, eq=False)
    """Folded names of people the document gives (and their surnames), filled by
    :func:`persianews.quotes.subjects.collect_names`: a subject phrase that opens with one ends there."""
    full_names: list[str] = attrs.field(factory=list, eq=False)
    """The names of two words or more behind ``names``, as written."""
    lone_names: set[str] = attrs.field(factory=set, eq=False)
    """Folded words that open a line as the whole subject of a «X گفت:» («قهرمانی گفت:»), filled by
    :func:`persianews.quotes.subjects.collect_names`: a surname no entity covers, which a subheading may run into
    (:mod:`persianews.quotes.glued_headings`)."""
    written: set[str] = attrs.field(factory=set, eq=False)
    """The folded words the text writes, filled on first need by :mod:`persianews.quotes.glued_headings` (a
    glued heading's last word that no dictionary holds: «کرونا»)."""
    hearsay: list[tuple[int, ...]] = attrs.field(factory=list, eq=False)
    """The starts of the cues that report unnamed others' words, as one tuple, found on first use by
    :func:`persianews.quotes.hearsay.hearsay_rule`."""
    text: str = attrs.field(init=False, eq=False)
    """The document's normalized text (read a few hundred thousand times a run: an attribute, not a property)."""
    according: tuple[regex.Match[str], ...] = attrs.field(init=False, eq=False)
    """The matches of the cue lexicon's ``according`` pattern («به گفته», «به نوشته» …) in the text, in
    order: found once for the two constructions that read them (trailing and according-to quotes)."""
    places: tuple[Entity, ...] = attrs.field(init=False, eq=False)
    """The document's places (LOC entities), sorted by start: a country or city may speak for its state."""
    place_starts: tuple[int, ...] = attrs.field(init=False, eq=False)
    """The starts of ``places``, for bisection."""
    person_words: frozenset[str] = attrs.field(init=False, eq=False)
    """The folded words of the document's person names (PERSON entities), for a name a subheading runs into
    (:mod:`persianews.quotes.glued_headings`)."""

    @classmethod
    def of(cls, doc: Document) -> View:
        """The view of a document: sentences, speaker entities, cues and sections, indexed by position."""
        sentences = tuple(s.span for s in doc.sentences) or (Span(0, len(doc.text)),)
        entities = tuple(sorted((e for e in doc.entities if e.label in SPEAKER_LABELS),
                                key=lambda e: (e.span.start, -e.span.end)))
        cues = lexicon().find(doc.text)
        post = doc.is_post
        if post:
            sentences = join_broken_lines(doc.text, sentences)
        return cls(doc, sentences, tuple(s.start for s in sentences), entities,
                   tuple(e.span.start for e in entities), doc.sections_in_text(),
                   cues, tuple(c.start for c in cues), post, guillemet_pairs(doc.text),
                   lines_are_sentences=not post and _one_sentence_a_line(doc.text, sentences))

    def cues_with(self, pattern: str) -> list[CueMatch]:
        """The cues that can start ``pattern`` (say, deem, from, circumfix, stance)."""
        return [cue for cue in self.cues if pattern in cue.patterns]

    def cues_in(self, start: int, end: int, pattern: str | None = None) -> list[CueMatch]:
        """The cues starting inside ``[start, end)``, optionally only those of ``pattern``."""
        first = bisect.bisect_left(self.cue_starts, start)
        last = bisect.bisect_left(self.cue_starts, end)
        return [c for c in self.cues[first:last] if pattern is None or pattern in c.patterns]

    def starts_cue(self, position: int) -> bool:
        """Whether a cue starts at ``position``."""
        index = bisect.bisect_left(self.cue_starts, position)
        return index < len(self.cue_starts) and self.cue_starts[index] == position

    @text.default
    def _document_text(self) -> str:
        return self.doc.text

    @according.default
    def _according_cues(self) -> tuple[regex.Match[str], ...]:
        lex = lexicon()
        return tuple(finditer_from(lex.according, lex.according_starts, self.text))

    @places.default
    def _places(self) -> tuple[Entity, ...]:
        return tuple(sorted((e for e in self.doc.entities if e.label == "LOC"), key=lambda e: e.span.start))

    @place_starts.default
    def _place_starts(self) -> tuple[int, ...]:
        return tuple(e.span.start for e in self.places)

    @person_words.default
    def _person_words(self) -> frozenset[str]:
        return frozenset(fold_form(word) for entity in self.doc.entities if entity.label == "PERSON"
                         for word in entity.text.split())

    def places_in(self, start: int, end: int) -> list[Entity]:
        """The places that start inside ``[start, end)``, in order."""
        return list(self.places[bisect.bisect_left(self.place_starts, start):
                                bisect.bisect_left(self.place_starts, end)])

    def place_at(self, position: int) -> Entity | None:
        """A place whose span holds ``position`` (one starting at most ``_PLACE_CHARS`` before it), or None."""
        index = bisect.bisect_right(self.place_starts, position)
        while index and self.place_starts[index - 1] > position - _PLACE_CHARS:
            index -= 1
            if position < self.places[index].span.end:
                return self.places[index]
        return None

    @property
    def is_post(self) -> bool:
        """Whether the document is a Telegram post (headline style is common there)."""
        return self.post

    def sentence_index(self, position: int) -> int:
        """The index of the sentence that contains (or last starts before) ``position``."""
        index = bisect.bisect_right(self.sentence_starts, position)
        return index - 1 if index else 0

    def sentence_at(self, position: int) -> Span:
        """The span of the sentence holding ``position``."""
        index = bisect.bisect_right(self.sentence_starts, position)
        return self.sentences[index - 1 if index else 0]

    def entities_in(self, start: int, end: int) -> list[Entity]:
        """Speaker-capable entities (PERSON, TITLE, ORG) inside ``[start, end)``."""
        found = []
        entities = self.entities
        for index in range(bisect.bisect_left(self.entity_starts, start), len(entities)):
            entity = entities[index]
            if entity.span.start >= end:
                break
            if entity.span.end <= end:
                found.append(entity)
        return found

    def entity_at(self, position: int, end: int) -> Entity | None:
        """The longest speaker entity starting at ``position`` (or after an opening «) before ``end``
        (and within 200 characters): only the entities that start there are read."""
        limit = min(end, position + 200)
        entities = self.entities
        for index in range(bisect.bisect_left(self.entity_starts, position), len(entities)):
            span = entities[index].span
            if span.start > position + 1 or span.start >= limit:
                return None
            if span.end <= limit:
                return entities[index]
        return None

    def previous_word(self, position: int) -> str:
        """The word that ends just before ``position`` (across spaces and commas)."""
        found = last_words(self.text, max(0, position - 40), position, 1)
        return self.text[found[-1][0]:found[-1][1]] if found else ""

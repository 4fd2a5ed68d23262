"""The cue lexicon (``models/cues.tsv``), loaded once, and a linear-time cue finder.

Forms are looked up by a folded key: spaces and ZWNJs removed and hamza
letters made plain, so ``یادآور شد`` = ``یادآورشد``, ``خاطرنشان`` = ``خاطر نشان``,
``تأکید`` = ``تاکید`` and a stray ZWNJ inside a word (``برش‌مرد``) is ignored.
The finder tries, at each word, the longest run of words that is a form,
extending a run only while it is the prefix of some form (linear time).
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from itertools import accumulate

import attrs
import regex

from persianews.records import Span
from persianews.resources import data_rows
from persianews.text.bounded_cache import byte_bounded_cache

ZWNJ = "\u200c"
_PLAIN_LETTERS = {"أ": "ا", "آ": "ا", "ؤ": "و", "ئ": "ی", "ي": "ی", "ك": "ک", "ۀ": "ه"}
_FOLD = str.maketrans({**_PLAIN_LETTERS, " ": None, ZWNJ: None})
_WORD = regex.compile(r"[\p{L}\p{M}\u200c]+")
_WORDS_AND_GAPS = regex.compile(f"({_WORD.pattern})")
_LETTER = r"\p{L}\p{M}"
_PHRASE_PATTERNS = frozenset({"according", "noun"})
_NOUN_OBJECTS = ("امیدواری", "نگرانی", "خرسندی", "تأسف", "ناراحتی", "رضایت", "نظر")
"""The noun of «با ابراز امیدواری از اینکه …» after the reporting noun."""
_THAT_NOUNS = ("نکته", "مطلب", "موضوع", "مسئله", "مساله", "مسأله")
"""«با اشاره به این نکته که …»: a noun before «که» that stands for the clause."""
_FUTURE = frozenset({"خواهد", "خواهند", "نخواهد", "نخواهند", "خواهم", "خواهیم", "نخواهم", "نخواهیم"})
"""Auxiliaries of the future: «خواهد گفت» reports nothing said yet."""
"""Patterns matched by their own regexes rather than looked up word by word."""


@byte_bounded_cache(4 * 1024 * 1024)
def fold_form(text: str) -> str:
    """A form's lookup key: no spaces or ZWNJs, plain alef, waw and yeh (cached by the text: the rules
    fold the same words again and again, and ``str.translate`` costs more than a look-up)."""
    return text.translate(_FOLD)


@attrs.frozen
class CueMatch:
    """A cue found in the text: its span (a glued «و» left out) and the patterns it can start."""

    span: Span
    patterns: frozenset[str]
    kind: str

    @property
    def start(self) -> int:
        """Where the cue starts in the text."""
        return self.span.start

    @property
    def end(self) -> int:
        """Where the cue ends in the text."""
        return self.span.end


@attrs.frozen
class CueLexicon:
    """Cue forms by folded key, the closers of discontinuous cues, speaker heads and labels."""

    forms: dict[str, tuple[frozenset[str], str]]
    """Folded form → (patterns, kind)."""
    prefixes: frozenset[str]
    """Every prefix of a folded form: a run of words is extended only while it is one."""
    starters: frozenset[str]
    """The keys of the words that may start a form: its prefixes, after a glued «و» or not."""
    closer: regex.Pattern
    """The second half of a discontinuous cue (``… شد``)."""
    according: regex.Pattern
    """``به گفته`` and the like; group ``cue``."""
    noun: regex.Pattern
    """``با/ضمن NOUN (بر/به) اینکه``; group ``cue`` is the noun, the match ends before the clause."""
    heads: frozenset[str]
    """Folded words that open a speaker phrase: the cue lexicon's heads and the one-word role words of
    ``title_heads.tsv`` (every spelling: مسئول، مسؤول، مسوول)."""
    title_openers: frozenset[str]
    """``heads`` and the first word of every role word of ``title_heads.tsv`` (نایب, قائم, خطیب …): the
    words a title written after a name may open with."""
    labels: frozenset[str]
    honorifics: frozenset[str]
    media: frozenset[str]
    """Words for a post (``پست``, ``توییت``) that stand before its owner in a speaker line."""

    def find(self, text: str) -> tuple[CueMatch, ...]:
        """Every cue in ``text``, left to right, longest first, not overlapping.

        The words, their folded keys and offsets come from one split of the text; only the words that
        may start a form (its first letters, after a glued «و» or not) are looked at one by one. Linear
        in the text."""
        keys, starts, ends = _folded_words(text)
        out = []
        following = 0  # the first word not inside a cue found
        for index in itertools.compress(itertools.count(), map(self.starters.__contains__, keys)):
            if index < following:
                continue
            match = self._match_at(text, keys, starts, ends, index, 0) \
                or self._match_at(text, keys, starts, ends, index, 1)
            if match is None:
                continue
            cue, used = match
            if not (index and keys[index - 1] in _FUTURE):
                out.append(cue)
            following = index + used
        return tuple(out)

    def _match_at(self, text: str, keys: list[str], starts: list[int], ends: list[int], index: int,
                  glued: int) -> tuple[CueMatch, int] | None:
        """The longest form starting at word ``index`` (after a glued «و» when ``glued``); ``keys``,
        ``starts`` and ``ends`` are the words' folded keys and offsets."""
        first_start, first = starts[index], keys[index]
        if glued and not (first.startswith("و") and ends[index] - first_start > 1):
            return None
        key = first[glued:]
        best = None
        used = 0
        while key in self.prefixes:
            used += 1
            end = ends[index + used - 1]
            if key in self.forms and not _is_dialogue(text, end, key):
                best = (CueMatch(Span(first_start + glued, end), *self.forms[key]), used)
            if index + used >= len(keys):
                break
            if text[end:starts[index + used]].strip(" \u200c"):
                break
            key += keys[index + used]
        return best


def _folded_words(text: str) -> tuple[list[str], list[int], list[int]]:
    """The words of ``text`` (see ``_WORD``) as their :func:`fold_form` keys, starts and ends: plain letters
    replaced in the whole text (one to one), then one split into words and the gaps between them."""
    for letter, plain in _PLAIN_LETTERS.items():
        if letter in text:
            text = text.replace(letter, plain)
    parts = _WORDS_AND_GAPS.split(text)  # gaps at even positions, words between them
    offsets = list(accumulate(map(len, parts), initial=0))
    words = parts[1::2]
    # Words hold no space: one join, replace and split removes every word's ZWNJs in C.
    keys = " ".join(words).replace(ZWNJ, "").split(" ") if ZWNJ in text else words
    return keys, offsets[1::2], offsets[2::2]


_AND_GO = regex.compile(r"[ \u200c]*و[ \u200c]*گو")


def _is_dialogue(text: str, end: int, key: str) -> bool:
    """«گفت و گو» is a noun (dialogue), not the verb «گفت»."""
    return key == "گفت" and _AND_GO.match(text, end, end + 8) is not None


def form_pattern(form: str) -> str:
    """A regex source for a form: any joint at spaces and ZWNJs, hamza letters or their plain spelling."""
    classes = {"أ": "[أا]", "ؤ": "[ؤو]", "ئ": "[ئی]", "آ": "[آا]"}
    return "".join(r"[ \u200c]?" if c in (" ", ZWNJ) else classes.get(c, regex.escape(c)) for c in form)


def _alternation(forms) -> str:
    return "|".join(form_pattern(f) for f in sorted(set(forms), key=len, reverse=True))




@functools.cache
def lexicon() -> CueLexicon:
    """The cue lexicon, loaded and compiled on first use."""
    forms: dict[str, tuple[frozenset[str], str]] = {}
    by_pattern: dict[str, list[str]] = defaultdict(list)
    closers = set()
    for form, kind, patterns, _lemma in data_rows("cues.tsv"):
        names = frozenset(patterns.split(","))
        for name in names:
            by_pattern[name].append(form)
        if kind == "none" or names <= _PHRASE_PATTERNS:
            continue
        if "…" in form:
            opener, closer = (part.strip() for part in form.split("…"))
            closers.add(closer)
            form = opener
        key = fold_form(form)
        previous = forms.get(key)
        if previous is not None:
            names |= previous[0]
            kind = kind if kind == previous[1] else "both"
        forms[key] = (names, kind)
    prefixes = frozenset(key[:n] for key in forms for n in range(1, len(key) + 1))
    roles = [row[0] for row in data_rows("title_heads.tsv")]
    heads = frozenset(fold_form(w) for w in by_pattern["head"] + [role for role in roles if " " not in role])
    return CueLexicon(
        forms=forms,
        prefixes=prefixes,
        starters=prefixes | {"و" + prefix for prefix in prefixes},
        closer=regex.compile(rf"(?<![{_LETTER}\u200c])(?:{_alternation(closers)})(?![{_LETTER}]|\u200c[{_LETTER}])"),
        according=regex.compile(
            rf"(?<![{_LETTER}\u200c])(?P<cue>{_alternation(by_pattern['according'])})(?![{_LETTER}\u200c])"),
        noun=regex.compile(
            rf"(?<![{_LETTER}\u200c])(?:با|ضمن)\s+(?P<cue>(?:{_alternation(by_pattern['noun'])})"
            rf"(?:\s+(?:{_alternation(_NOUN_OBJECTS)}))?)"
            rf"(?:\s+(?:بر|به|از))?\s+(?:این[ \u200c]?که|این\s+(?:{_alternation(_THAT_NOUNS)})\s+که)(?![{_LETTER}])"),
        heads=heads,
        title_openers=heads | {fold_form(role.split()[0]) for role in roles},
        labels=frozenset(fold_form(w) for w in by_pattern["label"]),
        honorifics=frozenset(fold_form(w) for w in by_pattern["honorific"]),
        media=frozenset(fold_form(w) for w in by_pattern["medium"]),
    )

"""Analysis of one written word: prefix + stem + suffixes, or a compound, scored with the lexicon."""

from __future__ import annotations

import functools
from itertools import accumulate, pairwise
from typing import Callable, Iterable, Iterator, NamedTuple

from persianews.text.bounded_cache import Memo
from persianews.text.zwnj.lexicon import (
    ATTESTED_WORD, BOUND_HEAD, COPULA_CLITICS, DETERMINERS, EITHER, FREE_COMPOUND, FREE_COMPOUND_MIN_SCORE,
    FREE_COMPOUND_PENALTY, FUNCTION_WORDS, HEAD_COMPOUND_PENALTY, HEAD_LEFT_MIN_SCORE, HEAD_SCORE, HEH_YEH,
    INDEFINITE_PENALTY, JOINED_SUFFIX_PENALTY, LEXICON_COMPOUND, LONGEST_WORD, Lexicon,
    MIN_COMPOUND_PART, NON_JOINING, NOT_NOUNS, NOT_STEMS, NUMBERS, PARTED, PARTICIPLE_CLITICS,
    PARTICIPLE_CLITIC_SCORE, PLURAL_PERFECT_SCORE, PREFIX, PREFIX_BI_PENALTY, PREVERB_PENALTY, SILENT_HE, SOFT,
    SOFT_WORDS, STRONG_WORD, SUFFIX, UNKNOWN_STEM_SCORE, VERB_PREFIXES, VERB_PREFIX_STARTS, VERB_WORD_SCORE,
    WRITTEN_KINDS, ZWNJ, ZWNJ_SUFFIX_PENALTY,
)


Boundaries = tuple[tuple[int, str], ...]  # (position in the joined word, kind)


class Analysis(NamedTuple):
    score: float
    boundaries: Boundaries


# Analysis(score, boundaries) without the Python-level __new__ of a NamedTuple: analyses are many.
_analysis = functools.partial(tuple.__new__, Analysis)


class Decision(NamedTuple):
    """What to do with one written word: the word with its half-spaces restored (those already
    written are kept), the kind of boundary at each position of its joined key, and the word
    as restored after an indefinite determiner (None when the same)."""

    restored: str
    kinds: dict[int, str]
    after_indefinite: str | None
    changed: bool = False  # whether restored differs from the word as written


_decision = functools.partial(tuple.__new__, Decision)  # see _analysis


NO_KINDS: dict[int, str] = {}
"""The kinds of a word without boundaries (shared: never changed)."""
_NOWHERE: frozenset[int] = frozenset()
PREFIX_STARTS = (*VERB_PREFIX_STARTS, "بی")
"""How the words with a prefix (می‌، بی‌) start."""


def _shift(boundaries: Boundaries, offset: int) -> Boundaries:
    if not boundaries:  # the common case: no generator for nothing
        return boundaries
    return tuple((position + offset, kind) for position, kind in boundaries)


class WordAnalyser:
    """Analyses written words against the lexicon; decisions are cached per written word.

    Each analysis of a word is a :class:`~persianews.text.bounded_cache.Memo` (memory stays bounded
    on long runs), called through its ``__getitem__``: a word seen before costs one dict look-up."""

    decide: Callable[[str], Decision]
    """The decision for a word as written (its ZWNJs are kept as boundaries)."""
    stem: Callable[[str], Analysis | None]
    """Best analysis of a joined word as one stem: a word, a verb form, a derived word (word + ی),
    بی + word or, for a word missing from the lexicon, a compound."""
    simple_stem: Callable[[str], Analysis | None]
    """Best analysis of a joined word as one stem that is not a compound."""
    verb_form: Callable[[str], bool]
    """Whether a joined word is a finite verb, a participle or an infinitive (then it is no compound
    head)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.decide = Memo(self._decision).__getitem__
        self.stem = Memo(self._stem).__getitem__
        self.simple_stem = Memo(self._simple_stem).__getitem__
        self.verb_form = Memo(self._verb_form).__getitem__

    def _decision(self, form: str) -> Decision:
        if HEH_YEH in form:  # نامۀ is analysed as نامه, and written back with its ۀ
            folded = self.decide(form.replace(HEH_YEH, "ه"))
            restored = _unfold(folded.restored, form)
            return Decision(restored, folded.kinds, folded.after_indefinite and _unfold(folded.after_indefinite, form),
                            restored != form)
        return self._decide(form)

    def _decide(self, form: str) -> Decision:
        """The best analysis of ``form`` made into a Decision."""
        lexicon = self.lexicon
        if lexicon.scores.get(form, 0.0) >= ATTESTED_WORD and form not in lexicon.compound_forms:
            return _decision((form, NO_KINDS, None, False))  # a plain word of the lexicon (so without ZWNJ)
        if ZWNJ in form:
            key = form.replace(ZWNJ, "")
            required = _zwnj_positions(form)
        else:
            key, required = form, _NOWHERE
        if len(key) > LONGEST_WORD or (not required and self._unchanging(key)):  # required: a ZWNJ written
            return _decision((form, NO_KINDS, None, False))
        best = self.best(key, required)
        if best is None:
            return _decision((form, NO_KINDS, None, False))
        if not required and not key.endswith("ههای"):
            for _, kind in best.boundaries:
                if kind in WRITTEN_KINDS:
                    break
            else:  # only joints written joined (سیگارم = سیگار + م)
                return _decision((form, NO_KINDS, None, False))
        written = _written(key, best.boundaries)
        restored = form if required.issuperset(written) else _with_zwnj(form, written)  # all written already
        after_indefinite = None
        if key.endswith("ههای"):
            indefinite = self.best(key, required | {len(key) - 2})
            if indefinite is not None and indefinite.score >= STRONG_WORD - INDEFINITE_PENALTY:
                after_indefinite = _with_zwnj(form, _written(key, indefinite.boundaries))
                if after_indefinite == restored:
                    after_indefinite = None
        return _decision((restored, dict(best.boundaries), after_indefinite, restored != form))

    def _unchanging(self, key: str) -> bool:
        """Whether no analysis of ``key``, a word without ZWNJ, has a boundary written with one, so that
        the word stays as it is without being analysed (most words missing from the lexicon: names...).

        The boundaries written with a ZWNJ come from a verb prefix or بی at the start (_verbs,
        _prefixed), a suffix written after a ZWNJ at the end (_inflections, _verb_tail), or a stem that
        is a compound: one of the lexicon (a prefix of the word, maybe with a final ه restored: word,
        _derived) or two parts of which the first is a word of the lexicon (_compound). A quick test
        for each: the prefixes of the word (at most LONGEST_WORD letters) looked up in two sets."""
        lexicon = self.lexicon
        if key.startswith(PREFIX_STARTS) or key.endswith(lexicon.zwnj_suffixes):
            return False
        scores, compound_stems = lexicon.scores, lexicon.compound_stems
        last_left = len(key) - MIN_COMPOUND_PART  # the last end of the first part of a compound
        for end in range(1, len(key) + 1):
            part = key[:end]
            if part in compound_stems:
                return False
            if (MIN_COMPOUND_PART <= end <= last_left and scores.get(part, -1.0) >= HEAD_LEFT_MIN_SCORE
                    and part not in FUNCTION_WORDS):
                return False
        return True

    def best(self, key: str, required: frozenset[int] = frozenset()) -> Analysis | None:
        """Best analysis of the joined word ``key`` with a boundary at each ``required`` position."""
        if key in SOFT_WORDS:
            return self.word(key) if required <= {SOFT_WORDS[key]} else None
        if not required:
            # A word of the lexicon with some frequency is taken as spelled there.
            score = self.lexicon.scores.get(key)
            if score is not None and score >= ATTESTED_WORD:
                return self.word(key)
        best = None
        for candidate in self._candidates(key, required):
            if best is not None and candidate.score <= best.score:
                continue
            if required and not required.issubset([position for position, _ in candidate.boundaries]):
                continue
            best = candidate
        return best

    def _candidates(self, key: str, required: frozenset[int]) -> Iterator[Analysis]:
        """Analyses of ``key``. Parts ``required`` apart are already separated in the text: that is
        evidence enough for a suffix after a stem missing from the lexicon (بعله اش), and the parts
        of a compound are the separated ones."""
        whole = self.simple_stem(key) if required else self.stem(key)
        if whole is not None:
            yield whole
        if required and (whole is None or not whole.boundaries):
            parted = self._compound(key, sorted(required))
            if parted is not None and whole is not None and whole.score >= ATTESTED_WORD:
                # a word of the lexicon, written joined there, that the text parts (نمایش نامه)
                parted = _analysis((whole.score, tuple((position, PARTED if position in required else kind)
                                                       for position, kind in parted.boundaries)))
            if parted is not None:
                yield parted
            if 2 in required and key.startswith("بی"):
                # بی written apart is the prefix, even of a word the lexicon writes joined (بی گاه)
                rest = self.word(key[2:])
                if rest is not None and key[2:] not in NOT_STEMS:
                    yield _analysis((rest.score - PREFIX_BI_PENALTY, ((2, PREFIX),) + _shift(rest.boundaries, 2)))
        yield from self._verbs(key)
        perfect = self._verb_tail(key)  # کرده‌ایم
        if perfect is not None and perfect.boundaries:
            plural = key.endswith(COPULA_CLITICS)
            yield _analysis((PLURAL_PERFECT_SCORE if plural else PARTICIPLE_CLITIC_SCORE, perfect.boundaries))
        # A word of the lexicon is only re-analysed as a known stem + suffix (ساعتها = ساعت + ها).
        yield from self._inflections(key, key in self.lexicon.scores, required)

    def _verbs(self, key: str) -> Iterator[Analysis]:
        if not key.startswith(VERB_PREFIX_STARTS):
            return
        for prefix in VERB_PREFIXES:
            if key.startswith(prefix):
                tail = self._verb_tail(key[len(prefix):])
                if tail is not None:
                    penalty = PREVERB_PENALTY if len(prefix) > 3 else 0.0
                    yield _analysis((tail.score - penalty,
                                     ((len(prefix), PREFIX),) + _shift(tail.boundaries, len(prefix))))

    def _verb_tail(self, tail: str) -> Analysis | None:
        score = self.lexicon.verb_tails.get(tail)
        if score is not None:
            return _analysis((score, ()))
        for clitic in PARTICIPLE_CLITICS:
            if tail.endswith(clitic):
                score = self.lexicon.participles.get(tail[:-len(clitic)])
                if score is not None:
                    return _analysis((score - ZWNJ_SUFFIX_PENALTY, ((len(tail) - len(clitic), SUFFIX),)))
        return None

    def noun_like(self, form: str) -> bool:
        """Whether ``form`` is a word of the lexicon that is no function word, number or verb form."""
        key = form.replace(HEH_YEH, "ه")
        return (self.lexicon.scores.get(key, 0.0) >= STRONG_WORD and key not in FUNCTION_WORDS
                and key not in NUMBERS and key not in DETERMINERS and key not in NOT_NOUNS and not self.verb_form(key))

    def _verb_form(self, key: str) -> bool:
        lexicon = self.lexicon
        if (key in lexicon.finite_verbs or key in lexicon.participles or key in lexicon.infinitives
                or (key[:1] in "بن" and self._subjunctive(key))):
            return True
        if key.endswith(PARTICIPLE_CLITICS):
            participle = self._verb_tail(key)
            if participle is not None and participle.boundaries:
                return True
        return key.startswith(VERB_PREFIX_STARTS) and next(self._verbs(key), None) is not None

    def _subjunctive(self, key: str) -> bool:
        """Whether ``key`` is a finite verb with the prefix ب or ن (بگیرد، نیاید، بیفتد)."""
        if key[:1] not in ("ب", "ن"):
            return False
        finite = self.lexicon.finite_verbs
        rest = key[1:]
        if rest in finite:
            return True
        return rest[:1] == "ی" and ("ا" + rest[1:] in finite or "آ" + rest[2:] in finite)

    def _inflections(self, key: str, known_stems: bool, required: frozenset[int]) -> Iterator[Analysis]:
        lexicon = self.lexicon
        suffixes = lexicon.suffixes
        # A suffix starts at or after the last required boundary (one boundary, at its start).
        longest = len(key) - (max(required) if required else 2)
        for length in lexicon.suffix_lengths.get(key[-1:], ()):
            if length > longest:
                break
            options = suffixes.get(key[-length:])
            if options is None:
                continue
            base = key[:-length]
            joint = len(base)
            if not joint:  # no letter before the suffix (a word opened by a half-space: «\u200cها»)
                continue
            final = base[-1]
            if final == "ه" and joint >= 3 and base[-2] != "ا":  # a final ه read as a vowel (خانه, not راه)
                final = SILENT_HE
            inside = [position for position in required if position < joint] if required else None
            for kind, penalty, after, not_after, stem_tail, min_stem_score, after_function_word, comparative \
                    in options:
                if (after is not None and final not in after) or final in not_after:
                    continue
                stem_key = base + stem_tail if stem_tail else base
                if not after_function_word and stem_key in NOT_STEMS:
                    continue
                if comparative and lexicon.scores.get(stem_key + "تر", 0.0) >= STRONG_WORD:
                    continue  # بیشتری، کلانتری: ی after a word in تر, not «تری»
                if known_stems and not (stem_key in lexicon.scores or stem_key in lexicon.verb_tails
                                        or stem_key in lexicon.participles):
                    continue
                if inside:  # the stem must be a word or a compound parted where the text parts it
                    stem = self.simple_stem(stem_key) or self._compound(stem_key, inside)
                else:
                    stem = self.stem(stem_key)
                if stem is None:
                    if (min_stem_score is not None and not required) or len(stem_key) < 3:
                        continue
                    yield _analysis((UNKNOWN_STEM_SCORE - penalty, ((joint, kind),)))
                elif min_stem_score is not None and (stem.score < min_stem_score or len(stem_key) < 3):
                    continue
                else:
                    yield _analysis((stem.score - penalty, stem.boundaries + ((joint, kind),)))

    def word(self, key: str) -> Analysis | None:
        """The lexicon entry for ``key``, with the boundaries of its ZWNJ spelling (not cached: a few
        dict look-ups)."""
        if key in SOFT_WORDS:
            return _analysis((ATTESTED_WORD, ((SOFT_WORDS[key], SOFT),)))
        score = self.lexicon.scores.get(key)
        if score is None:
            return None
        form = self.lexicon.compound_forms.get(key)
        if form is None:
            return _analysis((score, ()))
        return _analysis((score, _boundaries_of(form, EITHER if key in self.lexicon.either else LEXICON_COMPOUND)))

    def _stem(self, key: str) -> Analysis | None:
        best = self.simple_stem(key)
        return self._compound(key) if best is None else best

    def _simple_stem(self, key: str) -> Analysis | None:
        best = self.word(key)
        lexicon = self.lexicon
        verb_score = lexicon.participles.get(key, -1.0)
        if verb_score < 0 and (key in lexicon.verb_tails or (key[:1] in "بن" and self._subjunctive(key))):
            verb_score = VERB_WORD_SCORE
        if verb_score >= 0 and (best is None or best.score < verb_score):
            best = _analysis((verb_score, best.boundaries if best else ()))
        if best is None or best.score < STRONG_WORD:
            if key[-1:] == "ی":
                candidate = self._derived(key)
                if candidate is not None and (best is None or candidate.score > best.score):
                    best = candidate
            if key[:2] == "بی":
                candidate = self._prefixed(key)
                if candidate is not None and (best is None or candidate.score > best.score):
                    best = candidate
        return best

    def _derived(self, key: str) -> Analysis | None:
        """Adjectives and abstract nouns in ی/یی/گی (انسانی، تنهایی، خستگی) of a known word."""
        base = derivation_base(key)
        if base is None:
            return None
        word = self.word(base)
        if word is None or word.score < STRONG_WORD:
            return None
        return _analysis((word.score - JOINED_SUFFIX_PENALTY, word.boundaries))

    def _prefixed(self, key: str) -> Analysis | None:
        if not key.startswith("بی") or len(key) < 5:
            return None
        word = self.word(key[2:])
        if word is None or word.score < STRONG_WORD:
            return None
        return _analysis((word.score - PREFIX_BI_PENALTY, ((2, PREFIX),) + _shift(word.boundaries, 2)))

    def _compound(self, key: str, splits: Iterable[int] | None = None) -> Analysis | None:
        """Best reading of ``key`` as two words of the lexicon, or a word and a compound head."""
        scores, heads = self.lexicon.scores, self.lexicon.heads
        best = None
        for split in range(MIN_COMPOUND_PART, len(key) - MIN_COMPOUND_PART + 1) if splits is None else splits:
            left_key, right_key = key[:split], key[split:]
            if min(split, len(right_key)) < MIN_COMPOUND_PART:
                continue
            left_score = scores.get(left_key)
            if left_score is None or left_score < HEAD_LEFT_MIN_SCORE or left_key in FUNCTION_WORDS:
                continue
            bound = heads.get(right_key)
            if bound is not None:
                score = min(left_score, HEAD_SCORE) - HEAD_COMPOUND_PENALTY
                kind = BOUND_HEAD if bound else FREE_COMPOUND
                right_boundaries: Boundaries = ()
            else:
                right = self.word(right_key)
                if right is None or right_key in FUNCTION_WORDS:
                    continue
                if right.boundaries:  # سید + جمال‌الدین
                    score = min(left_score, right.score + FREE_COMPOUND_PENALTY) - FREE_COMPOUND_PENALTY
                elif min(left_score, right.score) >= FREE_COMPOUND_MIN_SCORE:
                    score = min(left_score, right.score) - FREE_COMPOUND_PENALTY
                else:
                    continue
                if self.verb_form(right_key):
                    continue
                kind = FREE_COMPOUND
                right_boundaries = right.boundaries
            if best is None or score > best.score:
                left = self.word(left_key)
                if left is None:  # a scored word always has an entry
                    continue
                best = _analysis((score, left.boundaries + ((split, kind),) + _shift(right_boundaries, split)))

        return best


def derivation_base(key: str) -> str | None:
    """The word that ``key`` derives from with ی/یی/گی (انسانی → انسان، خستگی → خسته), if it may."""
    if key.endswith("گی"):
        return key[:-2] + "ه"
    if key.endswith("یی") and key[-3:-2] in ("ا", "و"):
        return key[:-2]
    if key.endswith("ی") and key[-2:-1] not in ("ا", "و", "ی", ""):
        return key[:-1]
    return None


def _unfold(restored: str, form: str) -> str:
    """``restored``, the decision for ``form`` with its ۀ folded to ه, with the letters of ``form``."""
    pieces = []
    index = 0
    for char in restored:
        if char == ZWNJ and form[index:index + 1] != ZWNJ:
            pieces.append(ZWNJ)
            continue
        pieces.append(form[index])
        index += 1
    return "".join(pieces)


def _with_zwnj(form: str, positions: tuple[int, ...]) -> str:
    """``form`` with a ZWNJ before each letter at one of ``positions`` (sorted) of its joined key."""
    if not positions:
        return form
    if ZWNJ not in form:  # the key is the form: slices between the positions
        return ZWNJ.join(form[start:end] for start, end in pairwise((0, *positions, len(form))))
    wanted = set(positions)
    pieces = []
    letters = 0
    for char in form:
        if char == ZWNJ:
            wanted.discard(letters)
        elif letters in wanted:
            pieces.append(ZWNJ)
        if char != ZWNJ:
            letters += 1
        pieces.append(char)
    return "".join(pieces)


def _zwnj_positions(form: str) -> frozenset[int]:
    """The positions in the joined key of ``form`` of the half-spaces it writes."""
    if ZWNJ not in form:
        return _NOWHERE
    return frozenset(accumulate(map(len, form.split(ZWNJ)[:-1])))


def _boundaries_of(form: str, kind: str) -> Boundaries:
    boundaries = []
    position = 0
    for part in form.split(ZWNJ)[:-1]:
        position += len(part)
        boundaries.append((position, kind))
    return tuple(boundaries)


def _written(key: str, boundaries: Boundaries) -> tuple[int, ...]:
    """Positions of ``key`` that take a ZWNJ: written boundaries after a joining letter."""
    return tuple(sorted({position for position, kind in boundaries
                         if kind in WRITTEN_KINDS and key[position - 1] not in NON_JOINING}))

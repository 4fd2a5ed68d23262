"""Half-space restoration's compiled analysis (zwnj_native.c) against its pure-Python twin, the reference: the
same decision, code and roles for every word, the same joint for every pair, the same edits for every text;
on words and pairs drawn from the lexicon with affixes, half-spaces and random letters, and on every word type
and pair of news-dev where the corpora are there."""

from __future__ import annotations

import copy
import functools
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persianews.text.zwnj import restoration
from persianews.text.zwnj.joints import Analyser
from persianews.text.zwnj.lexicon import HEH_YEH, PARTICIPLE_CLITICS, VERB_PREFIXES, ZWNJ, Lexicon
from persianews.text.zwnj.zwnj_native import native

pytestmark = pytest.mark.skipif(native() is None, reason="the compiled module was not built (no C compiler)")

SHARED = Path(os.environ.get("PERSIANEWS_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
NEWS_DEV = SHARED / "corpora" / "news-dev" / "farsnews-dev.jsonl"


@functools.cache
def _analysers() -> tuple[Analyser, Analyser]:
    """The Python analyser and the compiled one, of one lexicon."""
    lexicon = Lexicon()
    return Analyser(lexicon, compiled=False), Analyser(lexicon)


def _assert_same_word(word: str) -> None:
    python, compiled = _analysers()
    expected, got = python.decide(word), compiled.decide(word)
    assert got == expected and list(got.kinds.items()) == list(expected.kinds.items()), word
    assert compiled.word_code(word) == python.word_code(word), word
    for form in {word, expected.restored}:
        assert compiled.left_role(form) == python.left_role(form), form
        assert compiled.right_role(form) == python.right_role(form), form


def _assert_same_pair(left: str, right: str) -> None:
    python, compiled = _analysers()
    assert compiled.plain_joint((left, right)) == python.plain_joint((left, right)), (left, right)
    assert compiled.pair_joint(left, right) == python.pair_joint(left, right), (left, right)


@functools.cache
def _lexicon_words() -> list[str]:
    lexicon = _analysers()[0].lexicon
    return sorted({*list(lexicon.scores)[::7], *list(lexicon.compound_forms.values())[::3], *list(lexicon.heads),
                   *list(lexicon.verb_tails)[::11], *list(lexicon.participles)[::5]})


_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآئۀ"


@st.composite
def words(draw: st.DrawFn) -> str:
    """A word of the lexicon, maybe cut short, with prefixes, suffixes, letters, half-spaces or a final ۀ."""
    lexicon = _analysers()[0].lexicon
    word = draw(st.sampled_from(_lexicon_words()))
    word = word[draw(st.integers(0, 2)):]
    ends = sorted(lexicon.suffixes) + list(PARTICIPLE_CLITICS) + ["گی", "یی", "ه", "ی", "ای"]
    before = draw(st.lists(st.sampled_from((*VERB_PREFIXES, "بی", "ن", "ب", "هم")), max_size=1))
    after = draw(st.lists(st.one_of(st.sampled_from(ends), st.sampled_from(_lexicon_words()),
                                    st.text(alphabet=_LETTERS, min_size=1, max_size=3)), max_size=2))
    parts = [*before, word, *after]
    joints = [draw(st.sampled_from(("", "", ZWNJ, ZWNJ + ZWNJ))) for _ in parts[1:]]
    text = parts[0] + "".join(joint + part for joint, part in zip(joints, parts[1:]))
    if text.endswith("ه") and draw(st.booleans()):
        text = text[:-1] + HEH_YEH
    text = text.strip(ZWNJ)
    return text or "ا"


@settings(max_examples=1500, deadline=None)
@given(words())
def test_a_word_gets_the_same_decision_code_and_roles(word):
    _assert_same_word(word)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_LETTERS + ZWNJ, min_size=1, max_size=60).filter(lambda text: text[0] != ZWNJ))
def test_random_letters_get_the_same_decision(word):
    _assert_same_word(word)


@settings(max_examples=1000, deadline=None)
@given(words(), words())
def test_a_pair_gets_the_same_joint(left, right):
    _assert_same_pair(left, right)
    python = _analysers()[0]
    _assert_same_pair(python.decide(left).restored, python.decide(right).restored)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(words(), st.sampled_from((" ", " ", " ", "  ", "، ", "\n"))), min_size=1, max_size=12))
def test_a_text_gets_the_same_edits(pieces):
    text = "".join(word + gap for word, gap in pieces)
    python, compiled = _analysers()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(restoration, "_ANALYSER", python)
        expected = restoration.half_space_edits(text)
        patch.setattr(restoration, "_ANALYSER", compiled)
        assert restoration.half_space_edits(text) == expected


@pytest.mark.parametrize(("word", "restored"), [
    ("میکنند", "می‌کنند"), ("کتابهایش", "کتاب‌هایش"), ("نامۀ", "نامۀ"), ("خانههای", "خانه‌های"),
    ("ترامپ", "ترامپ"), ("ا" * 60, "ا" * 60),
])
def test_golden_words_and_hostile_lengths(word, restored):
    assert _analysers()[1].decide(word).restored == restored
    _assert_same_word(word)


def test_the_analyser_runs_compiled_where_built_and_in_python_when_told():
    python, compiled = _analysers()
    assert compiled.compiled is not None and python.compiled is None
    with pytest.raises(TypeError):
        compiled.compiled.decide(b"\xd9\x85")
    with pytest.raises(TypeError):
        native().analyser({}, {}, [])


@pytest.mark.skipif(not NEWS_DEV.is_file(), reason="needs ../shared/corpora (news-dev)")
def test_every_word_type_and_pair_of_news_dev():
    import json

    types: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    with NEWS_DEV.open(encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            text = "\n\n".join(part for part in (item.get("title"), item.get("abstract"), *item.get("paragraphs", []))
                               if part)
            written = restoration._WORD_OR_GAP.split(text)[1::2]
            types.update(written)
            pairs.update(zip(written, written[1:]))
    for word in sorted(types):
        _assert_same_word(word)
    for left, right in sorted(pairs):
        _assert_same_pair(left, right)


# ---- hostile inputs: the compiled twin neither crashes nor differs from the Python one ----

def test_the_compiled_analyser_type_cannot_be_instantiated_from_python():
    with pytest.raises(TypeError):
        type(_analysers()[1].compiled)()


def test_the_compiled_analyser_is_made_from_its_own_type_whatever_the_module_attribute(monkeypatch):
    lexicon = _analysers()[0].lexicon
    kind = type(_analysers()[1].compiled)

    class Smaller:
        """A class much smaller than the analyser's C struct."""

    monkeypatch.setattr(native(), "Analyser", Smaller)
    core = Analyser(lexicon).compiled
    assert type(core) is kind
    assert core.decide("میکنند").restored == "می‌کنند"


@pytest.mark.parametrize("position", [-1, -64, 64, 2 ** 40])
def test_a_soft_word_position_out_of_range_is_refused(monkeypatch, position):
    from persianews.text.zwnj import lexicon as words_lexicon

    monkeypatch.setattr(words_lexicon, "SOFT_WORDS", {**words_lexicon.SOFT_WORDS, "آنها": position})
    with pytest.raises(ValueError, match="soft word"):
        Analyser(_analysers()[0].lexicon)


def test_a_table_that_python_code_changes_while_it_is_read():
    lexicon = copy.copy(_analysers()[0].lexicon)

    class Meddling:
        """A score whose conversion to float empties the table it is read from and refills it."""

        def __float__(self) -> float:
            lexicon.scores.clear()
            lexicon.scores.update((str(number), 1.0) for number in range(1000))
            return 1.0

    lexicon.scores = {**lexicon.scores, "ززز": Meddling()}
    core = Analyser(lexicon).compiled
    assert core.decide("میکنند").restored == "می‌کنند"  # every item of the table as it was is read


def test_pieces_whose_hash_empties_the_list():
    def pieces() -> list[str]:
        listed: list[str] = []

        class Clearing(str):
            def __hash__(self) -> int:
                listed.clear()
                return str.__hash__(self)

        listed.extend(["", Clearing("کتابها"), " ", Clearing("میکنند"), "، ", Clearing("ها"), ""])
        return listed

    python, compiled = _analysers()
    expected = python.codes(pieces())
    assert len(expected) == 8
    assert compiled.codes(pieces()) == expected


_PIECES = st.one_of(st.sampled_from(("", " ", "  ", "، ", "\n", "x", "۱۲", ZWNJ)), words(),
                    st.text(alphabet=_LETTERS + " ،x" + ZWNJ, max_size=8))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=9))
def test_lists_that_do_not_alternate_words_and_gaps_get_the_same_codes(pieces):
    python, compiled = _analysers()
    assert compiled.codes(list(pieces)) == python.codes(list(pieces))


@pytest.mark.parametrize("pieces", [
    ["", " ", " ", "کتاب", ""], ["", "کتاب", "ها", "میکنند", ""], ["کتاب", "", "", "", "x"], [" "], [],
    ["", "x", "۱", " ", ""], ["", "\u200cها", ""], ["", "\u200cهای", " ", "\u200c", ""],
])
def test_golden_lists_that_do_not_alternate(pieces):
    python, compiled = _analysers()
    assert compiled.codes(pieces) == python.codes(pieces)
    assert len(python.codes(pieces)) == sum(2 if index % 2 else 1 for index in range(1, len(pieces) - 1))


@pytest.mark.parametrize("word", ["\ud800", "کتاب\udc00ها", "\udfff" + ZWNJ + "ها", "می\ud83dکنند"])
def test_lone_surrogates_get_the_same_results(word):
    python, compiled = _analysers()
    assert compiled.decide(word) == python.decide(word)
    _assert_same_word(word)
    _assert_same_pair(word, "ها")
    _assert_same_pair("کتاب", word)
    pieces = ["", word, " ", "کتاب", " ", word, ""]
    assert compiled.codes(pieces) == python.codes(pieces)


@pytest.mark.parametrize(("left", "right", "reaches_may_join"), [
    ("پیش", "ژ" * 32_000, True), ("پیش", "کژ" * 16_000, True), ("نمایش", "نامه" * 8_000, False),
    ("ژ" * 32_000, "ها", False),
])
def test_a_very_long_word_in_a_pair(left, right, reaches_may_join):
    """_may_join looks at no slice longer than the lexicon's longest word (linear, not quadratic)."""
    python = _analysers()[0]
    if reaches_may_join:  # no word of the lexicon runs past the space: apart
        assert python._may_compound(left, right) and not python._may_join(left, right)
        assert python.pair_joint(left, right) is None
    _assert_same_pair(left, right)


@pytest.mark.parametrize("word", ["\u200cها", "\u200cهای", "\u200cتر", "\u200c\u200cها"])
def test_a_word_opened_by_a_half_space_gets_the_same_decision(word):
    python, compiled = _analysers()
    assert python.decide(word) == compiled.decide(word)

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
from persianews.text.zwnj.joints import APART, NEAR, PAIRS, WORD_OR_GAP, Analyser, left_code, right_code
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
            written = WORD_OR_GAP.split(text)[1::2]
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


_TEXTS = st.text(alphabet=_LETTERS + " ،x\n۱" + ZWNJ + "\ud800", max_size=40)


def _assert_same_split(text: str) -> None:
    python, compiled = _analysers()
    pieces, codes = python.split_codes(text)
    assert compiled.split_codes(text) == (pieces, codes), text
    assert pieces == WORD_OR_GAP.split(text) and len(codes) == 3 * len(pieces[1::2])
    assert compiled.pairs(codes) == python.pairs(codes), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(words(), _TEXTS), max_size=8).map(" ".join))
def test_texts_get_the_same_pieces_codes_and_pairs(text):
    _assert_same_split(text)


@pytest.mark.parametrize("text", [
    "", " ", "x", "کتاب", "کتاب ها را می خوانم", " کتاب" + ZWNJ * 2 + "ها" + ZWNJ + " x می  کنند" + ZWNJ,
    ZWNJ + "ها", "می" + ZWNJ, "آن ها", "نمایش نامه ها", "یک برهه ای", "۱۲ کتاب\n\nها", "\ud800کتاب ها\udfff",
])
def test_golden_texts_get_the_same_pieces_codes_and_pairs(text):
    _assert_same_split(text)


def test_golden_pairs():
    python, compiled = _analysers()
    pieces, codes = python.split_codes("کتاب ها را می خوانم")
    assert pieces == ["", "کتاب", " ", "ها", " ", "را", " ", "می", " ", "خوانم", ""]
    assert codes[0] == APART and codes[3::3] == NEAR * 4
    assert python.pairs(codes) == compiled.pairs(codes) == [1, 4]  # کتاب ها, می خوانم


# Strings of code characters and others: the matches of PAIRS anywhere, not only three characters apart.
_CODE_CHARACTERS = st.sampled_from([NEAR, APART, "a", left_code(0), left_code(1), left_code(4), left_code(63),
                                    chr(ord(left_code(63)) + 1), right_code(0, 0), right_code(2, 0), right_code(2, 1),
                                    right_code(32, 0), right_code(63, 7), chr(ord(right_code(63, 7)) + 1), "\ud800"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CODE_CHARACTERS, max_size=30).map("".join))
def test_any_codes_get_the_same_pairs(codes):
    python, compiled = _analysers()
    assert compiled.pairs(codes) == python.pairs(codes) == [match.end() // 3 for match in PAIRS.finditer(codes)]


def test_split_codes_and_pairs_take_str_only():
    _, compiled = _analysers()
    for method in (compiled.split_codes, compiled.pairs):
        with pytest.raises(TypeError):
            method(b"\xd9\x85")
        with pytest.raises(TypeError):
            method(["کتاب"])


@pytest.mark.parametrize("word", ["\ud800", "کتاب\udc00ها", "\udfff" + ZWNJ + "ها", "می\ud83dکنند"])
def test_lone_surrogates_get_the_same_results(word):
    python, compiled = _analysers()
    assert compiled.decide(word) == python.decide(word)
    _assert_same_word(word)
    _assert_same_pair(word, "ها")
    _assert_same_pair("کتاب", word)
    _assert_same_split(f"{word} کتاب {word}")


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

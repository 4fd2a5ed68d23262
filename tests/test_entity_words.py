"""The per-word analyses of persianews.entities.words: golden words, and the tag-bit look-ups of is_compound and
inflected equal to the same tests read from the dictionary's tag sets (hypothesis, hostile input)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persianews.entities import lexicons
from persianews.entities import words as entity_words
from persianews.entities.keys import SEPARATE_WORDS, fold

_CONTENT = {"N", "AJ"}


@pytest.mark.parametrize("text, compound, inflection, surname", [
    ("مردمی‌سازی", True, None, "compound"),
    ("نیک‌فرجام", True, None, "word"),
    ("صالح‌پور", False, None, "unknown"),  # صالح | پور: a surname ending, no compound
    ("کتاب", False, None, "word"),
    ("کتابها", False, "plural", None),
    ("کتابهایش", False, "plural", None),
    ("ملتی", False, "yeh", "yeh"),
    ("فضلی", False, "yeh", "yeh"),
    ("درخصوص", False, None, None),  # a joined preposition: a stop word
    ("x", False, None, None),
    ("", False, None, None),
])
def test_golden_words(text, compound, inflection, surname):
    key = fold(text)
    assert entity_words.is_compound.__wrapped__(key) is compound
    assert entity_words.inflected.__wrapped__(key) == inflection
    assert entity_words.surname_class.__wrapped__(key) == surname


@pytest.mark.parametrize("text, joined", [("درخصوص", True), ("درمورد", True), ("ازجمله", True),
                                          ("بهروز", False), ("در", False), ("", False)])
def test_joined_prepositions(text, joined):
    assert entity_words.is_joined_preposition(fold(text)) is joined
    if joined:
        assert entity_words.is_stop.__wrapped__(fold(text))


def _content(word: str, extra: frozenset[str] = frozenset()) -> bool:
    """The reference: ``word`` is in the dictionary with a noun or adjective tag (or one of ``extra``)."""
    return bool(lexicons.dictionary().tags(word) & (_CONTENT | extra))


def _reference_compound(key: str) -> bool:
    word = entity_words.plain(key)
    suffixes = lexicons.context("surname_suffix")
    return any(_content(word[:cut]) and _content(word[cut:], frozenset({"PL"})) and word[cut:] not in suffixes
               for cut in range(3, len(word) - 2))


def _reference_inflected(key: str) -> str | None:
    word = entity_words.plain(key)

    def known(stem: str) -> bool:
        return len(stem) >= 2 and _content(stem)
    if not word.endswith("یان") and any(word.endswith(e) and known(word[: -len(e)]) for e in entity_words._INFLECTIONS):
        return "plural"
    return "yeh" if any(word.endswith(e) and known(word[: -len(e)]) for e in ("ای", "ی")) else None


def _dictionary_words() -> list[str]:
    return sorted(key for key in lexicons.dictionary().masks if 2 <= len(key) <= 8)


_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءآئ"
_words = st.one_of(
    st.text(alphabet=_LETTERS, max_size=14),
    st.tuples(st.sampled_from(_dictionary_words()), st.sampled_from(_dictionary_words())).map("".join),
    st.tuples(st.sampled_from(_dictionary_words()), st.sampled_from(entity_words._INFLECTIONS + ("ی", "ای"))).map("".join),
    st.text(max_size=20),  # hostile: any character
    st.text(alphabet="\ue000\ue001" + _LETTERS[:6], max_size=10),  # the separate-word markers
)


@settings(max_examples=400, deadline=None)
@given(_words)
def test_tag_bits_read_as_the_tag_sets(word):
    assert entity_words.is_compound.__wrapped__(word) is _reference_compound(word)
    assert entity_words.inflected.__wrapped__(word) == _reference_inflected(word)


def test_joined_prepositions_are_memoised():
    """The people rules ask it of the word after each name candidate: one memo look-up a word."""
    from persianews.text.bounded_cache import MemoFunction

    assert isinstance(entity_words.is_joined_preposition, MemoFunction)
    assert entity_words.is_joined_preposition(fold("درخصوص"))
    assert not entity_words.is_joined_preposition(fold("بهروز"))


@pytest.mark.parametrize("key, glued", [("درقامت", True), ("بامدیر", True), ("دریافت", False), ("بهروز", False)])
def test_glued_to_preposition(key, glued):
    assert entity_words.glued_to_preposition(key) is glued


@pytest.mark.parametrize("key, ezafe", [("ادعای", True), ("بازوی", True), ("رضایی", False), ("پیشه", False)])
def test_ezafe_after_vowel(key, ezafe):
    assert entity_words.ezafe_after_vowel(key) is ezafe


@pytest.mark.parametrize("word", ["حسن‌زاده", "زاده", "محمد", "درخصوص", "و", "گفت", "کتابخانه", "xyz", "نیک‌فرجام"])
def test_a_word_s_first_analyses_are_made_together(word):
    """tags, frequency, is_given_name, is_stop and is_detached_suffix of a new word: one miss stores them all,
    each as its definition gives it."""
    key = fold(word)
    analyses = (entity_words.tags, entity_words.frequency, entity_words.is_given_name, entity_words.is_stop,
                entity_words.is_detached_suffix)
    for memo in analyses:
        memo.clear()
    entity_words.is_stop(key)
    assert all(key in memo for memo in analyses)
    plain = entity_words.plain(key)
    assert [memo(key) for memo in analyses] == [
        lexicons.dictionary().tags(plain), lexicons.dictionary().freq.get(plain, 0),
        plain in lexicons.given_name_keys(),
        plain in SEPARATE_WORDS or key in lexicons.context("stop") or entity_words.is_joined_preposition(key),
        lexicons.context("surname_suffix").get(plain) == "detached"]


@pytest.mark.parametrize("word", ["کتاب", "تهران", "تهرانی", "علی‌اکبری", "سازمان", "xyz", "و", "قالیباف", "ز"])
def test_a_key_alone_is_what_its_phrases_give(word):
    """Trie.alone of a key inside which no phrase ends (most keys: its shortcut) as of one with phrases: the
    followers, the entries spelled as the key, and the kinds of the phrases inside it and of those entries."""
    _assert_alone_as_its_phrases(fold(word))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_key_alone_reads_the_kinds_table_as_its_phrases_give(data):
    """Trie.alone's kinds, read from the table of each phrase key's kinds built with the trie, are those of the
    phrases' entries, on keys made of lexicon phrases run together (several phrases ending inside one key), cut
    anywhere, with letters after them."""
    phrases = sorted(lexicons.trie()._phrase_kinds)
    parts = data.draw(st.lists(st.sampled_from(phrases), min_size=1, max_size=3))
    joined = "".join(parts)
    cut = data.draw(st.integers(1, len(joined)))
    _assert_alone_as_its_phrases(joined[:cut] + data.draw(st.text("ایرانوم", max_size=3)))


def _assert_alone_as_its_phrases(key: str) -> None:
    """Trie.alone of ``key`` (uncached) computed directly from the phrases ending inside it."""
    trie = lexicons.trie()
    phrases = trie.phrases(key)
    whole = phrases[-1][1] if phrases and phrases[-1][0] == len(key) else ()
    assert trie._alone_of(key) == (trie.followers.get(key, frozenset()), whole,
                                   frozenset(e.kind for _end, entries in phrases for e in entries),
                                   frozenset(e.kind for e in whole))


@settings(max_examples=300, deadline=None)
@given(st.text("درباهزومیخصوجل", max_size=9))
def test_a_preposition_joined_is_tested_as_before_its_first_letters(word):
    """preposition_joined_to's one C test first (startswith of every preposition) changes no answer."""
    stop = lexicons.context("stop").__contains__
    assert entity_words.preposition_joined_to(word, stop) is any(
        word.startswith(p) and len(word) - len(p) >= 4 and stop(word[len(p):]) for p in ("در", "به", "با", "از", "بر"))


def test_a_word_of_several_dictionary_rows_has_the_tags_of_all_and_the_highest_frequency(monkeypatch):
    """The dictionary's tables read from invented rows: tags merged per folded key, one bit per tag in sorted order,
    the highest count, the keys in the order of their first rows."""
    rows = [["کتاب", "N", "40"], ["رييس", "N,AJ", "7"], ["کتاب", "AJ,N", "90"], ["رئیس", "N", "3"], ["رفت", "V,V", "5"]]
    monkeypatch.setattr(lexicons, "data_columns", lambda name, count, transform: [
        [transform(row[column]) for row in rows] for column in range(count)])
    masks, freq, sets, bits = lexicons._dictionary_tables.__wrapped__()
    assert bits == {"AJ": 1, "N": 2, "V": 4}
    assert list(masks.items()) == [("کتاب", 3), (fold("رييس"), 3), ("رفت", 4)]
    assert list(freq.items()) == [("کتاب", 90), (fold("رييس"), 7), ("رفت", 5)]
    assert sets == {3: frozenset({"AJ", "N"}), 4: frozenset({"V"})}

"""The tokens layer (TokenTable): a sequence of Token records equal to the one built token by token, and
the entity matcher's view built from its lists equal to the view built from Token records."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persianews.document import Document
from persianews.entities import lexicons
from persianews.entities.matcher import TokenView, indexes_of
from persianews.records import Article, Span, Token
from persianews.stages.normalize import NormalizeStage
from persianews.stages.segment import SegmentStage
from persianews.tokens import TokenTable

SOURCE = "  رئيس جمهور گفت:«سلام»\u200f.ساعت ۲۰:۳۰ است\n\nاستاندار قزوين در استانداری قزوین گفت: کار ادامه دارد."


@pytest.fixture(scope="module")
def doc() -> Document:
    return SegmentStage()(NormalizeStage()(Document.from_article(Article(SOURCE))))


def reference_tokens(doc: Document) -> tuple[Token, ...]:
    """The tokens built one by one, with validated spans and the document's alignment."""
    table = doc.tokens
    assert isinstance(table, TokenTable)
    spans = [Span(start, end) for start, end in zip(table.starts, table.ends)]
    return tuple(Token(span.slice(doc.text), span, doc.source_span(span), kind)
                 for span, kind in zip(spans, table.kinds))


def test_table_equals_the_tokens_built_one_by_one(doc):
    reference = reference_tokens(doc)
    assert isinstance(doc.tokens, TokenTable)
    assert len(doc.tokens) == len(reference) == 22
    assert tuple(doc.tokens) == reference
    assert doc.tokens == reference and reference == tuple(doc.tokens)
    assert hash(doc.tokens) == hash(reference)
    assert doc.tokens[0].source_span.slice(SOURCE) == "رئيس"
    assert doc.tokens[-1] == reference[-1] and doc.tokens[-3] == reference[-3]
    assert doc.tokens[2:5] == reference[2:5] and doc.tokens[::-2] == reference[::-2]


def test_table_refuses_indices_outside_it_and_is_not_a_string(doc):
    for index in (len(doc.tokens), -len(doc.tokens) - 1):
        with pytest.raises(IndexError):
            doc.tokens[index]
    assert doc.tokens != "رئیس"
    assert doc.tokens != reference_tokens(doc)[:-1]


def test_table_pickles(doc):
    again = pickle.loads(pickle.dumps(doc.tokens))
    assert isinstance(again, TokenTable) and again == doc.tokens


def test_identity_alignment_shares_the_span_objects():
    doc = SegmentStage()(Document.from_article(Article("وزیر گفت.")))
    assert [t.text for t in doc.tokens] == ["وزیر", "گفت", "."]
    assert all(t.span is t.source_span for t in doc.tokens)


def test_matcher_view_from_the_table_equals_the_view_from_records(doc):
    fast = TokenView(doc.text, doc.tokens, lexicons.trie())
    slow = TokenView(doc.text, reference_tokens(doc), lexicons.trie())
    for name in ("offsets", "ends", "kinds_of", "pieces", "keys", "same_line", "starts", "compact", "compact_ends",
                 "prefix_kinds", "matches", "kinds_at"):
        if name == "matches":  # built when asked for
            assert list(fast.matches) == list(slow.matches)
        else:
            assert getattr(fast, name) == getattr(slow, name), name
    assert fast.same_line.count(False) == 2  # the first token and the first after the blank line
    assert "\n" in fast.compact
    assert fast.find(fast.pieces.index("استاندار"), "head") is not None


def test_matcher_view_equals_a_walk_from_every_token():
    """Matches and phrase kinds from the cached per-key walks (and the steps past a token where the next
    character goes on) equal a plain walk of the trie from each token, across line breaks and tokens whose
    key is empty (ء); so do the name parts from every position of the compact keys, inside tokens too, the
    phrases the tagger reads (``starting``) and the tokens where a kind starts (``having``)."""
    import random

    words = ["استاندار", "قزوین", "وزیر", "امور", "خارجه", "سید", "محمد", "علی", "جمال", "الدین", "سازمان",
             "برنامه", "و", "بودجه", "ء", "در", "شهرداری", "تهران", "گفت", "،", ":", "\n", "«", "»", "حسن", "زاده"]
    rng = random.Random(7)
    trie = lexicons.trie()
    kinds = frozenset({"given", "name_prefix", "place"})
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 25)))
        doc = SegmentStage()(Document.from_article(Article(text)))
        view = TokenView(doc.text, doc.tokens, trie)
        ending = dict(zip(view.compact_ends, range(len(view))))  # the last token ending at each position
        for index in range(len(view)):
            walked = list(trie.walk(view.compact, view.starts[index]))
            aligned = [(ending[end] + 1, entries) for end, entries in reversed(walked) if end in ending]
            assert [(m.end, m.entries) for m in view.matches[index]] == aligned
            assert view.prefix_kinds[index] == frozenset(e.kind for _end, entries in walked for e in entries)
            assert view.kinds_at[index] == frozenset(e.kind for _end, entries in aligned for e in entries)
        for start in range(len(view) + 1):  # the tagger's read of the matches, from every token on
            assert view.matches.starting(start, len(view)) == [
                match for index in range(start, len(view)) for match in view.matches[index]]
        for kind in ("given", "place", "head", "org", "org_head", "honorific", "figure"):
            assert view.having(kind) == [index for index in range(len(view)) if kind in view.kinds_at[index]]
            for index in range(-1, len(view) + 1):  # the longest match holding the kind, as indexing gives them
                assert view.find(index, kind) == next((m for m in (view.matches[index] if 0 <= index < len(view)
                                                                   else ()) if kind in m.kinds()), None)
        assert view.types == frozenset(view.keys) and isinstance(view.types, frozenset)
        for value in (":", "»", "،", "محمد", "ء", ""):  # the positions of a key, of a token's text
            assert indexes_of(view.keys, value) == [i for i, key in enumerate(view.keys) if key == value]
            assert indexes_of(view.pieces, value) == [i for i, piece in enumerate(view.pieces) if piece == value]
        for position in range(len(view.compact) + 1):
            walked = [(end, tuple(e for e in entries if e.kind in kinds))
                      for end, entries in trie.walk(view.compact, position)]
            assert list(view.parts(position, kinds)) == [(end, chosen) for end, chosen in walked if chosen]


def test_name_parts_read_from_a_window_equal_the_walk_from_every_position():
    """The full-name rule reads the name parts starting at a position from the memo of the next few compact
    characters: the same phrases, at the same ends, as the walk over the whole text, inside tokens, across
    line breaks and at the text's end (a window cut short)."""
    import random

    from persianews.entities.people_full import _NAME_PHRASES, _name_part, _name_window
    from persianews.entities.people_tokens import _NAME_PARTS

    words = ["سید", "محمد", "مهدی", "علی", "اکبر", "جمال", "الدین", "سیدجمال", "محمدمهدی", "عبدالله", "حسن",
             "زاده", "امید", "صفر", "گفت", "،", "\n", "ء", "رئیس", "دانشگاه"]
    rng = random.Random(11)
    trie = lexicons.trie()
    width = _name_window()
    for _ in range(200):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        doc = SegmentStage()(Document.from_article(Article(text)))
        view = TokenView(doc.text, doc.tokens, trie)
        for position in range(len(view.compact) + 1):
            window = [(position + end, *read) for end, *read in _NAME_PHRASES[view.compact[position:position + width]]]
            assert window == [(end, *_name_part(entries)) for end, entries in view.parts(position, _NAME_PARTS)]



@settings(max_examples=300, deadline=None)
@given(st.data())
def test_name_parts_shared_by_a_windows_longest_part_equal_the_windows_own_walk(data):
    """The name parts of a window are kept by its longest name part (shared by every window starting with it):
    the same phrases, at the same ends, as the walk over that window itself, on windows of name parts run
    together, cut anywhere, with letters after them."""
    from persianews.entities.people_full import _name_part, _name_phrases
    from persianews.entities.people_tokens import _NAME_PARTS

    trie = lexicons.trie()
    parts = sorted(key for key, entries in trie.table_of(_NAME_PARTS).items() if entries)
    joined = "".join(data.draw(st.lists(st.sampled_from(parts), min_size=1, max_size=3)))
    window = joined[:data.draw(st.integers(0, len(joined)))] + data.draw(st.text("ایرانومد", max_size=4))
    assert _name_phrases(window) == tuple((end, *_name_part(entries))
                                          for end, entries in trie.walk(window, 0, _NAME_PARTS))


def test_the_matcher_walks_a_hostile_run_of_letters_without_caching_its_key():
    trie = lexicons.trie()
    doc = SegmentStage()(NormalizeStage()(Document.from_article(Article("وزیر " + "ا" * 20_000))))
    view = TokenView(doc.text, doc.tokens, trie)
    assert view.n == 2
    assert max(map(len, trie._inside)) <= 128


def test_the_positions_of_many_wanted_values_are_found_in_one_pass(monkeypatch):
    """A list-like document with many facility types: :func:`indexes_of_any` reads the tokens once (no
    search per type), and finds what a test per token finds, for few values as for many."""
    from persianews.entities import matcher, people_tokens

    facility = list(lexicons.context("facility"))[:12]
    text = "، ".join(f"{word} شهید رجایی" for word in facility) + "."
    doc = SegmentStage()(NormalizeStage()(Document.from_article(Article(text))))
    view = TokenView(doc.text, doc.tokens, lexicons.trie())
    searches: list[str] = []
    original = matcher.indexes_of
    def counted(values: list[str], value: str) -> list[int]:
        searches.append(value)
        return original(values, value)

    monkeypatch.setattr(matcher, "indexes_of", counted)
    monkeypatch.setattr(people_tokens, "indexes_of", counted, raising=False)
    found = people_tokens.PeopleTokens(view, set(), {}, []).facilities
    assert found == {i for i, key in enumerate(view.keys) if key in lexicons.context("facility")} and len(found) >= 10
    assert not searches
    for wanted in ((), ("،",), ("،", "شهید"), tuple(view.types)):
        assert matcher.indexes_of_any(view.keys, wanted) == [i for i, key in enumerate(view.keys) if key in wanted]
        assert view.tokens_of_types(wanted + ("نبود",)) == [i for i, key in enumerate(view.keys) if key in wanted]

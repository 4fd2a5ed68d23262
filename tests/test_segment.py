"""Segmentation: golden token and sentence splits, Telegram bullets, quotes, datelines, and
the segment stage's offsets in both texts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persianews.document import Document
from persianews.records import Article
from persianews.stages.normalize import NormalizeStage
from persianews.stages.segment import SegmentStage
from persianews.text.segment import split_sentences, tokenize

Z = "\u200c"


def tokens(text: str) -> list[tuple[str, str]]:
    return [(span.slice(text), kind) for span, kind in tokenize(text)]


def sentences(text: str) -> list[str]:
    return [span.slice(text) for span in split_sentences(text, list(tokenize(text)))]


TOKEN_CASES = [
    (f"کتاب{Z}ها را می{Z}خوانم.", [f"کتاب{Z}ها", "را", f"می{Z}خوانم", "."]),
    ("سلام،دنیا!؟", ["سلام", "،", "دنیا", "!", "؟"]),
    ("«سلام» (ره) [۱]", ["«", "سلام", "»", "(", "ره", ")", "[", "۱", "]"]),
    ("جذب714 میلیارد", ["جذب", "714", "میلیارد"]),
    ("و... و…", ["و", "...", "و", "…"]),
    ("پی - ۳۵", ["پی", "-", "۳۵"]),
    ("SLAM-ER و CoRoT-7b و G20", ["SLAM-ER", "و", "CoRoT-7b", "و", "G20"]),
    ("ج.ا.ا", ["ج", ".", "ا", ".", "ا"]),
]


@pytest.mark.parametrize(("text", "expected"), TOKEN_CASES)
def test_token_splits(text, expected):
    assert [piece for piece, _ in tokens(text)] == expected


KIND_CASES = [
    ("https://t.me/farsna/459880", "url"),
    ("http://www.irna.ir/news/85012345?x=1&y=2", "url"),
    ("www.farsnews.ir", "url"),
    ("moi.ir/x3RXY", "url"),
    ("farsnews.com", "url"),
    ("info@irna.ir", "email"),
    ("@farsna_ir", "handle"),
    ("#سیل_تهران", "hashtag"),
    (f"#دفاع{Z}مقدس", "hashtag"),
    ("1,000", "number"),
    ("1.5", "number"),
    ("۱۴۰۲/۶/۴", "number"),
    ("1402/6/4", "number"),
    ("20:30", "number"),
    ("۲۰:۳۰", "number"),
    ("5%", "number"),
    ("۱۲٫۵٪", "number"),
    ("👍🏽", "emoji"),
    ("👨\u200d👩\u200d👧", "emoji"),
    ("🏳️\u200d🌈", "emoji"),
    ("❤️", "emoji"),
    ("🇮🇷", "emoji"),
    ("1️⃣", "emoji"),
    ("▪️", "emoji"),
    ("🔹", "emoji"),
    (f"می{Z}شود", "word"),
    ("مسئول", "word"),
    ("؟", "punct"),
]


@pytest.mark.parametrize(("text", "kind"), KIND_CASES)
def test_single_tokens(text, kind):
    assert tokens(text) == [(text, kind)]
    assert tokens(f"سلام {text} دنیا") == [("سلام", "word"), (text, kind), ("دنیا", "word")]


def test_url_keeps_its_path_but_not_trailing_punctuation():
    assert tokens("ببینید: https://t.me/farsna/459880.") == [
        ("ببینید", "word"), (":", "punct"), ("https://t.me/farsna/459880", "url"), (".", "punct")]
    assert tokens("(moi.ir/x3RXY)")[1] == ("moi.ir/x3RXY", "url")


def test_stray_joiners_are_not_tokens():
    assert tokens(f"a{Z}b \u200d") == [("a", "word"), ("b", "word")]


SENTENCE_CASES = [
    ("جمله اول است. جمله دوم است! آیا سوم است؟ بله", ["جمله اول است.", "جمله دوم است!", "آیا سوم است؟", "بله"]),
    ("شود.مدیرکل گفت", ["شود.", "مدیرکل گفت"]),  # no space after the dot
    ("چرا؟! گفت", ["چرا؟!", "گفت"]),
    ("why? because", ["why?", "because"]),
    # never inside «…», URLs, decimals, abbreviations, list numbers or ellipses
    ("او گفت: «این مهم است. بسیار مهم است» و رفت.", ["او گفت: «این مهم است. بسیار مهم است» و رفت."]),
    ("نشانی t.me/farsna.ir است. نرخ 1.5 درصد است.", ["نشانی t.me/farsna.ir است.", "نرخ 1.5 درصد است."]),
    ("در سال 1402 ه.ش. رخ داد. U.S. Army آمد.", ["در سال 1402 ه.ش. رخ داد.", "U.S. Army آمد."]),
    ("1. مقدمه\n2. روش", ["1. مقدمه", "2. روش"]),
    # a number ending a sentence stays a sentence end, also before a sentence opening with a number
    ("رقم به ۴۵. رسید", ["رقم به ۴۵.", "رسید"]),
    ("آمار جدید در سال ۱۴۰۲. ۵ نفر آمدند.", ["آمار جدید در سال ۱۴۰۲.", "۵ نفر آمدند."]),
    ("سهم آنها ۱۲.  ۷ نفر دیگر آمدند.", ["سهم آنها ۱۲.", "۷ نفر دیگر آمدند."]),
    ("حزب و… آمدند. سپس… رفتند.", ["حزب و… آمدند.", "سپس… رفتند."]),
    ("فایل report.txt آمد.", ["فایل report.txt آمد."]),
    # a quotation that ends its own sentence
    ("گفت: «با من بیا!» همه آمدند.", ["گفت: «با من بیا!»", "همه آمدند."]),
    ("«این مهم است.» سپس رفت.", ["«این مهم است.»", "سپس رفت."]),
    # closing marks stay with the sentence they end
    ("(این مهم است.) سپس رفت.", ["(این مهم است.)", "سپس رفت."]),
    # line breaks and paragraphs
    ("عنوان خبر\nمتن خبر.\n\nبند دوم", ["عنوان خبر", "متن خبر.", "بند دوم"]),
    # datelines
    ("لندن - ایرنا: هفته‌نامه اقتصادی نوشت.", ["لندن - ایرنا:", "هفته‌نامه اقتصادی نوشت."]),
    ("تهران - واحد مرکزی خبر: طرح تصویب شد.", ["تهران - واحد مرکزی خبر:", "طرح تصویب شد."]),
    ("قزوین - ایرنا - استاندار گفت: سلام.", ["قزوین - ایرنا -", "استاندار گفت: سلام."]),
    ("یا این که خودت - معاویه - بیا.", ["یا این که خودت - معاویه - بیا."]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES)
def test_sentence_splits(text, expected):
    assert sentences(text) == expected


def test_telegram_bullets_open_sentences():
    post = "📷\nسلاحی دقیق که آمریکا با آن حمله کرد\n🔹\nبررسی بقایا نشان می‌دهد.\n🔸 قطعات پیدا شد 🔹 متن سوم\n@Farsna"
    assert sentences(post) == [
        "📷\nسلاحی دقیق که آمریکا با آن حمله کرد",
        "🔹\nبررسی بقایا نشان می‌دهد.",
        "🔸 قطعات پیدا شد",
        "🔹 متن سوم",
        "@Farsna",
    ]


def test_unclosed_quote_does_not_swallow_the_paragraph():
    assert sentences("او گفت: «این مهم است. سپس رفت.\nبند بعد.") == [
        "او گفت: «این مهم است.", "سپس رفت.", "بند بعد."]


def test_stage_gives_offsets_in_both_texts():
    source = "  رئيس جمهور گفت:«سلام»\u200f.ساعت ۲۰:۳۰ است"
    doc = SegmentStage()(NormalizeStage()(Document.from_article(Article(source))))
    assert doc.text == "رئیس جمهور گفت: «سلام». ساعت 20:30 است"
    assert [token.text for token in doc.tokens] == [
        "رئیس", "جمهور", "گفت", ":", "«", "سلام", "»", ".", "ساعت", "20:30", "است"]
    for token in doc.tokens:
        assert token.span.slice(doc.text) == token.text
    assert [token.source_span.slice(source) for token in doc.tokens] == [
        "رئيس", "جمهور", "گفت", ":", "«", "سلام", "»", ".", "ساعت", "۲۰:۳۰", "است"]
    assert [token.kind for token in doc.tokens][-2] == "number"
    assert [sentence.span.slice(doc.text) for sentence in doc.sentences] == [
        "رئیس جمهور گفت: «سلام».", "ساعت 20:30 است"]
    assert [sentence.source_span.slice(source) for sentence in doc.sentences] == [
        "رئيس جمهور گفت:«سلام»\u200f.", "ساعت ۲۰:۳۰ است"]


def test_tokens_and_sentences_cover_the_text():
    text = "🔹 خبر فوری:\nوزیر گفت «این مهم است». https://t.me/farsna #خبر"
    spans = list(tokenize(text))
    assert "".join(span.slice(text) for span, _ in spans) == text.replace(" ", "").replace("\n", "")
    found = split_sentences(text, spans)
    assert found[0].start == 0 and found[-1].end == len(text)


# -- the segmenter's fast paths against the plain definitions ---------------------------------------------

def reference_sentence_offsets(text: str, tokens_: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Sentence spans looking at every token in turn (what sentence_offsets does on the tokens it visits)."""
    from persianews.text import segment

    starts = [start for start, _, _ in tokens_]
    ends = [end for _, end, _ in tokens_]
    kinds = [kind for _, _, kind in tokens_]
    pieces = [text[start:end] for start, end, _ in tokens_]
    after_break = segment.line_break_tokens(text, starts)
    quoted = segment._quoted(pieces, after_break, range(len(pieces)))
    found, first, has_content, ended = [], 0, False, False
    for index, kind in enumerate(kinds):
        if index > first:
            closes_the_end = ended and (ends[index - 1] != starts[index]
                                        or pieces[index] not in segment.SENTENCE_END | segment.CLOSING)
            opens_an_item = not ended and has_content and (
                index in after_break or kind == "emoji" and pieces[index][0] in segment.BULLETS)
            if closes_the_end or opens_an_item:
                found.append((starts[first], ends[index - 1]))
                first, has_content, ended = index, False, False
        has_content = has_content or kind in segment.CONTENT_KINDS
        if not ended and kind == "punct":
            ended = segment._ends_sentence(text, starts, ends, kinds, pieces, quoted, first, index)
    if kinds:
        found.append((starts[first], ends[-1]))
    return found


PIECES = [*"ab09 .,،؛:!?؟-«»()\"'@#/%\n\t\u200c\u200d\x1c", "سلام", "است", "🔹", "👍", "1.", "U.S.", "ه.ش",
          "...", " - ایرنا:", "\n\n", "http://x.ir/a", "a@b.ir", "#خبر", "\u064b", "\u00a0", "\u2028"]


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
@settings(max_examples=400, deadline=None)
def test_marked_token_lists_and_sentences_match_the_definitions(text):
    from persianews.text import segment

    reference = [(span.start, span.end, kind) for span, kind in tokenize(text)]
    starts, ends, kinds, pieces, marks = segment.marked_token_lists(text)
    assert list(zip(starts, ends, kinds)) == reference
    assert pieces == [text[start:end] for start, end, _ in reference]
    assert marks == [index for index, kind in enumerate(kinds) if kind in ("punct", "emoji")]
    expected = reference_sentence_offsets(text, reference)
    assert segment.sentence_offsets(text, starts, ends, kinds, pieces, marks) == expected
    assert segment.sentence_offsets(text, starts, ends, kinds) == expected


@pytest.mark.parametrize("text", ["", "  ", " \n", "  سلام. ", f"{Z}سلام دنیا.", f"سلام {Z} دنیا", "a\u200d",
                                  "سلام\x1c دنیا", "«گفت.» و رفت"])
def test_marked_token_lists_at_edges_and_stray_joiners(text):
    from persianews.text import segment

    starts, ends, kinds, pieces, marks = segment.marked_token_lists(text)
    assert [(text[start:end], kind) for start, end, kind in zip(starts, ends, kinds)] == tokens(text)
    assert pieces == [piece for piece, _ in tokens(text)]
    assert [pieces[index] for index in marks] == [piece for piece, kind in tokens(text) if kind in ("punct", "emoji")]

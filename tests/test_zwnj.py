"""Half-space (ZWNJ) restoration: golden cases per rule, words left alone, the seed post,
and properties of the edits (bounds, order, only ZWNJ, idempotence)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persianews.text.zwnj import half_space_edits, restore

Z = "\u200c"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "002_da0e034b362ac932.txt"


def z(text: str) -> str:
    """Test cases write the half-space as «|»."""
    return text.replace("|", Z)


# (input, expected): the same word spaced as IRNA writes it and joined as Telegram copies it.
GOLDEN = [
    # می / نمی before present and past stems, and before preverbs
    ("می زنیم", "می|زنیم"), ("میزنیم", "می|زنیم"),
    ("میکند", "می|کند"), ("می کند", "می|کند"),
    ("نمیگیرد", "نمی|گیرد"), ("نمی گیرد", "نمی|گیرد"),
    ("میخواهیم", "می|خواهیم"), ("میشوند", "می|شوند"), ("نمیمانند", "نمی|مانند"),
    ("میتواند", "می|تواند"), ("نمی توان", "نمی|توان"), ("می شد", "می|شد"),
    ("میگفتند", "می|گفتند"), ("میآید", "می|آید"), ("برمیگردد", "برمی|گردد"),
    ("میرنجاند", "می|رنجاند"),  # a regular verb known only from its infinitive
    # perfect: participle + ام/ای/ایم/اید/اند
    ("دادهایم", "داده|ایم"), ("داده ایم", "داده|ایم"), ("کردهاند", "کرده|اند"),
    ("نرسیدهاند", "نرسیده|اند"),
    # بی where the lexicon has the compound
    ("بیطرفی", "بی|طرفی"), ("بی طرفی", "بی|طرفی"), ("بیتوجهی", "بی|توجهی"),
    # هم only as a compound of the lexicon
    ("همنوایی", "هم|نوایی"), ("هم اندیشی", "هم|اندیشی"),
    # plural ها and its chain
    ("بانکها", "بانک|ها"), ("روزنامه ها", "روزنامه|ها"), ("سایت های", "سایت|های"),
    ("دوگانههای", "دوگانه|های"), ("دستگاه های", "دستگاه|های"), ("انرژیهای", "انرژی|های"),
    ("همینها", "همین|ها"), ("ظرفیتهایی", "ظرفیت|هایی"), ("کتابهایشان", "کتاب|هایشان"),
    ("صهیونیستها", "صهیونیست|ها"),  # a stem missing from the lexicon
    ("تهرانها", "تهران|ها"), ("تهران ها", "تهران|ها"),  # a name takes ها like any noun
    ("دیوار ها", "دیوار|ها"),  # after a non-joining letter the space still goes
    # تر / ترین
    ("مهمترین", "مهم|ترین"), ("سریع تر", "سریع|تر"), ("مستحکمتر", "مستحکم|تر"),
    ("اصلیترین", "اصلی|ترین"), ("اصلی ترین", "اصلی|ترین"),
    # ای / ام / اش / اند after a final vowel ه or ی
    ("عدهای", "عده|ای"), ("ویژهای", "ویژه|ای"), ("نقیصه ای", "نقیصه|ای"),
    ("خانهاش", "خانه|اش"), ("نامه ام", "نامه|ام"), ("زندگیاش", "زندگی|اش"),
    ("هیچ برههای", "هیچ برهه|ای"),  # after هیچ/یک the indefinite reading wins
    # compounds of the lexicon and productive heads
    ("شهادتطلبی", "شهادت|طلبی"), ("جمعآوری", "جمع|آوری"), ("جمع آوری", "جمع|آوری"),
    ("سیدجمالالدین", "سیدجمال|الدین"), ("راهاندازی", "راه|اندازی"),
    ("گفتمانسازی", "گفتمان|سازی"), ("مردمیسازی", "مردمی|سازی"), ("مقاوم سازی", "مقاوم|سازی"),
    ("تصمیمگیران", "تصمیم|گیران"), ("تجدید پذیر", "تجدید|پذیر"), ("پیش بینی", "پیش|بینی"),
    ("مصرف کننده", "مصرف|کننده"),
    # pronoun plurals: joined ones stay, spaced ones join
    ("آن ها", "آن|ها"), ("این ها", "این|ها"),
    # several joins in one run
    ("هم تیمی های", "هم|تیمی|های"), ("انرژی های تجدید پذیر", "انرژی|های تجدید|پذیر"),
    # a final ۀ (ezafe) is read as ه
    ("واژه نامۀ", "واژه|نامۀ"), ("هفته نامۀ", "هفته|نامۀ"),
    # بی written apart, before a word the lexicon writes joined; a first part that is no word alone
    ("بی گاه", "بی|گاه"), ("جابه جا", "جابه|جا"),
    # a compound written both ways: spaced, it takes the ZWNJ
    ("هم زمان", "هم|زمان"),
]

# Words and phrases that are right as they are.
UNCHANGED = [
    "دختر", "بستر", "کبوتر", "دفتر", "بیمار", "بیست", "بیشتر", "کمتر", "بهترین", "همه", "همین",
    "همسر", "همراه", "میز", "میوه", "میدان", "میلیون", "میان", "میراث", "تنها", "آنها", "اینها",
    "بیمارستان", "تجدیدپذیر", "خوشحال", "پنجشنبه", "نگهداری", "رفتن", "بگیرد", "نیاید",
    "گفت و گو", "و ها", "رفته است", "منتشر شده", "پیش روی مجلس", "اهل بیت",
    "یک بار", "آن قدر", "جام می", "ای خدا", "هم سر", "ما هم رفتیم", "دوست داشتن",
    "سیاسی، امنیتی و اجتماعی", "روزنامه\nها", "بانک مرکزی", "روابط عمومی", "بلوکه کردن",
    "همزمان", "روشنفکران", "قابل اجرا", "در مورد کارهای او", "نتایج اعلام شده است", "نامۀ دوست",
    "ب" * 200,
]

# Never inside links, addresses, handles and hashtags.
PROTECTED = [
    "https://fa.wikipedia.org/wiki/بانکها", "www.example.ir/میکند", "@ostan_qz_ir", "@میکند",
    "#انرژیهای_تجدیدپذیر", "#بانکها", "news@irna.ir", "moi.ir/x3RXY",
]

# Every word of the seed post that standard Persian writes with a ZWNJ, as it comes back.
SEED_WORDS = {
    "بیطرفی": "بی|طرفی", "بی طرفی": "بی|طرفی", "شهادتطلبی": "شهادت|طلبی",
    "رضایتمندی": "رضایت|مندی", "دستگاه های": "دستگاه|های", "دستگاههای": "دستگاه|های",
    "سیدجمالالدین": "سیدجمال|الدین", "بانکها": "بانک|ها", "هم اندیشی": "هم|اندیشی",
    "مهمترین": "مهم|ترین", "بحرانها": "بحران|ها", "میگیریم": "می|گیریم",
    "دوگانههای": "دوگانه|های", "میکند": "می|کند", "می کند": "می|کند", "عدهای": "عده|ای",
    "همنوایی": "هم|نوایی", "همینها": "همین|ها", "میخواهیم": "می|خواهیم",
    "مستحکمتر": "مستحکم|تر", "ظرفیتهای": "ظرفیت|های", "اینطوری": "این|طوری",
    "نمیمانند": "نمی|مانند", "میشوند": "می|شوند", "مصداقهای": "مصداق|های",
    "سالهای": "سال|های", "دادهایم": "داده|ایم", "نمیگیرد": "نمی|گیرد",
    "گفتمانسازی": "گفتمان|سازی", "جمعآوری": "جمع|آوری", "مردمیسازی": "مردمی|سازی",
    "شاخصهای": "شاخص|های", "ویژهای": "ویژه|ای", "میشود": "می|شود", "برههای": "برهه|ای",
    "انرژی های": "انرژی|های", "انرژیهای": "انرژی|های", "تجدید پذیر": "تجدید|پذیر",
    "اصلیترین": "اصلی|ترین", "کارگروههای": "کارگروه|های", "شرکتهای": "شرکت|های",
    "میتواند": "می|تواند", "تصمیمگیران": "تصمیم|گیران", "زیرساختها": "زیرساخت|ها",
    "دغدغههای": "دغدغه|های", "نیروگاههای": "نیروگاه|های", "راهاندازی": "راه|اندازی",
    "خوشنویسی": "خوش|نویسی",
}
# Words of the seed post that must come back untouched.
SEED_KEPT = ["گفت و گو", "پیش روی", "تجدیدپذیر", "بیگانگی", "همراهی", "همگان", "امیدآفرینی",
             "خاطرنشان", "حکمرانی", "میدان", "میز", "همه", "بستر", "@ostan_qz_ir", "moi.ir/x3RXY"]


def apply(text: str, edits) -> str:
    for start, end, replacement in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text


@pytest.mark.parametrize(("text", "expected"), GOLDEN)
def test_restores(text, expected):
    assert restore(text) == z(expected)


@pytest.mark.parametrize(("text", "expected"), GOLDEN)
def test_restored_in_a_sentence(text, expected):
    sentence = f"گزارش داد که {text}، سپس رفت."
    assert restore(sentence) == f"گزارش داد که {z(expected)}، سپس رفت."


@pytest.mark.parametrize("text", UNCHANGED)
def test_leaves_words_alone(text):
    assert half_space_edits(text) == []


@pytest.mark.parametrize("text", PROTECTED)
def test_leaves_links_handles_and_hashtags_alone(text):
    assert half_space_edits(f"خبر {text} میکند") == [(len(f"خبر {text} می"),) * 2 + (Z,)]


def test_edits_are_minimal():
    assert half_space_edits("می زنیم") == [(2, 3, Z)]
    assert half_space_edits("میزنیم") == [(2, 2, Z)]
    assert half_space_edits("روزنامه ها و بانکها") == [(7, 8, Z), (17, 17, Z)]


def test_keeps_half_spaces_already_written():
    assert half_space_edits(z("می|کند")) == []
    assert restore(z("زمینه|ای")) == z("زمینه|ای")  # not زمین‌ه‌ای
    assert restore(z("کتاب|های دانشجویی")) == z("کتاب|های دانشجویی")


def test_a_text_that_spaces_its_half_spaces_keeps_its_joined_compounds():
    # a space after می: the joined compound is meant joined
    assert restore("روحیه شهادتطلبی که می شود") == z("روحیه شهادتطلبی که می|شود")
    assert restore(z("روحیه شهادتطلبی که می|شود")) == z("روحیه شهادتطلبی که می|شود")
    # می written joined too: the text lost its half-spaces, the compound is parted
    assert restore("روحیه شهادتطلبی که میشود") == z("روحیه شهادت|طلبی که می|شود")
    # more affixes written joined than spaced: lost as well
    assert restore("شهادتطلبی میکند و میشود اما می رود") == z("شهادت|طلبی می|کند و می|شود اما می|رود")


def test_participle_compound_heads_before_a_noun():
    assert restore("نتایج اعلام شدۀ انتخابات") == z("نتایج اعلام|شدۀ انتخابات")
    assert restore("نتایج اعلام شده انتخابات را") == z("نتایج اعلام|شده انتخابات را")
    assert restore("نتایج اعلام شده است") == "نتایج اعلام شده است"  # a verb
    assert restore("نتایج را اعلام شده و") == "نتایج را اعلام شده و"


def test_seed_post():
    text = SEED.read_text(encoding="utf-8")
    restored = restore(text)
    assert restore(restored) == restored
    words = set(re.findall(rf"[\w{Z}]+", restored))
    for broken, fixed in SEED_WORDS.items():
        assert broken in text
        assert z(fixed) in restored, broken
        if " " not in broken:
            assert broken not in words, broken
    for kept in SEED_KEPT:
        assert kept in text and kept in restored, kept


@pytest.mark.parametrize("broken", sorted(SEED_WORDS))
def test_seed_word(broken):
    context = "با هیچ " if broken == "برههای" else ""
    assert restore(context + broken) == context + z(SEED_WORDS[broken])


def check_edits(text: str) -> None:
    edits = half_space_edits(text)
    previous_end = 0
    for start, end, replacement in edits:
        assert previous_end <= start <= end <= len(text)
        assert replacement == Z
        assert end == start or (end == start + 1 and text[start] == " ")
        previous_end = end
    restored = apply(text, edits)
    assert restored.replace(Z, "").replace(" ", "") == text.replace(Z, "").replace(" ", "")
    assert half_space_edits(restored) == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text(text):
    check_edits(text)


PIECES = [
    "می", "نمی", "بی", "هم", "ها", "های", "هایی", "تر", "ترین", "ای", "ام", "اند", "ایم", "اش", "شان",
    "ان", "ی", "و", "که", "آن", "این", "یک", "هیچ", "کتاب", "خانه", "زمین", "زمینه", "بره", "برهه",
    "کار", "کرد", "کرده", "شد", "شده", "زن", "زد", "گیر", "سازی", "پذیر", "تجدید", "گفتمان", "مردمی",
    "طرف", "طرفی", "دست", "دسته", "انرژی", "روزنامه", "سال", "مهم", "اصلی", "بانک", "پیش", "بینی",
    "نامه", "جمع", "آوری", "داده", "تصمیم", "ه", "ا", "د", "ر", "نه", "تهران", "دیوار", "2", "a", "@x",
    "#بانک", "https://a.ir/b", "،", ".", "«", "»",
]
SEPARATORS = ["", " ", Z, "  ", "\n", " " + Z, Z + " ", "، "]


@st.composite
def persian_texts(draw):
    pieces = draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12))
    separators = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(pieces), max_size=len(pieces)))
    return "".join(piece + separator for piece, separator in zip(pieces, separators))


@settings(max_examples=1500, deadline=None)
@given(persian_texts())
def test_persian_like_text(text):
    check_edits(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("اعلام شدۀ", "اعلام شدۀ"),  # two words only: no adjectival participle
    ("نتایج اعلام شدۀ", "نتایج اعلام|شدۀ"),
    ("هیچ برههای", "هیچ برهه|ای"),  # after an indefinite determiner
    ("یک برههای مهم", "یک برهه|ای مهم"),
    ("برههای مهم", "بره|های مهم"),
    ("پیش بینی ها می شود", "پیش|بینی|ها می|شود"),  # a group joins the word after it too
    ("برنامه ریزی شده ها", "برنامه|ریزی|شده|ها"),
    ("@کانال ها و کتاب ها", "@کانال ها و کتاب|ها"),  # a handle joins nothing
    ("#خبر ها", "#خبر ها"),
    ("می http://x.ir/a کند", "می http://x.ir/a کند"),  # words apart across a link
])
def test_words_read_with_their_neighbours(text, expected):
    assert restore(text) == z(expected)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="سلامکتب" + Z, max_size=12), st.data())
def test_with_zwnj_puts_a_half_space_before_each_position(form, data):
    from persianews.text.zwnj.words import _with_zwnj

    key = form.replace(Z, "")
    positions = tuple(sorted(data.draw(st.sets(st.integers(0, max(len(key) - 1, 0))))) if key else ())
    written = {len(part) for part in _prefixes_at_zwnj(form)}
    expected = "".join((Z if index in positions and index not in written else "") + char
                       for index, char in enumerate(key))
    result = _with_zwnj(form, positions)
    assert result.replace(Z, "") == key
    # every wanted position has one half-space before its letter, and the form's own ones are kept
    assert _letter_positions_after_zwnj(result) == set(positions) | written
    if Z not in form:
        assert result == expected


def _prefixes_at_zwnj(form: str) -> list[str]:
    """The joined letters before each half-space of ``form``."""
    return [form[:index].replace(Z, "") for index, char in enumerate(form) if char == Z]


def _letter_positions_after_zwnj(form: str) -> set[int]:
    return {len(prefix) for prefix in _prefixes_at_zwnj(form)}


def _analyser():
    from persianews.text.zwnj.restoration import _analyser

    return _analyser()


@pytest.mark.parametrize(("word", "unchanging"), [
    ("ترامپ", True), ("نراتزوری", True), ("کتاب", True),  # a name, a word of the lexicon
    ("میکنند", False), ("بیکار", False),  # a verb prefix, بی
    ("کتابها", False), ("بزرگترین", False), ("خانهام", False),  # a suffix after a ZWNJ
    ("شهادتطلبی", False), ("گفتمانسازی", False),  # a compound (of the lexicon, with a bound head)
])
def test_words_that_no_analysis_changes_are_known_without_one(word, unchanging):
    analyser = _analyser()
    assert analyser._unchanging(word) is unchanging
    if unchanging:
        assert analyser.decide(word) == (word, {}, None, False)


@settings(max_examples=1500, deadline=None)
@given(st.data())
def test_a_word_known_unchanging_has_no_analysis_with_a_half_space(data):
    """The quick test never contradicts the analysis it skips: no candidate analysis of a word that it
    passes (a word of the lexicon, or one cut short, with suffixes or letters added) writes a ZWNJ."""
    from persianews.text.zwnj.lexicon import WRITTEN_KINDS

    analyser = _analyser()
    lexicon = analyser.lexicon
    words = sorted(lexicon.scores)
    ends = sorted(lexicon.suffixes) + ["گی", "یی", "ه", "ی"]
    word = data.draw(st.sampled_from(words))
    start = data.draw(st.integers(0, 2))
    more = data.draw(st.lists(st.one_of(st.sampled_from(ends), st.sampled_from(words),
                                        st.text(alphabet="ابپتجدرزسشکگلمنوهی", min_size=1, max_size=3)),
                              max_size=2))
    key = (word[start:] + "".join(more)).replace(Z, "")
    if not key or not analyser._unchanging(key):
        return
    for candidate in analyser._candidates(key, frozenset()):
        assert not {kind for _, kind in candidate.boundaries} & WRITTEN_KINDS, (key, candidate)

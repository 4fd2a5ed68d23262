"""Which first lines of a Telegram post are its headline: the layout tests that
:mod:`persianews.readers.telegram_post`'s docstring lists (a ``🔰`` line, a label line
(:mod:`persianews.readers.telegram_label`, and the label of received messages that ends in no colon), a title over
a bullet, an emoji line, a label, a credit or a paragraph; a title the copy broke over lines; a stated, exclaimed,
renamed or labelled title), each a test of one line and the lines after it (linear in the post's first lines).
"""

from __future__ import annotations

import regex

from persianews.readers.telegram_label import CLOCK_COLON, is_label_headline, is_received_label
from persianews.records import Span
from persianews.text.credits import CREDIT
from persianews.text.line_ends import ends_in_compound_preposition
from persianews.text.pronouns import SINGULAR_PERSONS, alternatives
from persianews.text.patterns import ARABIC_SCRIPT
from persianews.text.segment import LINE_CONTINUATIONS

HEADLINE_MARK = "🔰"
"""The mark that opens a headline line and may run it over lines until the first bullet."""
BULLETS = ("🔹", "🔸", "▪️", "▪", "🔺", "🔻", "◾", "▫️", "●", "•")
"""The marks that open a paragraph of a post."""
_HASHTAG_LINE = regex.compile(r"^[\s\u200c-\u200f]*#[\p{L}\p{N}_\u200c]+[\s\u200c-\u200f]*$")
"""A line of one hashtag alone: one a copy set off from the sentence it stood in."""
_EMOJI_ONLY = regex.compile(r"^[\s\p{So}\p{Sk}\uFE0F\u200d\p{Extended_Pictographic}]*$")
_FACES = regex.compile(r"^[\s\uFE0F\u200d\U0001F3FB-\U0001F3FF\U0001F600-\U0001F644\U0001F910-\U0001F917"
                       r"\U0001F920-\U0001F92F\U0001F970-\U0001F976\U0001F978-\U0001F97A\U0001FAE0-\U0001FAE8"
                       r"\u2639\u263A]+$")
"""An emoji line of faces alone (``🤣``, ``😂😂``): a reaction to the line above it, which is a comment, not a
title that a marker line (``🔹``, ``🎥``) sets off."""
_MAX_TITLE_WORDS = 25
_SENTENCE_END = regex.compile(r"(?:(?<!\.)\.|[:،,؛;])[\s\"'»)\]\u200c]*$")
"""A line ending like a sentence or a lead-in (``.``, ``:``, ``،``, ``؛``) is no title; ``؟`` and ``!`` may end one,
and so may an ellipsis (``...``: a title that trails off, «آموزش … بر روی سرور شخصی ...»)."""
_TRAILING_OFF = regex.compile(r"\.\.+[\s\"'»)\]\u200c]*$")
_INNER_STOP = regex.compile(r"[.!؟?][\s\u200c]+\S")
_MAX_LABEL_WORDS = 6
_OUTLET_WORD = regex.compile(r"^(?:خبرگزاری|روزنامه|شبکه|پایگاه|سایت|رادیو|تلویزیون|نشریه|مجله|کانال)(?:\u200c?های)?$")
"""The word that names an outlet's type: a two-word source label opens with it («خبرگزاری تسنیم:»); two words
without it are a speaker's name (``سرلشکر رضایی:``, ``آملی لاریجانی:`` over the words the copy broke off it)."""
_MAX_STATED_TITLE_WORDS = 35
_MAX_BROKEN_LINES = 12
_MIN_SHARED_LETTERS = 4
_SENTENCE_CLOSE = regex.compile(r"[.!؟?][\s\"'»)\u200c]*(?:\s|$)")
_MIN_TITLE_WORDS = 3
_MIN_PARAGRAPH_WORDS = 12
_MIN_SPEAKER_BODY_WORDS = 5
"""Under a speaker title («X: …») a body line of this many words opens the body (a scraper's broken line is
shorter, or ends the title in a word that needs more)."""
_ADDING = regex.compile(r"(?<![\p{L}\u200c])(?:افزود|افزوده|اضافه[ \u200c]+کرد|ادامه[ \u200c]+داد)")
"""A verb of adding: a line that names a speaker again with it goes on from the speaker's statement."""
_MAX_RENAMING_INDEX = 4
"""A body line names a speaker line's speaker again among its first four words (``_is_renamed_title``)."""
_MIN_SPEAKER_STATEMENT_WORDS = 3
"""A speaker title states something: a word or two after the colon («ترامپ در تروث : تنگه هرمز») is a line
the copy broke."""
_ANAPHORIC_OPENING = regex.compile(r"^[\s\u200c-\u200f]*" + alternatives(SINGULAR_PERSONS) + r"(?![\p{L}\u200c])")
"""A body line opened by a pronoun («وی در بدو ورود …») refers back to the line above, a whole title: a body of a
few words follows it as after a speaker title (2 posts of telegram-dev, both titles)."""
_REPORT_OPENING = regex.compile(r"^[\s\u200c-\u200f]*به\s+(?:گزارش|نقل\s+از|گفته)(?![\p{L}\u200c])")
"""A body opened by «به گزارش X، …», «به نقل از …», «به گفته …» starts a sentence: its «به» continues no title."""
_MIN_VERSE_WORDS = 4
_MAX_REST_WORDS = 2
_PLURAL_SUFFIXES = frozenset({"ها", "های"})
_MAX_VERSE_WORDS = 10
_ENDS_IN_PUNCTUATION = regex.compile(r"[\p{P}\p{S}][\s\u200c]*$")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}\u200c]+")
_LETTER_WORD = regex.compile(r"[\p{L}\p{M}\u200c]+")
_SPEAKER_TITLE = regex.compile(r"^[\s\u200c-\u200f]*[^\s:!؟?.،]+(?:[ \u200c][^\s:!؟?.،]+){0,4}[ \t]*:[ \t]*\S")
"""A line opened by a speaker phrase of up to five words and a colon (``ترامپ : …``, ``خبرگزاری نایا : …``)."""
_EXCLAIMED = regex.compile(r"[!؟?][\s\u200c]*$")
"""A line ending in ``!`` or ``؟`` (one mark tried per position: linear on a long run of them)."""
_REPORTING = regex.compile(r"(?<![\p{L}\u200c])(?:گفت|گفته|گفتند|می[\u200c ]?گفتند|می[\u200c ]?گوید|میگه|میگن)"
                        r"(?![\p{L}\u200c])")
"""A verb of saying: an exclamation that reports what someone said («وزیر گفته … قطع نشد!») is a comment that
opens the body, not a title."""
_SAYS_END = regex.compile(r"(?<![\p{L}\u200c])(?:می[\u200c ]?گوید|می[\u200c ]?گویند|میگه|میگن)[\s\u200c]*$")
"""A line ending in a present verb of saying («ایلان ماسک می‌گوید») over a paragraph is the lead-in of what the
paragraph says (2 such first lines of telegram-dev, both lead-ins; over a bullet the line is a title, «… سخن
می‌گوید»)."""
_ASKER = regex.compile(r"^[\s\u200c-\u200f\ufe0f]*(?:خبرنگار|مجری|گزارشگر|پرسش|سوال|سؤال)(?![\p{L}\u200c])")
"""An interviewer's line (``خبرنگار: …؟``) asks: the answer follows, no title."""
_LINE_WITH_SPEAKER = regex.compile(r"^[^:\n]{1,40}:")
_OPENS_WITH_WORD = regex.compile(r"^[\s«\"'\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufeff]*[\p{L}\p{N}]")
_GOING_ON = frozenset("و که را یا اما ولی".split())
"""Conjunctions a line going on from what came before opens with: no title."""
_OPENS_WITH_LETTER = regex.compile(r"^[\s«\"'\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufeff]*\p{L}")
_GREETING = regex.compile(r"(?:^|[\s:])(?:سلام|درود)[\p{L}\u200c]*\s(?:.*\s)?(?:جان|عزیز|وقت\s+بخیر|خسته\s+نباشی)"
                          r"(?![\p{L}\u200c])")
"""A reader's greeting to the channel («سلام یاشار جان …», «درودی دوباره یاشار جان») opens a message, not a title."""
INVISIBLE = "\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
"""Joiners and direction marks: a copy keeps them on lines that hold nothing else, or before a line's words."""
_CAPTIONED_CREDIT = regex.compile(rf"{CREDIT.pattern}[ \t]*['\"«][^'\"«»\n]+['\"»][ \t]*$")
"""A credit line that gives the caption in quotes (``ویدیوی دریافتی با شرح: 'سایت موشکی …'``): the title of the
picture or video the post shows, over its date and the channel's sign-off. Over telegram-dev, 10 first lines
(VahidOnline), all titles; the 7 with lines of text under them are taken (a post of one line has no headline)."""
_COPY_LABEL = regex.compile(r"(?:ترجمه|متن[ \u200c]+کامل)(?:[ \u200c][^:\n]{0,30})?[ \u200c]*:$")
"""The label of a translation or full text the post copies (``ترجمه ماشین:``, ``متن کامل:``)."""


def bare(line: str) -> str:
    """``line`` without the space and invisible marks around it."""
    return line.strip().strip(INVISIBLE).strip()


def _starts_paragraph(line: str) -> bool:
    return line.lstrip().startswith(BULLETS)


def _is_bold(text: str, line: tuple[int, int], bold: tuple[Span, ...]) -> bool:
    """True when bold runs cover every non-space character of the line."""
    start, end = line
    position = start
    for span in sorted(bold):
        if span.end <= position:
            continue
        if span.start >= end or text[position:span.start].strip():
            return False
        position = span.end
        if position >= end or not text[position:end].strip():
            return True
    return False


def headline_lines(text: str, lines: list[tuple[int, int]], bold: tuple[Span, ...]) -> list[tuple[int, int]]:
    """The lines of ``lines`` (non-blank, in order) that make the post's headline, or none (see the module's
    docstring)."""
    if text[lines[0][0]:lines[0][1]].strip().startswith(HEADLINE_MARK):
        headline: list[tuple[int, int]] = []
        for s, e in lines:
            if headline and (_starts_paragraph(text[s:e]) or _EMOJI_ONLY.match(text[s:e])):
                break
            headline.append((s, e))
        return headline
    for index, (s, e) in enumerate(lines):
        line = text[s:e]
        if _EMOJI_ONLY.match(line):
            continue
        if _starts_paragraph(line) or index + 1 == len(lines) or not ARABIC_SCRIPT.search(line):
            return []  # a bullet, a post of one line, or a line with no Persian letter («Vahid», «*», «(», «#TUR»)
        stripped = bare(line)
        labelled = is_label_headline(stripped) or is_received_label(stripped) and _is_title(line)
        if _is_bold(text, (s, e), bold) or labelled and ARABIC_SCRIPT.search(text, e):
            return [(s, e)]
        if _is_source_label(line) and index + 2 < len(lines) and _closes_title(text[slice(*lines[index + 2])]):
            continue
        following = text[lines[index + 1][0]:lines[index + 1][1]]
        rest = text[lines[index + 1][0]:lines[-1][1]]
        closed = _closes_title(following)
        stated = not _is_title(line) and (_is_stated_title(line, following) or _is_renamed_title(line, following))
        if not (_is_title(line) or stated) or _GREETING.search(line) or not ARABIC_SCRIPT.search(rest):
            return []
        if _is_verse(line, text, lines[index + 1:]):
            return []
        if closed or stated or _opens_body(line, following) or _CAPTIONED_CREDIT.match(stripped):
            return [(s, e)]
        if index + 2 < len(lines) and _title_rest(line, following) and _closes_title(text[slice(*lines[index + 2])]):
            return [(s, e), lines[index + 1]]
        after = [text[a:b] for a, b in lines[index + 1:index + 1 + _MAX_BROKEN_LINES]]
        if _restated_over_broken_lines(line, after) or _exclaimed_over_broken_lines(line, after):
            return [(s, e)]
        return []
    return []


def _closes_title(line: str) -> bool:
    """Whether ``line`` ends a headline above it: a bullet, an emoji line (not one of faces alone) or a label
    line."""
    return (_starts_paragraph(line) or bool(_EMOJI_ONLY.match(line)) and not _FACES.match(line)
            or _is_label_line(line))


def _title_rest(line: str, following: str) -> bool:
    """Whether ``following`` is the rest of a title the copy broke over two lines: the title line ends in no
    punctuation, and either it ends in a word that needs more (``در``, ``و`` …), or the rest opens with one or with
    a plural suffix (``های …``), or the rest is a word or two (``کشور``, ``اعلام شد``); the two lines make at most
    ``_MAX_TITLE_WORDS`` words. A hashtag line, a formula («بسمه‌تعالی») or an exclamation is no rest."""
    title_words, rest_words = _WORD.findall(line), _WORD.findall(following)
    if (len(title_words) < 2 or not rest_words or _ENDS_IN_PUNCTUATION.search(line) or not _is_title(following)
            or len(title_words) + len(rest_words) > _MAX_TITLE_WORDS or not _OPENS_WITH_WORD.match(following)
            or not ARABIC_SCRIPT.search(following) or rest_words[0].startswith("بسم")
            or following.rstrip().endswith("!")):
        return False
    return (title_words[-1] in LINE_CONTINUATIONS or rest_words[0] in LINE_CONTINUATIONS
            or rest_words[0] in _PLURAL_SUFFIXES or len(rest_words) <= _MAX_REST_WORDS)


def _is_verse(line: str, text: str, after: list[tuple[int, int]]) -> bool:
    """Whether ``line`` is a verse: the next line with words is a hemistich about as long (counting
    words of letters: a score line «ایران ۲ - ۲ نیوزیلند» is none), ending in the same word and
    sharing no other — a poem's refrain («… بزرگ جهان رفت» / «… سرور سروران رفت»); a news title and
    its first sentence share their words. A line that opens with a speaker line of its own (:func:`_opens_with_speaker`)
    is no hemistich («گزارش‌هایی از حمله به X» / «هدف: … X»)."""
    following = next((text[s:e] for s, e in after if not _EMOJI_ONLY.match(text[s:e])), "")
    ours, theirs = _LETTER_WORD.findall(line), _LETTER_WORD.findall(following)
    return (_MIN_VERSE_WORDS <= min(len(ours), len(theirs)) and max(len(ours), len(theirs)) <= _MAX_VERSE_WORDS
            and abs(len(ours) - len(theirs)) <= 2 and ours[-1] == theirs[-1]
            and not set(ours[:-1]) & set(theirs[:-1]) and not _opens_with_speaker(following))


def _opens_body(line: str, following: str) -> bool:
    """A title followed by a plain paragraph (no bullet) opens the body.

    A line the scraper broke mid-sentence is left alone: the title has at least ``_MIN_TITLE_WORDS``
    words, Persian ones (not a link), ends in no punctuation but ``!`` or ``؟`` (see :func:`_exclaimed_line`)
    and not in a word that needs more (``در``,
    ``و``, ``که`` …, ``در اختیار``); the paragraph after it has at least ``_MIN_PARAGRAPH_WORDS`` words (at least
    ``_MIN_SPEAKER_BODY_WORDS`` when it opens with a speaker line of its own or an anaphoric word) and opens with a
    word, not with punctuation or such a word.
    """
    title_words, body_words = _WORD.findall(line), _WORD.findall(following)
    speaker_line = not _ENDS_IN_PUNCTUATION.search(line) and _is_speaker_title(line, following)
    if not (len(title_words) >= _MIN_TITLE_WORDS and bool(ARABIC_SCRIPT.search(line)) and not _SAYS_END.search(line)
            and len(body_words) >= (_MIN_SPEAKER_BODY_WORDS if speaker_line or _ANAPHORIC_OPENING.match(following)
                                    or ":" not in line and _opens_with_speaker(following) else _MIN_PARAGRAPH_WORDS)
            and title_words[-1] not in LINE_CONTINUATIONS and not ends_in_compound_preposition(line)
            and (body_words[0] not in LINE_CONTINUATIONS or bool(_REPORT_OPENING.match(following))
                 or bool(_EXCLAIMED.search(line)) and body_words[0] not in _GOING_ON)
            and bool(_OPENS_WITH_WORD.match(following))):
        return False
    return not _ENDS_IN_PUNCTUATION.search(line) or _exclaimed_line(line, following)


def _restated_over_broken_lines(line: str, after: list[str]) -> bool:
    """Whether ``line`` is a title over a first sentence the copy broke over short lines (at links and bold
    runs: «عربستان سعودی تشکیل یک» / «ائتلاف دفاع دریایی چندملیتی» / «را اعلام کرده است. …») that restates it:
    the title is one :func:`_opens_body` would take over a paragraph; the sentence, the lines up to one that
    ends in «.», «!» or «؟» (at most ``_MAX_BROKEN_LINES``, none a bullet or emoji line), has
    ``_MIN_PARAGRAPH_WORDS`` words or more and shares a word of ``_MIN_SHARED_LETTERS`` letters or more with
    the title («عربستان», «مهاجرانی») in its first line, which ends in no «،» (a clause the copy broke goes on
    there: «… دو عضو» / «پدافند هوایی ارتش کشته شدند،»). Over telegram-dev, 19 first lines; of the 19 read, 15
    were titles (the rest a first sentence broken over lines that repeats a word of its first line)."""
    sentence = _broken_sentence(after)
    joined = " ".join(sentence)
    if (len(sentence) < 2 or not _opens_body(line, joined) or bare(sentence[0]).endswith(("،", ","))
            or _one_clause(line, sentence[0])):
        return False
    shared = set(_LETTER_WORD.findall(line)) & set(_LETTER_WORD.findall(sentence[0]))
    return any(len(word) >= _MIN_SHARED_LETTERS and word not in LINE_CONTINUATIONS for word in shared)


def _broken_sentence(after: list[str]) -> list[str]:
    """The lines of the sentence that opens ``after``, up to one that ends in «.», «!» or «؟» (none when a bullet or
    emoji line comes first, or no line ends so)."""
    sentence: list[str] = []
    for rest in after:
        if _EMOJI_ONLY.match(rest) or _starts_paragraph(rest):
            return []
        sentence.append(rest)
        if _SENTENCE_CLOSE.search(rest):
            return sentence
    return []


def _exclaimed_over_broken_lines(line: str, after: list[str]) -> bool:
    """Whether ``line``, ending in «!» or «؟», is a title over a first sentence the copy broke over lines at a
    hashtag set in it («… و اعطای» / «#سیمکارت_سفید» / «، … .»): :func:`_opens_body` takes it over the sentence's
    lines joined as over a paragraph. Over telegram-dev, 2 posts (ircfspace), both titles; without the hashtag,
    such a line over a sentence broken over lines was a comment's first exclamation in 11 of 15 posts
    (farahmand_alipour)."""
    sentence = _broken_sentence(after)
    return (bool(_EXCLAIMED.search(line)) and any(_HASHTAG_LINE.match(rest) for rest in sentence[1:-1])
            and _opens_body(line, " ".join(sentence)))


def _one_clause(line: str, first: str) -> bool:
    """Whether a title line and the first line under it read as one clause the copy broke: that line opens
    with no letter (``۱۰:۳۰ صبح …``, ``، برابر با``) or with a plural suffix (``های …``), or the title reports
    what someone said with no colon (``… گفت واشینگتن وارد مرحله``)."""
    words = _WORD.findall(first)
    return (not _OPENS_WITH_LETTER.match(first) or (bool(words) and words[0] in _PLURAL_SUFFIXES)
            or (":" not in line and bool(_REPORTING.search(line))))


def _is_speaker_title(line: str, following: str) -> bool:
    """``ترامپ: امشب حمله … انجام دادیم`` (:func:`_speaker_statement`) over a line that is no speaker line of its
    own: a title over a body of a few words too (78 telegram-dev posts, about 25 of 30 read a title, the rest a
    statement the copy broke over lines)."""
    return _speaker_statement(line) is not None and not _LINE_WITH_SPEAKER.match(following)


def _speaker_statement(line: str) -> regex.Match[str] | None:
    """The speaker phrase and colon that open ``line`` when a statement of three words or more follows them (a
    speaker phrase of up to five words; no interviewer, no clock time, no link: «https://…»), else ``None``."""
    match = _SPEAKER_TITLE.match(line)
    if (match is None or _ASKER.match(line) or CLOCK_COLON.search(line, 0, match.end())
            or line.startswith("//", match.end() - 1)
            or len(_WORD.findall(line, match.end() - 1)) < _MIN_SPEAKER_STATEMENT_WORDS):
        return None
    return match


def _opens_with_speaker(line: str) -> bool:
    """Whether the line under a title opens with a speaker line of its own (:func:`_speaker_statement`) whose
    phrase holds no verb of saying (``خبرگزاری‌های داخلی : پل … بود.``, ``هدف: احتمالا …``; not ``چون گفته بود :
    …``, a sentence going on): the body's first statement, which sets the title above it off as a title over a
    body of a few words does (rule of :func:`_opens_body`)."""
    match = _speaker_statement(line)
    return match is not None and not _REPORTING.search(line, 0, match.end())


def _exclaimed_line(line: str, following: str) -> bool:
    """A first line ending in ``!`` or ``؟`` over a paragraph (``تسنیم: مذاکرات متوقف شد!``, ``ویروس … به
    هندوستان رسید؟``) is a title, unless an interviewer asks it or the next line is a speaker line of its own (a
    question and its answer). Round 12 took this only after a speaker (32 telegram-dev posts, 26 of 30 read a
    title); the dev gold of rounds 12–13 reads the rest the same way (4 of 6 such lines of tg12_deva…deve titles).
    An exclamation that reports what someone said (``_REPORTING``) is none. Over telegram-dev it adds 93 posts
    (SBoxxx, farahmand_alipour, withyashar, ircfspace); of 40 read, 28 were a title over its body, the rest a
    comment's first exclamation («هزاران نفر … رو کشتن!»)."""
    words = _WORD.findall(line)
    return bool(_EXCLAIMED.search(line) and not _ASKER.match(line) and not _LINE_WITH_SPEAKER.match(following)
                and not _REPORTING.search(line) and words and words[0] not in _GOING_ON)


def _is_title(line: str) -> bool:
    """A line that can be a headline: short, not ending like a sentence or a lead-in, nor trailing off after a
    sentence of its own («… سقف کانال.  تحلیل … بعدی...»: a caption)."""
    trailing = _TRAILING_OFF.search(line)
    return (len(line.split()) <= _MAX_TITLE_WORDS and not _SENTENCE_END.search(line)
            and not (trailing and _INNER_STOP.search(line, 0, trailing.start())))


def _is_stated_title(line: str, following: str) -> bool:
    """Whether ``line``, a sentence ending in «.», is a title all the same: the line after it is a bullet
    (``🔹``, ``🔺`` …) or a translation label (``ترجمه ماشین:``), which sets it off from the body («🔴» / «سخنگوی وزارت خارجه: … خواهد کرد.» / «🔹» / …). It has ``_MIN_TITLE_WORDS`` to
    ``_MAX_STATED_TITLE_WORDS`` words. Over telegram-dev, 167 first lines (163 over a bullet, 4 over a
    translation label; farsna mostly); of 30 read, 29 were titles. Another label line after such a sentence is more often
    its lead-in («ونس گفت:», «پیام‌های دریافتی:»), a sentence over a credit a photo's caption, and an emoji
    line a reaction («😒») or a marker between the paragraphs of one report («🚨»).

    A line ending in «؛» over an emoji line (not one of faces) is a kicker over its title («بررسی عملکرد …؛» /
    «🔰» / title), and the headline: over telegram-dev, 20 first lines (farsna 16), 19 kickers (the other a
    list's lead-in, «شهرهایی که … هدف قرار گرفتند؛» / «💥» / a city)."""
    if bare(line).endswith("؛"):
        return (_MIN_TITLE_WORDS <= len(_WORD.findall(line)) <= _MAX_TITLE_WORDS
                and bool(_EMOJI_ONLY.match(following)) and not _FACES.match(following))
    stripped = bare(following)
    return (line.rstrip().endswith(".") and _MIN_TITLE_WORDS <= len(_WORD.findall(line)) <= _MAX_STATED_TITLE_WORDS
            and (_starts_paragraph(following) or bool(_COPY_LABEL.match(stripped))))


def _is_renamed_title(line: str, following: str) -> bool:
    """Whether ``line``, a speaker line that ends like a sentence («کویت: … هستیم.»), is a title all the same: the
    line under it, a paragraph of ``_MIN_SPEAKER_BODY_WORDS`` words or more and no speaker line, names the speaker
    again in its first ``_MAX_RENAMING_INDEX`` words («کویت در چند روز گذشته …», «طبق گزارش پلیس …», «رئیس‌جمهور
    ترکیه، اردوغان، …»): the body reports what the title summed up; not with a verb of adding («سنتکام افزوده
    که …»), which goes on from the statement. Over telegram-dev, 10 first lines (withyashar
    mostly), all titles over their report. Without the speaker named again, such a line is as often the first of
    the speaker's sentences (in the dev gold, 5 such lines are titles and 15 are not)."""
    colon = line.find(":")
    if colon == -1 or not _SPEAKER_TITLE.match(line) or _ASKER.match(line) or _LINE_WITH_SPEAKER.match(following):
        return False
    speaker, body = _WORD.findall(line[:colon]), _WORD.findall(following)
    return (bool(speaker) and len(speaker[0]) >= _MIN_SHARED_LETTERS - 1 and len(body) >= _MIN_SPEAKER_BODY_WORDS
            and speaker[0] in body[:_MAX_RENAMING_INDEX] and not _ADDING.search(following))


def _is_source_label(line: str) -> bool:
    """Whether ``line``, a post's first, is the label of the source it copies (``تسنیم:``, ``خبرگزاری فارس:``): a
    word, or two after an outlet's type word (:data:`_OUTLET_WORD`), and a colon, over the title that a bullet or
    emoji line then sets off («تسنیم:» / title / «🔹»); not an interviewer's line (``خبرنگار:`` over a question),
    nor a speaker's name of two words (``سرلشکر رضایی:``: its statement, broken off it, is no title alone). Over
    telegram-dev, 5 posts (VahidOnline, farsna: «خبرگزاری مهر:», «اکسیوس:», «مخاطبان:» …) and 2 speakers'
    names left out (farsna); the title under the label is the headline in all 5, the label left out as the dev
    gold leaves it."""
    stripped = bare(line)
    label = _WORD.findall(stripped)
    return (stripped.endswith(":") and (len(label) == 1 or len(label) == 2 and bool(_OUTLET_WORD.match(label[0])))
            and not CREDIT.match(stripped) and not _ASKER.match(stripped))


def _is_label_line(line: str) -> bool:
    """A short line ending in a colon that opens the body (``ترجمه ماشین:``, ``عکس:``, ``پست ترامپ، …:``),
    or a credit line with its value (``عکس: NAME``, ``ویدیوی دریافتی: …``).

    A colon alone on its line is none: it closes the speaker line before it (``ترامپ`` / ``:``)."""
    stripped = bare(line)
    if CREDIT.match(stripped):
        return True
    return stripped.endswith(":") and len(stripped.split()) <= _MAX_LABEL_WORDS and bool(_WORD.search(stripped))

"""Telegram channel posts copied as text: posts end at a ``@handle`` signature line.

In a copy that separates its posts by blank lines, a signature with a line of text right under it stands inside
its post (a channel's comment under a post it signed and quotes, an emoji line under the handle): the blank line
closes that post.

A reply header (the channel's display name, a truncated preview of an
earlier post, and a lone ``.``) opens a post that replies to another; the
post gets ``reply_to_record`` (the earlier post whose text the preview
matches, among the last :data:`_REPLY_SEARCH` posts) and the header is left
out of its text, kept in ``metadata["reply_header"]``. A lone ``.`` line whose
lines before match no earlier post is the post's own text (a headline, a
sentence the channel broke over lines: 87 posts of telegram-dev, none a reply).
"""

from __future__ import annotations

from collections import Counter, deque
from typing import Iterator

import attrs
import regex

from persianews.readers.telegram_post import SIGNATURE, SIGNATURE_TRAILER, post_article
from persianews.readers.telegram_thread import ReplyIndex
from persianews.records import Article, Provenance
from persianews.text.fold import CharacterFold

FORMAT = "telegram-text"
_LETTERS_ONLY = regex.compile(r"[^\p{L}\p{N}]+")
_WORDS = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}_\u200c]*")
_FOLD = CharacterFold({"ي": "ی", "ك": "ک"})
_HEADER_LINES = 4
_REPLY_SEARCH = 200
_MIN_SIGNED_POSTS = 2
"""How many posts one handle must close for signatures alone to mark a Telegram copy."""


@attrs.frozen
class _RawPost:
    start: int
    end: int
    line: int
    channel: str | None
    header: tuple[str, ...] = ()


def fold_for_matching(text: str) -> str:
    """Letters and digits only, Arabic variants unified: to match previews with posts."""
    return _LETTERS_ONLY.sub("", _FOLD(text))


def looks_like_telegram_text(text: str) -> bool:
    """Whether the text looks like copied Telegram posts.

    Either a ``@handle`` signature line and a bullet emoji line, or posts
    closed by signatures: one handle, on a line of its own after a run of
    text, at least twice (a channel signs each of its posts). A single
    ``@handle`` line, or mentions inside sentences, leave a text plain.
    """
    lines = text.splitlines()
    signatures = [SIGNATURE.match(line) for line in lines]
    if any(signatures) and any(line.lstrip().startswith(("🔰", "🔹", "🔸", "▪")) for line in lines):
        return True
    closing: Counter[str] = Counter()
    in_post = False
    for line, signature in zip(lines, signatures):
        if signature:
            if in_post:
                closing[signature.group("handle").lower()] += 1
            in_post = False
        elif line.strip() and not SIGNATURE_TRAILER.match(line):
            in_post = True
    return max(closing.values(), default=0) >= _MIN_SIGNED_POSTS


def _split_posts(text: str) -> Iterator[_RawPost]:
    """The posts, each ending before its signature line; the signature's trailer lines (``-``, ``Link``)
    belong to the post they close, not to the next one. A signature right after another (``@FarsCampaigns``
    then ``@Farsna``: a handle the post advertises, then the channel's own; 21 posts of telegram-dev end so)
    closes the same post, and the last one names its channel. So does one after a trailer of single words
    between the two (:func:`_is_trailer`), which belongs to the post; the handle before the trailer names the
    channel, the one after it is where the trailer points (``#کانال`` … ``@advertiser`` / ``#دریافت`` /
    ``نظرات`` / ``@comments``: 28 ads of telegram-dev). In a copy that separates its posts by blank lines, a
    signature with lines of text right under it (:func:`_inner_signatures`) closes no post: the post runs on to
    the blank line, which closes it in the signature's name. What a blank line parts from the last signature is a
    post of its own, never that post's second signature or trailer: a signature alone (a post of nothing but its
    handle: 61 posts of withyashar in a copy of telegram-dev) or emoji lines signed by another handle (``😂`` /
    ``@WarRoom``). Read so, a copy of each telegram-dev channel, its posts separated by blank lines as
    ``bench/quality_gold.py`` writes them, splits into its posts exactly (69 boundaries were missed before)."""
    lines = text.splitlines(keepends=True)
    inner = _inner_signatures(lines)
    position, start, start_line = 0, 0, 1
    closing = False
    pending: _RawPost | None = None
    handle: str | None = None
    """The handle of a signature inside the post being read: the blank line after it closes the post."""
    parted = False
    """Whether a blank line stands between the last signature and this line: what follows it is a post of its
    own, not the last post's second signature or trailer."""
    for number, line in enumerate(lines, 1):
        bare = line.rstrip("\r\n")
        match = SIGNATURE.match(bare) if number - 1 not in inner else None
        handle = handle or inner.get(number - 1)
        closing_handle = match.group("handle") if match else None if bare.strip() else handle
        if closing_handle is not None:
            handle = None
            if closing and pending is not None and not text[start:position].strip() and not parted:
                pending = attrs.evolve(pending, channel=closing_handle)
            elif (pending is not None and (pending.channel or "").lower() != closing_handle.lower()
                  and not parted and _is_trailer(text[start:position])):
                pending = attrs.evolve(pending, end=position)
            else:
                if pending is not None:
                    yield pending
                pending = _RawPost(start, position, start_line, closing_handle)
            start, start_line, closing, parted = position + len(line), number + 1, True, match is None
        elif closing and SIGNATURE_TRAILER.match(bare):
            start, start_line, parted = position + len(line), number + 1, parted or not bare.strip()
        else:
            closing = False
        position += len(line)
    if pending is not None:
        yield pending
    if text[start:].strip():
        yield _RawPost(start, len(text), start_line, handle)


def _inner_signatures(lines: list[str]) -> dict[int, str]:
    """The handles of the signature lines that stand inside a post, by line index, in a copy whose posts a blank line separates
    (more signatures before a blank line or the end than before text): a signature with a line of text right
    under it, past its trailer (``-``, ``Link``) and the signatures right under it («@channel» / «@channel» / text),
    and not a trailer of single words before another handle that closes the post (:func:`_is_trailer`; a handle
    with text under it closes none: «@desk_one» / «و» / «@desk_two» / «ارسال کنید.» is one post's text). A channel signs a post it quotes and then comments on it («@withyashar» / «یاشار: …»),
    or sets its handle over an emoji line («@WarRoom» / «🚨»), or gives a contact's handle under a label
    («ارتباط با پشتیبانی:» / «@support» / «📌» / …): 1,220 posts of telegram-dev (4 %) hold such a line, every one
    inside its post."""
    bare = [line.rstrip("\r\n") for line in lines]
    handles = {index: match.group("handle") for index, line in enumerate(bare) if (match := SIGNATURE.match(line))}
    passed = [len(bare)] * (len(bare) + 1)
    """Where the signature trailers and signatures that run from each line end (read backwards: linear in the lines,
    however many signatures stand one under another)."""
    for index in range(len(bare) - 1, -1, -1):
        runs_on = bare[index].strip() and (SIGNATURE_TRAILER.match(bare[index]) or index in handles)
        passed[index] = passed[index + 1] if runs_on else index
    blank, text = [], []
    for index in handles:
        after = passed[index + 1]  # past the signature's trailer and the signatures right under it
        if after == len(bare) or not bare[after].strip():
            blank.append(index)
        else:
            text.append((index, after))
    if len(blank) <= len(text):
        return {}
    closing = set(blank)
    inner = {}
    for index, after in text:
        end = after
        while end < len(bare) and bare[end].strip() and end not in handles:
            end += 1
        if end in closing and handles[end].lower() != handles[index].lower() and _is_trailer(
                "\n".join(bare[after:end])):
            continue  # a trailer of single words between two handles, the second closing the post (``_split_posts``)
        inner[index] = handles[index]
    return inner


def _is_trailer(chunk: str) -> bool:
    """Whether the lines between two signatures of different handles are the trailer of the post before, not a
    post: none holds more than one word («#دریافت» / «نظرات» under the advertiser's handle, then the handle that
    takes the comments)."""
    return all(len(_WORDS.findall(line)) <= 1 for line in chunk.splitlines())


def _without_reply_header(text: str, post: _RawPost) -> _RawPost:
    """Move a leading 'name / preview / .' header out of the post's span."""
    lines = text[post.start:post.end].splitlines(keepends=True)
    for index, line in enumerate(lines[:_HEADER_LINES]):
        if line.strip() == "." and index >= 1:
            header = tuple(part.strip() for part in lines[:index])
            skipped = sum(len(part) for part in lines[:index + 1])
            return attrs.evolve(post, start=post.start + skipped, line=post.line + index + 1, header=header)
    return post


def _reply_target(header: tuple[str, ...], earlier: deque[tuple[int, str]]) -> int | None:
    preview = fold_for_matching(" ".join(header[1:] if len(header) > 1 else header))
    if len(preview) < 8:
        return None
    probe = preview[:-3]
    for record, folded in reversed(earlier):
        if folded.startswith(probe) or probe in folded:
            return record
    return None


def read_telegram_text(text: str, path: str | None = None) -> Iterator[Article]:
    """One Article per post, in order; a trailing post without a signature counts too."""
    posts = list(_split_posts(text))
    channel = next((p.channel for p in posts if p.channel), None)
    earlier: deque[tuple[int, str]] = deque(maxlen=_REPLY_SEARCH)
    replies = ReplyIndex()
    byte = position = 0
    for record, post in enumerate(posts):
        headed = _without_reply_header(text, post)
        target = _reply_target(headed.header, earlier) if headed.header else None
        if target is not None:
            post = headed
        raw = text[post.start:post.end]
        offset = post.start + len(raw) - len(raw.lstrip())
        byte += len(text[position:offset].encode("utf-8", "surrogatepass"))
        position = offset
        reply_to_record, replied_to = replies.target(target)
        metadata = {"reply_header": list(post.header)} if post.header else {}
        provenance = Provenance(path, record, FORMAT, post.line + raw[:len(raw) - len(raw.lstrip())].count("\n"), byte)
        article = post_article(raw, provenance, metadata, channel=post.channel or channel,
                               reply_to_record=reply_to_record, replied_to=replied_to)
        replies.add(record, article)
        earlier.append((record, fold_for_matching(article.text)))
        yield article

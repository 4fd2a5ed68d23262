"""Reply threads: the processed document of the post an article replies to.

Stages that resolve people across a Telegram thread (officials, quotes) call
:func:`parent_document`; the parent is run through the default pipeline
once, on its own (without the post *it* replies to: the context window is
one level, as the readers give it), and kept in a small cache bounded both by
entries and by characters, so a chain of replies costs one run per post and
never recurses down the chain.
"""

from __future__ import annotations

import functools
from collections import OrderedDict

from persianews.document import Document
from persianews.readers.telegram_thread import without_context
from persianews.records import Article

CACHE_ENTRIES = 64
CACHE_CHARS = 4_000_000
"""The cache holds at most this many characters of parent text (documents are a few times larger)."""
_cache: OrderedDict[tuple, Document] = OrderedDict()
_cached_chars = 0


def parent_document(article: Article) -> Document | None:
    """The fully processed document of ``article.replied_to``, or None."""
    global _cached_chars
    parent = article.replied_to
    if parent is None:
        return None
    key = (parent.provenance.path, parent.provenance.record, parent.text)
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    document = _default_pipeline()(without_context(parent))
    _cache[key] = document
    _cached_chars += len(parent.text)
    while len(_cache) > CACHE_ENTRIES or (_cached_chars > CACHE_CHARS and len(_cache) > 1):
        _, dropped = _cache.popitem(last=False)
        _cached_chars -= len(dropped.article.text)
    return document


@functools.cache
def _default_pipeline():
    from persianews.pipeline import load

    return load()

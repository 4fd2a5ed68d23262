"""Reply threads: the processed document of the post an article replies to.

Stages that resolve people across a Telegram thread (officials, quotes) call
:func:`parent_document`; the parent is run through the default pipeline once
and kept in a small cache, so a chain of replies costs one run per post.
"""

from __future__ import annotations

import functools
from collections import OrderedDict

from persianews.document import Document
from persianews.records import Article

_CACHE_SIZE = 64
_cache: OrderedDict[tuple[str | None, int, str], Document] = OrderedDict()


def parent_document(article: Article) -> Document | None:
    """The fully processed document of ``article.replied_to``, or None.

    Iterative: the uncached posts up the chain are processed from the farthest
    one down, so that a long chain never recurses and each post runs once
    while it stays in the cache.
    """
    parent = article.replied_to
    if parent is None:
        return None
    uncached = []
    post: Article | None = parent
    while post is not None and _key(post) not in _cache:
        uncached.append(post)
        post = post.replied_to
    for post in reversed(uncached):
        _remember(_key(post), _default_pipeline()(post))
    key = _key(parent)
    _cache.move_to_end(key)
    return _cache[key]


def _key(article: Article) -> tuple[str | None, int, str]:
    return (article.provenance.path, article.provenance.record, article.text)


def _remember(key: tuple[str | None, int, str], document: Document) -> None:
    _cache[key] = document
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)


@functools.cache
def _default_pipeline():
    from persianews.pipeline import load

    return load()

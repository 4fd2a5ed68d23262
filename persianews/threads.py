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
_cache: OrderedDict[tuple, Document] = OrderedDict()


def parent_document(article: Article) -> Document | None:
    """The fully processed document of ``article.replied_to``, or None."""
    parent = article.replied_to
    if parent is None:
        return None
    key = (parent.provenance.path, parent.provenance.record, parent.text)
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    document = _default_pipeline()(parent)
    _cache[key] = document
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return document


@functools.cache
def _default_pipeline():
    from persianews.pipeline import load

    return load()

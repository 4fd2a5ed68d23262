"""Distributional word clusters (``models/word_clusters.tsv``), a feature kind of the entity tagger.

Words that stand in like contexts in unlabeled news share a cluster (foreign
given names, outlet names, city names …), so the tagger generalises from a
name it was trained on to one it was not. The table is read on first use.
"""

from __future__ import annotations

import functools

from persianews.resources import data_rows

#: The clusters' file in ``models/`` (built by ``models/build/ner/clusters.py``).
CLUSTERS_FILE = "word_clusters.tsv"


@functools.cache
def cluster_table() -> dict[str, tuple[str, str]]:
    """The coarse and fine cluster ids of every clustered word (a token key without its markers)."""
    return {row[0]: (row[1], row[2]) for row in data_rows(CLUSTERS_FILE)}


def clusters_of(word: str) -> tuple[str, str] | None:
    """The coarse and fine cluster ids of a token key without its separate-word markers, or None for a
    word too rare to have been clustered."""
    return cluster_table().get(word)

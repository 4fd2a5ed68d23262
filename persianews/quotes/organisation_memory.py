"""The organisations a document names: the name a mention speaks by, and the memory of them in text order as
referents of a later «این روزنامه» or «این وزارتخانه»
(:meth:`persianews.quotes.antecedents.Antecedents.remember_organisation`)."""

from __future__ import annotations

from typing import Mapping

from persianews.entities.keys import fold
from persianews.entities.lexicons import COUNTRY
from persianews.quotes.antecedents import Antecedents, is_media_word
from persianews.quotes.candidates import Resolution
from persianews.quotes.context import View, last_words
from persianews.records import Cluster, Entity


def organisation_name(view: View, clusters: Mapping[int, Cluster], entity: Entity) -> tuple[str, int | None]:
    """The name organisation ``entity`` speaks by, and its cluster: the cluster's display, but the mention's own
    words when they name a country the display does not («وزارت دفاع ترکیه» in a cluster shown as «وزارت دفاع
    روسیه»: the lexicon gives both the same canonical name, Iran's ministry, so they cluster together)."""
    cluster = clusters.get(entity.cluster) if entity.cluster is not None else None
    if cluster is None or not cluster.display:
        return entity.text, None
    display = fold(cluster.display)
    if any(place.place is not None and place.place.kind == COUNTRY and place.place.place_id != _IRAN
           and fold(place.text) not in display
           for place in view.places_in(entity.span.start, entity.span.end)):
        return entity.text, None
    return cluster.display, cluster.id


_IRAN = "country:IR"
"""Iran's place id: the lexicon's canonical names are Iran's bodies, so a display without «ایران» is still Iran's."""


def remember_organisation(view: View, clusters: Mapping[int, Cluster], antecedents: Antecedents,
                          entity: Entity) -> None:
    """Remember the organisation ``entity`` (by :func:`organisation_name`); not the outlet of «به گزارش X», the
    article's own source. A media word in the two words before it makes it an outlet («به نقل از روزنامه صهیونیستی
    X»)."""
    before = last_words(view.text, max(0, entity.span.start - 30), entity.span.start, 2)
    words = [view.text[start:end] for start, end in before]
    if words == ["به", "گزارش"]:
        return
    name, cluster = organisation_name(view, clusters, entity)
    antecedents.remember_organisation(entity, Resolution(name, cluster, "speaker:entity-organisation", 0.9, "org"),
                                      media=any(is_media_word(word) for word in words))

"""The names a document gives its people, for speaker resolution: a surname's fuller name, a name's parts.

A :class:`DocumentNames` indexes, once per document and on first need, the names of the document's person
entities, its clusters and its full names, the names of the speakers resolved so far
(:meth:`DocumentNames.remember`) and those of the parent post's quotes (a reply thread); the speaker resolver
(:mod:`persianews.quotes.speakers`) asks it for the fullest form of the name a subject gives.
"""

from __future__ import annotations

from typing import Callable, Sequence

from persianews.entities.keys import fold
from persianews.entities.words import is_frequent_given_name, is_given_name
from persianews.quotes.candidates import Resolution
from persianews.quotes.cues import fold_form, lexicon
from persianews.quotes.speaker_names import ends_with_word, index_first_part, index_name, longest, unglued
from persianews.records import Cluster, Entity, Quote

UNGLUED = "+unglued-name"
"""The rule suffix of a name that the document writes glued to the word after it, given whole."""


class DocumentNames:
    """The names of a document, its speakers and its thread, indexed by the surnames and first parts they hold."""

    def __init__(self, clusters: dict[int, Cluster], people: list[Entity], full_names: list[str],
                 parent_quotes: Callable[[], Sequence[Quote]] | None = None) -> None:
        self.clusters = clusters
        self.people = people
        self.full_names = full_names
        self._load_parent = parent_quotes
        self._parent: list[tuple[str, int | None]] | None = None
        self._document_names: dict[str, str] | None = None
        self._given_then_surname: dict[str, str] | None = None
        self._names: frozenset[str] | None = None
        self._spoken_names: dict[str, str] = {}
        self._spoken_set: set[str] = set()
        self._document_first_parts: dict[str, str] = {}
        self._spoken_first_parts: dict[str, str] = {}

    def remember(self, speaker: str) -> None:
        """Index the name of a person who spoke (a name indexed again changes no key)."""
        if speaker not in self._spoken_set:
            index_name(self._spoken_names, speaker)
            self._spoken_set.add(speaker)
            index_first_part(self._spoken_first_parts, speaker)

    def name(self, text: str, rule: str) -> Resolution:
        """A person's name, expanded to the fullest form the document or thread gives."""
        fuller = self.fuller_name(text)
        if fuller is not None:
            return Resolution(fuller, None, rule + "+surname→full-name", 0.9, "name")
        fuller = self._name_with_surname_part(text)
        if fuller is not None:
            return Resolution(fuller, None, rule + "+surname-part→full-name", 0.8, "name")
        whole = unglued(text, self.known_names())
        if whole is not None:
            return Resolution(whole, None, rule + UNGLUED, 0.8, "name")
        return Resolution(text, None, rule, 0.8 if rule == "speaker:entity-name" else 0.6, "name")

    def _index_document_names(self) -> dict[str, str]:
        """The names of the document's people and clusters by the surnames they end with (indexed once)."""
        if self._document_names is None:
            self._document_names = {}
            for written in [c.name for c in self.clusters.values() if c.name] + [e.text for e in self.people] \
                    + self.full_names:
                index_name(self._document_names, written or "")
                index_first_part(self._document_first_parts, written or "")
        return self._document_names

    def known_names(self) -> frozenset[str]:
        """The names of the document's person clusters, people and full names (gathered once)."""
        if self._names is None:
            self._names = frozenset([c.name for c in self.clusters.values() if c.name and c.label == "PERSON"]
                                    + [e.text for e in self.people] + self.full_names)
        return self._names

    def named_by_surname(self, key: str) -> str | None:
        """The longest name of the document's people written as given names (honorifics aside) and then
        the one word ``key`` (جواد امام for «امام»); names indexed once per document. A name that ends
        in a word after its surname («… موسوی سخنگوی», a tagger's overreach) is no such name."""
        if self._given_then_surname is None:
            self._given_then_surname = {}
            honorifics = lexicon().honorifics
            names: list[str] = [c.name for c in self.clusters.values() if c.name] + [e.text for e in self.people]
            for name in names:
                words = name.split()
                given = [word for word in words[:-1] if fold_form(word) not in honorifics]
                if given and all(is_given_name(fold(word)) for word in given):
                    surname = fold_form(words[-1])
                    if len(name) > len(self._given_then_surname.get(surname, "")):
                        self._given_then_surname[surname] = name
        return self._given_then_surname.get(key)

    def _name_with_surname_part(self, text: str) -> str | None:
        """A name of the document or a speaker whose double surname opens with ``text`` (``شمس`` of
        ``شهریار شمس مستوفی``)."""
        self._index_document_names()
        key = fold_form(text)
        return longest(text, self._document_first_parts.get(key), self._spoken_first_parts.get(key))

    def fuller_surname(self, cluster: Cluster) -> str | None:
        """The full name of a person cluster named by a double surname alone (rule ``+surname→full-name``).

        The linker joins a one-word surname to its full name, but takes «شمس مستوفی», «رحمانی فضلی» or
        «بن سلمان» for a name of its own: the speaker is the one longer name of the document that ends with
        those words and opens with a given name («شهریار شمس مستوفی»). So too a surname alone whose full
        name no entity holds, only a speaker's words («سردار پاسدار رمضان شریف …»، «سردار شریف افزود»), when
        only one such name ends with it."""
        name = cluster.name
        if cluster.label != "PERSON" or not name or is_frequent_given_name(fold(name.split()[0])):
            return None  # «علی لاریجانی» is a full name, not the end of «محمد علی لاریجانی»
        fuller = self.fuller_name(name)
        if fuller is None or not is_given_name(fold(fuller.split()[0])):
            return None
        if " " not in name and len(self._given_names_ending(name)) > 1:
            return None  # «بهرام نیکنام» and «کاوه نیکنام» both: «نیکنام» is either
        return fuller

    def _given_names_ending(self, surname: str) -> set[str]:
        """The distinct names (folded) of the document and its speakers that open with a given name and end
        with ``surname``."""
        key = fold_form(surname)
        names = [c.name for c in self.clusters.values() if c.name] + [e.text for e in self.people] + [
            *self.full_names, *self._spoken_set]
        return {" ".join(fold_form(word) for word in name.split()) for name in names
                if ends_with_word(name, key) and is_given_name(fold(name.split()[0]))}

    def fuller_name(self, text: str) -> str | None:
        """A longer name ending with ``text`` (a surname) among people, speakers and the thread."""
        key = fold_form(text)
        if not key:
            return None
        names = self._index_document_names()
        best = longest(text, names.get(key), self._spoken_names.get(key))
        if best is None:
            for speaker, _ in self.parent_speakers():
                if speaker and len(speaker) > len(text) and ends_with_word(speaker, key):
                    best = speaker if best is None or len(speaker) > len(best) else best
        return best

    def parent_speakers(self) -> list[tuple[str, int | None]]:
        """The speakers of the post this one replies to, loaded on first need."""
        if self._parent is None:
            quotes = self._load_parent() if self._load_parent is not None else ()
            self._parent = [(q.speaker, q.speaker_cluster) for q in quotes if q.speaker]
        return self._parent

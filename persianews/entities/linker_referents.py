"""What the linker joins: person and title referents, the surname keys of names and the post replied to."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

from persianews.document import Document
from persianews.entities.keys import fold
from persianews.entities.words import is_detached_suffix
from persianews.text.bounded_cache import byte_bounded_cache


@attrs.define
class Referent:
    """A person (its name mentions) or a title (its title mentions) the linker joins: entity indexes."""

    label: str
    members: list[int] = attrs.field(factory=list)
    titles: list[int] = attrs.field(factory=list)
    partner: Referent | None = None
    #: Titles of a person that serve another person (معاون اوباما): held besides the partner, never instead.
    serving: list[Referent] = attrs.field(factory=list)
    #: Titles held besides the partner and not displayed by the cluster: a demonstrative's (… این عضو کمیسیون …) and
    #: a past predicate's (X که … سفیر … بود).
    anaphoric: list[Referent] = attrs.field(factory=list)


@byte_bounded_cache(1024 * 1024)
def surname_key(name: str) -> str:
    """The key of a name's surname: its last word (with a detached ending, its last two); cached by the
    name (a document repeats its names, news its people)."""
    parts = name.split()
    if len(parts) >= 2 and is_detached_suffix(fold(parts[-1])):
        return fold(parts[-2]) + fold(parts[-1])
    return fold(parts[-1]) if parts else ""


def thread_surnames(doc: Document) -> list[str]:
    """Surname keys of the people named in the post ``doc`` replies to."""
    parent = replied_to(doc)
    if parent is None:
        return []
    return [surname_key(c.name) for c in parent.clusters if c.label == "PERSON" and c.name and " " in c.name]


def replied_to(doc: Document) -> Document | None:
    """The document of the post ``doc`` replies to (``None`` when it replies to none)."""
    if doc.article.replied_to is None:
        return None
    from persianews.threads import parent_document

    return parent_document(doc.article)


def held_titles(person: Referent, anaphoric: bool = True) -> list[int]:
    """The titles person referent ``person`` holds: its partner's, those serving another person and (with
    ``anaphoric``) those a demonstrative gives it."""
    partner = person.partner.titles if person.partner else []
    further = person.serving + person.anaphoric if anaphoric else person.serving
    return partner + [i for title in further for i in title.titles]


def holder(subject: Referent) -> Referent | None:
    """The person a subject names: a person referent itself, a title referent's holder."""
    return subject if subject.label == "PERSON" else subject.partner


def first_referent_of(refs: list[Referent], members: Callable[[Referent], Iterable[int]]) -> dict[int, Referent]:
    """Each entity index mapped to the first referent whose ``members(ref)`` holds it."""
    index: dict[int, Referent] = {}
    for ref in refs:
        for member in members(ref):
            index.setdefault(member, ref)
    return index

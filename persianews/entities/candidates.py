"""Entity candidates over token ranges, before they are resolved into :class:`~persianews.records.Entity`."""

from __future__ import annotations

import operator

import attrs

from persianews.records import Place


@attrs.frozen
class Part:
    """A named part of a candidate (role, portfolio, organization, location, name) over tokens ``[start, end)``."""

    name: str
    start: int
    end: int


@attrs.frozen
class Candidate:
    """A PERSON, TITLE, ORG or LOC over tokens ``[start, end)``.

    ``complete`` is False for a bare role word (استاندار), a title only beside a name.
    """

    label: str
    start: int
    end: int
    rule: str
    canonical: str | None = None
    place: Place | None = None
    parts: tuple[Part, ...] = ()
    complete: bool = True

    def part(self, name: str) -> Part | None:
        """The first part called ``name``, or None."""
        for part in self.parts:
            if part.name == name:
                return part
        return None

    def contains(self, other: Candidate | Part) -> bool:
        """Whether ``other`` lies inside this candidate and is not the same range."""
        inside = self.start <= other.start and other.end <= self.end
        return inside and (self.start, self.end) != (other.start, other.end)

    def overlaps(self, other: Candidate) -> bool:
        """Whether the two token ranges share a token."""
        return self.start < other.end and other.start < self.end


_CANDIDATE_FIELDS = operator.attrgetter(*(field.name for field in attrs.fields(Candidate)))
"""A candidate's field values, in the order of ``Candidate``'s arguments (every field is one)."""
_RULE_FIELD = [field.name for field in attrs.fields(Candidate)].index("rule")


def with_rule(candidate: Candidate, rule: str) -> Candidate:
    """``attrs.evolve(candidate, rule=rule)`` without its per-call introspection (half the time)."""
    values = list(_CANDIDATE_FIELDS(candidate))
    values[_RULE_FIELD] = rule
    return Candidate(*values)

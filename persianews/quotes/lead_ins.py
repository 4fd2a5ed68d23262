"""Lead-in ends kept per view: :func:`persianews.text.lead_ins.lead_in_end` read once per (start, limit)."""

from __future__ import annotations

from persianews.quotes.context import View
from persianews.text.lead_ins import lead_in_end


def skip_lead_in(view: View, start: int, limit: int) -> int:
    """The position after any lead-in material at ``start`` (:func:`~persianews.text.lead_ins.lead_in_end`); kept in
    ``view.lead_in_ends``: about two in five look-ups ask again for a clause read before."""
    found = view.lead_in_ends.get((start, limit))
    if found is None:
        found = view.lead_in_ends[start, limit] = lead_in_end(view.text, start, limit)
    return found

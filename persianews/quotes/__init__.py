"""Quote attribution: who said what.

:func:`extract_quotes` finds direct quotes (a verb of saying and a colon,
«…» after the verb, headline style ``SPEAKER: …``) and indirect ones (``X را
Y دانست``, ``خواستار … شد``, ``از … خبر داد``, ``گفت که …``, ``به گفته X، …``),
then resolves each speaker to the document's clusters.

Time is linear in the document's length (n log n where candidates are
sorted): each cue reads a bounded stretch of text around it (its clause
within ``MAX_CLAUSE_CHARS`` of the clause's start, look-ups at a position
within ``REACH``, a trailing attribution within 1,500 characters), the end of
a statement is computed once per sentence, guillemets are paired in one pass,
and nested or overlapping candidates are dropped by sweeps over sorted spans.
"""

from persianews.quotes.extract import extract_quotes

__all__ = ["extract_quotes"]

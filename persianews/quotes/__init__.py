"""Quote attribution: who said what.

:func:`extract_quotes` finds direct quotes (a verb of saying and a colon,
«…» after the verb, headline style ``SPEAKER: …``) and indirect ones (``X را
Y دانست``, ``خواستار … شد``, ``از … خبر داد``, ``گفت که …``, ``به گفته X، …``),
then resolves each speaker to the document's clusters.
"""

from persianews.quotes.extract import extract_quotes

__all__ = ["extract_quotes"]

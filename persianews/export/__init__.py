"""Exports of documents to other formats: CoNLL-U and stanza (the ``stanza`` extra)."""

"""Optional features name the extra to install when its package is missing."""

from __future__ import annotations

import sys

import pytest

from persianews.errors import MissingExtraError
from persianews.export.conllu import document_to_conllu


@pytest.fixture
def without_stanza(monkeypatch):
    """An interpreter where ``import stanza`` fails, as in the light install."""
    for name in [name for name in sys.modules if name == "stanza" or name.startswith("stanza.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "stanza", None)


def test_to_stanza_without_the_extra_names_it(nlp, without_stanza):
    doc = nlp("فرماندار تاکستان گفت: انتخابات مهم است.")
    with pytest.raises(MissingExtraError) as caught:
        doc.to_stanza()
    assert caught.value.extra == "stanza"
    assert "pip install 'persianews[stanza]'" in str(caught.value)
    with pytest.raises(ImportError):
        document_to_conllu(doc)


def test_to_stanza_with_the_extra(nlp):
    pytest.importorskip("stanza")
    doc = nlp("فرماندار تاکستان گفت: انتخابات مهم است.")
    stanza_doc = doc.to_stanza()
    assert [token.text for token in stanza_doc.sentences[0].tokens][:2] == ["فرماندار", "تاکستان"]
    assert type(stanza_doc).__name__ == "Document"


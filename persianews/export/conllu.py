"""CoNLL-U and stanza export: sentences, tokens and BIOES entity tags, written by stanza's own utilities."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from persianews.document import Document
from persianews.optional import import_optional
from persianews.records import Entity, Token

if TYPE_CHECKING:
    import stanza


def bioes_tags(tokens: Sequence[Token], entities: tuple[Entity, ...]) -> list[str]:
    """One BIOES tag per token; nested entities give way to the outermost (longest) one."""
    tags = ["O"] * len(tokens)
    chosen = sorted(entities, key=lambda e: (-(e.span.end - e.span.start), e.span.start))
    for entity in chosen:
        covered = [i for i, t in enumerate(tokens) if entity.span.start <= t.span.start and t.span.end <= entity.span.end]
        if not covered or any(tags[i] != "O" for i in covered):
            continue
        if len(covered) == 1:
            tags[covered[0]] = f"S-{entity.label}"
            continue
        tags[covered[0]] = f"B-{entity.label}"
        for i in covered[1:-1]:
            tags[i] = f"I-{entity.label}"
        tags[covered[-1]] = f"E-{entity.label}"
    return tags


def to_stanza(doc: Document) -> stanza.Document:
    """A ``stanza.Document`` holding the document's sentences, tokens and entity tags.

    Needs the ``stanza`` extra (``pip install 'persianews[stanza]'``); without it
    :class:`~persianews.errors.MissingExtraError` names the extra.
    """
    stanza_doc_module = import_optional("stanza.models.common.doc", "stanza", "CoNLL-U and stanza export")

    tags = bioes_tags(doc.tokens, doc.entities)
    sentences = []
    index = 0
    for sentence in doc.sentences:
        words: list[dict[str, object]] = []
        while index < len(doc.tokens) and doc.tokens[index].span.start < sentence.span.end:
            token = doc.tokens[index]
            if token.span.start >= sentence.span.start:
                misc = (f"start_char={token.span.start}|end_char={token.span.end}"
                        f"|SourceStart={token.source_span.start}|SourceEnd={token.source_span.end}")
                words.append({"id": len(words) + 1, "text": token.text, "misc": misc, "ner": tags[index]})
            index += 1
        if words:
            sentences.append(words)
    stanza_doc = stanza_doc_module.Document(sentences, text=doc.text)
    stanza_doc.sentences  # noqa: B018 - built eagerly so errors surface here
    return stanza_doc


def document_to_conllu(doc: Document) -> str:
    """The document as CoNLL-U text, with ``# doc_id`` and ``# text`` comments per sentence."""
    stanza_doc = to_stanza(doc)
    for number, sentence in enumerate(stanza_doc.sentences, 1):
        sentence.add_comment(f"# sent_id = {doc.article.id}:{number}")
        sentence.add_comment(f"# text = {doc.text[sentence.tokens[0].start_char:sentence.tokens[-1].end_char]}")
    return format(stanza_doc, "C") + "\n\n"


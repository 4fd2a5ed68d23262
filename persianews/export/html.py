"""HTML views: one document with its entities and quotes marked, and a self-contained report page.

Everything is built from output lines (Documents or their dicts, see
:mod:`persianews.export.outputs`). All text is untrusted and escaped; the
report embeds its data as JSON in a ``<script type="application/json">`` block
with ``<``, ``>`` and ``&`` escaped, and its own CSS and JavaScript inline, so
the page needs no network. The report renders table rows page by page and a
document's view only when it is opened, so it stays usable at 10,000
documents. Rendering is linear in the size of the lines (times the nesting
depth of the marks, a small constant).
"""

from __future__ import annotations

import functools
import itertools
import json
import os
from collections.abc import Iterable, Mapping
from html import escape
from importlib import resources
from typing import Any

import attrs

from persianews.document import Document
from persianews.export.outputs import (
    OutputLine,
    SpeakerIndex,
    is_error,
    output_line,
    output_lines,
    read_output_lines,
)

LABELS = ("PERSON", "TITLE", "ORG", "LOC")
"""The entity labels the legend shows, in its order."""

_LABEL_NAMES = {"PERSON": "person", "TITLE": "title", "ORG": "organisation", "LOC": "place"}
_CONTENT_SECURITY = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                     "img-src data:")


@functools.cache
def _asset(name: str) -> str:
    """A file of ``persianews/export/assets`` (CSS, JavaScript, the report's body), read once."""
    return resources.files("persianews.export").joinpath("assets", name).read_text(encoding="utf-8")


@attrs.frozen
class _Mark:
    """Markup around ``[start, end)`` of a text: ``rank`` orders marks with the same range, outer first."""

    start: int
    end: int
    rank: int
    open: str
    close: str = "</span>"
    after: str = ""
    """Markup after the mark's final close (not after a piece closed only to let a crossing mark end)."""


def _marked_text(text: str, marks: Iterable[_Mark]) -> str:
    """``text`` escaped, with every mark's markup around its range.

    Marks nest when their ranges do; a mark that crosses another is closed and
    reopened around it, so the markup is always well-formed.
    """
    ordered = sorted((m for m in marks if 0 <= m.start < m.end <= len(text)), key=lambda m: (m.start, -m.end, m.rank))
    bounds = sorted({0, len(text), *(m.start for m in ordered), *(m.end for m in ordered)})
    starting: dict[int, list[_Mark]] = {}
    for mark in ordered:
        starting.setdefault(mark.start, []).append(mark)
    out: list[str] = []
    stack: list[_Mark] = []
    for here, following in zip(bounds, bounds[1:] + [len(text)]):
        if any(m.end == here for m in stack):
            reopen = []
            while any(m.end == here for m in stack):
                mark = stack.pop()
                out.append(mark.close + (mark.after if mark.end == here else ""))
                if mark.end != here:
                    reopen.append(mark)
            for mark in reversed(reopen):
                out.append(mark.open)
                stack.append(mark)
        for mark in starting.get(here, ()):
            out.append(mark.open)
            stack.append(mark)
        out.append(escape(text[here:following]))
    while stack:
        mark = stack.pop()
        out.append(mark.close + mark.after)
    return "".join(out)


def _attrs(**values: Any) -> str:
    """HTML attributes, escaped; ``None`` values are left out and ``_`` in names becomes ``-``."""
    return "".join(f' {name.replace("_", "-")}="{escape(str(value))}"' for name, value in values.items()
                   if value is not None)


def _entity_note(entity: Mapping[str, Any]) -> str:
    parts = [entity["label"]]
    if entity.get("canonical") and entity["canonical"] != entity["text"]:
        parts.append(f"canonical: {entity['canonical']}")
    for name in ("role", "portfolio", "organization", "place"):
        if entity.get(name):
            parts.append(f"{name}: {entity[name]['text']}")
    if entity.get("place_id"):
        parts.append(f"place_id: {entity['place_id']}")
    if entity.get("rule"):
        parts.append(f"rule: {entity['rule']}")
    return " · ".join(parts)


_RANK = {"quote": 0, "speaker": 1, "TITLE": 2, "ORG": 3, "PERSON": 4, "LOC": 5, "cue": 6}


def _entity_marks(line: OutputLine) -> list[_Mark]:
    return [_Mark(e["start"], e["end"], _RANK.get(e["label"], 5),
                  f'<span class="pn-ent pn-{escape(e["label"])}"'
                  + _attrs(data_label=e["label"], title=_entity_note(e)) + ">")
            for e in line.get("entities", ())]


class _Speakers:
    """The distinct resolved speakers of a document, each with an anchor id."""

    def __init__(self, prefix: str, quotes: Iterable[Mapping[str, Any]]) -> None:
        self.prefix = prefix
        self.numbers: dict[str, int] = {}
        for quote in quotes:
            if quote.get("speaker"):
                self.numbers.setdefault(quote["speaker"], len(self.numbers))

    def anchor(self, speaker: str) -> str:
        return f"{self.prefix}-s{self.numbers[speaker]}"


def _quote_marks(line: OutputLine, prefix: str, speakers: _Speakers) -> list[_Mark]:
    marks = []
    for number, quote in enumerate(line.get("quotes", ())):
        parts = quote.get("parts", {})
        content = parts.get("content") or {"start": quote["start"], "end": quote["end"]}
        speaker = quote.get("speaker") or "?"
        note = f"{speaker} · {quote.get('cue') or '—'} · {quote['kind']}"
        meta = (f'<span class="pn-qmeta"{_attrs(data_quote=number + 1)}><b>{number + 1}</b> '
                f'{escape(speaker)} · {escape(quote.get("cue") or "—")} · '
                f'<i class="pn-kind">{escape(quote["kind"])}</i></span>')
        marks.append(_Mark(content["start"], content["end"], _RANK["quote"],
                           f'<span class="pn-quote pn-{escape(quote["kind"])}"'
                           + _attrs(id=f"{prefix}-q{number}", data_quote=number + 1, data_speaker=quote.get("speaker"),
                                    data_kind=quote["kind"], title=note) + ">", after=meta))
        mention = parts.get("speaker_mention")
        if mention and quote.get("speaker"):
            marks.append(_Mark(mention["start"], mention["end"], _RANK["speaker"],
                               '<a class="pn-speaker"' + _attrs(href="#" + speakers.anchor(quote["speaker"]),
                                                                title=f"speaker: {quote['speaker']}") + ">", "</a>"))
        cue = parts.get("cue")
        if cue:
            marks.append(_Mark(cue["start"], cue["end"], _RANK["cue"], '<span class="pn-cue" title="cue">'))
    return marks


def _metadata_line(line: OutputLine) -> str:
    metadata = line.get("metadata", {}) or {}
    source = line.get("source", {}) or {}
    facts = [(name, metadata.get(name)) for name in ("agency", "channel", "date", "dateline_place")]
    facts.append(("source", f"{source.get('path')} #{source.get('record')}"))
    return " · ".join(f'<span{_attrs(data_field=name)}>{escape(str(value))}</span>' for name, value in facts
                      if value not in (None, ""))


def _people_lists(line: OutputLine, speakers: _Speakers) -> str:
    said: dict[str, list[str]] = {}
    for number, quote in enumerate(line.get("quotes", ()), 1):
        if quote.get("speaker"):
            said.setdefault(quote["speaker"], []).append(str(number))
    items = [f'<li id="{speakers.anchor(speaker)}"><b>{escape(speaker)}</b> '
             f'<span class="pn-muted">quotes {escape(", ".join(numbers))}</span></li>'
             for speaker, numbers in said.items()]
    officials = [f'<li><b>{escape(o["person"])}</b> — {escape(o["title"])}</li>' for o in line.get("officials", ())]
    blocks = []
    if items:
        blocks.append(f'<div class="pn-box"><h4>Speakers</h4><ul class="pn-speakers">{"".join(items)}</ul></div>')
    if officials:
        blocks.append(f'<div class="pn-box"><h4>Officials</h4><ul class="pn-officials">{"".join(officials)}</ul></div>')
    return f'<div class="pn-side">{"".join(blocks)}</div>' if blocks else ""


def _diagnostics(line: OutputLine) -> str:
    items = [f'<li><code>{escape(d["code"])}</code> {escape(d["message"])}</li>' for d in line.get("diagnostics", ())]
    return f'<ul class="pn-diagnostics">{"".join(items)}</ul>' if items else ""


def _prefix_for(line: OutputLine) -> str:
    import hashlib  # only when a page is rendered: not at ``import persianews``

    key = str(line.get("id") or line.get("source"))
    return "pn" + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def document_html(item: Document | OutputLine, prefix: str | None = None) -> str:
    """One document as an HTML fragment (``<article dir="rtl">``): text with entities and quotes
    marked, speakers and officials beside it. ``prefix`` makes its element ids unique in a page."""
    line = output_line(item)
    prefix = prefix or _prefix_for(line)
    if is_error(line):
        error = line["error"]
        return (f'<article class="pn-doc pn-failed" dir="rtl" lang="fa" id="{escape(prefix)}">'
                f'<p class="pn-meta">{_metadata_line(line)}</p><p class="pn-error" dir="ltr">'
                f'{escape(error.get("type", "Error"))}: {escape(error.get("message", ""))}</p></article>')
    speakers = _Speakers(prefix, line.get("quotes", ()))
    headline = (line.get("metadata") or {}).get("headline")
    heading = f'<h3 class="pn-headline">{escape(headline)}</h3>' if headline else ""
    text = _marked_text(line.get("text", ""), _entity_marks(line) + _quote_marks(line, prefix, speakers))
    return (f'<article class="pn-doc" dir="rtl" lang="fa" id="{escape(prefix)}"{_attrs(data_id=line.get("id"))}>'
            f'{heading}<p class="pn-meta">{_metadata_line(line)}</p>'
            f'<div class="pn-body"><div class="pn-text">{text}</div>{_people_lists(line, speakers)}</div>'
            f'{_diagnostics(line)}</article>')


def legend_html() -> str:
    """The colour legend of the entity labels and quote kinds."""
    labels = "".join(f'<span class="pn-ent pn-{label}" data-label="{label}">{_LABEL_NAMES[label]}</span>'
                     for label in LABELS)
    return (f'<div class="pn-legend" dir="ltr">{labels}<span class="pn-quote pn-direct">direct quote</span>'
            f'<span class="pn-quote pn-indirect">indirect quote</span><span class="pn-cue">cue</span></div>')


_FRAGMENTS = itertools.count()


def fragment_html(item: Document | OutputLine) -> str:
    """One document with its stylesheet, for notebooks (``Document._repr_html_``); needs no script.

    Each call numbers its element ids afresh, so that a notebook showing the
    same document twice keeps every speaker link pointing into its own view.
    """
    line = output_line(item)
    prefix = f"{_prefix_for(line)}-{next(_FRAGMENTS)}"
    return (f'<div class="pn-root"><style>{_asset("view.css")}</style>{legend_html()}'
            f'{document_html(line, prefix)}</div>')


def _page(title: str, body: str, script: str = "") -> str:
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{_CONTENT_SECURITY}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{escape(title)}</title><style>{_asset("view.css")}</style></head>'
            f'<body class="pn-root">{body}{script}</body></html>\n')


def json_for_script(value: Any) -> str:
    """``value`` as JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` appears raw."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _document_row(number: int, line: OutputLine) -> dict[str, Any]:
    metadata = line.get("metadata") or {}
    source = line.get("source") or {}
    text = line.get("text") or ""
    return {
        "id": line.get("id") or f"{source.get('path')}#{source.get('record')}",
        "title": metadata.get("headline") or " ".join(text[:90].split()),
        "date": metadata.get("date") or "",
        "source": metadata.get("agency") or metadata.get("channel") or source.get("format") or "",
        "counts": [len(line.get(name, ())) for name in ("entities", "officials", "quotes", "diagnostics")],
        "error": f"{line['error'].get('type')}: {line['error'].get('message')}" if is_error(line) else None,
        "html": document_html(line, f"d{number}"),
    }


def _quote_rows(number: int, line: OutputLine) -> list[list[Any]]:
    index = SpeakerIndex(line)
    rows = []
    for k, quote in enumerate(line.get("quotes", ())):
        details = index.details(quote)
        rows.append([number, k, quote.get("speaker") or "", details.title or "", quote.get("cue") or "",
                     quote["kind"], quote["content"], details.place or "", details.organization or ""])
    return rows


def _malformed(line: OutputLine, error: Exception) -> OutputLine:
    """An error record standing for a line that does not follow the output schema."""
    source = line.get("source") if isinstance(line.get("source"), Mapping) else {}
    return {"source": source, "error": {"type": "InvalidOutputLine",
                                        "message": f"not a persianews output line ({type(error).__name__}: {error})"}}


def report_html(items: Iterable[Document | OutputLine], title: str = "persianews report") -> str:
    """The report page for many documents: a documents table, a filterable quotes table and each
    document's view one click away, in one self-contained file."""
    documents, quotes = [], []
    for number, line in enumerate(output_lines(items)):
        try:
            row = _document_row(number, line)
            said = [] if is_error(line) else _quote_rows(number, line)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            # A line that is JSON but not an output line keeps its row, as a failed record.
            row = _document_row(number, _malformed(line, error))
            said = []
        documents.append(row)
        quotes.extend(said)
    totals = [sum(d["counts"][i] for d in documents) for i in range(3)]
    failed = sum(1 for d in documents if d["error"])
    data = {"documents": documents, "quotes": quotes}
    body = _asset("report.html").format(
        title=escape(title), documents=len(documents), entities=totals[0], officials=totals[1], quotes=totals[2],
        failed=failed, legend=legend_html())
    script = (f'<script type="application/json" id="pn-data">{json_for_script(data)}</script>'
              f'<script>{_asset("report.js")}</script>')
    return _page(title, body, script)


def write_report(paths: Iterable[str | os.PathLike[str]], output: str | os.PathLike[str],
                 title: str = "persianews report") -> None:
    """Write the report page of JSONL output files (lines that do not parse show as failed records)."""
    lines = (line for path in paths for line in read_output_lines(path))
    page = report_html(lines, title)
    with open(output, "w", encoding="utf-8") as handle:
        handle.write(page)


def render(doc_or_docs: Document | OutputLine | Iterable[Document | OutputLine], title: str | None = None) -> str:
    """A self-contained HTML page: one Document (or output line) as a static view, or many as a report.

    >>> html = render(nlp("فرماندار تاکستان گفت: انتخابات مهم است."))  # doctest: +SKIP
    """
    if isinstance(doc_or_docs, (Document, Mapping)):
        line = output_line(doc_or_docs)
        heading = title or (line.get("metadata") or {}).get("headline") or line.get("id") or "persianews"
        return _page(str(heading), f'<main class="pn-single">{legend_html()}{document_html(line)}</main>')
    return report_html(doc_or_docs, title or "persianews report")

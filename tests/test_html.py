"""HTML views: marks nest and escape, documents and dicts give the same page, the report is self-contained."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import persianews
from persianews.cli import EXIT_OK, EXIT_USAGE, main
from persianews.export.html import (
    _Mark,
    _marked_text,
    document_html,
    json_for_script,
    report_html,
)
from persianews.export.outputs import SpeakerIndex, read_output_lines

from .conftest import SEEDS

VOID = {"meta", "br", "input", "img", "link"}


class _Tree(HTMLParser):
    """Checks that tags balance and records, for each element, its tag, attributes, text and ancestors."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.elements: list[dict] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        element = {"tag": tag, "attrs": dict(attrs), "text": [], "parents": [e["attrs"] for _, e in self.stack]}
        self.elements.append(element)
        if tag not in VOID:
            self.stack.append((tag, element))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        for _, element in self.stack:
            element["text"].append(data)


def parse(html: str) -> _Tree:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    assert not [tag for tag, _ in tree.stack if tag not in ("html", "body")], "unclosed tags"
    return tree


def elements(tree: _Tree, css_class: str) -> list[dict]:
    return [e for e in tree.elements if css_class in e["attrs"].get("class", "").split()]


def text_of(element: dict) -> str:
    return "".join(element["text"])


@pytest.fixture(scope="module")
def seed_docs(nlp):
    return list(nlp.pipe(persianews.read(SEEDS / "002_da0e034b362ac932.txt")))


@pytest.fixture(scope="module")
def fifth_post(seed_docs):
    return seed_docs[4]


# --- marks ---------------------------------------------------------------------------------------

def _mark(start, end, name, rank=0):
    return _Mark(start, end, rank, f'<b class="{name}">', "</b>")


@pytest.mark.parametrize("text, marks, expected", [
    ("abcdef", [], "abcdef"),
    ("abcdef", [_mark(1, 3, "x")], 'a<b class="x">bc</b>def'),
    ("abcdef", [_mark(0, 6, "o"), _mark(2, 4, "i")], '<b class="o">ab<b class="i">cd</b>ef</b>'),
    ("abcdef", [_mark(2, 4, "i"), _mark(0, 6, "o")], '<b class="o">ab<b class="i">cd</b>ef</b>'),
    ("abcdef", [_mark(0, 3, "a"), _mark(2, 5, "b")],
     '<b class="a">ab<b class="b">c</b></b><b class="b">de</b>f'),
    ("abcdef", [_mark(1, 3, "same", 1), _mark(1, 3, "outer", 0)], 'a<b class="outer"><b class="same">bc</b></b>def'),
    ("abc", [_mark(1, 1, "empty"), _mark(2, 9, "beyond")], "abc"),
    ("<a>&", [_mark(0, 3, "t")], '<b class="t">&lt;a&gt;</b>&amp;'),
])
def test_marked_text_golden(text, marks, expected):
    assert _marked_text(text, marks) == expected


def test_after_markup_follows_only_the_final_close():
    marks = [_Mark(0, 4, 0, "<q>", "</q>", after="<i>note</i>"), _mark(2, 6, "x")]
    assert _marked_text("abcdefg", marks) == '<q>ab<b class="x">cd</b></q><i>note</i><b class="x">ef</b>g'


@given(st.text(alphabet="ab<&\"' \n", max_size=30),
       st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.integers(0, 3)), max_size=8))
def test_marked_text_is_balanced_and_keeps_the_text(text, ranges):
    marks = [_mark(min(a, b), max(a, b), f"m{rank}", rank) for a, b, rank in ranges]
    tree = parse(_marked_text(text, marks))
    assert "".join(tree.text) == text


# --- one document --------------------------------------------------------------------------------

def test_fifth_post_shows_title_with_nested_place_and_quotes(fifth_post):
    tree = parse(document_html(fifth_post, "p"))
    article = tree.elements[0]
    assert article["tag"] == "article" and article["attrs"]["dir"] == "rtl" and article["attrs"]["lang"] == "fa"
    titles = [e for e in elements(tree, "pn-ent") if e["attrs"]["data-label"] == "TITLE"]
    assert [text_of(t) for t in titles] == ["فرماندار البرز", "فرماندار البرز"]
    places = [e for e in elements(tree, "pn-ent") if e["attrs"]["data-label"] == "LOC"]
    assert any(any(p.get("data-label") == "TITLE" for p in place["parents"]) for place in places)
    people = [text_of(e) for e in elements(tree, "pn-ent") if e["attrs"]["data-label"] == "PERSON"]
    assert people == ["غفوری"]
    quotes = elements(tree, "pn-quote")
    assert len(quotes) == len(fifth_post.quotes) == 5
    assert {q["attrs"]["data-speaker"] for q in quotes} == {"غفوری"}
    assert [q["attrs"]["id"] for q in quotes] == [f"p-q{i}" for i in range(5)]
    assert all(text_of(q) == quote.content.text for q, quote in zip(quotes, fifth_post.quotes))


def test_speaker_mentions_link_to_the_resolved_speaker(fifth_post):
    tree = parse(document_html(fifth_post, "p"))
    links = elements(tree, "pn-speaker")
    assert {text_of(a) for a in links} == {"فرماندار البرز", "وی", "غفوری"}
    targets = {a["attrs"]["href"] for a in links}
    assert targets == {"#p-s0"}
    speaker = next(e for e in tree.elements if e["attrs"].get("id") == "p-s0")
    assert "غفوری" in text_of(speaker)
    officials = elements(tree, "pn-officials")
    assert "فرماندار البرز" in text_of(officials[0])


def test_cue_kind_and_speaker_beside_each_quote(fifth_post):
    tree = parse(document_html(fifth_post, "p"))
    notes = elements(tree, "pn-qmeta")
    assert [n["attrs"]["data-quote"] for n in notes] == ["1", "2", "3", "4", "5"]
    assert "تصریح کرد" in text_of(notes[0]) and "direct" in text_of(notes[0]) and "غفوری" in text_of(notes[0])
    assert [text_of(c) for c in elements(tree, "pn-cue")][:2] == ["تصریح کرد", "افزود"]


def test_documents_and_their_dicts_render_the_same(fifth_post):
    assert persianews.render(fifth_post) == persianews.render(fifth_post.to_dict())
    assert persianews.render([fifth_post]) == persianews.render([fifth_post.to_dict()])


def test_repr_html_is_a_styled_fragment_without_script(fifth_post):
    fragment = fifth_post._repr_html_()
    assert fragment.startswith('<div class="pn-root"><style>') and "<script" not in fragment
    parse(fragment)


def test_each_notebook_view_has_its_own_ids(fifth_post):
    first, second = (parse(fifth_post._repr_html_()) for _ in range(2))
    ids = [{e["attrs"]["id"] for e in tree.elements if "id" in e["attrs"]} for tree in (first, second)]
    assert ids[0] and not ids[0] & ids[1]
    links = {e["attrs"]["href"][1:] for e in elements(second, "pn-speaker")}
    assert links <= ids[1]


def test_error_records_render_as_failed(tmp_path):
    record = persianews.FailedRecord(persianews.Provenance("bad.jsonl", 2), persianews.ReaderError("<b>x", path="bad.jsonl"))
    tree = parse(document_html(record.to_dict(), "e"))
    assert "pn-failed" in tree.elements[0]["attrs"]["class"]
    assert "<b>x" in "".join(tree.text)


def test_render_refuses_other_types():
    with pytest.raises(TypeError, match="Document or an output line"):
        persianews.render([42])


# --- escaping ------------------------------------------------------------------------------------

HOSTILE = '<script>alert("x")</script> </script><!-- & "\' <img src=x onerror=alert(1)> \u2028'


def test_a_script_in_a_post_shows_as_text(nlp):
    doc = nlp(f"فرماندار تاکستان گفت: {HOSTILE} انتخابات مهم است.")
    for page in (persianews.render(doc), persianews.render([doc, doc]), doc._repr_html_()):
        assert "<script>alert" not in page and "<img" not in page
    single = parse(persianews.render(doc))
    assert HOSTILE.strip() in "".join(single.text)


def test_embedded_json_cannot_close_its_script(nlp):
    line = nlp("گفت: " + HOSTILE).to_dict()
    line["metadata"] = {"headline": "</script><script>alert(1)</script>", "channel": '"><x>'}
    page = report_html([line])
    data = re.search(r'<script type="application/json" id="pn-data">(.*?)</script>', page, re.DOTALL).group(1)
    assert "<" not in data and ">" not in data and "&" not in data
    parsed = json.loads(data)
    assert parsed["documents"][0]["title"] == "</script><script>alert(1)</script>"
    assert page.count("<script") == 2


@given(st.recursive(st.none() | st.text(), lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=5), inner, max_size=3)))
def test_json_for_script_round_trips(value):
    text = json_for_script(value)
    assert not set(text) & {"<", ">", "&"}
    assert json.loads(text) == value


# --- report --------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, fails", [
    ({"id": "x", "text": "abc", "entities": [{"label": "PERSON"}]}, True),
    ({"text": 5, "quotes": [{"kind": "direct"}]}, True),
    ({"source": "nope", "entities": "many"}, True),
    ({}, False),
])
def test_lines_that_are_not_output_lines_become_failed_rows(seed_docs, line, fails):
    page = report_html([seed_docs[0], line, seed_docs[1]])
    data = json.loads(re.search(r'id="pn-data">(.*?)</script>', page, re.DOTALL).group(1))
    assert len(data["documents"]) == 3
    assert data["documents"][0]["error"] is None and data["documents"][2]["error"] is None
    error = data["documents"][1]["error"]
    assert (error or "").startswith("InvalidOutputLine") if fails else error is None


def test_report_is_self_contained_and_rtl(seed_docs):
    page = persianews.render(seed_docs, title="seeds")
    tree = parse(page)
    html = tree.elements[0]
    assert html["tag"] == "html" and html["attrs"]["dir"] == "rtl"
    assert not [e for e in tree.elements if e["tag"] in ("link", "img", "iframe")]
    assert not [e for e in tree.elements if "src" in e["attrs"]]
    policy = next(e for e in tree.elements if e["attrs"].get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in policy["attrs"]["content"]
    assert "http://" not in page and "https://" not in page


def test_report_data_has_every_document_and_quote(seed_docs):
    page = report_html(seed_docs)
    data = json.loads(re.search(r'id="pn-data">(.*?)</script>', page, re.DOTALL).group(1))
    assert len(data["documents"]) == 7
    assert [d["counts"][2] for d in data["documents"]] == [len(d.quotes) for d in seed_docs]
    assert len(data["quotes"]) == sum(len(d.quotes) for d in seed_docs)
    fifth = [q for q in data["quotes"] if q[0] == 4]
    assert fifth[0][2:7] == ["غفوری", "فرماندار البرز", "تصریح کرد", "direct", seed_docs[4].quotes[0].content.text]
    assert fifth[0][7] == "البرز"


def test_speaker_details_from_title_cluster_and_organisation(seed_docs):
    line = seed_docs[4].to_dict()
    details = [SpeakerIndex(line).details(q) for q in line["quotes"]]
    assert {d.title for d in details} == {"فرماندار البرز"} and {d.place for d in details} == {"البرز"}


def test_report_size_is_linear_in_the_documents(seed_docs):
    lines = [dict(seed_docs[n % 7].to_dict(), id=f"doc#{n}") for n in range(1_400)]
    small, large = len(report_html(lines[:140])), len(report_html(lines))
    assert large / small < 10.1


# --- command line --------------------------------------------------------------------------------

def test_view_command_writes_the_report(tmp_path):
    out, page = tmp_path / "out.jsonl", tmp_path / "report.html"
    assert main(["extract", str(SEEDS), "-o", str(out), "--quiet"]) == EXIT_OK
    with out.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n[1]\n")
    assert main(["view", str(out), "-o", str(page), "--title", "<seeds>"]) == EXIT_OK
    html = page.read_text(encoding="utf-8")
    assert "<title>&lt;seeds&gt;</title>" in html
    data = json.loads(re.search(r'id="pn-data">(.*?)</script>', html, re.DOTALL).group(1))
    assert len(data["documents"]) == 10
    assert [d["error"] is not None for d in data["documents"]][-3:] == [False, True, True]


def test_view_command_usage_errors(tmp_path, capsys):
    assert main(["view", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "r.html")]) == EXIT_USAGE
    assert main(["view", str(tmp_path / "missing.jsonl")]) == EXIT_USAGE


def test_read_output_lines_keeps_bad_lines_in_place(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_text('{"id": "a"}\n\nnot json\n"a string"\n', encoding="utf-8")
    lines = list(read_output_lines(path))
    assert lines[0] == {"id": "a"}
    assert [(line["source"]["line"], line["error"]["type"]) for line in lines[1:]] == [
        (3, "InvalidOutputLine"), (4, "InvalidOutputLine")]
    assert Path(lines[1]["source"]["path"]) == path

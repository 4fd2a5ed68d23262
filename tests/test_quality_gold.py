"""The stand-off quality gold: strings stored as offsets read back the same, and every stored set rebuilds."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from hypothesis import given, strategies as st

ROOT = Path(__file__).resolve().parent.parent


def _bench_module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


quality_gold = _bench_module("quality_gold")


def _fold(text: str) -> str:
    """A small stand-in for the scorer's fold: no white space, no ZWNJ, one Yeh."""
    return "".join(c for c in text.replace("ي", "ی") if not c.isspace() and c != "\u200c")


TEXT = "عنوان خبر\nوزیر کشور گفت: «انتخابات در موعد مقرر برگزار می‌شود.»\nاو افزود که آماده‌ايم."
GOLD = {
    "id": "x-0", "source": "set.jsonl", "record": 0, "metadata": {"headline": "عنوان خبر", "weekday": None},
    "entities": {"TITLE": ["وزیر کشور"]}, "optional": {"ORG": ["وزارت کشور"]},
    "officials": [{"person": "احمد وحیدی", "titles": ["وزیر کشور"]}],
    "quotes": [{"speaker": "وزیر کشور", "speaker_alternatives": [], "speaker_mention": "وزیر کشور", "cue": "گفت",
                "kind": "direct", "content": "انتخابات در موعد مقرر برگزار میشود",
                "content_starts": "انتخابات", "content_ends": "آماده ایم"}],
}


def test_strings_become_offsets_and_read_back_folded_equal() -> None:
    literals: list[str] = []
    stored = quality_gold.encode_document(GOLD, quality_gold.FoldedText(TEXT, _fold), literals)
    assert stored["metadata"]["headline"] == {"at": [0, 9]}
    assert stored["entities"]["TITLE"] == [{"at": [10, 19]}]
    assert stored["quotes"][0]["kind"] == "direct" and stored["metadata"]["weekday"] is None
    assert literals == ["وزارت کشور", "احمد وحیدی"], "strings the text lacks stay literal, and are listed"
    back = quality_gold.decode_document(json.loads(json.dumps(stored)), TEXT)
    assert back["quotes"][0]["content"] == "انتخابات در موعد مقرر برگزار می‌شود", "the text's own spelling"
    assert back["quotes"][0]["content_ends"] == "آماده‌ايم"
    assert back["officials"] == GOLD["officials"] and back["optional"] == GOLD["optional"]


def test_a_string_the_text_lacks_is_not_placed() -> None:
    assert quality_gold.FoldedText(TEXT, _fold).find("وزیر خارجه") is None


@given(st.text(alphabet="ابپت ي\u200cی\n", min_size=1, max_size=40), st.data())
def test_every_stretch_of_a_text_is_found_folding_equal(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    found = quality_gold.FoldedText(text, _fold).find(text[start:end])
    if _fold(text[start:end]):
        assert found is not None and _fold(text[found[0]:found[1]]) == _fold(text[start:end])


def test_every_stored_set_rebuilds_from_the_corpora(shared: Path, tmp_path: Path) -> None:
    sets = sorted((ROOT / "bench" / "gold").glob("*.jsonl"))
    assert sets, "bench/gold holds the development gold"
    for path in sets:
        entries = quality_gold.read_entries(path)
        gold = json.loads(quality_gold.decode(entries, tmp_path / path.stem).read_text(encoding="utf-8"))
        assert len(gold["documents"]) == sum(entry["gold"] is not None for entry in entries)
        for document in gold["documents"]:
            assert '"at"' not in json.dumps(document) and all(quote["content"] for quote in document["quotes"])


def test_the_benches_that_study_errors_never_choose_a_held_out_set(tmp_path: Path) -> None:
    """``--sets all`` or ``--sets fresh`` leave the held-out sets out of bench_indirect, entity_causes and
    speaker_candidates (officials_errors skips them by folder name)."""
    for name in ("news_deva", "news_fresh", "tg_fresh2"):
        (tmp_path / f"{name}.jsonl").write_text("", encoding="utf-8")
    bench_quality = _bench_module("bench_quality")
    for choice in ("all", "fresh", "dev", "news_deva,news_fresh"):
        assert [path.stem for path in bench_quality.dev_sets(choice, tmp_path)] == (
            [] if choice == "fresh" else ["news_deva"])
    for name in ("bench_indirect", "entity_causes", "speaker_candidates"):
        module = _bench_module(name)
        assert (module.dev_sets.__module__, module.dev_sets.__qualname__) == ("bench_quality", "dev_sets")  # not a copy
        assert not hasattr(module, "gold_sets")


def test_sets_extracted_in_one_run_each_get_their_own_documents(tmp_path: Path) -> None:
    """One ``persianews extract`` over several sets hands each set the documents a run on it alone writes."""
    bench_quality = _bench_module("bench_quality")
    news, posts = tmp_path / "news_set", tmp_path / "post_set"
    news.mkdir()
    posts.mkdir()
    article = {"title": "عنوان خبر", "text": "وزیر کشور گفت: «انتخابات در موعد مقرر برگزار می‌شود.»"}
    (news / "news_set.jsonl").write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    (posts / "post_set_channel.txt").write_text("سخنگوی دولت: جلسه فردا برگزار می‌شود.\n@channel\n\n"
                                                "خبر کوتاه دوم\n@channel\n", encoding="utf-8")
    together = bench_quality.extract_sets(ROOT, [news, posts], no_tagger=True)
    assert sorted(together[news]) == [("news_set.jsonl", 0)]
    assert sorted(together[posts]) == [("post_set_channel.txt", 0), ("post_set_channel.txt", 1)]
    for set_dir in (news, posts):
        assert bench_quality.extract(ROOT, set_dir, no_tagger=True) == together[set_dir]


def _tree(root: Path) -> Path:
    """A stand-in checkout: code, data and files the extraction does not read."""
    for name, text in (("persianews/rules.py", "RULE = 1\n"), ("models/cues.tsv", "گفت\tsay\n"),
                       ("tests/test_rules.py", "pass\n"), ("README.md", "notes\n")):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_the_baseline_cache_key_follows_the_code_the_data_the_pipeline_and_the_set(tmp_path: Path) -> None:
    """``tree_key`` changes with a file under ``persianews/`` or ``models/`` and with the pipeline, not with tests,
    prose or compiled caches; ``set_key`` changes with the set's input files, not with its gold or outputs."""
    bench_quality = _bench_module("bench_quality")
    tree = _tree(tmp_path / "tree")
    key = bench_quality.tree_key(tree, no_tagger=False)
    assert bench_quality.tree_key(_tree(tmp_path / "copy"), no_tagger=False) == key  # by content, not by place
    assert bench_quality.tree_key(tree, no_tagger=True) != key
    (tree / "tests" / "test_rules.py").write_text("assert True\n", encoding="utf-8")
    (tree / "README.md").write_text("other notes\n", encoding="utf-8")
    (tree / "persianews" / "__pycache__").mkdir()
    (tree / "persianews" / "__pycache__" / "rules.cpython-312.pyc").write_bytes(b"\0compiled")
    (tree / "persianews" / "_native.abi3.so").write_bytes(b"\0built")
    assert bench_quality.tree_key(tree, no_tagger=False) == key
    for name in ("persianews/rules.py", "models/cues.tsv"):
        before = (tree / name).read_text(encoding="utf-8")
        (tree / name).write_text(before + "\n", encoding="utf-8")
        assert bench_quality.tree_key(tree, no_tagger=False) != key, name
        (tree / name).write_text(before, encoding="utf-8")
    assert bench_quality.tree_key(tree, no_tagger=False) == key
    (tree / "models" / "extra.txt").write_text("", encoding="utf-8")  # a new file, even empty
    assert bench_quality.tree_key(tree, no_tagger=False) != key

    set_dir = tmp_path / "news_set"
    set_dir.mkdir()
    (set_dir / "news_set.jsonl").write_text('{"text": "متن"}\n', encoding="utf-8")
    named = bench_quality.set_key(key, set_dir)
    assert named.startswith("news_set-")
    (set_dir / "gold.json").write_text("{}", encoding="utf-8")
    (set_dir / "out-0123.jsonl").write_text("{}\n", encoding="utf-8")
    assert bench_quality.set_key(key, set_dir) == named
    assert bench_quality.set_key(key + "0", set_dir) != named
    (set_dir / "news_set_channel.txt").write_text("پست\n", encoding="utf-8")
    assert bench_quality.set_key(key, set_dir) != named


def test_a_cached_baseline_is_extracted_once(tmp_path: Path, monkeypatch) -> None:
    """The second comparison with an unchanged baseline reads each set's documents from the cache, and a set
    not yet there is the only one extracted."""
    bench_quality = _bench_module("bench_quality")
    tree = _tree(tmp_path / "tree")
    runs: list[list[str]] = []

    def fake_extract_sets(tree: Path, set_dirs: list[Path], no_tagger: bool) -> dict:
        runs.append([set_dir.name for set_dir in set_dirs])
        documents = {}
        for set_dir in set_dirs:
            line = json.dumps({"source": {"path": str(set_dir / "in.jsonl"), "record": 0}, "quotes": [set_dir.name]})
            bench_quality.output_path(tree, set_dir, no_tagger).write_text(line + "\n", encoding="utf-8")
            documents[set_dir] = bench_quality.last_output(tree, set_dir, no_tagger)
        return documents

    monkeypatch.setattr(bench_quality, "extract_sets", fake_extract_sets)
    set_dirs = []
    for name in ("set_a", "set_b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "in.jsonl").write_text(json.dumps({"text": name}) + "\n", encoding="utf-8")
        set_dirs.append(tmp_path / name)
    cache = tmp_path / "cache"
    first = bench_quality.cached_extract_sets(tree, set_dirs[:1], False, cache)
    both = bench_quality.cached_extract_sets(tree, set_dirs, False, cache)
    again = bench_quality.cached_extract_sets(tree, set_dirs, False, cache)
    assert runs == [["set_a"], ["set_b"]]
    assert first[set_dirs[0]] == both[set_dirs[0]] == again[set_dirs[0]] == {("in.jsonl", 0): {
        "source": {"path": str(set_dirs[0] / "in.jsonl"), "record": 0}, "quotes": ["set_a"]}}
    assert again[set_dirs[1]]["in.jsonl", 0]["quotes"] == ["set_b"]
    bench_quality.cached_extract_sets(tree, set_dirs, True, cache)  # the other pipeline: its own entries
    assert runs[-1] == ["set_a", "set_b"]

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

"""Local worker processes: same outputs as one process, in order, with fork and spawn."""

from __future__ import annotations

import json
import os
import pickle

import attrs
import pytest

from persianews.document import Document
from persianews.errors import ReaderError, RecordTooLarge
from persianews.parallel import cpu_count, pack, resolve_n_process, unpack
from persianews.pipeline import Pipeline, load, register_stage
from persianews.records import Article, FailedRecord, Provenance


@attrs.frozen
class _Shouting:
    """A stage registered only in the test process: spawned workers must learn it from the parent."""

    name: str = "shouting"
    requires: tuple[str, ...] = ("text",)
    provides: tuple[str, ...] = ()

    def __call__(self, doc: Document) -> Document:
        if "خطا" in doc.text:
            raise ValueError("خطا in the text")
        return doc.with_diagnostic("shouted", "seen by a custom stage", "shouting")


register_stage("shouting-for-parallel-tests", _Shouting)


def chain(length: int, path: str = "chain.json") -> list[Article]:
    """A reply thread: each post replies to the one before it."""
    posts: list[Article] = []
    for number in range(length):
        posts.append(Article(f"استاندار تهران گفت: پیام {number} مهم است.",
                             provenance=Provenance(path, number, "telegram-json"),
                             replied_to=posts[-1] if posts else None))
    return posts


def hostile_items() -> list:
    """Reader failures, texts, a record over the limit, a failing stage, surrogates and a reply chain."""
    items: list = [Article("وزیر کشور گفت: «انتخابات سالم است.»", provenance=Provenance("a.jsonl", 0, "jsonl"))]
    items.append(FailedRecord(Provenance("a.jsonl", 1, "jsonl", 2), ReaderError("invalid JSON", path="a.jsonl")))
    items.append("متن ساده با \ud800 جانشین تنها")
    items.append(Article("خطا در این خبر", provenance=Provenance("a.jsonl", 2, "jsonl")))
    items.append(Article("ب" * 5_000, provenance=Provenance("a.jsonl", 3, "jsonl")))
    items.append(Article("متن", metadata={"score": float("nan")}, provenance=Provenance("a.jsonl", 4, "jsonl")))
    items.append(b"bytes are not text")
    items.extend(chain(150))
    items.extend(Article(f"خبر شماره {n}", provenance=Provenance("b.jsonl", n, "jsonl")) for n in range(40))
    return items


def lines(nlp: Pipeline, items: list, **options) -> list[str]:
    return [output.text for output in nlp.pipe_outputs(items, **options)]


@pytest.fixture(scope="module")
def limited() -> Pipeline:
    return load(["normalize", "segment", "entities", "officials", "quotes", "shouting-for-parallel-tests"],
                max_record_chars=4_000)


def test_two_processes_give_the_same_lines_as_one_on_hostile_items(limited):
    items = hostile_items()
    one = lines(limited, items)
    two = lines(limited, items, n_process=2, batch_size=7)
    assert two == one and len(one) == len(items)
    errors = [json.loads(line).get("error", {}).get("type") for line in one[:7]]
    assert errors == [None, "ReaderError", None, "ValueError", "RecordTooLarge", None, "InputTypeError"]


def test_spawn_builds_the_same_pipeline_with_custom_stages(limited):
    items = hostile_items()[:12]
    assert lines(limited, items, n_process=2, start_method="spawn", batch_size=3) == lines(limited, items)


def test_pipe_in_workers_gives_documents_holding_the_callers_articles(limited):
    items = chain(30)
    documents = list(limited.pipe(items, n_process=2, batch_size=4))
    assert [doc.article for doc in documents] == items
    assert all(doc.article is item for doc, item in zip(documents, items))
    assert documents[-1].article.replied_to is items[-2]
    assert [doc.to_dict() for doc in documents] == [doc.to_dict() for doc in limited.pipe(items)]


def test_pipe_on_error_modes_hold_in_workers(limited):
    items = ["متن اول", "خطا", "متن سوم"]
    assert len(list(limited.pipe(items, n_process=2, on_error="skip"))) == 2
    assert isinstance(list(limited.pipe(items, n_process=2, on_error="record"))[1], FailedRecord)
    with pytest.raises(ValueError, match="خطا"):
        list(limited.pipe(items, n_process=2))


def test_a_long_reply_chain_is_packed_without_recursion():
    posts = chain(2_000)
    packed = pack(posts[-3:])
    assert len(packed[0]) == 2_000, "every post of the chain is sent once"
    assert pickle.loads(pickle.dumps(packed)) == packed
    rebuilt = unpack(pickle.loads(pickle.dumps(packed)))
    assert rebuilt == posts[-3:]
    depth, post = 0, rebuilt[-1]
    while post.replied_to is not None:
        assert post.replied_to == posts[post.provenance.record - 1]
        depth, post = depth + 1, post.replied_to
    assert depth == 1_999


def test_pack_sends_a_shared_ancestor_once():
    root = Article("ریشه")
    replies = [Article(f"پاسخ {n}", replied_to=root) for n in range(5)]
    posts, parents, roots = pack(replies)
    assert len(posts) == 6 and parents.count(-1) == 1
    assert all(article.replied_to == root for article in unpack((posts, parents, roots)))


def test_n_process_minus_one_is_every_cpu():
    assert resolve_n_process(-1) == cpu_count() == len(os.sched_getaffinity(0))
    assert resolve_n_process(3) == 3
    for bad in (0, -2):
        with pytest.raises(ValueError, match="n_process"):
            resolve_n_process(bad)


def test_errors_cross_to_the_parent_unchanged(limited):
    [failed] = list(limited.pipe([Article("ب" * 5_000, provenance=Provenance("x.txt"))], n_process=2,
                                 on_error="record"))
    assert isinstance(failed, FailedRecord) and isinstance(failed.error, RecordTooLarge)
    assert (failed.error.size, failed.error.limit) == (5_000, 4_000)


def test_cli_gives_the_same_bytes_with_one_and_two_processes_on_hostile_files(tmp_path):
    from persianews.cli import main

    from .conftest import SEEDS
    from .hostile_inputs import FIXTURES, hostile_inputs

    inputs = [str(hostile_inputs(tmp_path / "in")), str(SEEDS), str(FIXTURES)]
    outputs = []
    for n_process in ("1", "2"):
        outputs.append(tmp_path / f"n{n_process}.jsonl")
        assert main(["extract", *inputs, "-o", str(outputs[-1]), "--quiet", "--n-process", n_process,
                     "--max-record-chars", "2000"]) == 1
    assert outputs[0].read_bytes() == outputs[1].read_bytes()
    assert outputs[0].read_bytes().count(b"\n") > 80

"""Dask: partitions aligned to line starts, global record indices, parts identical to one local process.

One ``distributed.LocalCluster`` with two worker processes serves every test.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from persianews.cli import EXIT_FAILED_RECORDS, EXIT_OK, EXIT_USAGE, main
from persianews.dask import extract
from persianews.partitions import Block, blocks

from .conftest import SEEDS
from .hostile_inputs import FIXTURES, hostile_inputs


@pytest.fixture(scope="module")
def client():
    import distributed

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as cluster, distributed.Client(cluster) as client:
        yield client


def local_output(tmp_path: Path, *inputs: str, extra: tuple[str, ...] = ()) -> bytes:
    out = tmp_path / "local.jsonl"
    main(["extract", *inputs, "-o", str(out), "--quiet", *extra])
    return out.read_bytes()


def parts(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.glob("part-*.jsonl")))


def test_blocks_start_at_line_starts_and_count_lines_before(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(b'{"text": "%s"}\n' % (b"x" * (n % 7)) for n in range(100)))
    found = blocks([source], blocksize=200)
    data = source.read_bytes()
    assert len(found) > 5 and found[0].start == 0 and found[-1].end == len(data)
    for block, following in itertools.pairwise(found):
        assert block.end == following.start and data[following.start - 1:following.start] == b"\n"
        assert following.lines_before == data[:following.start].count(b"\n")
    assert blocks([source], blocksize=len(data)) == [Block(str(source))]


def test_whole_file_formats_are_one_partition(tmp_path):
    folder = hostile_inputs(tmp_path / "in")
    found = blocks([folder], blocksize=300)
    whole = [Path(block.path).name for block in found if block.end is None and block.failure is None]
    assert whole == ["b.jsonl", "c.json", "d.json", "e.txt"]
    [unreadable] = [block for block in found if block.failure is not None]
    assert Path(unreadable.path).name == "dangling.jsonl" and "link" in unreadable.failure.reason
    assert all(Path(block.path).name == "a.jsonl" for block in found if block.end is not None)


def test_bag_of_dicts_equals_the_local_output(tmp_path, client):
    folder = hostile_inputs(tmp_path / "in")
    expected = [json.loads(line) for line in local_output(tmp_path, str(folder),
                                                          extra=("--max-record-chars", "2000")).splitlines()]
    bag = extract([folder], blocksize=400, max_record_chars=2000)
    assert bag.npartitions > 8
    assert bag.compute() == expected
    assert [d["source"]["record"] for d in expected[:5]] == [0, 1, 2, 3, 4]


def test_cli_parts_are_byte_identical_to_the_local_run(tmp_path, client, capsys):
    folder = hostile_inputs(tmp_path / "in")
    inputs = (str(folder), str(SEEDS), str(FIXTURES / "news_irna.jsonl"), str(FIXTURES / "telegram_html_export"))
    expected = local_output(tmp_path, *inputs)
    out = tmp_path / "out"
    status = main(["extract", *inputs, "-o", str(out), "--engine", "dask", "--scheduler",
                   client.scheduler.address, "--blocksize", "500", "--quiet"])
    assert status == EXIT_FAILED_RECORDS
    assert parts(out) == expected
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["records"] == expected.count(b"\n")
    assert manifest["errors"] == sum(1 for line in expected.splitlines() if b'"error": {' in line) > 0
    assert [part["part"] for part in manifest["parts"]] == sorted(p.name for p in out.glob("part-*.jsonl"))
    assert "first error: ReaderError" in capsys.readouterr().err


def test_news_dev_slice_is_identical(tmp_path, client, shared):
    source = tmp_path / "news.jsonl"
    with open(shared / "corpora" / "news-dev" / "farsnews-dev.jsonl", "rb") as corpus:
        source.write_bytes(b"".join(corpus.readline() for _ in range(120)))
    expected = local_output(tmp_path, str(source))
    out = tmp_path / "out"
    assert main(["extract", str(source), "-o", str(out), "--engine", "dask", "--scheduler",
                 client.scheduler.address, "--blocksize", str(source.stat().st_size // 4), "--quiet"]) == EXIT_OK
    assert parts(out) == expected and len(list(out.glob("part-*.jsonl"))) >= 4


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(tmp_path, client):
    from persianews.dask import partition_tasks
    from persianews.partitions import Settings, remove_unfinished_parts

    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"titr": f"خبر {n}", "text": f"استاندار قزوین گفت: خبر شماره {n} مهم است. "
                                                     * 8}, ensure_ascii=False) + "\n" for n in range(240)),
                      encoding="utf-8")
    expected = local_output(tmp_path, str(source))
    out = tmp_path / "out"
    out.mkdir()
    found = blocks([source], blocksize=source.stat().st_size // 12)
    futures = client.compute(partition_tasks(found, Settings(), str(out)))
    deadline = time.monotonic() + 60
    while not list(out.glob("part-*.jsonl")) and time.monotonic() < deadline:
        time.sleep(0.05)
    victim = next(iter(client.run(os.getpid).values()))
    os.kill(victim, signal.SIGKILL)
    entries = client.gather(futures)
    assert victim not in client.run(os.getpid).values()
    assert sum(entry["records"] for entry in entries) == 240
    remove_unfinished_parts(str(out))
    assert parts(out) == expected
    assert sorted(path.name for path in out.iterdir()) == [f"part-{n:05d}.jsonl" for n in range(len(found))]


def test_dask_usage_errors(tmp_path):
    assert main(["extract", str(SEEDS), "--engine", "dask", "--quiet"]) == EXIT_USAGE
    assert main(["extract", "-", "-o", str(tmp_path), "--engine", "dask"]) == EXIT_USAGE
    assert main(["extract", str(SEEDS), "-o", str(tmp_path), "--engine", "dask", "--on-error", "skip"]) == EXIT_USAGE
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert main(["extract", str(SEEDS), "-o", str(blocker / "out"), "--engine", "dask"]) == EXIT_USAGE

"""The command line, run in-process through ``persianews.cli.main`` and once as ``python -m persianews``."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from persianews.cli import EXIT_FAILED_RECORDS, EXIT_OK, EXIT_USAGE, main

from .conftest import ROOT, SEEDS

FIXTURES = Path(__file__).parent / "fixtures"


def run(*args: str) -> int:
    return main(["extract", *args, "--quiet"])


def output(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_extract_seeds_writes_eight_documents(tmp_path):
    out = tmp_path / "out.jsonl"
    assert run(str(SEEDS), "-o", str(out)) == EXIT_OK
    docs = output(out)
    assert len(docs) == 8
    assert [(Path(d["source"]["path"]).name, d["source"]["record"]) for d in docs] == [
        ("000_25aafc7c556681c2.txt", 0), *[("002_da0e034b362ac932.txt", n) for n in range(7)]]
    assert docs[0]["metadata"]["agency"] == "ایرنا" and docs[4]["metadata"]["reply_to_record"] == 2


def test_seed_output_scores_full_metadata_accuracy(tmp_path, shared):
    out = tmp_path / "out.jsonl"
    assert run(str(SEEDS), "-o", str(out)) == EXIT_OK
    scored = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), str(shared / "gold" / "seeds.json"),
                             str(out), "--json"], capture_output=True, text=True, check=True)
    assert json.loads(scored.stdout)["metadata_accuracy"] == 1.0


def test_python_dash_m_persianews(tmp_path):
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-m", "persianews", "extract", "seeds/", "-o", str(out), "--quiet"],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == EXIT_OK, done.stderr
    assert len(output(out)) == 8


def test_broken_middle_line_gives_an_error_record_and_status_one(tmp_path):
    out = tmp_path / "out.jsonl"
    source = FIXTURES / "news_broken.jsonl"
    assert run(str(source), "-o", str(out)) == EXIT_FAILED_RECORDS
    first, failed, last = output(out)
    assert "error" not in first and "error" not in last
    assert failed["source"]["path"] == str(source) and failed["source"]["line"] == 2
    assert failed["source"]["record"] == 1 and failed["error"]["type"] == "ReaderError"


@pytest.mark.parametrize("args", [
    [],
    ["extract"],
    ["extract", "seeds/", "--format", "xml"],
    ["extract", "no/such/file.jsonl"],
    ["extract", "seeds/*.nothing"],
    ["extract", "seeds/", "--n-process", "0"],
    ["extract", "seeds/", "-o", "seeds"],
    ["convert", "seeds/"],
])
def test_usage_errors_exit_with_two(args, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert main(args) == EXIT_USAGE
    assert capsys.readouterr().err


def test_stdin(monkeypatch, capfd):
    buffer = io.BytesIO((SEEDS / "002_da0e034b362ac932.txt").read_bytes())
    buffer.name = "<stdin>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(buffer, encoding="utf-8"))
    assert main(["extract", "-", "--quiet"]) == EXIT_OK
    docs = [json.loads(line) for line in capfd.readouterr().out.splitlines()]
    assert len(docs) == 7 and docs[0]["source"]["path"] == "<stdin>"


def test_globs(monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "out.jsonl"
    assert run("seeds/0*.txt", "-o", str(out)) == EXIT_OK
    assert len(output(out)) == 8


def test_directories_recurse_and_read_exports_once(tmp_path):
    source = tmp_path / "in"
    shutil.copytree(FIXTURES / "telegram_html_export", source / "channel")
    (source / "channel" / "css").mkdir()
    (source / "channel" / "css" / "style.css").write_text("body {}", encoding="utf-8")
    shutil.copy(SEEDS / "000_25aafc7c556681c2.txt", source / "a.txt")
    (source / "nested").mkdir()
    shutil.copy(FIXTURES / "telegram_old_export.json", source / "nested" / "old.json")
    out = tmp_path / "out.jsonl"
    assert run(str(source), "-o", str(out)) == EXIT_OK
    formats = [d["source"]["format"] for d in output(out)]
    assert formats == ["irna-json"] + ["telegram-html"] * 6 + ["telegram-json"] * 2


def test_chat_option(tmp_path):
    out = tmp_path / "out.jsonl"
    source = str(FIXTURES / "telegram_full_export.json")
    assert run(source, "--chat", "کانال ورزشی", "--chat", "2002", "-o", str(out)) == EXIT_OK
    assert [d["metadata"]["chat"] for d in output(out)] == ["کانال اخبار شهر", "کانال ورزشی"]
    assert run(source, "--chat", "کانال دیگر", "-o", str(out)) == EXIT_FAILED_RECORDS
    [failed] = output(out)
    assert "no chat matches" in failed["error"]["message"]


def test_conllu_output(tmp_path):
    out = tmp_path / "out.conllu"
    assert run(str(SEEDS), "--output-format", "conllu", "-o", str(out)) == EXIT_OK
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ")
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert rows and all(len(row) == 10 for row in rows)
    documents = {line.split(" = ")[1].rsplit(":", 1)[0] for line in lines if line.startswith("# sent_id")}
    assert len(documents) == 8


def test_two_processes_keep_every_record_in_order(tmp_path):
    source = tmp_path / "many.jsonl"
    lines = [json.dumps({"titr": f"خبر {n}", "text": f"استاندار گفت: خبر شماره {n} است."}, ensure_ascii=False)
             for n in range(40)]
    lines[7] = "{broken"
    lines[23] = '{"id": 23}'
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(str(source), "-o", str(one)) == EXIT_FAILED_RECORDS
    assert run(str(source), "-o", str(two), "--n-process", "2") == EXIT_FAILED_RECORDS
    assert [d["source"]["record"] for d in output(two)] == list(range(40))
    errors = [[d.get("error", {}).get("type") for d in output(path)] for path in (one, two)]
    assert errors[0] == errors[1] and errors[0].count(None) == 38
    assert [d.get("text") for d in output(two)] == [d.get("text") for d in output(one)]


def test_empty_file_gives_no_output_and_status_zero(tmp_path):
    source, out = tmp_path / "empty.jsonl", tmp_path / "out.jsonl"
    source.write_bytes(b"")
    assert run(str(source), "-o", str(out)) == EXIT_OK
    assert out.read_text(encoding="utf-8") == ""


def test_undecodable_file_is_one_error_line(tmp_path):
    source, out = tmp_path / "bad.txt", tmp_path / "out.jsonl"
    source.write_bytes("خبر".encode() + b"\xff\xfe" + "متن".encode())
    assert run(str(source), "-o", str(out)) == EXIT_FAILED_RECORDS
    [failed] = output(out)
    assert failed["error"]["type"] == "DecodingError" and failed["source"]["byte"] == 6

"""The command line, run in-process through ``persianews.cli.main`` and once as ``python -m persianews``."""

from __future__ import annotations

import io
import json
import os
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
                          cwd=ROOT, capture_output=True, text=True, check=False)
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
    ["extract", "seeds/", "--n-process", "-2"],
    ["extract", "seeds/", "--max-record-chars", "0"],
    ["extract", "seeds/", "--on-error", "ignore"],
    ["extract", "seeds/", "--scheduler", "tcp://x:8786"],
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


def write_jsonl(path: Path, count: int, broken: tuple[int, ...] = ()) -> Path:
    lines = [json.dumps({"titr": f"خبر {n}", "text": f"استاندار گفت: خبر شماره {n} است."}, ensure_ascii=False)
             for n in range(count)]
    for number in broken:
        lines[number] = "{broken"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cli(*args: str, **options) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "persianews", "extract", *args], cwd=ROOT,
                          capture_output=True, text=True, check=False, **options)


@pytest.mark.parametrize("mode, status, lines", [("record", 1, 5), ("skip", 1, 3), ("raise", 1, 1)])
def test_on_error_modes(tmp_path, capsys, mode, status, lines):
    source, out = write_jsonl(tmp_path / "in.jsonl", 5, broken=(1, 3)), tmp_path / "out.jsonl"
    assert run(str(source), "-o", str(out), "--on-error", mode) == status
    assert len(output(out)) == lines
    err = capsys.readouterr().err
    assert "first error: ReaderError" in err and "in.jsonl#1" in err
    if mode == "raise":
        assert "stopped at the first failed record" in err and "1 documents, 1 errors" in err
    elif mode == "skip":
        assert "3 documents, 2 errors (skipped)" in err


def test_summary_is_printed_unless_quiet_and_clean(tmp_path, capsys):
    source, out = write_jsonl(tmp_path / "in.jsonl", 2), tmp_path / "out.jsonl"
    assert run(str(source), "-o", str(out)) == EXIT_OK
    assert capsys.readouterr().err == ""
    assert main(["extract", str(source), "-o", str(out)]) == EXIT_OK
    assert capsys.readouterr().err.startswith("2 documents, 0 errors in ")


def test_max_record_chars_refuses_one_record_and_keeps_its_neighbours(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join(json.dumps({"text": text}, ensure_ascii=False)
                                for text in ["کوتاه", "ب" * 500, "کوتاه هم"]) + "\n", encoding="utf-8")
    assert run(str(source), "-o", str(out), "--max-record-chars", "100") == EXIT_FAILED_RECORDS
    first, refused, last = output(out)
    assert refused["error"]["type"] == "RecordTooLarge" and "500 characters" in refused["error"]["message"]
    assert first["text"] == "کوتاه" and last["text"] == "کوتاه هم"


def test_output_equal_to_an_input_is_refused_and_the_input_kept(tmp_path, capsys):
    source = write_jsonl(tmp_path / "in.jsonl", 2)
    before = source.read_bytes()
    link = tmp_path / "link.jsonl"
    link.symlink_to(source)
    for target in (source, link):
        assert run(str(source), "-o", str(target)) == EXIT_USAGE
        assert "is the input" in capsys.readouterr().err
    assert run(str(tmp_path), "-o", str(tmp_path / "new.jsonl")) == EXIT_USAGE
    assert "inside the input folder" in capsys.readouterr().err
    assert source.read_bytes() == before


@pytest.mark.parametrize("target", ["missing/out.jsonl", "a-file/out.jsonl", "locked/out.jsonl"])
def test_output_path_errors_are_one_line_and_status_two(tmp_path, target):
    if os.geteuid() == 0 and target.startswith("locked"):
        pytest.skip("root writes into read-only folders (the a-file case fails for root too)")
    (tmp_path / "locked").mkdir(mode=0o500)
    (tmp_path / "a-file").write_text("not a folder")
    done = cli("seeds/", "-o", str(tmp_path / target), "--quiet")
    assert done.returncode == EXIT_USAGE and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and "cannot write" in done.stderr


def test_a_full_disk_mid_run_exits_one_without_traceback():
    done = cli("seeds/", "-o", "/dev/full", "--quiet")
    assert done.returncode == EXIT_FAILED_RECORDS
    assert "No space left on device" in done.stderr and "Traceback" not in done.stderr


def test_a_closed_pipe_ends_quietly():
    producer = subprocess.Popen([sys.executable, "-m", "persianews", "extract", "seeds/", "--quiet"], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = producer.stdout.readline()
    producer.stdout.close()
    _, err = producer.communicate(timeout=60)
    assert json.loads(first)["source"]["record"] == 0
    assert producer.returncode == EXIT_OK and err == b""


def test_a_killed_run_keeps_every_finished_record(tmp_path):
    import signal
    import time

    source, out = write_jsonl(tmp_path / "in.jsonl", 3000), tmp_path / "out.jsonl"
    producer = subprocess.Popen([sys.executable, "-m", "persianews", "extract", str(source), "-o", str(out),
                                 "--quiet"], cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 20):
        time.sleep(0.1)
    seen = out.read_bytes().count(b"\n")
    time.sleep(1.2)
    written = out.read_bytes().count(b"\n")
    producer.send_signal(signal.SIGKILL)
    producer.wait()
    kept = out.read_bytes().split(b"\n")
    assert seen >= 20 and len(kept) - 1 >= written > seen, "records are written as they finish"
    assert [json.loads(line)["source"]["record"] for line in kept[:written]] == list(range(written))


def test_a_forced_format_that_does_not_fit_is_an_error_and_status_one(tmp_path):
    out = tmp_path / "out.jsonl"
    assert run(str(FIXTURES / "news_irna.jsonl"), "--format", "telegram-json", "-o", str(out)) == EXIT_FAILED_RECORDS
    assert output(out) and all("error" in record for record in output(out))


def test_progress_bar_counts_bytes_on_a_terminal(tmp_path):
    import fcntl
    import pty
    import struct
    import termios

    source, out = write_jsonl(tmp_path / "in.jsonl", 5), tmp_path / "out.jsonl"
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    done = subprocess.run([sys.executable, "-m", "persianews", "extract", str(source), "-o", str(out)], cwd=ROOT,
                          stderr=follower, timeout=60, check=False)
    os.close(follower)
    shown = os.read(leader, 65536).decode("utf-8", "replace")
    os.close(leader)
    size = source.stat().st_size
    assert done.returncode == EXIT_OK
    assert "100%" in shown and f"{size}/{size}" in shown
    assert "5 documents, 0 errors" in shown


def test_a_two_thousand_post_reply_chain_in_two_processes(tmp_path):
    messages = [{"id": n + 1, "type": "message", "date": "2024-01-01T10:00:00", "from": "کانال",
                 "text": f"استاندار گفت: پیام {n} مهم است.", **({"reply_to_message_id": n} if n else {})}
                for n in range(2000)]
    source = tmp_path / "result.json"
    source.write_text(json.dumps({"name": "کانال", "type": "public_channel", "id": 1, "messages": messages},
                                 ensure_ascii=False), encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(str(source), "-o", str(one)) == EXIT_OK
    assert run(str(source), "-o", str(two), "--n-process", "2") == EXIT_OK
    assert one.read_bytes() == two.read_bytes() and len(output(one)) == 2000


def test_n_process_minus_one_and_spawn(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", 6, broken=(2,))
    one, every, spawned = tmp_path / "one.jsonl", tmp_path / "every.jsonl", tmp_path / "spawned.jsonl"
    assert run(str(source), "-o", str(one)) == EXIT_FAILED_RECORDS
    assert run(str(source), "-o", str(every), "--n-process", "-1") == EXIT_FAILED_RECORDS
    assert run(str(source), "-o", str(spawned), "--n-process", "2", "--start-method", "spawn") == EXIT_FAILED_RECORDS
    assert one.read_bytes() == every.read_bytes() == spawned.read_bytes()


def test_a_missing_extra_is_a_usage_error_naming_it(tmp_path, monkeypatch, capsys):
    for name in [name for name in sys.modules if name == "stanza" or name.startswith("stanza.")] + ["stanza"]:
        monkeypatch.setitem(sys.modules, name, None)
    status = main(["extract", str(SEEDS), "--output-format", "conllu", "-o", str(tmp_path / "out.conllu")])
    assert status == EXIT_USAGE
    assert "persianews[stanza]" in capsys.readouterr().err

"""Generated hostile inputs shared by the batch-run tests (local processes, CLI, Dask)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def hostile_inputs(folder: Path) -> Path:
    """JSON Lines with broken, blank, NaN, surrogate, CRLF, legacy-encoded and oversized lines, other
    files, a folder loop and a dangling link."""
    folder.mkdir()
    lines = [json.dumps({"titr": f"خبر {n}", "text": f"استاندار گفت: خبر شماره {n} است."}, ensure_ascii=False)
             .encode() for n in range(60)]
    lines[3] = b"{broken"
    lines[8] = b""
    lines[12] = b'{"text": "\\ud800 \xd8\xb3\xd9\x84\xd8\xa7\xd9\x85", "score": NaN}'
    lines[20] = json.dumps({"text": "ب" * 3_000}).encode()
    lines[27] = "{\"text\": \"استاندار گفت\"}".encode("cp1256", errors="replace")
    lines[33] = b"   "
    lines[41] = lines[41] + b"\r"
    lines[50] = b"[1, 2]"
    (folder / "a.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (folder / "b.jsonl").write_bytes(b"")
    shutil.copy(FIXTURES / "news_generic.json", folder / "c.json")
    shutil.copy(FIXTURES / "telegram_old_export.json", folder / "d.json")
    (folder / "loop").mkdir()
    (folder / "loop" / "back").symlink_to(folder, target_is_directory=True)
    (folder / "loop" / "dangling.jsonl").symlink_to(folder / "nowhere.jsonl")
    (folder / "e.txt").write_text("قزوین - ایرنا - استاندار قزوین گفت: کار باید انجام شود.", encoding="utf-8")
    return folder

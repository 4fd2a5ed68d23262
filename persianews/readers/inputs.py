"""Input paths: files, folders walked in full, globs and ``-``, with unreadable entries reported, not raised.

A folder is walked recursively in name order, hidden entries skipped. Every
file in it is an input, a Telegram export's ``result.json`` or
``messages.html`` among the others, with these exceptions, which are parts of
an export or media rather than records:

- the continuation pages ``messages2.html``… of a folder that holds
  ``messages.html`` (they are read with it);
- in a full HTML export (``export_results.html``), everything but the
  ``messages.html`` of each chat under ``chats/``;
- files with a media, style or script suffix (:data:`SKIPPED_SUFFIXES`).

Each real folder and file is visited once, so symbolic-link loops end; a
folder that cannot be listed, a broken link or a special file gives a
:class:`ReaderError` naming it, in its place among the inputs. Time and
memory are linear in the number of entries.
"""

from __future__ import annotations

import glob
import os
import re
from typing import Iterator

from persianews.errors import ReaderError

EXPORT_FILES = ("result.json", "messages.html")
"""Files that make a folder a Telegram export, in order of preference."""
SKIPPED_SUFFIXES = frozenset({
    ".css", ".js", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tgs", ".mp4", ".webm",
    ".mov", ".avi", ".mkv", ".mp3", ".ogg", ".oga", ".opus", ".wav", ".m4a", ".pdf", ".zip", ".gz", ".rar",
    ".7z", ".exe", ".apk", ".woff", ".woff2", ".ttf",
})
"""Suffixes of files a folder walk leaves out (a file named explicitly is always read)."""
_FULL_HTML_EXPORT = "export_results.html"
_CONTINUATION_PAGE = re.compile(r"^messages\d+\.html$")


def export_file(folder: str) -> str | None:
    """The file to read for a folder holding a Telegram export, or None."""
    for name in EXPORT_FILES:
        candidate = os.path.join(folder, name)
        if os.path.isfile(candidate):
            return candidate
    return None


def input_paths(inputs: list[str]) -> Iterator[str | ReaderError]:
    """The files named by paths, folders and globs (``-`` is stdin), or an error in place of each unreadable entry."""
    seen: set[tuple[int, int]] = set()
    for item in inputs:
        if item == "-":
            yield item
        elif os.path.isdir(item):
            yield from _walk(item, seen)
        elif any(c in item for c in "*?[") and not os.path.lexists(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield ReaderError("no file matches this pattern", path=item)
            for match in matches:
                yield from _walk(match, seen) if os.path.isdir(match) else [match]
        else:
            yield item


def expand_inputs(inputs: list[str]) -> Iterator[str]:
    """The paths to read for ``inputs`` (see :func:`input_paths`).

    An entry that cannot be read is given as its own path, so that reading it
    (``read_records([path])``, as Dask partitions do) gives its error record.
    """
    for path in input_paths(inputs):
        yield path if isinstance(path, str) else path.path or ""


def _walk(folder: str, seen: set[tuple[int, int]]) -> Iterator[str | ReaderError]:
    try:
        status = os.stat(folder)
        if (status.st_dev, status.st_ino) in seen:
            return
        seen.add((status.st_dev, status.st_ino))
        with os.scandir(folder) as listing:
            entries = sorted((e for e in listing if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as error:
        yield ReaderError(f"cannot read folder: {error.strerror or error}", path=folder)
        return
    names = {entry.name for entry in entries}
    if _FULL_HTML_EXPORT in names:
        entries = [e for e in entries if e.name == "chats"]
    for entry in entries:
        if "messages.html" in names and _CONTINUATION_PAGE.match(entry.name):
            continue
        yield from _entry(entry, seen)


def _entry(entry: os.DirEntry, seen: set[tuple[int, int]]) -> Iterator[str | ReaderError]:
    try:
        if entry.is_dir():
            yield from _walk(entry.path, seen)
            return
        if not entry.is_file():
            problem = "broken symbolic link or link loop" if entry.is_symlink() else "not a regular file"
            yield ReaderError(problem, path=entry.path)
            return
        if os.path.splitext(entry.name)[1].lower() in SKIPPED_SUFFIXES:
            return
        status = entry.stat()
    except OSError as error:
        yield ReaderError(f"cannot read: {error.strerror or error}", path=entry.path)
        return
    if (status.st_dev, status.st_ino) not in seen:
        seen.add((status.st_dev, status.st_ino))
        yield entry.path

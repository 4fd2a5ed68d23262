"""Shared helpers for the build scripts (stdlib only, build time only).

The library never imports this module: the build scripts read
``$PERSIANEWS_DATA``, else ``data/`` of ``$PERSIANEWS_SHARED``, else
``../shared/data`` beside the repository, and write the data files in
``models/``.
"""

from __future__ import annotations

import csv
import importlib.util
import itertools
import os
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODELS = HERE.parent
SHARED = Path(os.environ.get("PERSIANEWS_SHARED", MODELS.parent.parent / "shared"))
DATA = Path(os.environ.get("PERSIANEWS_DATA", SHARED / "data"))

ZWNJ = "\u200c"

# Letters that never join the following letter: after them a ZWNJ is
# superfluous, so the "half-space" form of a compound is the joined form.
NON_JOINING = set("اآأإٱدذرزژوؤءۀة")

_LETTER_MAP = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ة": "ه",
        "ۀ": "ه",
        "ٱ": "ا",
        "ھ": "ه",
        "ە": "ه",
        "ې": "ی",
        "ۍ": "ی",
        "\u00a0": " ",
        "\u200f": "",
        "\u200e": "",
        "\u200d": "",
        "\u202a": "",
        "\u202b": "",
        "\u202c": "",
        "\ufeff": "",
        "\u0640": "",  # tatweel
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    }
)
# Harakat, tanwin, shadda, sukun, superscript alef, small high marks.
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_SPACES = re.compile(r"[ \t\r\n]+")


def normalize(text: str) -> str:
    """Canonical spelling: Persian letters, no diacritics, ASCII digits,
    single spaces, ZWNJ only between joining letters and a following letter."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_LETTER_MAP)
    text = _DIACRITICS.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    # ZWNJ: drop runs next to spaces, at the ends, and after non-joining letters.
    text = re.sub(ZWNJ + "+", ZWNJ, text)
    text = re.sub(" ?" + ZWNJ + " ?", lambda m: ZWNJ if m.group(0) == ZWNJ else " ", text)
    text = text.strip(ZWNJ + " ")
    out = []
    for i, ch in enumerate(text):
        if ch == ZWNJ and (i == 0 or text[i - 1] in NON_JOINING or text[i - 1] == " "):
            continue
        out.append(ch)
    return "".join(out)


def half_space(left: str, right: str) -> str:
    """``left`` and ``right`` written as one word with a half-space."""
    if not left or not right:
        return left + right
    if left[-1] in NON_JOINING:
        return left + right
    return left + ZWNJ + right


def join_gap(left: str, right: str, mode: str) -> str:
    if mode == " ":
        return left + " " + right
    if mode == ZWNJ:
        return half_space(left, right)
    return left + right


def spacing_variants(parts: list[str], canonical_gaps: list[str], protect: set[int] | None = None,
                     max_full: int = 2) -> list[str]:
    """Spellings of a multi-part name with space, ZWNJ or nothing in each gap.

    ``canonical_gaps[i]`` is the gap the canonical form uses between parts i
    and i+1 (" ", ZWNJ or ""). Gaps in ``protect`` (e.g. around a standalone
    «و») stay spaces. With more than ``max_full`` free gaps only the uniform
    choices and the canonical one are produced.
    """
    protect = protect or set()
    n = len(parts) - 1
    if n <= 0:
        return ["".join(parts)]
    free = [i for i in range(n) if i not in protect]
    options = [" ", ZWNJ, ""]
    combos = []
    if len(free) <= max_full:
        for choice in itertools.product(options, repeat=len(free)):
            gaps = [" "] * n
            for i, c in zip(free, choice):
                gaps[i] = c
            combos.append(gaps)
    else:
        for c in options:
            gaps = [" "] * n
            for i in free:
                gaps[i] = c
            combos.append(gaps)
    combos.append(list(canonical_gaps))
    seen: dict[str, None] = {}
    for gaps in combos:
        s = parts[0]
        for i in range(n):
            s = join_gap(s, parts[i + 1], gaps[i])
        seen.setdefault(s, None)
    return list(seen)


def yeh_hamza_variants(word: str) -> set[str]:
    """ئ/ی alternations that news spelling uses (بویین/بوئین, رییس/رئیس,
    قایم/قائم, پاییز/پائیز) and the reverse."""
    out = {word}
    # ی -> ئ between a vowel letter and ی (بویین -> بوئین, پاییز -> پائیز)
    out.add(re.sub(r"(?<=[اآو])یی", "ئی", word))
    # رییس -> رئیس: consonant + یی + consonant
    out.add(re.sub(r"(?<=[^\sاآو\u200c])یی(?=[^\s\u200c])", "ئی", word))
    # قایم/قاین/نایب -> قائم/قائن/نائب
    out.add(re.sub(r"(?<=[اآ])ی(?=[منب](?:$|[\s\u200c]))", "ئ", word))
    # reverse: ئ -> ی (and ئی -> یی)
    out.add(word.replace("ئ", "ی"))
    out.discard("")
    return out


def alef_variants(word: str) -> set[str]:
    """أ/إ -> ا, ؤ -> و, final ء dropped (لشت نشاء -> لشت نشا)."""
    out = {word}
    w = word.replace("أ", "ا").replace("إ", "ا").replace("ؤ", "و")
    out.add(w)
    out.add(re.sub(r"ء(?=$|[\s\u200c])", "", w))
    return out


def load_hazm_words() -> dict[str, tuple[int, str]]:
    """hazm's words.dat (MIT) as word -> (frequency, POS tags), without
    importing hazm. Entries with POS "0" have no frequency information."""
    spec = importlib.util.find_spec("hazm")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("hazm is not installed: its data/words.dat is needed")
    path = Path(spec.submodule_search_locations[0]) / "data" / "words.dat"
    words: dict[str, tuple[int, str]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            word = normalize(parts[0])
            try:
                freq = int(parts[1])
            except ValueError:
                freq = 0
            pos = parts[2]
            old = words.get(word)
            if old is None or freq > old[0]:
                words[word] = (freq, pos)
    return words


def hazm_version() -> str:
    try:
        from importlib.metadata import version

        return version("hazm")
    except Exception:  # pragma: no cover - metadata missing
        return "unknown"


def read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def write_table(path: Path, header: list[str], columns: list[str] | None, rows) -> int:
    """Write ``# header`` lines, a ``# columns:`` line and TSV rows."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for line in header:
            handle.write("# " + line + "\n" if line else "#\n")
        if columns:
            handle.write("# columns: " + "\t".join(columns) + "\n")
        for row in rows:
            if columns:
                if len(row) != len(columns):
                    raise ValueError(f"{path.name}: row {row!r} has {len(row)} fields, expected {len(columns)}")
                for value in row:
                    if "\t" in value or "\n" in value:
                        raise ValueError(f"{path.name}: bad field {value!r}")
                handle.write("\t".join(row) + "\n")
            else:
                handle.write(row + "\n")
            count += 1
    return count


def dedupe(items):
    seen: dict = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


# Word-level spellings that differ in news (hamza seat, ئ/ی).
ORTH_ALTERNATIONS = [
    ("تامین", "تأمین"), ("موسسه", "مؤسسه"), ("مسئول", "مسوول"), ("مسئول", "مسؤول"), ("هیئت", "هیات"),
    ("هیئت", "هیأت"), ("رئیس", "رییس"), ("قضاییه", "قضائیه"), ("تاسیس", "تأسیس"), ("موتلفه", "مؤتلفه"),
    ("تالیف", "تألیف"), ("شئون", "شئونات"), ("آیین", "آئین"), ("فراورده", "فرآورده"), ("اسراییل", "اسرائیل"),
]


def orth_variants(text: str) -> set[str]:
    out = {text}
    for a, b in ORTH_ALTERNATIONS:
        for s in list(out):
            if a in s:
                out.add(s.replace(a, b))
            if b in s:
                out.add(s.replace(b, a))
    return out


def comma_variants(text: str) -> list[str]:
    """«A، B و C» is also written «A B و C» and «A و B و C»."""
    if "، " not in text:
        return [text]
    return dedupe([text, text.replace("، ", " "), text.replace("، ", " و ")])


def phrase_variants(phrase: str) -> list[str]:
    """Spelling variants of a hand-written phrase whose compound joints are
    marked with ZWNJ: each ZWNJ joint as ZWNJ, space and nothing; the ئ/ی
    alternation; commas with and without a following «و» variant."""
    phrase = normalize(phrase)
    words = phrase.split(" ")
    per_word = []
    for w in words:
        pieces = w.split(ZWNJ)
        forms = spacing_variants(pieces, [ZWNJ] * (len(pieces) - 1)) if len(pieces) > 1 else [w]
        per_word.append(dedupe(forms))
    out = []
    # full product only when small
    total = 1
    for forms in per_word:
        total *= len(forms)
    if total <= 27:
        for combo in itertools.product(*per_word):
            out.append(" ".join(combo))
    else:
        for k in range(3):
            out.append(" ".join(forms[min(k, len(forms) - 1)] for forms in per_word))
    extra = []
    for s in out:
        for c in comma_variants(s):
            for o in sorted(orth_variants(c)):
                extra.append(o)
                extra.extend(sorted(yeh_hamza_variants(o)))
    return dedupe([phrase] + out + extra)

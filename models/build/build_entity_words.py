"""Build models/entity_words.tsv: dictionary words and verb forms the entity rules must not take as names.

Build time only, stdlib only. Run from the project root:

    python models/build/build_entity_words.py

Reads  hazm's data/words.dat and data/verbs.dat (MIT; found without importing hazm).
Writes models/entity_words.tsv with one row per word: its classes (hazm's POS
tags, or ``V`` for a generated finite verb form) and hazm's frequency.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import MODELS, hazm_version, load_hazm_words, normalize, write_table  # noqa: E402

OUT = MODELS / "entity_words.tsv"
PERSONAL = ("م", "ی", "", "یم", "ید", "ند")
PRESENT_PERSONAL = ("م", "ی", "د", "یم", "ید", "ند")
PERFECT = ("ام", "ای", "است", "ایم", "اید", "اند")
BARE_PRESENT = ("م", "د", "یم", "ید", "ند")


def verb_stems() -> list[tuple[str, str]]:
    spec = importlib.util.find_spec("hazm")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("hazm is not installed: its data/verbs.dat is needed")
    path = Path(spec.submodule_search_locations[0]) / "data" / "verbs.dat"
    stems = []
    for line in path.read_text(encoding="utf-8").splitlines():
        past, _, present = line.partition("#")
        for stem in present.split(" یا "):
            stems.append((normalize(past), normalize(stem)))
    return stems


def verb_forms(past: str, present: str) -> set[str]:
    """Finite forms of one verb, written joined (matching keys ignore ZWNJ and spacing).

    No bare stem takes the second-person «ی»: news hardly uses it, and it would make surnames and
    adjectives verbs (رئیسی from ریس, کردی from کرد).
    """
    forms: set[str] = set()
    if past:
        for ending in PERSONAL:
            for prefix in ("", "می", "نمی", "ن"):
                if prefix or ending != "ی":
                    forms.add(prefix + past + ending)
        forms.add(past + "ن")
        forms.add(past + "ه")
        forms.add("ن" + past + "ه")
        for ending in PERFECT:
            forms.add(past + "ه" + ending)
    if present:
        for ending in PRESENT_PERSONAL:
            for prefix in ("", "می", "نمی", "ب", "ن"):
                if prefix or ending in BARE_PRESENT:
                    forms.add(prefix + present + ending)
    forms.discard("")
    return forms


def build() -> int:
    words = load_hazm_words()
    rows: dict[str, tuple[str, int]] = {}
    for word, (freq, pos) in words.items():
        if pos != "0" and " " not in word:
            rows[word] = (pos, freq)
    tagged_bare = {w for w, (pos, _) in rows.items() if "N" in pos.split(",") or "AJ" in pos.split(",")}
    for past, present in verb_stems():
        for form in verb_forms(past, present):
            if form in (past, past + "ن") and form in tagged_bare:
                continue  # a bare stem or infinitive that is also a noun (داد, کردن): left to the noun entry
            pos, freq = rows.get(form, ("", 0))
            if "V" not in pos.split(","):
                rows[form] = (",".join(filter(None, [pos, "V"])), freq)
    header = [
        "entity_words.tsv — words the entity rules must not take as names (surnames, organisation names).",
        "word: a dictionary word (hazm's POS tags: N noun, AJ adjective, ADV, NUM, CONJ, P, PRO, DET, PL …) or",
        "  a finite verb form generated from hazm's verb stems (tag V): past stem + person endings, می/نمی/ن",
        "  prefixes, participle + perfect endings, present stem + endings with می/نمی/ب/ن.",
        "freq: hazm's corpus frequency (0 when unknown).",
        f"source: hazm {hazm_version()} data/words.dat and data/verbs.dat (MIT licence, (c) Roshan / Sobhe)",
        "licence: MIT",
        "built by: python models/build/build_entity_words.py",
    ]
    table = sorted((word, pos, str(freq)) for word, (pos, freq) in rows.items())
    return write_table(OUT, header, ["word", "pos", "freq"], table)


if __name__ == "__main__":
    print(f"{build()} rows -> {OUT}")

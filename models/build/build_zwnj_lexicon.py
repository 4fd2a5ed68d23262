"""Build the half-space (ZWNJ) lexicon in ``models/zwnj/`` from hazm's data.

Reads hazm's ``data/words.dat`` (word, frequency, POS) and ``data/verbs.dat``
(past#present stems), both MIT-licensed, located without importing hazm, and
writes:

- ``words.txt``: the words keyed by their joined spelling, in sections of
  equal score (``=S`` plain words, ``=zS`` words written with ZWNJ). The score
  is half-step rounded log10(frequency + 1); a tagged word without frequency
  scores 1, an untagged dictionary word 1 when written with ZWNJ; untagged
  plain words (no frequency, no POS: old dictionary entries and joined
  misspellings such as میکند) are left out.
  When a word exists both plain and with ZWNJ, the ZWNJ spelling wins unless
  the plain one is a tagged word scoring at most 1 less (خوشحال, پنجشنبه: the
  plain spelling is the current one, so a joined word is left as written).
  Where the ZWNJ spelling wins over a plain one that is a tagged word scoring
  at least 2.5 too (همزمان, روشنفکر: both spellings are current; not
  رضایتمندی, a rare variant), the word goes in a section ``=bS``: written
  spaced it takes the ZWNJ, written joined it stays. A last section
  ``=firsts`` lists the first parts of the words with ZWNJ (read faster than
  they are found).
- ``verbs.tsv``: past and present stems of verbs.dat, plus the regular verbs
  whose infinitive is a tagged word of words.dat (Xیدن: past Xید, present X;
  Xاندن: past Xاند, present Xان), except stems starting with می (میزیدن
  would make «میزد» a verb without the prefix می).
- ``parts.tsv``: first and second parts of ZWNJ compounds that form at least
  five compounds, with how many and their score as a word on their own (-1:
  not a word).

usage: python models/build/build_zwnj_lexicon.py
"""

from __future__ import annotations

import collections
import importlib.util
import math
from pathlib import Path

from _common import MODELS, ZWNJ, hazm_version, load_hazm_words, normalize

OUT = MODELS / "zwnj"
SOURCE = "hazm {version} data/words.dat and data/verbs.dat (MIT licence, (c) Roshan / Sobhe)"
MIN_PART_COMPOUNDS = 5
PLAIN_SPELLING_MARGIN = 1.0
CURRENT_PLAIN_SCORE = 2.5  # a plain spelling this frequent is current next to a ZWNJ one
REGULAR_INFINITIVES = (("یدن", "ید", ""), ("اندن", "اند", "ان"))  # ending, past ending, present ending


def hazm_data(name: str) -> Path:
    """A file of hazm's data folder, found without importing hazm."""
    spec = importlib.util.find_spec("hazm")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("hazm is not installed: its data files are needed")
    return Path(spec.submodule_search_locations[0]) / "data" / name


def word_score(freq: int, pos: str, has_zwnj: bool) -> float:
    """Half-step rounded log10(frequency + 1); 1 for a tagged word without frequency."""
    if pos == "0":
        return 1.0 if has_zwnj else 0.0
    if freq == 0:
        return 1.0
    return round(2 * math.log10(freq + 1)) / 2


def best_spellings(words: dict[str, tuple[int, str]]) -> dict[str, tuple[str, float, bool]]:
    """Joined key -> (preferred spelling, score, whether a ZWNJ spelling has a current plain one)."""
    spellings: dict[str, list[tuple[str, float, bool]]] = collections.defaultdict(list)
    for word, (freq, pos) in words.items():
        if word and " " not in word:
            spellings[word.replace(ZWNJ, "")].append((word, word_score(freq, pos, ZWNJ in word), pos != "0"))
    best: dict[str, tuple[str, float, bool]] = {}
    for key, options in spellings.items():
        plain = [(score, tagged) for word, score, tagged in options if word == key]
        spelled = max(((score, word) for word, score, _ in options if word != key), default=None)
        if spelled is None:
            best[key] = (key, plain[0][0], False)
        elif plain and (plain[0][0] > spelled[0]
                        or (plain[0][1] and plain[0][0] >= spelled[0] - PLAIN_SPELLING_MARGIN)):
            best[key] = (key, max(plain[0][0], spelled[0]), False)
        else:
            both = bool(plain) and plain[0][1] and plain[0][0] >= CURRENT_PLAIN_SCORE
            best[key] = (spelled[1], spelled[0], both)
    return best


def read_verbs(words: dict[str, tuple[int, str]]) -> list[tuple[str, str]]:
    """(past, present) stems of verbs.dat and of the regular verbs whose infinitive is a tagged word."""
    pairs = set()
    with open(hazm_data("verbs.dat"), encoding="utf-8") as handle:
        for line in handle:
            past, _, present = normalize(line.strip()).partition("#")
            if past and present:
                pairs.add((past, present))
    known_pasts = {past for past, _ in pairs}
    for word, (_, pos) in words.items():
        if pos == "0" or ZWNJ in word or word.startswith(("می", "نمی")):
            continue
        for ending, past_ending, present_ending in REGULAR_INFINITIVES:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 2 and stem + past_ending not in known_pasts:
                pairs.add((stem + past_ending, stem + present_ending))
    return sorted(pairs)


def compound_parts(best: dict[str, tuple[str, float, bool]]) -> list[tuple[str, str, int, float]]:
    """(part, side L/R, compounds, score alone) for parts of at least MIN_PART_COMPOUNDS compounds."""
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    for spelling, _, _ in best.values():
        if ZWNJ in spelling:
            first, *_, last = spelling.split(ZWNJ)
            counts[(first, "L")] += 1
            counts[(last, "R")] += 1
    parts = []
    for (part, side), count in sorted(counts.items(), key=lambda item: (item[0][1], -item[1], item[0][0])):
        if count >= MIN_PART_COMPOUNDS and len(part) >= 2:
            standalone = best.get(part)
            parts.append((part, side, count, standalone[1] if standalone else -1.0))
    return parts


def header(lines: list[str]) -> str:
    source = SOURCE.format(version=hazm_version())
    common = [f"source: {source}", "built by: python models/build/build_zwnj_lexicon.py"]
    return "".join(f"# {line}\n" for line in common + lines)


def write_words(best: dict[str, tuple[str, float, bool]]) -> None:
    sections: dict[str, list[str]] = collections.defaultdict(list)
    for spelling, score, both in best.values():
        if score > 0 or ZWNJ in spelling:
            kind = ("b" if both else "z") if ZWNJ in spelling else ""
            sections[kind + f"{score:g}"].append(spelling)
    firsts = sorted({spelling.split(ZWNJ)[0] for spelling, _, _ in best.values() if ZWNJ in spelling})
    with open(OUT / "words.txt", "w", encoding="utf-8", newline="\n") as handle:
        handle.write(header([
            "ZWNJ lexicon: one word per line in sections '=S' (plain), '=zS' (with ZWNJ) and",
            "'=bS' (with ZWNJ, and a plain spelling current too: written joined, it stays);",
            "last, '=firsts': the first parts of the words with ZWNJ (what precedes the first ZWNJ).",
            "S = score: half-step rounded log10(frequency + 1); 1 for a tagged word without",
            "frequency; untagged dictionary words 1 when written with ZWNJ, left out when plain.",
        ]))
        for name in sorted(sections, key=lambda s: ("zb".find(s[0]) + 1, float(s.lstrip("zb")))):
            handle.write(f"={name}\n")
            handle.write("\n".join(sorted(sections[name])) + "\n")
        handle.write("=firsts\n" + "\n".join(firsts) + "\n")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    words = load_hazm_words()
    best = best_spellings(words)
    write_words(best)
    verbs = read_verbs(words)
    with open(OUT / "verbs.tsv", "w", encoding="utf-8", newline="\n") as handle:
        handle.write(header([
            "verb stems: verbs.dat, plus regular verbs from the tagged infinitives of words.dat",
            "(Xیدن: Xید / X, Xاندن: Xاند / Xان)",
            "columns: past\tpresent",
        ]))
        handle.writelines(f"{past}\t{present}\n" for past, present in verbs)
    with open(OUT / "parts.tsv", "w", encoding="utf-8", newline="\n") as handle:
        handle.write(header([
            f"first (L) and second (R) parts of at least {MIN_PART_COMPOUNDS} ZWNJ compounds, with their",
            "score as a word on their own (-1: not a word of words.dat)",
            "columns: part\tside\tcompounds\tscore",
        ]))
        handle.writelines(f"{part}\t{side}\t{count}\t{score:g}\n" for part, side, count, score in compound_parts(best))


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Peak memory of `persianews extract` on a large JSON Lines file: a benchmark, not a test.
#
# usage: bench/bench_memory.sh [SIZE_MB] [N_PROCESS]   (defaults: 200 MB, 1 process)
#
# Generates SIZE_MB of news records in /tmp (the IRNA seed with its sentences
# shuffled and numbered headlines), then measures with /usr/bin/time -v
# (apt-get install -y time):
#   1. the readers alone (every record read, nothing processed);
#   2. the full pipeline: persianews extract FILE -o /dev/null --quiet.
# Prints peak resident memory and wall time of each; the budget is 300 MB.
# The full pipeline runs at roughly 0.2 MB of news a second per process, so
# 200 MB takes about 20 minutes on one core.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MB="${1:-200}"
N_PROCESS="${2:-1}"
BUDGET_MB=300
FILE="/tmp/persianews_bench_${SIZE_MB}mb.jsonl"

if [ ! -x /usr/bin/time ]; then
    echo "bench_memory: /usr/bin/time is missing (apt-get install -y time)" >&2
    exit 2
fi

.venv/bin/python - "$FILE" "$SIZE_MB" <<'EOF'
import json
import os
import random
import re
import sys

path, size_mb = sys.argv[1], int(sys.argv[2])
if os.path.exists(path) and os.path.getsize(path) >= size_mb * 2**20:
    sys.exit(0)
seed = json.loads(open("seeds/000_25aafc7c556681c2.txt", encoding="utf-8").read())
sentences = [s for s in re.split(r"(?<=[.!؟])", seed["text"].strip()) if s.strip()]
rng = random.Random(0)
with open(path, "w", encoding="utf-8") as out:
    written, number = 0, 0
    while written < size_mb * 2**20:
        rng.shuffle(sentences)
        record = dict(seed, titr=f"{seed['titr']} ({number})", text="".join(sentences) + " 8054")
        line = json.dumps(record, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
        number += 1
EOF

records=$(wc -l < "$FILE")
echo "input: $FILE, $(( $(stat -c %s "$FILE") / 1048576 )) MB, $records records"

measure() {  # label, command...
    local label=$1 log
    shift
    log=$(mktemp)
    local status=0
    /usr/bin/time -v "$@" 2> "$log" > /dev/null || status=$?
    local peak_kb wall
    peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
    echo "$label: peak $(( peak_kb / 1024 )) MB, wall $wall, exit $status" \
         "($([ $(( peak_kb / 1024 )) -lt $BUDGET_MB ] && echo "within" || echo "OVER") the ${BUDGET_MB} MB budget)"
    rm -f "$log"
}

measure "readers only" .venv/bin/python -c "
import sys
from persianews.readers import iter_records
print(sum(1 for _ in iter_records(sys.argv[1])))" "$FILE"
measure "persianews extract (--n-process $N_PROCESS)" \
    .venv/bin/persianews extract "$FILE" -o /dev/null --quiet --n-process "$N_PROCESS"

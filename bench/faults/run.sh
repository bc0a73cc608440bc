#!/usr/bin/env bash
# Faults during a bulk import through the web app:
#  1. PostgreSQL stopped mid-import for OUTAGE seconds (default 10): the app must keep answering (a clear 503 page, not
#     a hang), the import must resume by itself once the database is back, and the batch must end whole.
#  2. The web process killed (SIGKILL) mid-import and started again: the import must resume and end whole.
# "Whole" is bench/faults/check.sql: no item missing or pending, no article duplicated or without its analysis.
# Usage: bench/faults/run.sh [DIR]
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"
corpus=$(bench_corpus "${1:-}")
outage=${OUTAGE:-10}
bench_trap

pg_start
web_publish "$bench_root"
web_start
web_login admin@newsanalysis.local
corpus_zip "$corpus" "$BENCH_TMP/corpus.zip"
files=$(unzip -Z1 "$BENCH_TMP/corpus.zip" | wc -l)
third=$((files / 3))

wait_progress() { # batch, items finished
    local i
    for i in $(seq 1 1200); do
        [ "$(psqlq -c "SELECT done + duplicates + failed FROM import_batches WHERE id = $1")" -ge "$2" ] && return 0
        sleep 0.5
    done
    echo "batch $1 made no progress" >&2; return 1
}

check() { psql "$PG_URL" -qtAX -v batch="$1" -f "$bench_root/bench/faults/check.sql"; }

# 1. The database goes away.
batch=$(web_upload "$BENCH_TMP/corpus.zip")
wait_progress "$batch" "$third"
pg_down fast
t_down=$(now)
page=$(curl -sS -m 10 -b "$WEB_JAR" -o "$BENCH_TMP/page.html" -w '%{http_code} %{time_total}' "$WEB_URL/Articles" || echo "no-answer")
health=$(curl -sS -m 10 -o /dev/null -w '%{http_code}' "$WEB_URL/health" || echo "no-answer")
message=$(grep -o 'database[^<]*' "$BENCH_TMP/page.html" | head -1 || true)
sleep "$outage"
pg_up
t_up=$(now)
status=$(wait_batch "$batch" 1800) || true
resumed_s=$(elapsed "$t_up" "$(now)")
result1=$(check "$batch")
echo "database outage: while down /Articles answered ${page} s ('${message}'), /health ${health}; batch $status ${resumed_s} s after the database came back; $result1"

# 2. The web process dies. The same texts again, changed, so the batch has real work.
python3 - "$corpus" "$BENCH_TMP/again.zip" <<'PY'
import pathlib, sys, zipfile
root = pathlib.Path(sys.argv[1])
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as z:
    for p in sorted(root.glob("*/*.txt")):
        z.writestr("again/" + str(p.relative_to(root)), p.read_bytes() + b"\nThis story was updated.\n")
PY
batch2=$(web_upload "$BENCH_TMP/again.zip")
wait_progress "$batch2" "$third"
web_stop -KILL
t_kill=$(now)
web_start
status2=$(wait_batch "$batch2" 1800) || true
resumed2_s=$(elapsed "$t_kill" "$(now)")
result2=$(check "$batch2")
echo "web process killed: batch $status2 ${resumed2_s} s after the kill (restart included); $result2"

ok1=no; ok2=no
case "$page" in 503*) [[ "$result1" == ok* ]] && [ "$status" = completed ] && ok1=yes ;; esac
[[ "$result2" == ok* ]] && [ "$status2" = completed ] && ok2=yes
echo "SUMMARY faults: PostgreSQL stopped ${outage} s mid-import: page while down ${page%% *}, import resumed and completed ${resumed_s} s after restart, ${result1%%;*} (${ok1}); web killed mid-import: completed ${resumed2_s} s after the kill, ${result2%%;*} (${ok2}) [$(machine_line)]"
[ "$ok1" = yes ] && [ "$ok2" = yes ]

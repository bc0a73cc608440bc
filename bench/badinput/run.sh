#!/usr/bin/env bash
# Bad input: a folder of hostile files (empty, binary, NUL bytes, broken BOMs, unsupported type, 50 MB text, malformed
# JSON, a 100,000-line JSONL of mostly broken lines, 100,000-deep HTML, zip bomb, path-escaping zip, zip in zip) next to
# good ones (Windows-1252, UTF-16, plain, JSON records, a duplicate), uploaded through the web app in one batch.
# Passes when every bad item is reported failed with a reason and every good one is stored.
# Usage: bench/badinput/run.sh [DIR]   env: SCALE=1 (0.01 for a quick run)
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"
corpus=$(bench_corpus "${1:-}")
bench_trap

python3 "$bench_root/bench/badinput/make.py" "$corpus" "$BENCH_TMP/files" "${SCALE:-1}"
pg_start
web_publish "$bench_root"
web_start
web_login admin@newsanalysis.local

bytes=$(du -sb "$BENCH_TMP/files" | cut -f1)
t0=$(now)
batch=$(web_upload "$BENCH_TMP"/files/* || true)
[ -n "$batch" ] || { echo "the upload did not start a batch" >&2; tail -20 "$WEB_LOG" >&2; exit 1; }
status=$(wait_batch "$batch" 1800) || true
seconds=$(elapsed "$t0" "$(now)")
psql "$PG_URL" -qAX -F $'\t' -c "COPY (SELECT i.name, i.status, coalesce(i.error, ''), (a.id IS NOT NULL)::text
    FROM import_items i LEFT JOIN articles a ON a.id = i.article_id WHERE i.import_batch_id = $batch ORDER BY i.ordinal) TO STDOUT" >"$BENCH_TMP/items.tsv"
alive=$(curl -fsS -o /dev/null -w '%{http_code}' "$WEB_URL/health" || echo down)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$WEB_PID/status")

python3 - "$BENCH_TMP/expected.tsv" "$BENCH_TMP/items.tsv" "$status" "$seconds" "$bytes" "$alive" "$((rss_kb / 1024))" "$(machine_line)" <<'PY'
import csv, sys
expected = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
items = [l.rstrip("\n").split("\t") for l in open(sys.argv[2], encoding="utf-8")]
status, seconds, size, alive, rss, machine = sys.argv[3:9]
problems, matched = [], set()
for pattern, outcome in expected:
    if outcome == "bad-rest":
        continue
    hits = [i for i in items if i[0].startswith(pattern)]
    matched.update(i[0] for i in hits)
    if not hits:
        problems.append(f"{pattern}: not reported at all")
    for name, st, error, has_article in hits:
        if outcome == "bad" and (st != "failed" or not error):
            problems.append(f"{name}: expected failed with a reason, got {st}")
        if outcome == "good" and (st != "imported" or has_article != "true"):
            problems.append(f"{name}: expected stored, got {st} {error}")
        if outcome == "dup" and st not in ("imported", "duplicate"):
            problems.append(f"{name}: expected stored or duplicate, got {st} {error}")
for pattern, outcome in expected:
    if outcome == "bad-rest":
        for name, st, error, _ in items:
            if name.startswith(pattern) and name not in matched:
                matched.add(name)
                if st != "failed" or not error:
                    problems.append(f"{name}: expected failed with a reason, got {st}")
unexpected = [i for i in items if i[0] not in matched]
for name, st, error, _ in unexpected[:10]:
    problems.append(f"{name}: not in the expected list ({st} {error})")
failed = sum(1 for i in items if i[1] == "failed")
stored = sum(1 for i in items if i[1] == "imported")
for p in problems[:20]:
    print("PROBLEM", p)
verdict = "all as expected" if not problems and status == "completed" else f"{len(problems)} problems"
print(f"SUMMARY badinput: {len(items)} items from {int(size) / 1e6:.0f} MB of hostile files, batch {status} in {float(seconds):.1f} s: "
      f"{failed} reported failed with a reason, {stored} stored, {verdict}; app still healthy ({alive}), web RSS {rss} MB [{machine}]")
sys.exit(0 if not problems and status == "completed" else 1)
PY

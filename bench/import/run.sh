#!/usr/bin/env bash
# Bulk import of a corpus folder through the web app (zip upload -> unpack, decode, analyse, store), timed to the
# batch's completion, side by side in the same run with a raw COPY of the same texts into the same PostgreSQL.
# Usage: bench/import/run.sh [DIR]   (default ../shared/eval/corpus-bbc)
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"
corpus=$(bench_corpus "${1:-}")
bench_trap

pg_start
web_publish "$bench_root"
web_start
web_login admin@newsanalysis.local
corpus_zip "$corpus" "$BENCH_TMP/corpus.zip"
files=$(unzip -Z1 "$BENCH_TMP/corpus.zip" | wc -l)

web_cpu0=$(proc_cpu "$WEB_PID"); pg_cpu0=$(pg_cpu)
t0=$(now)
batch=$(web_upload "$BENCH_TMP/corpus.zip")
[ -n "$batch" ] || { echo "upload did not start a batch" >&2; tail -20 "$WEB_LOG" >&2; exit 1; }
status=$(wait_batch "$batch" 1800)
t1=$(now)
import_s=$(elapsed "$t0" "$t1")
# CPU the import cost, whatever else the machine runs: the web process (unpack, analyse, store) and PostgreSQL.
web_cpu=$(awk -v a="$web_cpu0" -v b="$(proc_cpu "$WEB_PID")" 'BEGIN { printf "%.1f", b - a }')
pg_cpu_s=$(awk -v a="$pg_cpu0" -v b="$(pg_cpu)" 'BEGIN { printf "%.1f", b - a }')
read -r total done dups failed < <(psqlq -F' ' -c "SELECT total, done, duplicates, failed FROM import_batches WHERE id = $batch")
articles=$(psqlq -c "SELECT count(*) FROM articles WHERE import_batch_id = $batch")
claims=$(psqlq -c "SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.import_batch_id = $batch")
figures=$(psqlq -c "SELECT count(*) FROM figures f JOIN articles a ON a.id = f.article_id WHERE a.import_batch_id = $batch")
mentions=$(psqlq -c "SELECT count(*) FROM article_actors x JOIN articles a ON a.id = x.article_id WHERE a.import_batch_id = $batch")

# The raw baseline: the same files' text, one row each, COPY'd into a plain table (text prepared beforehand, as a
# loader would stream it).
python3 - "$corpus" "$BENCH_TMP/raw.tsv" <<'PY'
import pathlib, sys
root = pathlib.Path(sys.argv[1])
def esc(s): return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for p in sorted(root.glob("*/*.txt")):
        b = p.read_bytes()
        try: text = b.decode("utf-8")
        except UnicodeDecodeError: text = b.decode("cp1252")
        out.write(f"{esc(str(p.relative_to(root)))}\t{esc(text)}\n")
PY
psqlq -c "CREATE TABLE raw_copy (id bigserial PRIMARY KEY, name text NOT NULL, body text NOT NULL)"
t2=$(now)
psqlq -c "\\copy raw_copy (name, body) FROM '$BENCH_TMP/raw.tsv'"
t3=$(now)
copy_s=$(elapsed "$t2" "$t3")
copied=$(psqlq -c "SELECT count(*) FROM raw_copy")

python3 - "$files" "$status" "$total" "$done" "$dups" "$failed" "$articles" "$claims" "$figures" "$mentions" "$import_s" "$copied" "$copy_s" "$(machine_line)" "$web_cpu" "$pg_cpu_s" <<'PY'
import sys
files, status, total, done, dups, failed, articles, claims, figures, mentions = sys.argv[1:11]
import_s, copied, copy_s, machine = float(sys.argv[11]), sys.argv[12], float(sys.argv[13]), sys.argv[14]
web_cpu, pg_cpu = float(sys.argv[15]), float(sys.argv[16])
rate = int(files) / import_s
ratio = import_s / copy_s if copy_s else float("inf")
print(f"batch {status}: {total} items, {done} imported, {dups} duplicates, {failed} failed; stored {articles} articles, "
      f"{claims} claims, {figures} figures, {mentions} article actors")
print(f"SUMMARY import: {files} files in {import_s:.1f} s = {rate:.0f} articles/s (target >= 100: {'met' if rate >= 100 else 'MISSED'}); "
      f"raw COPY of the same {copied} texts {copy_s:.2f} s; import/COPY = {ratio:.1f}x (target <= 3x: {'met' if ratio <= 3 else 'MISSED'}); "
      f"CPU {web_cpu:.1f} s web + {pg_cpu:.1f} s PostgreSQL = {int(files) / (web_cpu + pg_cpu):.0f} articles per CPU-second "
      f"[{machine}]")
PY

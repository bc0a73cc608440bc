#!/usr/bin/env bash
# Our engine side by side with what a developer would reach for instead (compromise, wink-nlp), on the same texts,
# each on one core, start-up excluded. Usage: bench/peers/run.sh [DIR]   (default: ../shared/eval/corpus-bbc)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dir=${1:-$root/../shared/eval/corpus-bbc}
[ -d "$dir" ] || { echo "no corpus folder: $dir (give one: bench/peers/run.sh DIR)" >&2; exit 2; }
command -v node >/dev/null || { echo "node is needed (apt-get install nodejs npm)" >&2; exit 2; }

(cd "$here" && npm install --no-audit --no-fund --silent)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish "$root/src/NewsAnalysis.Cli" -c Release -o "$out" --nologo -v quiet >/dev/null

results=$out/results.jsonl
taskset -c 0 dotnet "$out/NewsAnalysis.Cli.dll" eval speed "$dir" --json >>"$results"
for lib in compromise wink; do
  taskset -c 0 node "$here/peers.mjs" "$lib" "$dir" >>"$results"
done

machine="$(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$results" "$machine" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
machine = sys.argv[2]
ours = rows[0]["mbPerSecond"]
print(f"{'engine':<24}{'articles':>9}{'MB':>7}{'MB/s':>9}{'ours x':>8}  found")
for r in rows:
    found = ", ".join(f"{k} {v}" for k, v in sorted(r["found"].items()))
    ratio = ours / r["mbPerSecond"] if r["mbPerSecond"] else float("inf")
    print(f"{r['engine']:<24}{r['articles']:>9}{r['bytes']/1e6:>7.2f}{r['mbPerSecond']:>9.2f}{ratio:>8.1f}  {found}")
def entities(r):
    return sum(v for k, v in r["found"].items() if k in ("person", "organization", "location", "other"))
parts = [f"{r['engine']} {r['mbPerSecond']:.2f} MB/s, {entities(r)} entities" + ("" if r is rows[0] else f" (ours {ours / r['mbPerSecond']:.1f}x its speed)") for r in rows]
print(f"SUMMARY peers ({rows[0]['articles']} texts, {rows[0]['bytes']/1e6:.2f} MB, one core each): " + "; ".join(parts) + f" [{machine}]")
PY

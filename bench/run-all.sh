#!/usr/bin/env bash
# Runs every bench script in sequence (web app published once) and prints their SUMMARY lines at the end, ready to
# paste into docs/performance.md. Usage: bench/run-all.sh [DIR]   (default ../shared/eval/corpus-bbc)
# Each script starts and stops its own PostgreSQL and web app on 127.0.0.1. Run it on a quiet machine.
set -uo pipefail
. "$(dirname "$0")/lib/common.sh"
corpus=$(bench_corpus "${1:-}")
BENCH_WEB_OUT=$(mktemp -d /var/tmp/na-bench-web-all.XXXXXX)
summary=$(mktemp /var/tmp/na-bench-summary.XXXXXX)
trap 'rm -rf "$BENCH_WEB_OUT"' EXIT
dotnet publish "$bench_root/src/NewsAnalysis.Web" -c Release -o "$BENCH_WEB_OUT" --nologo -v quiet >/dev/null || exit 1
export BENCH_WEB_OUT

status=0
for script in peers/run.sh import/run.sh load/run.sh faults/run.sh badinput/run.sh; do
    echo "== bench/$script"
    if ! "$bench_root/bench/$script" "$corpus" 2>&1 | tee >(grep '^SUMMARY' >>"$summary"); then
        echo "SUMMARY bench/$script FAILED (see above)" >>"$summary"
        status=1
    fi
done
echo "== summaries (also in $summary)"
cat "$summary"
exit $status

# Shared by the bench scripts: paths, the corpus argument, clean-up on any exit, a clock, the machine line.
bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=pg.sh
. "$bench_root/bench/lib/pg.sh"
# shellcheck source=web.sh
. "$bench_root/bench/lib/web.sh"

bench_corpus() {
    local dir=${1:-} up=$bench_root
    # The default is ../shared/eval/corpus-bbc beside the checkout (or beside a parent folder, for worktrees).
    while [ -z "$dir" ] && [ "$up" != / ]; do
        up=$(dirname "$up")
        [ -d "$up/shared/eval/corpus-bbc" ] && dir=$up/shared/eval/corpus-bbc
    done
    dir=${dir:-$bench_root/../shared/eval/corpus-bbc}
    [ -d "$dir" ] || { echo "no corpus folder: $dir (give one as the first argument)" >&2; exit 2; }
    (cd "$dir" && pwd)
}

# Stops whatever the script started (web app, PostgreSQL, temp files), on success, failure or Ctrl+C.
bench_cleanup() {
    local status=$?
    web_stop
    pg_stop
    [ -n "${WEB_OUT:-}" ] && [ -z "${WEB_KEEP:-}" ] && rm -rf "$WEB_OUT" "$WEB_OUT.publish.log"
    [ -n "${WEB_JAR:-}" ] && rm -f "$WEB_JAR"
    [ -n "${BENCH_TMP:-}" ] && rm -rf "$BENCH_TMP"
    [ -n "${WEB_LOG:-}" ] && [ "${KEEP_LOGS:-0}" = 0 ] && rm -f "$WEB_LOG"
    return $status
}
bench_trap() {
    BENCH_TMP=$(mktemp -d /var/tmp/na-bench.XXXXXX)
    trap bench_cleanup EXIT
    trap 'exit 130' INT TERM
}

now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }

machine_line() {
    printf '%s UTC, %s cores (%s), load average %s' "$(date -u '+%Y-%m-%d %H:%M')" "$(nproc)" \
        "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

# Zips the corpus's article files (not its README/SOURCE) the way an admin uploads a folder.
corpus_zip() {
    local dir=$1 out=$2
    (cd "$dir" && find . -mindepth 2 -type f -name '*.txt' | sed 's|^\./||' | sort | zip -q -@ "$out")
}

# Waits until an import batch is finished; prints its status. Gives up after $2 seconds.
wait_batch() {
    local id=$1 limit=${2:-900} start status
    start=$(date +%s)
    while :; do
        status=$(psqlq -c "SELECT status FROM import_batches WHERE id = $id" 2>/dev/null || echo unreachable)
        case "$status" in completed|failed) echo "$status"; return 0 ;; esac
        [ $(( $(date +%s) - start )) -lt "$limit" ] || { echo "timeout:$status"; return 1; }
        sleep 0.5
    done
}

# CPU seconds (user + system) a process has used, with its children that have ended.
proc_cpu() {
    awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13 + $14 + $15) / hz }' "/proc/$1/stat"
}

# CPU seconds of the whole PostgreSQL cluster from pg.sh: the postmaster, its live processes and the ended ones.
pg_cpu() {
    local pm child total
    pm=$(head -1 "$PG_DIR/data/postmaster.pid")
    total=$(proc_cpu "$pm")
    for child in $(pgrep -P "$pm"); do
        total=$(awk -v a="$total" -v b="$(proc_cpu "$child" 2>/dev/null || echo 0)" 'BEGIN { print a + b }')
    done
    echo "$total"
}

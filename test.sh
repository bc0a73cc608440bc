#!/usr/bin/env bash
# Runs every test: ./test.sh [extra dotnet test arguments]
# Installs what the tests need when missing and running as root (PostgreSQL server programs; Chromium for the browser
# tests), then runs the whole solution's tests and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
    echo "The tests need the .NET 10 SDK: https://dot.net/download" >&2
    exit 1
fi

apt_install() {
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing $* ..."
        if [ -z "${apt_updated:-}" ]; then DEBIAN_FRONTEND=noninteractive apt-get update -qq; apt_updated=1; fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
    else
        return 1
    fi
}

have_postgres() {
    [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ] && return 0
    command -v initdb >/dev/null 2>&1 && return 0
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
}

if ! have_postgres; then
    apt_install postgresql || { echo "The tests need the PostgreSQL server programs: sudo apt-get install postgresql (or set PG_BIN)" >&2; exit 1; }
fi
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
    apt_install chromium || echo "Chromium not installed: browser tests may fail (sudo apt-get install chromium)" >&2
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
dotnet test NewsAnalysis.sln -c Release --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    counters="$(grep -o '<Counters [^>]*' "$trx" | head -1)"
    p="$(echo "$counters" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')"
    f="$(echo "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')"
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
done

echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
    exit 1
fi

#!/usr/bin/env bash
# Runs NewsAnalysis on this machine: ./run.sh [--urls http://127.0.0.1:5080]
# With no database configured (ConnectionStrings__News) the app starts its own PostgreSQL in .data/pg and seeds the
# demo users and article (Development). Ctrl+C stops the app and that PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
    echo "NewsAnalysis needs the .NET 10 SDK: https://dot.net/download (Debian/Ubuntu: sudo apt-get install dotnet-sdk-10.0)" >&2
    exit 1
fi

have_postgres() {
    [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ] && return 0
    command -v initdb >/dev/null 2>&1 && return 0
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
}

if [ -z "${ConnectionStrings__News:-}" ] && ! have_postgres; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing the PostgreSQL server (apt-get install postgresql)..."
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
        echo "NewsAnalysis needs PostgreSQL: install the server (Debian/Ubuntu: sudo apt-get install postgresql;" \
             "Fedora: sudo dnf install postgresql-server; macOS: brew install postgresql@16)," \
             "or point ConnectionStrings__News at an existing database." >&2
        exit 1
    fi
fi

urls="http://127.0.0.1:5080"
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --urls) urls="$2"; shift 2 ;;
        --urls=*) urls="${1#--urls=}"; shift ;;
        *) args+=("$1"); shift ;;
    esac
done

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
cat <<BANNER
NewsAnalysis starting on $urls ($ASPNETCORE_ENVIRONMENT)
  demo logins (Development): admin@newsanalysis.local, editor@newsanalysis.local, journalist@newsanalysis.local
  password: NewsDemo-2026
BANNER
dotnet build src/NewsAnalysis.Web -c Release -v quiet -nologo
# The app itself replaces this shell, so Ctrl+C or a stop signal reaches it and it stops its PostgreSQL too.
exec dotnet src/NewsAnalysis.Web/bin/Release/net10.0/NewsAnalysis.Web.dll \
    --contentRoot "$PWD/src/NewsAnalysis.Web" --urls "$urls" ${args[@]+"${args[@]}"}

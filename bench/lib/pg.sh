# Throwaway PostgreSQL for bench scripts: source this file, then `pg_start`; `pg_stop` (or the trap from `bench_trap`)
# removes it. Loopback only, a free port, trust auth on 127.0.0.1, data in a temp folder. As root the server runs as
# the `postgres` user (PostgreSQL refuses root), like src/NewsAnalysis.Data/Local/LocalPostgres.cs does.
# After pg_start: PG_PORT, PG_DIR, PG_URL (for psql) and PG_CS (an Npgsql connection string) are set.

pg_bin() {
    if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
    local initdb
    initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)
    [ -n "$initdb" ] || initdb=$(command -v initdb 2>/dev/null)
    [ -n "$initdb" ] || { echo "PostgreSQL server programs not found (apt-get install postgresql, or set PG_BIN)" >&2; return 1; }
    dirname "$initdb"
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Runs a command as the postgres user when root.
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
    local bin; bin=$(pg_bin) || return 1
    PG_DIR=$(mktemp -d /var/tmp/na-bench-pg.XXXXXX)
    PG_PORT=$(free_port)
    [ "$(id -u)" = 0 ] && chown postgres: "$PG_DIR"
    as_pg "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth trust --encoding UTF8 --locale C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
        || { cat "$PG_DIR/initdb.log" >&2; return 1; }
    pg_up
    PG_URL="postgresql://postgres@127.0.0.1:$PG_PORT/newsanalysis"
    PG_CS="Host=127.0.0.1;Port=$PG_PORT;Database=newsanalysis;Username=postgres;Maximum Pool Size=${PG_POOL:-40}"
    psql "postgresql://postgres@127.0.0.1:$PG_PORT/postgres" -qtAX -c "CREATE DATABASE newsanalysis" >/dev/null
    export PG_DIR PG_PORT PG_URL PG_CS
}

# Starts (again) the cluster made by pg_start, on the same port.
pg_up() {
    local bin; bin=$(pg_bin) || return 1
    as_pg "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k '' -c fsync=${PG_FSYNC:-on} -c max_connections=200 ${PG_OPTS:-}" start >/dev/null
}

# Stops the server, keeping its data (for the fault scenarios).
pg_down() {
    local bin; bin=$(pg_bin) || return 1
    as_pg "$bin/pg_ctl" -D "$PG_DIR/data" -m "${1:-fast}" -w -t 60 stop >/dev/null
}

pg_stop() {
    [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ] || return 0
    pg_down immediate 2>/dev/null || true
    rm -rf "$PG_DIR"
    PG_DIR=
}

psqlq() {
    psql "$PG_URL" -v ON_ERROR_STOP=1 -qtAX "$@"
}

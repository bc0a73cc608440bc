# The web app for bench scripts: `web_publish` once (Release, into a temp folder), then `web_start` against the
# throwaway database from pg.sh; `web_login EMAIL` leaves a cookie jar in $WEB_JAR. Loopback only.
# Environment Staging (the error page, not the developer page) with the demo users seeded.

# BENCH_WEB_OUT=folder reuses an earlier publish (bench/run-all.sh publishes once); it is left in place.
web_publish() {
    local root=$1
    if [ -n "${BENCH_WEB_OUT:-}" ] && [ -f "$BENCH_WEB_OUT/NewsAnalysis.Web.dll" ]; then WEB_OUT=$BENCH_WEB_OUT; WEB_KEEP=1; export WEB_OUT; return 0; fi
    WEB_OUT=$(mktemp -d /var/tmp/na-bench-web.XXXXXX)
    dotnet publish "$root/src/NewsAnalysis.Web" -c Release -o "$WEB_OUT" --nologo -v quiet >"$WEB_OUT.publish.log" 2>&1 \
        || { tail -30 "$WEB_OUT.publish.log" >&2; return 1; }
    export WEB_OUT
}

web_start() {
    WEB_PORT=${WEB_PORT:-$(free_port)}
    WEB_URL="http://127.0.0.1:$WEB_PORT"
    WEB_LOG=${WEB_LOG:-$(mktemp /var/tmp/na-bench-web-log.XXXXXX)}
    (cd "$WEB_OUT" && ASPNETCORE_ENVIRONMENT=Staging Seed__DemoData=true ConnectionStrings__News="$PG_CS" \
        Jobs__PollSeconds=0.5 Serilog__MinimumLevel__Default=${WEB_LOG_LEVEL:-Warning} Logging__LogLevel__Default=${WEB_LOG_LEVEL:-Warning} \
        exec dotnet NewsAnalysis.Web.dll --urls "$WEB_URL" >>"$WEB_LOG" 2>&1) &
    WEB_PID=$!
    export WEB_PID WEB_URL WEB_PORT WEB_LOG
    local i
    for i in $(seq 1 240); do
        curl -fsS -o /dev/null "$WEB_URL/health" 2>/dev/null && return 0
        kill -0 "$WEB_PID" 2>/dev/null || { echo "web app exited:" >&2; tail -20 "$WEB_LOG" >&2; return 1; }
        sleep 0.5
    done
    echo "web app did not answer /health within 120 s" >&2; tail -20 "$WEB_LOG" >&2; return 1
}

web_stop() {
    [ -n "${WEB_PID:-}" ] || return 0
    kill "${1:--TERM}" "$WEB_PID" 2>/dev/null || true
    wait "$WEB_PID" 2>/dev/null || true
    WEB_PID=
}

# Logs in with a demo account (password from DemoSeed) and keeps the cookies in $WEB_JAR.
web_login() {
    WEB_JAR=$(mktemp /var/tmp/na-bench-jar.XXXXXX)
    local token
    token=$(curl -fsS -c "$WEB_JAR" -b "$WEB_JAR" "$WEB_URL/Account/Login" \
        | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//' | head -1)
    [ -n "$token" ] || { echo "no antiforgery token on the login page" >&2; return 1; }
    curl -fsS -o /dev/null -c "$WEB_JAR" -b "$WEB_JAR" "$WEB_URL/Account/Login" \
        --data-urlencode "Email=$1" --data-urlencode "Password=${2:-NewsDemo-2026}" --data-urlencode "__RequestVerificationToken=$token"
    grep -v Antiforgery "$WEB_JAR" | grep -q '^#HttpOnly_' || { echo "login as $1 failed" >&2; return 1; }
    export WEB_JAR
}

# The cookie header for tools that do not read curl's jar (wrk).
web_cookie_header() {
    awk -F'\t' '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$WEB_JAR" | sed 's/; $//'
}

# Uploads files to the admin import page (logged in as admin); prints the batch id.
web_upload() {
    local token args=() f
    token=$(curl -fsS -c "$WEB_JAR" -b "$WEB_JAR" "$WEB_URL/Admin/Imports" \
        | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//' | head -1)
    for f in "$@"; do args+=(-F "Files=@$f"); done
    curl -sS -o /dev/null -w '%{redirect_url}' -c "$WEB_JAR" -b "$WEB_JAR" -F "__RequestVerificationToken=$token" "${args[@]}" \
        "$WEB_URL/Admin/Imports?handler=Files" | grep -o '[0-9]*$'
}

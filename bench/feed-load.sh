#!/usr/bin/env bash
# Feed benchmark: the first page of /feed (and GET /api/v1/posts) for a typical reader of the
# enterprise "bench" made by bench/feed-generate.sh, on PostgreSQL. Starts the packaged app on
# FEED_JDBC (Flyway migrates it; run bench/feed-generate.sh once afterwards if "bench" is missing),
# signs in as bench/u2000 (员工, own customers only, department 销售部 under 总部) through the real
# form, issues a token, checks each URL answers 200, then for each URL: a discarded warm-up
# (WARMUP, default 10s) and wrk -t2 -c16 -d20s --latency. /actuator/health runs the same way, for
# the cost of the framework alone. Override THREADS, CONNECTIONS, DURATION, TIMEOUT (wrk, 10s),
# READER, JAVA_OPTS; POOL sets the Hikari pool size (default 16).
set -euo pipefail
FEED_JDBC="${FEED_JDBC:-jdbc:postgresql://127.0.0.1:5432/feedbench}"
export SPRING_DATASOURCE_URL="$FEED_JDBC"
export SPRING_DATASOURCE_USERNAME="${FEED_DB_USER:-feedbench}"
export SPRING_DATASOURCE_PASSWORD="${FEED_DB_PASSWORD:-feedbench}"
export SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE="${POOL:-16}"
source "$(dirname "$0")/app.sh"
source "$(dirname "$0")/session.sh"

THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-10s}"
READER="${READER:-u2000}"
TIMEOUT="${TIMEOUT:-10s}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

session_cookie() {
  awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$APP_DIR/cookies"
}

measure() {
  local url="$1"; shift
  local status
  status="$(curl -sS -o "$APP_DIR/body" -w '%{http_code}' "$@" "$url")"
  if [[ "$status" != 200 ]]; then
    echo "$url answered $status; the app log ends:" >&2
    tail -n 60 "$APP_DIR/app.log" >&2
    exit 1
  fi
  echo "--- $url: $(wc -c <"$APP_DIR/body") bytes; load before: $(cut -d" " -f1-3 /proc/loadavg)"
  if [[ "$WARMUP" != 0 ]]; then
    wrk "-t$THREADS" "-c$CONNECTIONS" "-d$WARMUP" "$@" "$url" >/dev/null
  fi
  wrk "-t$THREADS" "-c$CONNECTIONS" "-d$DURATION" --timeout "$TIMEOUT" --latency "$@" "$url" \
    | grep -E 'Latency|Requests/sec|Non-2xx|Socket errors|requests in| (50|75|90|99)%'
}

ensure_jar
launch_app
base="http://127.0.0.1:$APP_PORT"
psql_ok="$(curl -fsS "$base/actuator/health")"
sign_in "$base" bench "$READER"
token="$(issue_token "$base")"
cookie="$(session_cookie)"
echo "java: $(java -version 2>&1 | head -n 1); JAVA_OPTS: ${JAVA_OPTS:-none}; pool: $SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE;" \
  "cores: $(nproc), shared by app, PostgreSQL and wrk; health: $psql_ok"
measure "$base/feed" -H "Cookie: $cookie"
measure "$base/api/v1/posts" -H "Authorization: Bearer $token"
measure "$base/actuator/health"
echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"

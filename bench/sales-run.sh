#!/usr/bin/env bash
# What the sales workload scripts (sales.sh, contracts.sh) share, sourced by them: the packaged app on
# the PostgreSQL benchmark database (db.sh), signed in as demo/admin (data scope: all) through the real
# form with an API token, psql on the same database, the check that every measured page answers 200
# before anything is measured, the run's environment, and the health and bell workloads that every
# run measures first so each cost can also be read as a multiple of health (cost.sh says why).
BENCH_DB=postgres
source "$(dirname "${BASH_SOURCE[0]}")/app.sh"
source "$(dirname "${BASH_SOURCE[0]}")/db.sh"
source "$(dirname "${BASH_SOURCE[0]}")/session.sh"
source "$(dirname "${BASH_SOURCE[0]}")/cost.sh"
source "$(dirname "${BASH_SOURCE[0]}")/measure.sh"
PSQL_URL="postgresql://$JDBC_USER:$JDBC_PASSWORD@${JDBC_URL#jdbc:postgresql://}"
LUA="$BENCH_ROOT/bench/wrk"

sql() {
  psql "$PSQL_URL" -X -q -At -v ON_ERROR_STOP=1 "$@"
}

run() {
  local name="$1"
  shift
  measure "$name" "$CONNECTIONS" "$@"
}

# Starts the app and signs in: sets base, token and cookie.
start_signed_in() {
  ensure_jar
  launch_app
  base="http://127.0.0.1:$APP_PORT"
  sign_in "$base"
  token="$(issue_token "$base")"
  cookie="$(cookie_header)"
}

# Each path must answer 200 (as htmx asks for it, which full pages ignore) before anything is measured.
check_pages() {
  local path status
  for path in "$@"; do
    status="$(curl -sS -o /dev/null -w '%{http_code}' -H "$cookie" -H "HX-Request: true" "$base$path")"
    [[ "$status" == 200 ]] || { echo "GET $path answered $status" >&2; tail -n 40 "$APP_DIR/app.log" >&2; exit 1; }
  done
}

print_environment() {
  echo "database: PostgreSQL $(sql -c 'SHOW server_version'), shared_buffers $(sql -c 'SHOW shared_buffers');" \
    "java: $(java -version 2>&1 | head -n 1); cores: $(nproc), shared by app, database and wrk"
  echo "JAVA_OPTS: ${JAVA_OPTS:-(none)}; wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up"
  echo "commit: $(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown); jar: $HUTONG_JAR"
}

# Runs health, bell and then each of WORKLOADS through the script's own workload function ($1).
run_workloads() {
  local own="$1" workload
  print_header
  for workload in health bell $(tr ' ' '\n' <<<"$WORKLOADS" | grep -vx 'health\|bell'); do
    echo "load before $workload: $(cut -d" " -f1-3 /proc/loadavg)" >&2
    case "$workload" in
      health) run health "$base/actuator/health" ;;
      bell) run bell -H "$cookie" "$base/notifications/bell" ;;
      *) "$own" "$workload" ;;
    esac
  done
}

# A POST workload through the API: a discarded warm-up, then the measured run; $1 names the workload,
# $2 the Lua script, the rest are its arguments after the run's tag (which marks the rows it makes).
run_posts() {
  local name="$1" script="$2"
  shift 2
  tag="$(date +%H%M%S)"
  if [[ "$WARMUP" != 0 ]]; then
    wrk "-t$THREADS" "-c$CONNECTIONS" "-d$WARMUP" -H "Authorization: Bearer $token" -s "$LUA/$script" \
      "$base" -- "$1" "w$tag" "${@:2}" >/dev/null
  fi
  WARMUP=0 run "$name" -H "Authorization: Bearer $token" -s "$LUA/$script" "$base" -- "$1" "$tag" "${@:2}"
  created="$(sed -n 's/^created: \([0-9]*\).*/\1/p' "$APP_DIR/$name.txt")"
}

finish() {
  echo "memory after the workloads: $(app_memory)"
  echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"
}

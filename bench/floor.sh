#!/usr/bin/env bash
# The signed-in floor and the bearer door, as CPU per request: starts the packaged app on the
# benchmark database (db.sh), signs in as demo/admin, issues an API token, then for each workload a
# warm-up (WARMUP, default 3s) and a measured `wrk -t$THREADS -c$CONNECTIONS -d$DURATION` (2, 16, 10s):
#   health  GET /actuator/health, the framework alone: every cost is stated as a multiple of it
#   bell    GET /notifications/bell with the session cookie, the floor under any signed-in page
#   page    GET /customers?scope=TEAM with the session cookie (the list's first page)
#   api     GET /api/v1/customers?scope=TEAM with the bearer token (the same rows as JSON)
# Prints per workload req/s and CPU ms per request of the app process and of the database backends
# serving this database (utime + stime from /proc over the measured window, divided by completed
# requests), and their sum as a multiple of health's; on PostgreSQL also the scans and row writes
# per request of each table the workload touched. JFR=1 records a flight recording of the bell
# workload into $JFR_FILE (default bench-floor.jfr); bench/jfr-top.sh sums up where its time went.
set -euo pipefail
source "$(dirname "$0")/app.sh"
source "$(dirname "$0")/db.sh"
source "$(dirname "$0")/session.sh"

THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-3s}"
WORKLOADS="${WORKLOADS:-health bell page api}"
TICK_MS=$((1000 / $(getconf CLK_TCK)))

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

# utime + stime in clock ticks of one process (0 when it is gone).
ticks_of() {
  awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0
}

# "pid ticks" of every database backend connected to the benchmark database.
db_ticks() {
  local database="${JDBC_URL##*/}" pid
  database="${database%%\?*}"
  for pid in $(pgrep -f "postgres: .* $database " || true); do
    echo "$pid $(ticks_of "$pid")"
  done
}

# CPU ticks the database backends spent between two db_ticks snapshots (new backends count whole).
db_spent() {
  awk 'NR == FNR { before[$1] = $2; next } { spent += $2 - ($1 in before ? before[$1] : 0) } END { print spent + 0 }' \
    "$1" "$2"
}

# "table reads writes" of the benchmark database: index and sequential scans, rows written (PostgreSQL
# only; its counters lag by up to a second, so per-request figures are close, not exact).
table_counts() {
  [[ "$BENCH_DB" == postgres ]] || return 0
  local rest="${JDBC_URL#jdbc:postgresql://}"
  PGPASSWORD="$JDBC_PASSWORD" psql -h "${rest%%:*}" -U "$JDBC_USER" -d "$(basename "${rest%%\?*}")" -AtF ' ' -c \
    "select relname, coalesce(idx_scan, 0) + coalesce(seq_scan, 0), n_tup_ins + n_tup_upd + n_tup_del from pg_stat_user_tables"
}

# Per request, the tables a workload read and wrote ("spring_session 1.00r 0.02w …").
table_use() {
  awk -v r="$3" 'NR == FNR { reads[$1] = $2; writes[$1] = $3; next }
    { dr = ($2 - reads[$1]) / r; dw = ($3 - writes[$1]) / r
      if (dr >= 0.05 || dw >= 0.05) printf "%s %.2fr %.2fw  ", $1, dr, dw }' "$1" "$2"
}

# measure <name> <wrk arguments…>: prints "<name> <req/s> <app ms> <db ms> <total ms>"; the tables
# it used go to $APP_DIR/tables.
measure() {
  local name="$1" out requests app_before app_after
  shift
  [[ "$WARMUP" == 0 ]] || wrk "-t$THREADS" "-c$CONNECTIONS" "-d$WARMUP" "$@" >/dev/null
  table_counts >"$APP_DIR/tables-before"
  db_ticks >"$APP_DIR/db-before"
  app_before="$(ticks_of "$APP_PID")"
  out="$(wrk "-t$THREADS" "-c$CONNECTIONS" "-d$DURATION" "$@")"
  app_after="$(ticks_of "$APP_PID")"
  db_ticks >"$APP_DIR/db-after"
  sleep 1
  table_counts >"$APP_DIR/tables-after"
  if grep -q Non-2xx <<<"$out"; then
    echo "$name: $(grep Non-2xx <<<"$out")" >&2
  fi
  requests="$(awk '/requests in/ { print $1 }' <<<"$out")"
  echo "$name: $(table_use "$APP_DIR/tables-before" "$APP_DIR/tables-after" "$requests")" >>"$APP_DIR/tables"
  awk -v n="$name" -v r="$requests" -v s="$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")" \
    -v a="$(((app_after - app_before) * TICK_MS))" -v d="$(($(db_spent "$APP_DIR/db-before" "$APP_DIR/db-after") * TICK_MS))" \
    'BEGIN { printf "%s %.0f %.3f %.3f %.3f\n", n, s, a / r, d / r, (a + d) / r }'
}

ensure_jar
if [[ -n "${JFR:-}" ]]; then
  # a signed-in request's stack is deeper than the recorder's default 64 frames
  JAVA_OPTS="${JAVA_OPTS:-} -XX:FlightRecorderOptions:stackdepth=256"
fi
launch_app
base="http://127.0.0.1:$APP_PORT"
sign_in "$base"
token="$(issue_token "$base")"
cookie="$(cookie_header)"
bearer="Authorization: Bearer $token"

echo "database: $BENCH_DB; java: $(java -version 2>&1 | head -n 1); cores: $(nproc), shared by app, database and wrk"
echo "JAVA_OPTS: ${JAVA_OPTS:-(none)}; wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up; load $(cut -d" " -f1-3 /proc/loadavg)"
results="$APP_DIR/results"
for workload in $WORKLOADS; do
  case "$workload" in
    health) measure health "$base/actuator/health" ;;
    bell)
      [[ -z "${JFR:-}" ]] || jcmd "$APP_PID" JFR.start name=floor settings=profile >/dev/null
      measure bell -H "$cookie" "$base/notifications/bell"
      [[ -z "${JFR:-}" ]] || jcmd "$APP_PID" JFR.stop name=floor "filename=$(realpath "${JFR_FILE:-bench-floor.jfr}")" >/dev/null ;;
    page) measure page -H "$cookie" "$base/customers?scope=TEAM" ;;
    api) measure api -H "$bearer" "$base/api/v1/customers?scope=TEAM" ;;
    *) echo "unknown workload $workload" >&2; exit 1 ;;
  esac
done >"$results"
awk '$1 == "health" { h = $5 } { row[NR] = $0 } END {
  printf "%-7s %8s %9s %9s %9s %8s\n", "workload", "req/s", "app_ms", "db_ms", "cpu_ms", "x_health"
  for (i = 1; i <= NR; i++) { split(row[i], f, " ")
    printf "%-7s %8s %9s %9s %9s %8s\n", f[1], f[2], f[3], f[4], f[5], (h > 0 ? sprintf("%.2f", f[5] / h) : "-") }
}' "$results"
echo "database tables per request (r: index or sequential scans, w: rows written):"
cat "$APP_DIR/tables" 2>/dev/null || true
echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"

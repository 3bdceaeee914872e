#!/usr/bin/env bash
# Customer workloads on generated data (bench/generate.sh first, same BENCH_DB): starts the packaged
# app on the benchmark database (db.sh), signs in as demo/admin (data scope: all) through the real
# form, issues an API token, then for each workload a warm-up (WARMUP, default 5s, discarded) and a
# measured `wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency` (defaults 2, 16, 20s):
#   health  GET /actuator/health, the framework alone, for reference
#   bell    GET /notifications/bell with the session: a signed-in fragment (session, security chain,
#           one count query, a two-line template), the floor under any signed-in page
#   W1      GET /customers?scope=TEAM: the list's first page (20 rows, default order) with its count
#   W2      the same list filtered by a name keyword (wrk/keyword.lua)
#   W3      GET /customers/{id}, random ids of the generator's sample (wrk/customer.lua)
#   W4      POST /api/v1/customers with unique names (wrk/create.lua); then the rows are counted
#           through the API and compared with the 201 answers
# Prints one summary line per workload (req/s, p50, p99 in ms, non-2xx) and the load average.
# WORKLOADS (default "health W1 W2 W3 W4") picks some; SINGLE=1 also measures each with one
# connection (the cost of a request without queueing).
set -euo pipefail
source "$(dirname "$0")/app.sh"
source "$(dirname "$0")/db.sh"
source "$(dirname "$0")/session.sh"

THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
WORKLOADS="${WORKLOADS:-health bell W1 W2 W3 W4}"
LUA="$BENCH_ROOT/bench/wrk"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[[ -s "$IDS_FILE" ]] || { echo "no customer ids in $IDS_FILE: run bench/generate.sh first" >&2; exit 1; }

# wrk's latency in ms: 812.00us, 12.34ms, 1.02s.
to_ms() {
  awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /[0-9]s$/ && $1 !~ /ms$/) v *= 1000; printf "%.1f", v }'
}

# Prints "<name> <req/s> <p50> <p99> <non-2xx>" from wrk's output on stdin.
summarise() {
  local name="$1" out
  out="$(cat)"
  printf '%-7s %9s %8s %8s %7s\n' "$name" "$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")" \
    "$(awk '$1 == "50%" { print $2 }' <<<"$out" | to_ms)" "$(awk '$1 == "99%" { print $2 }' <<<"$out" | to_ms)" \
    "$(awk '/Non-2xx/ { print $5 }' <<<"$out" | grep . || echo 0)"
}

# measure <name> <connections> <wrk arguments…>: warm-up, measured run (full output in $APP_DIR/<name>.txt).
measure() {
  local name="$1" connections="$2" threads="$THREADS"
  shift 2
  ((threads <= connections)) || threads="$connections"
  if [[ "$WARMUP" != 0 ]]; then
    wrk "-t$threads" "-c$connections" "-d$WARMUP" "$@" >/dev/null
  fi
  wrk "-t$threads" "-c$connections" "-d$DURATION" --latency "$@" | tee "$APP_DIR/$name.txt" | summarise "$name"
}

run() {
  local name="$1"
  shift
  measure "$name" "$CONNECTIONS" "$@"
  if [[ -n "${SINGLE:-}" ]]; then
    measure "$name-c1" 1 "$@"
  fi
}

created_total() {
  curl -fsS -H "Authorization: Bearer $token" --get "$base/api/v1/customers" --data-urlencode scope=TEAM \
    --data-urlencode "q=压测$1" --data-urlencode limit=1 | sed 's/.*"total":\([0-9]*\).*/\1/'
}

ensure_jar
launch_app
base="http://127.0.0.1:$APP_PORT"
sign_in "$base"
token="$(issue_token "$base")"
cookie="$(cookie_header)"
for path in "/notifications/bell" "/customers?scope=TEAM" "/customers/$(head -n 1 "$IDS_FILE")"; do
  status="$(curl -sS -o /dev/null -w '%{http_code}' -H "$cookie" "$base$path")"
  [[ "$status" == 200 ]] || { echo "GET $path answered $status" >&2; exit 1; }
done

echo "database: $BENCH_DB; java: $(java -version 2>&1 | head -n 1); cores: $(nproc), shared by app, database and wrk"
echo "JAVA_OPTS: ${JAVA_OPTS:-(none)}; wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up"
printf '%-7s %9s %8s %8s %7s\n' workload req/s p50_ms p99_ms non2xx
for workload in $WORKLOADS; do
  echo "load before $workload: $(cut -d" " -f1-3 /proc/loadavg)" >&2
  case "$workload" in
    health) run health "$base/actuator/health" ;;
    bell) run bell -H "$cookie" "$base/notifications/bell" ;;
    W1) run W1 -H "$cookie" "$base/customers?scope=TEAM" ;;
    W2) run W2 -H "$cookie" -s "$LUA/keyword.lua" "$base" ;;
    W3) run W3 -H "$cookie" -s "$LUA/customer.lua" "$base" -- "$IDS_FILE" ;;
    W4)
      tag="$(date +%H%M%S)"
      if [[ "$WARMUP" != 0 ]]; then
        wrk "-t$THREADS" "-c$CONNECTIONS" "-d$WARMUP" -H "Authorization: Bearer $token" -s "$LUA/create.lua" \
          "$base" -- "w$tag" >/dev/null
      fi
      WARMUP=0 run W4 -H "Authorization: Bearer $token" -s "$LUA/create.lua" "$base" -- "$tag"
      created="$(sed -n 's/^created: \([0-9]*\).*/\1/p' "$APP_DIR/W4.txt")"
      [[ -n "${SINGLE:-}" ]] && created=$((created + $(sed -n 's/^created: \([0-9]*\).*/\1/p' "$APP_DIR/W4-c1.txt")))
      echo "W4: $created answered 201, $(created_total "$tag") found through the API afterwards"
      grep -h '^refused: ' "$APP_DIR"/W4*.txt || true ;;
    *) echo "unknown workload $workload" >&2; exit 1 ;;
  esac
done
echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"

# Sourced by the workload scripts after app.sh and cost.sh: one table row per measured wrk window.
#   THREADS, CONNECTIONS, DURATION, WARMUP (defaults 2, 16, 20s, 5s; WARMUP=0 skips the warm-up)
#   TIMEOUT  wrk's timeout (default 10s: a slow page is measured, not dropped)
# Each row: req/s, p50 and p99 in ms, non-2xx, CPU ms per request of the app, of the database and
# both (cost.sh), and that as a multiple of health's (measured first in every run).

THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
TIMEOUT="${TIMEOUT:-10s}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

# wrk's latency in ms: 812.00us, 12.34ms, 1.02s.
to_ms() {
  awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /[0-9]s$/ && $1 !~ /ms$/) v *= 1000; printf "%.1f", v }'
}

HEADER_FORMAT='%-16s %7s %7s %8s %6s %7s %7s %7s %8s\n'
printf_row() {
  # shellcheck disable=SC2059 # the format is the table's
  printf "$HEADER_FORMAT" "$@"
}

print_header() {
  printf_row workload req/s p50_ms p99_ms non2xx app_ms db_ms cpu_ms x_health
}

HEALTH_CPU_MS=""

# summarise <name> <before> <after> < wrk output: the row of one window.
summarise() {
  local name="$1" before="$2" after="$3" out cost total ratio=-
  out="$(cat)"
  cost="$(cpu_per_request "$before" "$after" "$(wrk_requests <<<"$out")")"
  total="${cost##* }"
  [[ "$name" == health ]] && HEALTH_CPU_MS="$total"
  if [[ -n "$HEALTH_CPU_MS" && "$total" != - ]]; then
    ratio="$(awk -v t="$total" -v h="$HEALTH_CPU_MS" 'BEGIN { if (h > 0) printf "%.1fx", t / h; else print "-" }')"
  fi
  # shellcheck disable=SC2086 # cost is three words
  printf_row "$name" "$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")" \
    "$(awk '$1 == "50%" { print $2 }' <<<"$out" | to_ms)" "$(awk '$1 == "99%" { print $2 }' <<<"$out" | to_ms)" \
    "$(awk '/Non-2xx/ { print $5 }' <<<"$out" | grep . || echo 0)" $cost "$ratio"
  grep -h 'Socket errors' <<<"$out" | sed "s/^ */$name: /" || true
}

# measure <name> <connections> <wrk arguments…>: warm-up, measured run (full output in $APP_DIR/<name>.txt).
measure() {
  local name="$1" connections="$2" threads="$THREADS" before after
  shift 2
  ((threads <= connections)) || threads="$connections"
  if [[ "$WARMUP" != 0 ]]; then
    wrk "-t$threads" "-c$connections" "-d$WARMUP" --timeout "$TIMEOUT" "$@" >/dev/null
  fi
  before="$(cpu_snapshot)"
  wrk "-t$threads" "-c$connections" "-d$DURATION" --timeout "$TIMEOUT" --latency "$@" >"$APP_DIR/$name.txt"
  after="$(cpu_snapshot)"
  summarise "$name" "$before" "$after" <"$APP_DIR/$name.txt"
}

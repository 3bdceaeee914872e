#!/usr/bin/env bash
# API benchmark: GET /api/v1/me with a personal token (bearer lookup, tenant, permissions, JSON).
# Signs in as demo/admin through the real form, issues a token on /me/tokens, then runs wrk on
# loopback: a short warm-up (WARMUP, default 5s; 0 skips it) and the measured run
# (wrk -t2 -c16 -d10s --latency). Override with THREADS, CONNECTIONS, DURATION. BASELINE=1 also
# measures /actuator/health the same way, for the cost of the framework alone on this machine.
set -euo pipefail
source "$(dirname "$0")/app.sh"
source "$(dirname "$0")/session.sh"

THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

ensure_jar
launch_app
base="http://127.0.0.1:$APP_PORT"
sign_in "$base"
token="$(issue_token "$base")"
url="$base/api/v1/me"
status="$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url")"
[[ "$status" == 200 ]] || { echo "GET /api/v1/me with the token answered $status" >&2; exit 1; }

echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc), shared by app and wrk; load before: $(cut -d" " -f1-3 /proc/loadavg)"
if [[ "$WARMUP" != 0 ]]; then
  echo "--- warm-up: wrk -t$THREADS -c$CONNECTIONS -d$WARMUP (discarded)"
  wrk "-t$THREADS" "-c$CONNECTIONS" "-d$WARMUP" -H "Authorization: Bearer $token" "$url" >/dev/null
fi
echo "--- wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $url"
wrk "-t$THREADS" "-c$CONNECTIONS" "-d$DURATION" --latency -H "Authorization: Bearer $token" "$url"
if [[ -n "${BASELINE:-}" ]]; then
  echo "--- baseline: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $base/actuator/health"
  wrk "-t$THREADS" "-c$CONNECTIONS" "-d$DURATION" --latency "$base/actuator/health"
fi

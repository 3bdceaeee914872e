#!/usr/bin/env bash
# API benchmark: GET /api/v1/me with a personal token (bearer lookup, tenant, permissions, JSON).
# Signs in as demo/admin through the real form, issues a token on /me/tokens, then runs wrk on
# loopback: a short warm-up (WARMUP, default 5s; 0 skips it) and the measured run
# (wrk -t2 -c16 -d10s --latency). Override with THREADS, CONNECTIONS, DURATION. BASELINE=1 also
# measures /actuator/health the same way, for the cost of the framework alone on this machine.
set -euo pipefail
source "$(dirname "$0")/app.sh"

THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

page() {
  curl -fsS -b "$APP_DIR/cookies" -c "$APP_DIR/cookies" "$@"
}

# The hidden _csrf input of the sign-in form.
form_csrf() {
  grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'
}

# The <meta name="_csrf" content="…"> of a shell page.
meta_csrf() {
  grep -o '<meta name="_csrf" content="[^"]*"' | head -n 1 | sed 's/.*content="\([^"]*\)"/\1/'
}

sign_in() {
  local base="$1" csrf location
  csrf="$(page "$base/login" | form_csrf)"
  location="$(page -o /dev/null -w '%{redirect_url}' "$base/login" --data-urlencode "_csrf=$csrf" \
    --data-urlencode tenant=demo --data-urlencode username=admin --data-urlencode password=demo1234)"
  if [[ "$location" != "$base/" ]]; then
    echo "sign-in as demo/admin failed (redirected to '$location')" >&2
    return 1
  fi
}

# Issues a 30-day token named "bench"; prints the one-time secret.
issue_token() {
  local base="$1" csrf secret
  csrf="$(page "$base/me/tokens" | meta_csrf)"
  secret="$(page "$base/me/tokens" --data-urlencode "_csrf=$csrf" --data-urlencode name=bench \
    --data-urlencode validDays=30 | grep -o 'id="new-token-secret"[^>]*>[^<]*' | sed 's/.*>//')"
  if [[ "$secret" != hut_* ]]; then
    echo "no token secret in the /me/tokens response" >&2
    return 1
  fi
  echo "$secret"
}

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

#!/usr/bin/env bash
# Two-node benchmark: two app processes (target/hutong.jar) on one PostgreSQL database behind nginx
# (round-robin), all on 127.0.0.1. While wrk drives
#   page       GET $PAGE (default /notifications/bell) with a session cookie from a form sign-in
#              through nginx,
#   customers  POST /api/v1/customers with a bearer token, unique names, an Idempotency-Key each,
#   mentions   POST /api/v1/posts "@sales …" with the same token and an Idempotency-Key each
#              (MENTIONS=0 leaves it out),
# node $KILL_NODE is killed with SIGKILL $KILL_AT s into the run and started again $RESTART_AFTER s
# later, on its port. POSTs answered 502/503/504 are sent once more with the same key (wrk/two-node.lua).
# Then, after up to $SETTLE s for events to finish, it reports per workload requests, failed answers
# (not 2xx/3xx) and socket errors; sessions lost (page answers redirecting to /login, or 401); rows
# lost (answered 201 but not in the database), rows stored without a 201, duplicate rows; events
# lost (event publications still incomplete, mention notices missing); and the time until traffic
# moved (the first second after the kill in which no answer failed), from nginx's access log.
#
# The database is PostgreSQL only (db.sh with BENCH_DB=postgres): BENCH_PG_URL (default
# jdbc:postgresql://127.0.0.1:5432/hutong_two_node), BENCH_PG_USER, BENCH_PG_PASSWORD. It must be a
# dedicated database: its public schema is emptied first (FRESH=0 keeps it), so node 1 migrates and
# seeds the demo enterprises; node 2 starts once node 1 is up.
# Settings (seconds): DURATION (60), KILL_AT (15), RESTART_AFTER (5), SETTLE (30); KILL_NODE (1 or 2);
# PAGE_THREADS/PAGE_CONNECTIONS (1/4) and API_CONNECTIONS (2: one thread each) per wrk process;
# SIGNINS (10) form sign-ins tried through nginx; JAVA_OPTS (-Xmx512m); UP_TIMEOUT (app.sh, 120);
# KEEP=1 keeps the run's folder (node logs, nginx config and access log, wrk output).
# Needs nginx, wrk, psql and curl (Debian: apt-get install -y nginx-light wrk postgresql-client).
set -euo pipefail
export BENCH_DB=postgres
export BENCH_PG_URL="${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/hutong_two_node}"
export JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"
source "$(dirname "$0")/app.sh"
source "$(dirname "$0")/db.sh"
source "$(dirname "$0")/session.sh"

DURATION="${DURATION:-60}"
KILL_AT="${KILL_AT:-15}"
RESTART_AFTER="${RESTART_AFTER:-5}"
SETTLE="${SETTLE:-30}"
KILL_NODE="${KILL_NODE:-1}"
PAGE="${PAGE:-/notifications/bell}"
PAGE_THREADS="${PAGE_THREADS:-1}"
PAGE_CONNECTIONS="${PAGE_CONNECTIONS:-4}"
API_CONNECTIONS="${API_CONNECTIONS:-2}"
MENTIONS="${MENTIONS:-1}"
SIGNINS="${SIGNINS:-10}"
LUA="$BENCH_ROOT/bench/wrk/two-node.lua"

for tool in nginx wrk psql curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y nginx-light wrk postgresql-client)" >&2; exit 1; }
done
for n in DURATION KILL_AT RESTART_AFTER SETTLE; do
  [[ "${!n}" =~ ^[0-9]+$ ]] || { echo "$n must be whole seconds, not '${!n}'" >&2; exit 1; }
done
((DURATION <= 600 && SETTLE <= 600)) || { echo "DURATION and SETTLE are at most 600 s" >&2; exit 1; }
((KILL_AT + RESTART_AFTER < DURATION)) || { echo "KILL_AT + RESTART_AFTER must be below DURATION" >&2; exit 1; }
[[ "$KILL_NODE" == 1 || "$KILL_NODE" == 2 ]] || { echo "KILL_NODE is 1 or 2" >&2; exit 1; }

RUN_DIR="$(mktemp -d /tmp/hutong-two-node.XXXXXX)"
chmod 755 "$RUN_DIR" # nginx's workers may run as nobody
declare -a NODE_PID=() NODE_PORT=() NODE_DIR=()
NGINX_PID=""
WRK_PIDS=()

# --- database ------------------------------------------------------------------------------------
PSQL_URL="postgresql://${JDBC_URL#jdbc:postgresql://}"
PSQL_URL="${PSQL_URL%%\?*}"

sql() {
  PGPASSWORD="$JDBC_PASSWORD" PGOPTIONS='-c client_min_messages=warning' psql "$PSQL_URL" -U "$JDBC_USER" -XAtq -v ON_ERROR_STOP=1 -c "$1"
}

# --- nodes ---------------------------------------------------------------------------------------
# use_node <n>: points app.sh's APP_PID / APP_PORT / APP_DIR at node n.
use_node() {
  APP_PID="${NODE_PID[$1]:-}" APP_PORT="${NODE_PORT[$1]:-}" APP_DIR="${NODE_DIR[$1]:-}"
}

keep_node() {
  NODE_PID[$1]="$APP_PID" NODE_PORT[$1]="$APP_PORT" NODE_DIR[$1]="$APP_DIR"
}

# Keeps a node's log in the run folder under <name>.log.
save_log() {
  [[ -n "${NODE_DIR[$1]:-}" && -f "${NODE_DIR[$1]}/app.log" ]] && cp "${NODE_DIR[$1]}/app.log" "$RUN_DIR/$2.log"
  return 0
}

# Polls /actuator/health/readiness of the current node until UP (bounded by UP_TIMEOUT).
wait_until_ready() {
  local deadline=$(($(now_ms) + ${UP_TIMEOUT:-120} * 1000))
  until curl -fsS "http://127.0.0.1:$APP_PORT/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
    (($(now_ms) < deadline)) && kill -0 "$APP_PID" 2>/dev/null || return 1
    sleep 0.2
  done
}

# --- nginx ---------------------------------------------------------------------------------------
write_nginx_conf() {
  mkdir -p "$RUN_DIR/nginx/tmp"
  cat >"$RUN_DIR/nginx/nginx.conf" <<EOF
# Generated by bench/two-node.sh.
worker_processes 1;
pid $RUN_DIR/nginx/nginx.pid;
error_log $RUN_DIR/nginx/error.log warn;
events { worker_connections 1024; }
http {
  # when the answer went out (s.ms); what the client got; the node(s) nginx tried, and their answers
  log_format bench '\$msec|\$request_method|\$uri|\$status|\$upstream_addr|\$upstream_status|\$sent_http_location';
  access_log $RUN_DIR/nginx/access.log bench buffer=64k flush=1s;
  client_body_temp_path $RUN_DIR/nginx/tmp/body;
  proxy_temp_path $RUN_DIR/nginx/tmp/proxy;
  fastcgi_temp_path $RUN_DIR/nginx/tmp/fastcgi;
  uwsgi_temp_path $RUN_DIR/nginx/tmp/uwsgi;
  scgi_temp_path $RUN_DIR/nginx/tmp/scgi;

  # Round-robin over both nodes. One failure takes a node out for 5 s, then nginx tries it again.
  # Readiness: open-source nginx has no active health checks, so it cannot poll
  # /actuator/health/readiness; it sends a node traffic as soon as its port accepts connections,
  # which Tomcat does only once the application context (migrations included) has started. A
  # balancer with active checks should use the readiness endpoint instead.
  upstream hutong {
    server 127.0.0.1:${NODE_PORT[1]} max_fails=1 fail_timeout=5s;
    server 127.0.0.1:${NODE_PORT[2]} max_fails=1 fail_timeout=5s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    location / {
      proxy_pass http://hutong;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 1s;
      proxy_read_timeout 30s;
      # A failed node's requests go to the other one, but a POST (not idempotent) only if it was never
      # sent (no "non_idempotent" here): one that reached the dying node is answered 502.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      proxy_next_upstream_timeout 10s;
    }
  }
}
EOF
}

start_nginx() {
  PROXY_PORT="$(free_port)"
  write_nginx_conf
  nginx -t -q -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx/nginx.conf" -g 'daemon off;'
  nginx -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx/nginx.conf" -g 'daemon off;' 2>>"$RUN_DIR/nginx/stderr" &
  NGINX_PID=$!
  PROXY="http://127.0.0.1:$PROXY_PORT"
  for _ in $(seq 1 50); do
    curl -fsS -o /dev/null "$PROXY/actuator/health" 2>/dev/null && return
    sleep 0.1
  done
  echo "nginx did not answer on $PROXY:" >&2
  cat "$RUN_DIR/nginx/error.log" "$RUN_DIR/nginx/stderr" >&2 || true
  return 1
}

# --- clean-up ------------------------------------------------------------------------------------
cleanup() {
  local pid n
  for pid in "${WRK_PIDS[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  if [[ -n "$NGINX_PID" ]]; then
    kill -TERM "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  for n in 1 2; do
    save_log "$n" "node$n"
    use_node "$n"
    stop_app
  done
  if [[ -n "${KEEP:-}" ]]; then
    echo "run folder kept: $RUN_DIR"
  else
    rm -rf "$RUN_DIR"
  fi
}
trap cleanup EXIT

# --- sign-in and token ---------------------------------------------------------------------------
# Tries $SIGNINS form sign-ins through nginx, each with its own cookie jar; keeps the last that
# worked in $RUN_DIR/page/cookies. Prints how many worked.
sign_in_through_proxy() {
  local worked=0 i
  for i in $(seq 1 "$SIGNINS"); do
    mkdir -p "$RUN_DIR/signin$i"
    if APP_DIR="$RUN_DIR/signin$i" sign_in "$PROXY" 2>/dev/null; then
      worked=$((worked + 1))
      rm -rf "$RUN_DIR/page"
      mv "$RUN_DIR/signin$i" "$RUN_DIR/page"
    fi
  done
  echo "$worked"
}

# --- the run -------------------------------------------------------------------------------------
# wrk_run <name> <threads> <connections> <wrk arguments…>: in the background, bounded by timeout.
wrk_run() {
  local name="$1" threads="$2" connections="$3"
  shift 3
  timeout $((DURATION + 60)) wrk "-t$threads" "-c$connections" "-d${DURATION}s" --timeout 10s -s "$LUA" "$@" \
    >"$RUN_DIR/$name.txt" 2>&1 &
  WRK_PIDS+=($!)
}

counter() {
  sed -n "s/^$2: \([0-9]*\)$/\1/p" "$RUN_DIR/$1.txt" | grep . || echo 0
}

# wrk's socket errors: connect + read + write + timeout.
socket_errors() {
  awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10; found = 1 } END { if (!found) print 0 }' "$RUN_DIR/$1.txt"
}

requests_sent() {
  awk '/requests in/ { print $1; found = 1 } END { if (!found) print "?" }' "$RUN_DIR/$1.txt"
}

# The ids of the 201 answers to POST <uri> in nginx's log (from their Location), one a line, sorted.
answered_ids() {
  awk -F '|' -v uri="$1" -v from="$RUN_START" '$1 >= from && $2 == "POST" && $3 == uri && $4 == 201 {
    n = split($7, part, "/"); print part[n] }' "$RUN_DIR/nginx/access.log" | sort
}

# POSTs to <uri> whose client went away before the answer (nginx 499): wrk stops at its duration
# with requests in flight, which may still commit.
cut_off() {
  awk -F '|' -v uri="$1" -v from="$RUN_START" '$1 >= from && $2 == "POST" && $3 == uri && $4 == 499' \
    "$RUN_DIR/nginx/access.log" | wc -l
}

# rows <name> <table> <where> <distinct column> <uri>: answered 201 vs stored, lost, unanswered, duplicates.
rows_report() {
  local name="$1" table="$2" where="$3" distinct="$4" uri="$5" created stored unique lost unanswered
  created="$(counter "$name" created)"
  sql "SELECT id FROM $table WHERE $where" | sort >"$RUN_DIR/$name.stored"
  answered_ids "$uri" >"$RUN_DIR/$name.answered"
  stored="$(wc -l <"$RUN_DIR/$name.stored")"
  unique="$(sql "SELECT count(DISTINCT $distinct) FROM $table WHERE $where")"
  lost="$(comm -23 "$RUN_DIR/$name.answered" "$RUN_DIR/$name.stored" | wc -l)"
  unanswered="$(comm -13 "$RUN_DIR/$name.answered" "$RUN_DIR/$name.stored" | wc -l)"
  printf '%-10s answered 201: %s (nginx sent %s); stored: %s; rows lost: %s; stored without a 201: %s (%s cut off by wrk'"'"'s end, nginx 499); duplicate rows: %s\n' \
    "$name" "$created" "$(wc -l <"$RUN_DIR/$name.answered")" "$stored" "$lost" "$unanswered" "$(cut_off "$uri")" \
    $((stored - unique))
}

# From nginx's log: per workload failed answers before and after the kill, session losses, and
# the first whole second after the kill in which nothing failed.
timeline_report() {
  awk -F '|' -v from="$RUN_START" -v kill="$KILL_MS" -v restart="$RESTART_MS" -v killed="127.0.0.1:${NODE_PORT[$KILL_NODE]}" \
    -v page="${PAGE%%\?*}" '
    $1 < from { next }
    {
      ms = $1 * 1000 - kill
      w = ($2 == "GET" && $3 == page) ? "page" : ($3 == "/api/v1/customers") ? "customers" : ($3 == "/api/v1/posts") ? "mentions" : ""
      if (w == "") next
      status = $4 + 0
      # 499: wrk went away at the end of its run before the answer; not an answer at all
      bad = (status < 200 || status >= 400) && status != 499
      lostSession = status == 401 || (status >= 300 && status < 400 && $7 ~ /\/login/)
      phase = ms < 0 ? "before" : "after"
      fails[w, phase] += bad; lost[w, phase] += lostSession; seen[w] = 1
      if ($5 ~ /,/) retried++
      if (ms >= 0) {
        second = int(ms / 1000); total[second]++; failed[second] += bad
        if (bad && ms > lastFail) lastFail = ms
        if (second > lastSecond) lastSecond = second
      }
      if ($1 * 1000 > restart && $5 == killed && backMs == "" && $6 ~ /^[23]/) backMs = $1 * 1000 - restart
    }
    END {
      for (w in seen) printf "%-10s failed answers before/after the kill: %d/%d; sessions lost before/after: %d/%d\n", w, fails[w, "before"], fails[w, "after"], lost[w, "before"], lost[w, "after"]
      moved = "none in the run"
      for (s = 0; s <= lastSecond; s++) if (total[s] > 0 && failed[s] == 0) { moved = "+" s " s"; break }
      printf "traffic moved: first second after the kill with answers and none failed: %s; last failed answer: %s\n", moved, lastFail == "" ? "none" : sprintf("+%.3f s", lastFail / 1000)
      printf "requests nginx passed to the other node after an error: %d\n", retried
      printf "restarted node: first good answer through nginx %s after the restart\n", backMs == "" ? "never, within the run," : sprintf("%.1f s", backMs / 1000)
    }' "$RUN_DIR/nginx/access.log"
}

events_report() {
  local since="$1" incomplete
  if [[ "$(sql "SELECT count(*) FROM information_schema.tables WHERE table_name = 'event_publication'")" == 0 ]]; then
    echo "events: no event_publication table"
    return
  fi
  local deadline=$(($(now_ms) + SETTLE * 1000))
  while :; do
    incomplete="$(sql "SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND publication_date >= to_timestamp($since)")"
    ((incomplete == 0 || $(now_ms) > deadline)) && break
    sleep 1
  done
  echo "events: publications of the run still incomplete after up to $SETTLE s: $incomplete"
  if ((incomplete > 0)); then
    sql "SELECT '  ' || count(*) || ' ' || coalesce(status, '-') || ' ' || regexp_replace(listener_id, '^org\.hutong\.', '')
           FROM event_publication WHERE completion_date IS NULL AND publication_date >= to_timestamp($since)
          GROUP BY status, listener_id" 2>/dev/null \
      || sql "SELECT '  ' || count(*) || ' ' || listener_id FROM event_publication
               WHERE completion_date IS NULL AND publication_date >= to_timestamp($since) GROUP BY listener_id"
  fi
}

mentions_report() {
  local expected present
  expected="$(wc -l <"$RUN_DIR/mentions.stored")"
  present="$(sql "SELECT count(DISTINCT n.post_id) FROM notifications_notification n
                   JOIN feed_post p ON p.id = n.post_id
                  WHERE $POSTS_WHERE AND n.recipient_id = $SALES_ID AND n.kind = 'MENTIONED'")"
  echo "mention notices for sales: expected $expected (one per stored post), present $present, lost $((expected - present))"
}

# --- main ----------------------------------------------------------------------------------------
ensure_jar
if ! sql "SELECT 1" >/dev/null; then
  echo "cannot reach $PSQL_URL as $JDBC_USER: set BENCH_PG_URL, BENCH_PG_USER, BENCH_PG_PASSWORD, or create" \
    "the database (createdb -h 127.0.0.1 -U <role> ${PSQL_URL##*/})" >&2
  exit 1
fi
if [[ "${FRESH:-1}" != 0 ]]; then
  sql "DROP SCHEMA public CASCADE; CREATE SCHEMA public"
fi

echo "starting node 1 (migrations and demo seeding on an empty database), then node 2"
for n in 1 2; do
  launch_app || { save_log "$n" "node$n"; exit 1; }
  keep_node "$n"
  wait_until_ready || { echo "node $n never reported ready" >&2; exit 1; }
done
start_nginx
echo "nodes on 127.0.0.1:${NODE_PORT[1]} and :${NODE_PORT[2]}, nginx on $PROXY"

signed_in="$(sign_in_through_proxy)"
if [[ -f "$RUN_DIR/page/cookies" ]]; then
  session_note="a sign-in through nginx"
else
  # the page workload then runs with a session only node 1 may know
  mkdir -p "$RUN_DIR/page"
  APP_DIR="$RUN_DIR/page" sign_in "http://127.0.0.1:${NODE_PORT[1]}"
  session_note="none through nginx worked: a sign-in on node 1 directly"
fi
cookie="$(APP_DIR="$RUN_DIR/page" cookie_header)"
mkdir -p "$RUN_DIR/token"
APP_DIR="$RUN_DIR/token" sign_in "http://127.0.0.1:${NODE_PORT[1]}"
token="$(APP_DIR="$RUN_DIR/token" issue_token "http://127.0.0.1:${NODE_PORT[1]}")"
page_statuses="$(for _ in 1 2 3 4; do curl -sS -o /dev/null -w '%{http_code} ' -H "$cookie" "$PROXY$PAGE"; done)"
SALES_ID="$(sql "SELECT u.id FROM identity_user u JOIN tenancy_tenant t ON t.id = u.tenant_id
                  WHERE t.code = 'demo' AND u.username = 'sales'")"
tag="$(date +%H%M%S)"
POSTS_WHERE="p.kind = 'POST' AND p.body LIKE '%压测$tag %'"

echo "java: $(java -version 2>&1 | head -n 1); JAVA_OPTS: $JAVA_OPTS; cores: $(nproc), shared by both nodes," \
  "PostgreSQL, nginx and wrk; $(nginx -v 2>&1)"
echo "form sign-ins through nginx: $signed_in of $SIGNINS worked; the page workload's session: $session_note;" \
  "GET $PAGE through nginx with it before the run: $page_statuses"
echo "run $tag at $(date -u +%H:%M:%S) UTC: ${DURATION}s; node $KILL_NODE killed (SIGKILL) at +${KILL_AT}s, restarted ${RESTART_AFTER}s later;" \
  "wrk: page -t$PAGE_THREADS -c$PAGE_CONNECTIONS, creates -t$API_CONNECTIONS -c$API_CONNECTIONS each;" \
  "load before: $(cut -d" " -f1-3 /proc/loadavg)"

RUN_START="$(date +%s.%N)"
wrk_run page "$PAGE_THREADS" "$PAGE_CONNECTIONS" -H "$cookie" "$PROXY" -- page "$PAGE"
wrk_run customers "$API_CONNECTIONS" "$API_CONNECTIONS" -H "Authorization: Bearer $token" "$PROXY" -- customers "$tag"
workloads="page customers"
if [[ "$MENTIONS" != 0 ]]; then
  wrk_run mentions "$API_CONNECTIONS" "$API_CONNECTIONS" -H "Authorization: Bearer $token" "$PROXY" -- mentions "$tag"
  workloads="$workloads mentions"
fi
sleep "$KILL_AT"
KILL_MS="$(now_ms)"
kill -KILL "${NODE_PID[$KILL_NODE]}"
wait "${NODE_PID[$KILL_NODE]}" 2>/dev/null || true
save_log "$KILL_NODE" "node$KILL_NODE-killed"
rm -rf "${NODE_DIR[$KILL_NODE]}"
sleep "$RESTART_AFTER"
RESTART_MS="$(now_ms)"
start_app "${NODE_PORT[$KILL_NODE]}"
keep_node "$KILL_NODE"
for pid in "${WRK_PIDS[@]}"; do
  wait "$pid" || echo "a wrk process ended with status $?" >&2
done
WRK_PIDS=()
use_node "$KILL_NODE"
if wait_until_up && wait_until_ready; then
  back="up and ready $(awk -v ms=$(($(now_ms) - RESTART_MS)) 'BEGIN { printf "%.1f", ms / 1000 }') s after its restart"
else
  back="NOT back within ${UP_TIMEOUT:-120} s"
fi
sleep 1.5 # nginx writes its access log every second
echo "load after: $(cut -d" " -f1-3 /proc/loadavg); node $KILL_NODE: $back"

echo "--- results (run $tag)"
printf '%-10s %9s %9s %7s %7s %8s %7s %7s\n' workload requests answered 2xx failed sock_err login retried
for w in $workloads; do
  printf '%-10s %9s %9s %7s %7s %8s %7s %7s\n' "$w" "$(requests_sent "$w")" "$(counter "$w" answered)" \
    "$(counter "$w" ok)" "$(counter "$w" failed)" "$(socket_errors "$w")" "$(counter "$w" login)" "$(counter "$w" retried)"
done
echo "(failed: answers other than 2xx/3xx; login: sessions lost, answers that redirect to /login or 401;" \
  "retried: POSTs sent again with the same Idempotency-Key after a 502/503/504)"
grep -h '^refused: ' "$RUN_DIR"/{page,customers,mentions}.txt 2>/dev/null | sort | uniq -c | head -n 10 || true
timeline_report
rows_report customers customers_customer "short_name = '压测$tag'" name_normalised /api/v1/customers
events_report "$RUN_START"
if [[ "$MENTIONS" != 0 ]]; then
  rows_report mentions "feed_post p" "$POSTS_WHERE" body /api/v1/posts
  mentions_report
fi

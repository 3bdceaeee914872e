#!/usr/bin/env bash
# Approvals workloads on the data of bench/approvals-generate.sh (PostgreSQL): starts the packaged app
# on APPROVALS_JDBC, signs in through the real form as a typical approver (of u0003 … u0602, the one
# with the median number of requests waiting: about 30), as the heavy one (u0002, 财务: about 1,000
# waiting) and as the approver of A3, issues their API tokens, then for each workload a warm-up
# (WARMUP, default 5s, discarded) and a measured `wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency`
# (defaults 2, 16, 20s):
#   health    GET /actuator/health, the framework alone: measured first, every other workload's cost
#             is also given as a multiple of it (cost.sh says why)
#   bell      GET /notifications/bell with the typical approver's session: the floor of a signed-in page
#   A1        GET /approvals (待我审批, first page, with the four tabs' counts) as the typical approver
#   A1-heavy  the same as the heavy approver
#   A2        GET /approvals/{id}, random requests the typical approver may see (submitted, or had a
#             task on: wrk/approval.lua)
#   A3        POST /api/v1/approval-requests/{id}/approve with the bearer token and {"version": N}, each
#             a different pending task (wrk/approve.lua over "id version" lines). Its approver is
#             APPROVE_AS (default u0603, no approver of the generated requests), whose waiting requests
#             are first topped up to RESERVOIR (default 12000; bench/approvals-reservoir.sql), so the
#             typical approver's boxes stay as generated however often this runs; the file is written
#             again from the database before the warm-up and before the measured run
# Prints one row per workload: req/s, p50 and p99 in ms, non-2xx, CPU ms per request of the app, of
# the database and both (cost.sh), and that as a multiple of health; A3 also its 200s and other
# answers. WORKLOADS (default "A1 A1-heavy A2 A3") picks some; health and bell always run.
# Override THREADS, CONNECTIONS, DURATION, WARMUP, TIMEOUT (wrk's, default 10s: a slow page is measured,
# not dropped), APPROVER, HEAVY, JAVA_OPTS; POOL sets the Hikari
# pool size (default 16). HUTONG_JAR / BUILD_DIR as app.sh reads them.
set -euo pipefail
APPROVALS_JDBC="${APPROVALS_JDBC:-jdbc:postgresql://127.0.0.1:5432/approvalsbench}"
export SPRING_DATASOURCE_URL="$APPROVALS_JDBC"
export SPRING_DATASOURCE_USERNAME="${APPROVALS_DB_USER:-hutong}"
export SPRING_DATASOURCE_PASSWORD="${APPROVALS_DB_PASSWORD:-hutong}"
export SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE="${POOL:-16}"
source "$(dirname "$0")/app.sh"
source "$(dirname "$0")/session.sh"
BENCH_DB=postgres
JDBC_URL="$APPROVALS_JDBC"
source "$(dirname "$0")/cost.sh"
source "$(dirname "$0")/measure.sh"
BENCH="$BENCH_ROOT/bench"
PSQL_URL="postgresql://$SPRING_DATASOURCE_USERNAME:$SPRING_DATASOURCE_PASSWORD@${APPROVALS_JDBC#jdbc:postgresql://}"

WORKLOADS="${WORKLOADS:-A1 A1-heavy A2 A3}"
HEAVY="${HEAVY:-u0002}"
APPROVE_AS="${APPROVE_AS:-u0603}"
RESERVOIR="${RESERVOIR:-12000}"
LUA="$BENCH/wrk"

sql() {
  psql "$PSQL_URL" -X -q -At -v ON_ERROR_STOP=1 "$@"
}

user_id() {
  sql -c "SELECT u.id FROM identity_user u JOIN tenancy_tenant t ON t.id = u.tenant_id
    WHERE t.code = 'bench' AND u.username = '$1'"
}

# The approver of u0003 … u0602 with the median number of pending tasks (the lowest username of those).
typical_approver() {
  sql <<'SQL'
WITH inbox AS (
  SELECT u.username, count(k.id) AS waiting FROM identity_user u JOIN tenancy_tenant t ON t.id = u.tenant_id
  LEFT JOIN approval_task k ON k.tenant_id = u.tenant_id AND k.assignee_id = u.id AND k.state = 'PENDING'
  WHERE t.code = 'bench' AND u.username BETWEEN 'u0003' AND 'u0602' GROUP BY u.username)
SELECT min(username) FROM inbox WHERE waiting = (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY waiting) FROM inbox);
SQL
}

run() {
  local name="$1"
  shift
  measure "$name" "$CONNECTIONS" "$@"
}

# The requests a person may see as submitter or approver, one id a line.
visible_ids() {
  sql -c "SELECT id FROM approval_request WHERE submitter_id = $1
    UNION SELECT request_id FROM approval_task WHERE assignee_id = $1"
}

# "<request id> <version>" of each task waiting for a person, in random order.
pending_tasks() {
  sql -F ' ' -c "SELECT r.id, r.version FROM approval_task k JOIN approval_request r ON r.id = k.request_id
    WHERE k.assignee_id = $1 AND k.state = 'PENDING' ORDER BY random()"
}

# A3: tops up the approver's waiting requests, then warm-up and measured run, each on a fresh file.
approve_run() {
  local who="$1" waiting before after
  waiting="$(pending_tasks "$who" | wc -l)"
  if ((waiting < RESERVOIR)); then
    sql -v approver="$who" -v count=$((RESERVOIR - waiting)) -f "$BENCH/approvals-reservoir.sql" \
      -f "$BENCH/approvals-clone.sql"
    sql -c "ANALYZE approval_request, approval_task, approval_action"
  fi
  if [[ "$WARMUP" != 0 ]]; then
    pending_tasks "$who" >"$APP_DIR/tasks.txt"
    wrk "-t$THREADS" "-c$CONNECTIONS" "-d$WARMUP" --timeout "$TIMEOUT" -H "Authorization: Bearer $approve_token" \
      -s "$LUA/approve.lua" "$base" -- "$APP_DIR/tasks.txt" "$THREADS" >/dev/null
    # the approvals still in flight when wrk stopped finish on the server before the file is written again
    sleep 2
  fi
  pending_tasks "$who" >"$APP_DIR/tasks.txt"
  echo "A3: $(wc -l <"$APP_DIR/tasks.txt") tasks waiting for $APPROVE_AS before the measured run" >&2
  before="$(cpu_snapshot)"
  wrk "-t$THREADS" "-c$CONNECTIONS" "-d$DURATION" --timeout "$TIMEOUT" --latency -H "Authorization: Bearer $approve_token" \
    -s "$LUA/approve.lua" "$base" -- "$APP_DIR/tasks.txt" "$THREADS" >"$APP_DIR/A3.txt"
  after="$(cpu_snapshot)"
  summarise A3 "$before" "$after" <"$APP_DIR/A3.txt"
}

# sign_in_as <username>: a fresh cookie jar and session; sets cookie and token.
sign_in_as() {
  rm -f "$APP_DIR/cookies"
  sign_in "$base" bench "$1"
  cookie="$(cookie_header)"
  token="$(issue_token "$base")"
}

inbox_counts() {
  curl -fsS -H "Authorization: Bearer $1" "$base/api/v1/approval-requests/counts"
}

check() {
  local status
  status="$(curl -sS -o /dev/null -w '%{http_code}' "$@")"
  [[ "$status" == 200 ]] || { echo "GET ${*: -1} answered $status" >&2; tail -n 40 "$APP_DIR/app.log" >&2; exit 1; }
}

[[ "$(sql -c "SELECT to_regclass('approvals_bench_template') IS NOT NULL")" == t ]] \
  || { echo "no approvals data in $APPROVALS_JDBC: run bench/approvals-generate.sh first" >&2; exit 1; }
APPROVER="${APPROVER:-$(typical_approver)}"
approver_id="$(user_id "$APPROVER")"
approve_id="$(user_id "$APPROVE_AS")"
ensure_jar
launch_app
base="http://127.0.0.1:$APP_PORT"
sign_in_as "$HEAVY"
heavy_cookie="$cookie"
heavy_counts="$(inbox_counts "$token")"
sign_in_as "$APPROVE_AS"
approve_token="$token"
sign_in_as "$APPROVER"
visible_ids "$approver_id" >"$APP_DIR/ids.txt"
check -H "$cookie" "$base/notifications/bell"
check -H "$cookie" "$base/approvals"
check -H "$heavy_cookie" "$base/approvals"
check -H "$cookie" "$base/approvals/$(head -n 1 "$APP_DIR/ids.txt")"

echo "database: PostgreSQL $(sql -c 'SHOW server_version'), shared_buffers $(sql -c 'SHOW shared_buffers');" \
  "java: $(java -version 2>&1 | head -n 1); cores: $(nproc), shared by app, database and wrk"
echo "JAVA_OPTS: ${JAVA_OPTS:-(none)}; pool: $SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE;" \
  "wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up"
echo "commit: $(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown); jar: $HUTONG_JAR"
echo "requests: $(sql -c "SELECT string_agg(status || ' ' || n, ', ' ORDER BY status) FROM (SELECT r.status, count(*) n
  FROM approval_request r JOIN tenancy_tenant t ON t.id = r.tenant_id WHERE t.code = 'bench' GROUP BY r.status) s")"
echo "typical approver $APPROVER: $(inbox_counts "$token"), may see $(wc -l <"$APP_DIR/ids.txt") requests (A2)"
echo "heavy approver $HEAVY: $heavy_counts"
workloads="health bell $(tr ' ' '\n' <<<"$WORKLOADS" | grep -vx 'health\|bell' | tr '\n' ' ')"
print_header
for workload in $workloads; do
  echo "load before $workload: $(cut -d" " -f1-3 /proc/loadavg)" >&2
  case "$workload" in
    health) run health "$base/actuator/health" ;;
    bell) run bell -H "$cookie" "$base/notifications/bell" ;;
    A1) run A1 -H "$cookie" "$base/approvals" ;;
    A1-heavy) run A1-heavy -H "$heavy_cookie" "$base/approvals" ;;
    A2) run A2 -H "$cookie" -s "$LUA/approval.lua" "$base" -- "$APP_DIR/ids.txt" ;;
    A3) approve_run "$approve_id"
      grep -h '^approved: \|^first other answer: ' "$APP_DIR/A3.txt" ;;
    *) echo "unknown workload $workload" >&2; exit 1 ;;
  esac
done
echo "memory after the workloads: $(app_memory)"
echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"

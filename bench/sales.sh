#!/usr/bin/env bash
# Sales workloads on the data of bench/sales-generate.sh (PostgreSQL, enterprise demo): starts the
# packaged app on the benchmark database (db.sh), signs in as demo/admin (data scope: all) through the
# real form, issues an API token, then for each workload a warm-up and a measured wrk run (measure.sh):
#   health    GET /actuator/health, the framework alone: measured first, every other workload's cost
#             is also given as a multiple of it (cost.sh says why)
#   bell      GET /notifications/bell with the session: the floor of a signed-in page
#   S1        GET /sales/opportunities?scope=TEAM: the deal list's first page (20 rows, newest change
#             first) with its capped count
#   S2        GET /sales/opportunities/board?scope=TEAM&pipeline=<first>: the kanban of the first
#             pipeline, count, amount and weighted amount per column over all its deals, and each
#             column's first cards
#   S3        GET /sales/opportunities/{id}: random deals (wrk/record.lua over a sample of 2,000 ids)
#   S4        POST /api/v1/opportunities for random customers (wrk/deal-create.lua); then the rows are
#             counted in the database and compared with the 201 answers
#   S5        GET /sales/forecast?quarter=<this quarter>: the quarter by month and by person
# WORKLOADS (default "S1 S2 S3 S4 S5") picks some; health and bell always run. THREADS, CONNECTIONS,
# DURATION, WARMUP, TIMEOUT as measure.sh reads them; HUTONG_JAR / BUILD_DIR as app.sh.
set -euo pipefail
BENCH_DB=postgres
source "$(dirname "$0")/app.sh"
source "$(dirname "$0")/db.sh"
source "$(dirname "$0")/session.sh"
source "$(dirname "$0")/cost.sh"
source "$(dirname "$0")/measure.sh"
PSQL_URL="postgresql://$JDBC_USER:$JDBC_PASSWORD@${JDBC_URL#jdbc:postgresql://}"
WORKLOADS="${WORKLOADS:-S1 S2 S3 S4 S5}"
LUA="$BENCH_ROOT/bench/wrk"

sql() {
  psql "$PSQL_URL" -X -q -At -v ON_ERROR_STOP=1 "$@"
}

run() {
  local name="$1"
  shift
  measure "$name" "$CONNECTIONS" "$@"
}

check() {
  local status
  status="$(curl -sS -o /dev/null -w '%{http_code}' -H "$cookie" "$base$1")"
  [[ "$status" == 200 ]] || { echo "GET $1 answered $status" >&2; tail -n 40 "$APP_DIR/app.log" >&2; exit 1; }
}

[[ -s "$IDS_FILE" ]] || { echo "no customer ids in $IDS_FILE: run bench/generate.sh first" >&2; exit 1; }
deals="$(sql -c "SELECT count(*) FROM sales_opportunity o JOIN tenancy_tenant t ON t.id = o.tenant_id WHERE t.code = 'demo'")"
((deals > 10000)) || { echo "only $deals deals: run bench/sales-generate.sh first" >&2; exit 1; }
pipeline="$(sql -c "SELECT p.id FROM sales_pipeline p JOIN tenancy_tenant t ON t.id = p.tenant_id
  WHERE t.code = 'demo' ORDER BY p.position, p.id LIMIT 1")"
month="$(date -u +%m)"
quarter="$(date -u +%Y)-Q$(((10#$month + 2) / 3))"

ensure_jar
launch_app
base="http://127.0.0.1:$APP_PORT"
sign_in "$base"
token="$(issue_token "$base")"
cookie="$(cookie_header)"
sql -c "SELECT o.id FROM sales_opportunity o JOIN tenancy_tenant t ON t.id = o.tenant_id
  WHERE t.code = 'demo' AND o.deleted_at IS NULL ORDER BY random() LIMIT 2000" >"$APP_DIR/deals.txt"
for path in /notifications/bell "/sales/opportunities?scope=TEAM" "/sales/opportunities/board?scope=TEAM&pipeline=$pipeline" \
  "/sales/opportunities/$(head -n 1 "$APP_DIR/deals.txt")" "/sales/forecast?quarter=$quarter"; do
  check "$path"
done

echo "database: PostgreSQL $(sql -c 'SHOW server_version'), shared_buffers $(sql -c 'SHOW shared_buffers');" \
  "java: $(java -version 2>&1 | head -n 1); cores: $(nproc), shared by app, database and wrk"
echo "JAVA_OPTS: ${JAVA_OPTS:-(none)}; wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up"
echo "commit: $(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown); jar: $HUTONG_JAR"
sql -F ' ' <<SQL
SELECT 'deals:', count(*), 'open:', count(*) FILTER (WHERE outcome IS NULL),
  'on the first pipeline:', count(*) FILTER (WHERE pipeline_id = $pipeline),
  'of them open:', count(*) FILTER (WHERE pipeline_id = $pipeline AND outcome IS NULL),
  'expected to close in $quarter (open):', count(*) FILTER (WHERE outcome IS NULL
    AND expected_close >= date_trunc('quarter', now()) AND expected_close < date_trunc('quarter', now()) + interval '3 months')
FROM sales_opportunity o JOIN tenancy_tenant t ON t.id = o.tenant_id WHERE t.code = 'demo';
SELECT 'lines:', (SELECT count(*) FROM sales_opportunity_line), 'history rows:', (SELECT count(*) FROM sales_stage_change),
  'customers:', (SELECT count(*) FROM customers_customer c JOIN tenancy_tenant t ON t.id = c.tenant_id WHERE t.code = 'demo');
SQL
workloads="health bell $(tr ' ' '\n' <<<"$WORKLOADS" | grep -vx 'health\|bell' | tr '\n' ' ')"
print_header
for workload in $workloads; do
  echo "load before $workload: $(cut -d" " -f1-3 /proc/loadavg)" >&2
  case "$workload" in
    health) run health "$base/actuator/health" ;;
    bell) run bell -H "$cookie" "$base/notifications/bell" ;;
    S1) run S1 -H "$cookie" "$base/sales/opportunities?scope=TEAM" ;;
    S2) run S2 -H "$cookie" "$base/sales/opportunities/board?scope=TEAM&pipeline=$pipeline" ;;
    S3) run S3 -H "$cookie" -s "$LUA/record.lua" "$base" -- "$APP_DIR/deals.txt" /sales/opportunities/ ;;
    S4)
      tag="$(date +%H%M%S)"
      if [[ "$WARMUP" != 0 ]]; then
        wrk "-t$THREADS" "-c$CONNECTIONS" "-d$WARMUP" -H "Authorization: Bearer $token" -s "$LUA/deal-create.lua" \
          "$base" -- "$IDS_FILE" "w$tag" >/dev/null
      fi
      WARMUP=0 run S4 -H "Authorization: Bearer $token" -s "$LUA/deal-create.lua" "$base" -- "$IDS_FILE" "$tag"
      created="$(sed -n 's/^created: \([0-9]*\).*/\1/p' "$APP_DIR/S4.txt")"
      echo "S4: $created answered 201, $(sql -c "SELECT count(*) FROM sales_opportunity WHERE name LIKE '压测$tag %'") in the database afterwards"
      grep -h '^refused: ' "$APP_DIR/S4.txt" || true ;;
    S5) run S5 -H "$cookie" "$base/sales/forecast?quarter=$quarter" ;;
    *) echo "unknown workload $workload" >&2; exit 1 ;;
  esac
done
echo "memory after the workloads: $(app_memory)"
echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"

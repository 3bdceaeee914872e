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
source "$(dirname "$0")/sales-run.sh"
WORKLOADS="${WORKLOADS:-S1 S2 S3 S4 S5}"

[[ -s "$IDS_FILE" ]] || { echo "no customer ids in $IDS_FILE: run bench/generate.sh first" >&2; exit 1; }
deals="$(sql -c "SELECT count(*) FROM sales_opportunity o JOIN tenancy_tenant t ON t.id = o.tenant_id WHERE t.code = 'demo'")"
((deals > 10000)) || { echo "only $deals deals: run bench/sales-generate.sh first" >&2; exit 1; }
pipeline="$(sql -c "SELECT p.id FROM sales_pipeline p JOIN tenancy_tenant t ON t.id = p.tenant_id
  WHERE t.code = 'demo' ORDER BY p.position, p.id LIMIT 1")"
month="$(date -u +%m)"
quarter="$(date -u +%Y)-Q$(((10#$month + 2) / 3))"

start_signed_in
sql -c "SELECT o.id FROM sales_opportunity o JOIN tenancy_tenant t ON t.id = o.tenant_id
  WHERE t.code = 'demo' AND o.deleted_at IS NULL ORDER BY random() LIMIT 2000" >"$APP_DIR/deals.txt"
check_pages /notifications/bell "/sales/opportunities?scope=TEAM" "/sales/opportunities/board?scope=TEAM&pipeline=$pipeline" \
  "/sales/opportunities/$(head -n 1 "$APP_DIR/deals.txt")" "/sales/forecast?quarter=$quarter"

print_environment
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

sales_workload() {
  case "$1" in
    S1) run S1 -H "$cookie" "$base/sales/opportunities?scope=TEAM" ;;
    S2) run S2 -H "$cookie" "$base/sales/opportunities/board?scope=TEAM&pipeline=$pipeline" ;;
    S3) run S3 -H "$cookie" -s "$LUA/record.lua" "$base" -- "$APP_DIR/deals.txt" /sales/opportunities/ ;;
    S4)
      run_posts S4 deal-create.lua "$IDS_FILE"
      echo "S4: $created answered 201, $(sql -c "SELECT count(*) FROM sales_opportunity WHERE name LIKE '压测$tag %'") in the database afterwards"
      grep -h '^refused: ' "$APP_DIR/S4.txt" || true ;;
    S5) run S5 -H "$cookie" "$base/sales/forecast?quarter=$quarter" ;;
    *) echo "unknown workload $1" >&2; exit 1 ;;
  esac
}

run_workloads sales_workload
finish

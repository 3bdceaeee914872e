#!/usr/bin/env bash
# Sales II workloads on the data of bench/contracts-generate.sh (PostgreSQL, enterprise demo): starts the
# packaged app on the benchmark database (db.sh), signs in as demo/admin (data scope: all) through the
# real form, issues an API token, then for each workload a warm-up and a measured wrk run (measure.sh):
#   health    GET /actuator/health, the framework alone: measured first, every other workload's cost
#             is also given as a multiple of it (cost.sh says why)
#   bell      GET /notifications/bell with the session: the floor of a signed-in page
#   C1        GET /sales/contracts?scope=TEAM: the contract list's first page (20 rows, newest first)
#             with its capped count
#   C2        GET /sales/contracts/{id}: random contracts in effect or ended (wrk/contract.lua over a
#             sample of 2,000 ids), the page alone
#   C2b       GET /sales/contracts/{id}/receipts as htmx asks for it: the 回款 section the page loads
#   C2f       the six sections the page loads (变更记录, 回款, 开票, 发货, 补充协议, 质保金), one after the
#             other, each for a random contract of the sample: a visit is C2 and six of these
#   C3        GET /sales/receivables/ageing: the AR ageing of the whole enterprise by customer
#   C4        GET /sales/receivables/ageing?dept=<id>: the same for the department with the most people
#             (and those below it)
#   C3o, C4o  the same two by 负责人 (groupBy=OWNER) instead of by customer
#   C5        POST /api/v1/contracts/{id}/receipts for random contracts in effect with room left
#             (wrk/receipt-create.lua); then the rows are counted in the database and compared with the
#             201 answers, and no contract may be collected beyond its total
# WORKLOADS (default "C1 C2 C2b C2f C3 C4 C3o C4o C5") picks some; health and bell always run. THREADS,
# CONNECTIONS, DURATION, WARMUP, TIMEOUT as measure.sh reads them; HUTONG_JAR / BUILD_DIR as app.sh.
set -euo pipefail
source "$(dirname "$0")/sales-run.sh"
WORKLOADS="${WORKLOADS:-C1 C2 C2b C2f C3 C4 C3o C4o C5}"
SECTIONS="/term-changes /receipts /invoices /fulfilment /amendments /retentions"

contracts="$(sql -c "SELECT count(*) FROM sales_contract c JOIN tenancy_tenant t ON t.id = c.tenant_id WHERE t.code = 'demo'")"
((contracts > 10000)) || { echo "only $contracts contracts: run bench/contracts-generate.sh first" >&2; exit 1; }
read -r dept dept_name <<<"$(sql -F ' ' -c "SELECT d.id, d.name FROM identity_department d
  JOIN tenancy_tenant t ON t.id = d.tenant_id AND t.code = 'demo'
  JOIN identity_user u ON u.department_id = d.id AND u.status = 'ACTIVE' GROUP BY d.id, d.name ORDER BY count(*) DESC, d.id LIMIT 1")"
today="$(TZ=Asia/Shanghai date +%F)"

start_signed_in
sql -c "SELECT c.id FROM sales_contract c JOIN tenancy_tenant t ON t.id = c.tenant_id
  WHERE t.code = 'demo' AND c.deleted_at IS NULL AND c.status NOT IN ('DRAFT', 'APPROVING') ORDER BY random() LIMIT 2000" \
  >"$APP_DIR/contracts.txt"
# in effect, with at least 100,000 left beyond what is confirmed or waiting: the run's receipts always fit
sql -c "SELECT c.id FROM sales_contract c JOIN tenancy_tenant t ON t.id = c.tenant_id
  WHERE t.code = 'demo' AND c.deleted_at IS NULL AND c.status IN ('EFFECTIVE', 'EXECUTING')
  AND c.total - c.collected - (SELECT COALESCE(sum(r.amount), 0) FROM sales_receipt r
    WHERE r.tenant_id = c.tenant_id AND r.contract_id = c.id AND r.status = 'RECORDED') >= 100000
  ORDER BY random() LIMIT 2000" >"$APP_DIR/open-contracts.txt"
first="$(head -n 1 "$APP_DIR/contracts.txt")"
# shellcheck disable=SC2046 # one path per section
check_pages /notifications/bell "/sales/contracts?scope=TEAM" "/sales/contracts/$first" \
  $(for section in $SECTIONS; do echo "/sales/contracts/$first$section"; done) \
  /sales/receivables/ageing "/sales/receivables/ageing?dept=$dept" "/sales/receivables/ageing?groupBy=OWNER"

print_environment
sql -F ' ' <<SQL
SELECT 'contracts:', count(*), 'in effect or ended:', count(*) FILTER (WHERE c.status NOT IN ('DRAFT', 'APPROVING')),
  'receivable with room for the receipts:', $(wc -l <"$APP_DIR/open-contracts.txt")
FROM sales_contract c JOIN tenancy_tenant t ON t.id = c.tenant_id WHERE t.code = 'demo';
SELECT 'terms:', count(*), 'owed:', count(*) FILTER (WHERE owed_on IS NOT NULL),
  'of them by people of $dept_name:', count(*) FILTER (WHERE owed_on IS NOT NULL AND owner_id IN
    (SELECT id FROM identity_user WHERE department_id = $dept))
FROM sales_contract_term m JOIN tenancy_tenant t ON t.id = m.tenant_id WHERE t.code = 'demo';
SELECT 'receipts:', (SELECT count(*) FROM sales_receipt), 'allocations:', (SELECT count(*) FROM sales_receipt_allocation),
  'customers:', (SELECT count(*) FROM customers_customer c JOIN tenancy_tenant t ON t.id = c.tenant_id WHERE t.code = 'demo');
SQL

contract_workload() {
  case "$1" in
    C1) run C1 -H "$cookie" "$base/sales/contracts?scope=TEAM" ;;
    C2) run C2 -H "$cookie" -s "$LUA/contract.lua" "$base" -- "$APP_DIR/contracts.txt" ;;
    C2b) run C2b -H "$cookie" -H "HX-Request: true" -s "$LUA/contract.lua" "$base" -- "$APP_DIR/contracts.txt" /receipts ;;
    # shellcheck disable=SC2086 # one argument per section
    C2f) run C2f -H "$cookie" -H "HX-Request: true" -s "$LUA/contract.lua" "$base" -- "$APP_DIR/contracts.txt" $SECTIONS ;;
    C3) run C3 -H "$cookie" "$base/sales/receivables/ageing" ;;
    C4) run C4 -H "$cookie" "$base/sales/receivables/ageing?dept=$dept" ;;
    C3o) run C3o -H "$cookie" "$base/sales/receivables/ageing?groupBy=OWNER" ;;
    C4o) run C4o -H "$cookie" "$base/sales/receivables/ageing?groupBy=OWNER&dept=$dept" ;;
    C5)
      run_posts C5 receipt-create.lua "$APP_DIR/open-contracts.txt" "$today"
      echo "C5: $created answered 201, $(sql -c "SELECT count(*) FROM sales_receipt WHERE remarks = '压测$tag'") in the database afterwards"
      grep -h '^refused: ' "$APP_DIR/C5.txt" || true ;;
    *) echo "unknown workload $1" >&2; exit 1 ;;
  esac
}

run_workloads contract_workload
sql -F ' ' <<SQL
SELECT 'contracts collected beyond their total:', count(*) FILTER (WHERE collected > total),
  'confirmed and waiting receipts beyond the total:', count(*) FILTER (WHERE confirmed + waiting > total),
  'confirmed receipts differing from collected:', count(*) FILTER (WHERE confirmed <> collected)
FROM (SELECT c.total, c.collected, COALESCE(sum(r.amount) FILTER (WHERE r.status = 'CONFIRMED'), 0) AS confirmed,
    COALESCE(sum(r.amount) FILTER (WHERE r.status = 'RECORDED'), 0) AS waiting
  FROM sales_contract c LEFT JOIN sales_receipt r ON r.contract_id = c.id GROUP BY c.id) s;
SELECT 'receipts whose allocations do not add up to them:', count(*)
FROM (SELECT r.id FROM sales_receipt r LEFT JOIN sales_receipt_allocation a ON a.receipt_id = r.id
  GROUP BY r.id, r.amount HAVING COALESCE(sum(a.amount), 0) <> r.amount) s;
SQL
finish

#!/usr/bin/env bash
# Sales II benchmark data on PostgreSQL: CONTRACTS contracts (default 200000) with 1–3 lines and three
# 回款条款 each, their deliveries, arrivals and final acceptances, the 质保金 records and about RECEIPTS
# receipts (default 1000000) with their allocations, over the customers bench/generate.sh wrote into the
# enterprise `demo` of the benchmark database (db.sh, BENCH_DB=postgres), e.g.
#   BENCH_DB=postgres bench/generate.sh --customers 100000 --follow-ups 300000
#   BENCH_DB=postgres bench/contracts-generate.sh
# The deals of bench/sales-generate.sh may be there too; contracts do not link to them.
# Written server-side by bench/contracts-generate.sql (INSERT … SELECT generate_series) while no app runs;
# then VACUUM ANALYZE. A database whose schema has no contracts yet is migrated first by starting the
# packaged app once (app.sh). It refuses a database that already holds more than 10,000 contracts.
set -euo pipefail
BENCH_DB=postgres
source "$(dirname "$0")/app.sh"
source "$(dirname "$0")/db.sh"
PSQL_URL="postgresql://$JDBC_USER:$JDBC_PASSWORD@${JDBC_URL#jdbc:postgresql://}"
TENANT="${TENANT:-demo}"

sql() {
  psql "$PSQL_URL" -X -q -At -v ON_ERROR_STOP=1 "$@"
}

customers="$(sql -c "SELECT count(*) FROM customers_customer c JOIN tenancy_tenant t ON t.id = c.tenant_id
  WHERE t.code = '$TENANT'")"
((customers > 1000)) || { echo "only $customers customers in '$TENANT': run bench/generate.sh first" >&2; exit 1; }
if [[ -z "$(sql -c "SELECT to_regclass('sales_retention')")" ]]; then
  echo "the schema has no contracts yet: starting the app once to migrate it" >&2
  ensure_jar
  launch_app
  stop_app
fi
contracts="$(sql -c "SELECT count(*) FROM sales_contract")"
((contracts <= 10000)) || { echo "$contracts contracts already: this database was filled before" >&2; exit 1; }

started="$(date +%s)"
echo "generating ${CONTRACTS:-200000} contracts and about ${RECEIPTS:-1000000} receipts over $customers customers;" \
  "load before: $(cut -d" " -f1-3 /proc/loadavg)"
sql -F ' ' -v tenant="$TENANT" -v contracts="${CONTRACTS:-200000}" -v receipts="${RECEIPTS:-1000000}" \
  -f "$BENCH_ROOT/bench/contracts-generate.sql"
sql -c "VACUUM (ANALYZE) sales_contract, sales_contract_line, sales_contract_term, sales_contract_event, sales_receipt,
  sales_receipt_allocation, sales_delivery, sales_delivery_line, sales_acceptance, sales_retention, approval_number,
  sales_receivable_day, sales_receivable_customer"
echo "generated in $(($(date +%s) - started)) s (load average at the end: $(cut -d" " -f1-3 /proc/loadavg))"
sql -F ' ' <<SQL
SELECT 'contracts by status:', string_agg(status || ' ' || n, ', ' ORDER BY status)
FROM (SELECT c.status, count(*) n FROM sales_contract c JOIN tenancy_tenant t ON t.id = c.tenant_id
  WHERE t.code = '$TENANT' GROUP BY c.status) s;
SELECT 'lines:', (SELECT count(*) FROM sales_contract_line), 'terms:', (SELECT count(*) FROM sales_contract_term),
  'owed terms:', (SELECT count(*) FROM sales_contract_term WHERE owed_on IS NOT NULL),
  'events:', (SELECT count(*) FROM sales_contract_event), 'deliveries:', (SELECT count(*) FROM sales_delivery),
  'acceptances:', (SELECT count(*) FROM sales_acceptance), 'retentions:', (SELECT count(*) FROM sales_retention);
SELECT 'receipts by status:', string_agg(status || ' ' || n, ', ' ORDER BY status),
  'allocations:', (SELECT count(*) FROM sales_receipt_allocation)
FROM (SELECT status, count(*) n FROM sales_receipt GROUP BY status) s;
SELECT 'receipts by method:', string_agg(method || ' ' || n, ', ' ORDER BY method)
FROM (SELECT method, count(*) n FROM sales_receipt GROUP BY method) s;
-- the ageing's buckets as AgeBucket draws them (due today is not overdue yet)
SELECT 'owed terms by age:', string_agg(bucket || ' ' || n || ' (' || round(owed / 1e6) || ' M CNY)', ', ' ORDER BY b)
FROM (SELECT b, (ARRAY['未到期', '1–30', '31–90', '91–180', '181–365', '>365'])[b + 1] AS bucket, count(*) n, sum(owed_cny) owed
  FROM (SELECT owed_cny, CASE WHEN d <= 0 THEN 0 WHEN d <= 30 THEN 1 WHEN d <= 90 THEN 2 WHEN d <= 180 THEN 3
      WHEN d <= 365 THEN 4 ELSE 5 END AS b
    FROM (SELECT owed_cny, (now() AT TIME ZONE 'Asia/Shanghai')::date - owed_on AS d FROM sales_contract_term
      WHERE owed_on IS NOT NULL) t) a GROUP BY b) s;
SELECT 'contracts collected beyond their total:', count(*) FILTER (WHERE collected > total),
  'confirmed receipts differing from collected:', count(*) FILTER (WHERE collected <> confirmed),
  'recorded and confirmed beyond the total:', count(*) FILTER (WHERE confirmed + recorded > total)
FROM (SELECT c.total, c.collected, COALESCE(sum(r.amount) FILTER (WHERE r.status = 'CONFIRMED'), 0) AS confirmed,
    COALESCE(sum(r.amount) FILTER (WHERE r.status = 'RECORDED'), 0) AS recorded
  FROM sales_contract c LEFT JOIN sales_receipt r ON r.contract_id = c.id GROUP BY c.id) s;
SQL

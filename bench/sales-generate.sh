#!/usr/bin/env bash
# Sales benchmark data on PostgreSQL: OPPORTUNITIES deals (default 1000000) with 1–5 product lines
# each (3 on average) and their stage history, over the customers bench/generate.sh wrote into the
# enterprise `demo` of the benchmark database (db.sh, BENCH_DB=postgres), e.g.
#   BENCH_DB=postgres bench/generate.sh --customers 100000 --follow-ups 300000
#   BENCH_DB=postgres bench/sales-generate.sh
# Written server-side by bench/sales-generate.sql (INSERT … SELECT generate_series) while no app runs;
# then VACUUM ANALYZE. It refuses a database that already holds more than 10,000 deals.
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
deals="$(sql -c "SELECT count(*) FROM sales_opportunity")"
((customers > 1000)) || { echo "only $customers customers in '$TENANT': run bench/generate.sh first" >&2; exit 1; }
((deals <= 10000)) || { echo "$deals deals already: this database was filled before" >&2; exit 1; }

started="$(date +%s)"
echo "generating ${OPPORTUNITIES:-1000000} deals over $customers customers; load before: $(cut -d" " -f1-3 /proc/loadavg)"
sql -F ' ' -v tenant="$TENANT" -v opportunities="${OPPORTUNITIES:-1000000}" -f "$BENCH_ROOT/bench/sales-generate.sql"
sql -c "VACUUM (ANALYZE) sales_opportunity, sales_opportunity_line, sales_stage_change, customers_customer"
echo "generated in $(($(date +%s) - started)) s (load average at the end: $(cut -d" " -f1-3 /proc/loadavg))"
sql -F ' ' <<SQL
SELECT 'deals by outcome:', string_agg(coalesce(outcome, 'open') || ' ' || n, ', ' ORDER BY outcome NULLS FIRST)
FROM (SELECT o.outcome, count(*) n FROM sales_opportunity o JOIN tenancy_tenant t ON t.id = o.tenant_id
  WHERE t.code = '$TENANT' GROUP BY o.outcome) s;
SELECT 'lines:', (SELECT count(*) FROM sales_opportunity_line), 'history rows:', (SELECT count(*) FROM sales_stage_change);
SELECT 'open deals per pipeline:', string_agg(p.name || ' ' || n, ', ')
FROM (SELECT pipeline_id, count(*) n FROM sales_opportunity WHERE outcome IS NULL GROUP BY pipeline_id) o
JOIN sales_pipeline p ON p.id = o.pipeline_id;
SQL

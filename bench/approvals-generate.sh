#!/usr/bin/env bash
# Approvals benchmark data: an enterprise "bench" of 2,000 people (bench/feed-generate.sql, with few
# posts) with three flows and FINISHED finished + OPEN open requests, on PostgreSQL. Starts the
# packaged app on APPROVALS_JDBC (Flyway migrates it; a second start gives "bench" its stock forms),
# creates the flows 请假, 报销 (over 5,000 also to 财务 u0002) and 采购申请 as bench/u0001 through the
# API, and through the API too one request for each shape the benchmark needs, taken to its end as
# people would: submitted by u2000 with approver u0041 picked, then approved, rejected or withdrawn
# (approvals_bench_template lists them). With the app stopped, bench/approvals-generate.sql and
# bench/approvals-clone.sql copy those rows server-side (INSERT … SELECT generate_series), so the
# JSON columns are exactly what the app writes; then VACUUM ANALYZE.
#   APPROVALS_JDBC       default jdbc:postgresql://127.0.0.1:5432/approvalsbench (an empty database,
#                        or one this script filled before: then it stops)
#   APPROVALS_DB_USER / APPROVALS_DB_PASSWORD   default hutong / hutong
#   FINISHED, OPEN, HEAVY_OPEN   default 1000000, 20000, 1000 (see approvals-generate.sql)
#   POSTS                posts of feed-generate.sql when "bench" is missing (default 1000)
# HUTONG_JAR / BUILD_DIR as app.sh reads them.
set -euo pipefail
APPROVALS_JDBC="${APPROVALS_JDBC:-jdbc:postgresql://127.0.0.1:5432/approvalsbench}"
export SPRING_DATASOURCE_URL="$APPROVALS_JDBC"
export SPRING_DATASOURCE_USERNAME="${APPROVALS_DB_USER:-hutong}"
export SPRING_DATASOURCE_PASSWORD="${APPROVALS_DB_PASSWORD:-hutong}"
source "$(dirname "$0")/app.sh"
source "$(dirname "$0")/session.sh"
BENCH="$BENCH_ROOT/bench"
# psql's URL for the same database: postgresql://user:password@host:port/name
PSQL_URL="postgresql://$SPRING_DATASOURCE_USERNAME:$SPRING_DATASOURCE_PASSWORD@${APPROVALS_JDBC#jdbc:postgresql://}"

sql() {
  psql "$PSQL_URL" -X -q -At -v ON_ERROR_STOP=1 "$@"
}

# api <token> <method> <path> [json body]: prints the answer; fails on anything but 2xx.
api() {
  local token="$1" method="$2" path="$3" body="${4:-}" status
  status="$(curl -sS -o "$APP_DIR/answer" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' ${body:+--data "$body"} "$base$path")"
  if [[ "$status" != 2* ]]; then
    echo "$method $path answered $status: $(head -c 500 "$APP_DIR/answer")" >&2
    return 1
  fi
  cat "$APP_DIR/answer"
}

# The request id and version of an answer ({"id":31,…,"round":1,"version":2,…}).
answer_id() { sed 's/^{"id":\([0-9]*\).*/\1/'; }
answer_version() { sed 's/.*"round":[0-9]*,"version":\([0-9]*\).*/\1/'; }

# token_of <username>: signs in as bench/<username> (a fresh cookie jar) and issues a token.
token_of() {
  rm -f "$APP_DIR/cookies"
  sign_in "$base" bench "$1" >&2
  issue_token "$base"
}

user_id() {
  sql -c "SELECT u.id FROM identity_user u JOIN tenancy_tenant t ON t.id = u.tenant_id
    WHERE t.code = 'bench' AND u.username = '$1'"
}

ensure_jar
launch_app
base="http://127.0.0.1:$APP_PORT"
if [[ "$(sql -c "SELECT to_regclass('approvals_bench_template') IS NOT NULL")" == t ]]; then
  echo "approvals_bench_template exists: this database was filled before; drop and create it to start again" >&2
  exit 1
fi
if [[ "$(sql -c "SELECT count(*) FROM tenancy_tenant WHERE code = 'bench'")" == 0 ]]; then
  echo "enterprise 'bench' with ${POSTS:-1000} posts (feed-generate.sql)"
  sql -v posts="${POSTS:-1000}" -f "$BENCH/feed-generate.sql" >/dev/null
  stop_app
  launch_app
  base="http://127.0.0.1:$APP_PORT"
fi

finance="$(user_id u0002)"
picked="$(user_id u0041)"
admin_token="$(token_of u0001)"
api "$admin_token" POST /api/v1/approval-flows '{"key": "leave", "name": "请假", "icon": "calendar", "formKey": "leave",
  "numberPrefix": "QJ", "summaryField": "days", "submitters": {"everyone": true},
  "definition": {"nodes": [{"type": "APPROVER", "id": "approver", "name": "审批人", "mode": "ANY",
    "sources": [{"kind": "SUBMITTER_PICKS"}]}]}}' >/dev/null
api "$admin_token" POST /api/v1/approval-flows '{"key": "expense", "name": "报销", "icon": "receipt", "formKey": "expense",
  "numberPrefix": "BX", "summaryField": "total", "submitters": {"everyone": true},
  "definition": {"nodes": [{"type": "APPROVER", "id": "approver", "name": "审批人", "mode": "ANY",
    "sources": [{"kind": "SUBMITTER_PICKS"}]},
   {"type": "CONDITION", "id": "amount", "name": "金额", "otherwise": [], "branches": [{"name": "超过 5,000 元",
     "condition": {"type": "FIELD", "fieldKey": "total", "operator": "GT", "value": 5000},
     "nodes": [{"type": "APPROVER", "id": "finance", "name": "财务", "mode": "ANY",
       "sources": [{"kind": "USERS", "userIds": ['"$finance"']}]}]}]}]}}' >/dev/null
api "$admin_token" POST /api/v1/approval-flows '{"key": "purchase", "name": "采购申请", "icon": "cart", "formKey": "purchase",
  "numberPrefix": "CG", "summaryField": "neededBy", "submitters": {"everyone": true},
  "definition": {"nodes": [{"type": "APPROVER", "id": "approver", "name": "审批人", "mode": "ANY",
    "sources": [{"kind": "SUBMITTER_PICKS"}]}]}}' >/dev/null

# What each variant's submitter sends (u0041 picked as approver).
declare -A SUBMIT=(
  [leave]='{"flowKey": "leave", "title": "年假 2 天", "values": {"type": "ANNUAL",
    "period": {"start": "2026-11-16", "end": "2026-11-17"}, "reason": "回老家探亲"}'
  [expense]='{"flowKey": "expense", "title": "差旅报销 1280.50 元", "values": {"lines": [{"category": "TRAVEL",
    "date": "2026-11-03", "amount": "1280.50", "note": "郑州—许昌往返"}], "reason": "拜访许昌供电公司"}'
  [expense-big]='{"flowKey": "expense", "title": "差旅报销 8600.00 元", "values": {"lines": [{"category": "TRAVEL",
    "date": "2026-11-03", "amount": "6200.00", "note": "郑州—广州往返"}, {"category": "MEALS", "date": "2026-11-04",
    "amount": "2400.00", "note": "客户接待"}], "reason": "广州供电局投标答疑"}'
  [purchase]='{"flowKey": "purchase", "title": "采购测试仪器", "values": {"items": [{"name": "绝缘电阻测试仪",
    "spec": "ZC-7", "quantity": "2", "unit": "台", "price": "1450.00"}], "supplier": "许昌仪表厂",
    "neededBy": "2026-11-20", "reason": "现场调试需要"}'
)
submitter_token="$(token_of u2000)"
approver_token="$(token_of u0041)"
finance_token="$(token_of u0002)"
sql -c "CREATE TABLE approvals_bench_template (variant VARCHAR(16) NOT NULL, status VARCHAR(16) NOT NULL,
  request_id BIGINT PRIMARY KEY REFERENCES approval_request (id), UNIQUE (variant, status))"

# template <variant> <status> <steps…>: submits one request and takes it through the steps
# (approve, reject, finance-approve, finance-reject, withdraw), each as of the version just answered.
template() {
  local variant="$1" status="$2" answer id step
  shift 2
  answer="$(api "$submitter_token" POST /api/v1/approval-requests \
    "${SUBMIT[$variant]}, \"picks\": {\"approver\": [$picked]}}")"
  id="$(answer_id <<<"$answer")"
  for step in "$@"; do
    local body="{\"version\": $(answer_version <<<"$answer"), \"comment\": \"同意\"}"
    case "$step" in
      approve) answer="$(api "$approver_token" POST "/api/v1/approval-requests/$id/approve" "$body")" ;;
      reject) answer="$(api "$approver_token" POST "/api/v1/approval-requests/$id/reject" "${body/同意/情况不符，请补充说明}")" ;;
      finance-approve) answer="$(api "$finance_token" POST "/api/v1/approval-requests/$id/approve" "$body")" ;;
      finance-reject) answer="$(api "$finance_token" POST "/api/v1/approval-requests/$id/reject" "${body/同意/超出差旅标准}")" ;;
      withdraw) answer="$(api "$submitter_token" POST "/api/v1/approval-requests/$id/withdraw" \
        "{\"version\": $(answer_version <<<"$answer")}")" ;;
    esac
  done
  sql -c "INSERT INTO approvals_bench_template VALUES ('$variant', '$status', $id)"
}
for variant in leave expense expense-big purchase; do
  template "$variant" PENDING
  template "$variant" WITHDRAWN withdraw
done
for variant in leave expense purchase; do
  template "$variant" APPROVED approve
  template "$variant" REJECTED reject
done
template expense-big PENDING_FINANCE approve
template expense-big APPROVED approve finance-approve
template expense-big REJECTED approve finance-reject
# the notices of the last actions are written after commit, asynchronously: let them land
sleep 2
stop_app

started="$(date +%s)"
echo "cloning $(sql -c "SELECT count(*) FROM approvals_bench_template") templates into ${FINISHED:-1000000} finished" \
  "and ${OPEN:-20000} open requests"
sql -v finished="${FINISHED:-1000000}" -v open="${OPEN:-20000}" -v heavy_open="${HEAVY_OPEN:-1000}" \
  -f "$BENCH/approvals-generate.sql" -f "$BENCH/approvals-clone.sql"
sql -c "VACUUM (ANALYZE) approval_request, approval_task, approval_action, approval_number"
echo "generated in $(($(date +%s) - started)) s (load average at the end: $(cut -d" " -f1-3 /proc/loadavg))"
sql -F ' ' <<'SQL'
SELECT 'requests by status:', string_agg(status || ' ' || n, ', ' ORDER BY status)
FROM (SELECT r.status, count(*) n FROM approval_request r JOIN tenancy_tenant t ON t.id = r.tenant_id
  WHERE t.code = 'bench' GROUP BY r.status) s;
SELECT 'tasks:', count(*), 'history rows:', (SELECT count(*) FROM approval_action a JOIN tenancy_tenant t
  ON t.id = a.tenant_id WHERE t.code = 'bench')
FROM approval_task k JOIN tenancy_tenant t ON t.id = k.tenant_id WHERE t.code = 'bench';
SELECT 'pending per approver: min', min(n), 'median', percentile_disc(0.5) WITHIN GROUP (ORDER BY n), 'max', max(n)
FROM (SELECT assignee_id, count(*) n FROM approval_task k JOIN tenancy_tenant t ON t.id = k.tenant_id
  WHERE t.code = 'bench' AND k.state = 'PENDING' GROUP BY assignee_id) p;
SQL

#!/usr/bin/env bash
# Customer workloads on generated data (bench/generate.sh first, same BENCH_DB): starts the packaged
# app on the benchmark database (db.sh), signs in as demo/admin (data scope: all) through the real
# form, issues an API token, then for each workload a warm-up (WARMUP, default 5s, discarded) and a
# measured `wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency` (defaults 2, 16, 20s):
#   health  GET /actuator/health, the framework alone: every run measures it first, and every other
#           workload's cost is also given as a multiple of it (cost.sh says why)
#   bell    GET /notifications/bell with the session: the floor under any signed-in page; always run
#   W1      GET /customers?scope=TEAM: the list's first page (20 rows, default order) with its count
#   W1-api  the same through GET /api/v1/customers with the bearer token
#   W2      the list filtered by name keywords, one run per frequency class (KEYWORDS below: rare,
#           common, vcommon and the -pinyin and -initials of each: W2-rare …); W2-api the same through the API;
#           W2-<class> or W2-<class>-api runs one class
#   W3      GET /customers/{id}, random ids of the generator's sample (wrk/record.lua)
#   W4      POST /api/v1/customers with unique names (wrk/create.lua); then the rows are counted
#           through the API and compared with the 201 answers
# Prints the share of customers each keyword finds, then one row per workload: req/s, p50 and p99 in
# ms, non-2xx, CPU ms per request of the app, of the database and both (cost.sh), and that as a
# multiple of health; then the app's memory. WORKLOADS (default "W1 W1-api W2 W2-api W3 W4") picks
# some; SINGLE=1 also measures each with one connection (the cost of a request without queueing).
set -euo pipefail
source "$(dirname "$0")/app.sh"
source "$(dirname "$0")/db.sh"
source "$(dirname "$0")/session.sh"
source "$(dirname "$0")/cost.sh"
source "$(dirname "$0")/measure.sh"

WORKLOADS="${WORKLOADS:-W1 W1-api W2 W2-api W3 W4}"
LUA="$BENCH_ROOT/bench/wrk"

[[ -s "$IDS_FILE" ]] || { echo "no customer ids in $IDS_FILE: run bench/generate.sh first" >&2; exit 1; }

run() {
  local name="$1"
  shift
  measure "$name" "$CONNECTIONS" "$@"
  if [[ -n "${SINGLE:-}" ]]; then
    measure "$name-c1" 1 "$@"
  fi
}

# The keyword classes of W2, by the share of the enterprise's customers whose search keys they start
# (printed before the run, so the classes are measured, not assumed): rare trade names (< 0.1 %),
# words common in this industry (5–10 %), words in nearly every name (≥ 30 %), and the pinyin and the
# initials of each.
declare -A KEYWORDS=(
  [rare]="鑫泰 恒达 瑞祥电力"
  [rare-pinyin]="xintai hengda"
  [rare-initials]="xtdl hdjx"
  [common]="电力 设备 科技"
  [common-pinyin]="dianli shebei keji"
  [common-initials]="dlsb kj"
  [vcommon]="有限 公司"
  [vcommon-pinyin]="youxian gongsi"
  [vcommon-initials]="yx gs"
)
KEYWORD_CLASSES="rare rare-pinyin rare-initials common common-pinyin common-initials vcommon vcommon-pinyin vcommon-initials"

# Share of the demo enterprise's live customers a keyword finds, as the search index sees it
# (PostgreSQL only: one scan of the key table per keyword, before the measured runs).
keyword_shares() {
  [[ "$BENCH_DB" == postgres ]] || { echo "keyword shares: PostgreSQL only"; return; }
  local class keyword
  for class in $KEYWORD_CLASSES; do
    for keyword in ${KEYWORDS[$class]}; do
      PGPASSWORD="$JDBC_PASSWORD" psql -X -At -F ' ' -h "$(jdbc_host "$JDBC_URL")" -p "$(jdbc_port "$JDBC_URL")" \
        -U "$JDBC_USER" -d "$(jdbc_database "$JDBC_URL")" -v keyword="$keyword" <<'SQL' | sed "s/^/share of $class: /"
select :'keyword', round(100.0 * count(*) filter (where exists (select 1 from customers_search_key k
    where k.tenant_id = c.tenant_id and k.customer_id = c.id and k.search_key like :'keyword' || '%')) / count(*), 2) || ' %'
from customers_customer c join tenancy_tenant t on t.id = c.tenant_id
where t.code = 'demo' and c.deleted_at is null;
SQL
    done
  done
}

jdbc_host() {
  local rest="${1#jdbc:postgresql://}"
  rest="${rest%%/*}"
  echo "${rest%%:*}"
}

jdbc_port() {
  local rest="${1#jdbc:postgresql://}"
  rest="${rest%%/*}"
  [[ "$rest" == *:* ]] && echo "${rest##*:}" || echo 5432
}

# W2 of one class: the page, or with "api" the same search through the API with the bearer token.
keyword_run() {
  local class="$1" through="${2:-page}"
  # shellcheck disable=SC2086 # the class's keywords are words
  if [[ "$through" == api ]]; then
    run "W2-$class-api" -H "Authorization: Bearer $token" -s "$LUA/list.lua" "$base" -- \
      "/api/v1/customers?scope=TEAM&limit=20&q=" ${KEYWORDS[$class]}
  else
    run "W2-$class" -H "$cookie" -s "$LUA/list.lua" "$base" -- "/customers?scope=TEAM&q=" ${KEYWORDS[$class]}
  fi
}

created_total() {
  curl -fsS -H "Authorization: Bearer $token" --get "$base/api/v1/customers" --data-urlencode scope=TEAM \
    --data-urlencode "q=压测$1" --data-urlencode limit=1 | sed 's/.*"total":\([0-9]*\).*/\1/'
}

ensure_jar
launch_app
base="http://127.0.0.1:$APP_PORT"
sign_in "$base"
token="$(issue_token "$base")"
cookie="$(cookie_header)"
for path in "/notifications/bell" "/customers?scope=TEAM" "/customers/$(head -n 1 "$IDS_FILE")"; do
  status="$(curl -sS -o /dev/null -w '%{http_code}' -H "$cookie" "$base$path")"
  [[ "$status" == 200 ]] || { echo "GET $path answered $status" >&2; exit 1; }
done

echo "database: $BENCH_DB; java: $(java -version 2>&1 | head -n 1); cores: $(nproc), shared by app, database and wrk"
echo "JAVA_OPTS: ${JAVA_OPTS:-(none)}; wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up"
echo "commit: $(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown); jar: $HUTONG_JAR"
keyword_shares
# health first: every other workload is also given as a multiple of its CPU per request
workloads="health bell $(tr ' ' '\n' <<<"$WORKLOADS" | grep -vx 'health\|bell' | tr '\n' ' ')"
print_header
for workload in $workloads; do
  echo "load before $workload: $(cut -d" " -f1-3 /proc/loadavg)" >&2
  case "$workload" in
    health) run health "$base/actuator/health" ;;
    bell) run bell -H "$cookie" "$base/notifications/bell" ;;
    W1) run W1 -H "$cookie" "$base/customers?scope=TEAM" ;;
    W1-api) run W1-api -H "Authorization: Bearer $token" "$base/api/v1/customers?scope=TEAM&limit=20" ;;
    W2) for class in $KEYWORD_CLASSES; do keyword_run "$class"; done ;;
    W2-api) for class in $KEYWORD_CLASSES; do keyword_run "$class" api; done ;;
    W2-*-api) class="${workload#W2-}"; keyword_run "${class%-api}" api ;;
    W2-*) keyword_run "${workload#W2-}" ;;
    W3) run W3 -H "$cookie" -s "$LUA/record.lua" "$base" -- "$IDS_FILE" ;;
    W4)
      tag="$(date +%H%M%S)"
      if [[ "$WARMUP" != 0 ]]; then
        wrk "-t$THREADS" "-c$CONNECTIONS" "-d$WARMUP" -H "Authorization: Bearer $token" -s "$LUA/create.lua" \
          "$base" -- "w$tag" >/dev/null
      fi
      WARMUP=0 run W4 -H "Authorization: Bearer $token" -s "$LUA/create.lua" "$base" -- "$tag"
      created="$(sed -n 's/^created: \([0-9]*\).*/\1/p' "$APP_DIR/W4.txt")"
      [[ -n "${SINGLE:-}" ]] && created=$((created + $(sed -n 's/^created: \([0-9]*\).*/\1/p' "$APP_DIR/W4-c1.txt")))
      echo "W4: $created answered 201, $(created_total "$tag") found through the API afterwards"
      grep -h '^refused: ' "$APP_DIR"/W4*.txt || true ;;
    *) echo "unknown workload $workload" >&2; exit 1 ;;
  esac
done
echo "memory after the workloads: $(app_memory)"
echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"

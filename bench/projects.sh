#!/usr/bin/env bash
# R&D projects workloads (issue 15) on the data of bench/projects-generate.sh (PostgreSQL, enterprise demo):
# starts the packaged app on the benchmark database (db.sh), signs in through the real form as benchrd00001
# (研发工程师, member of about 100 projects and of BENCH-BIG and BENCH-GANTT; an API token too) and as
# benchrdmgr (研发工程师 heading 压测研发1室: data scope DEPARTMENT over its ~500 projects, member of none),
# then for each workload a warm-up and a measured wrk run (measure.sh):
#   health    GET /actuator/health, the framework alone: measured first, every other workload's cost
#             is also given as a multiple of it (cost.sh says why)
#   bell      GET /notifications/bell with benchrd00001's session: the floor of a signed-in page
#   P1        GET /projects/my-tasks as benchrd00001: 我的任务, open tasks over all projects by due day
#   P2        GET /projects/{BENCH-BIG}/board as benchrd00001: the board of a 2,000-task project (each
#             column's count and first cards)
#   P3        GET /projects?scope=DEPARTMENT as benchrdmgr: the portfolio's first page over the ~500
#             projects the department scope shows, with their kept health, phase and burn, and the count
#   P3a       GET /projects?scope=ALL as benchrdmgr: everything visible (department, member, shared)
#   P4        GET $GANTT_URL ({id} = BENCH-GANTT, default /projects/{id}/gantt/data) as benchrd00001: the
#             Gantt data of a 1,000-task project; skipped with a message while it answers 404
#   P5        POST /api/v1/time-entries as benchrd00001 (wrk/time-entry-create.lua): 0.5 h on a random task
#             of their projects under way, a random past weekday of the last year; then the rows with the
#             run's note are counted in the database and compared with the 201 answers (400 for a day
#             that would pass 24 h is fine and counted apart)
# WORKLOADS (default "P1 P2 P3 P3a P4 P5") picks some; health and bell always run. THREADS, CONNECTIONS,
# DURATION, WARMUP, TIMEOUT as measure.sh reads them; HUTONG_JAR / BUILD_DIR as app.sh;
# BENCH_PG_PASSWORD read from /tmp/hutong-bench-pgpass when unset.
set -euo pipefail
export BENCH_PG_PASSWORD="${BENCH_PG_PASSWORD:-$(cat /tmp/hutong-bench-pgpass 2>/dev/null || true)}"
export UP_TIMEOUT="${UP_TIMEOUT:-600}"
source "$(dirname "$0")/sales-run.sh"
WORKLOADS="${WORKLOADS:-P1 P2 P3 P3a P4 P5}"
GANTT_URL="${GANTT_URL:-/projects/{id\}/gantt/data}"
RD_USER="${RD_USER:-benchrd00001}"
MANAGER="${MANAGER:-benchrdmgr}"

project_id() {
  sql -c "SELECT p.id FROM projects_project p JOIN tenancy_tenant t ON t.id = p.tenant_id WHERE t.code = 'demo' AND p.code = '$1'"
}
big="$(project_id BENCH-BIG)"
gantt="$(project_id BENCH-GANTT)"
[[ -n "$big" && -n "$gantt" ]] || { echo "no BENCH-BIG / BENCH-GANTT: run bench/projects-generate.sh first" >&2; exit 1; }
gantt_path="${GANTT_URL//\{id\}/$gantt}"

ensure_jar
launch_app
base="http://127.0.0.1:$APP_PORT"
sign_in "$base" demo "$MANAGER"
manager_cookie="$(cookie_header)"
rm -f "$APP_DIR/cookies"
sign_in "$base" demo "$RD_USER"
token="$(issue_token "$base")"
cookie="$(cookie_header)"

# the tasks P5 logs on: of the person's projects under way where they work (not as 观察者)
sql -c "SELECT t.id FROM projects_task t JOIN projects_member m ON m.project_id = t.project_id
  JOIN identity_user u ON u.id = m.user_id AND u.username = '$RD_USER' JOIN projects_project p ON p.id = t.project_id
  WHERE p.status IN ('ACTIVE', 'PAUSED') AND m.role <> 'OBSERVER' AND p.tenant_id = u.tenant_id
  ORDER BY random() LIMIT 5000" >"$APP_DIR/tasks.txt"
today="$(TZ=Asia/Shanghai date +%F)"
for back in $(seq 1 365); do
  day="$(date -d "$today - $back days" +%F)"
  (($(date -d "$day" +%u) < 6)) && echo "$day"
done >"$APP_DIR/days.txt"

check_pages /notifications/bell /projects/my-tasks "/projects/$big/board"
saved_cookie="$cookie"
cookie="$manager_cookie"
check_pages "/projects?scope=DEPARTMENT" "/projects?scope=ALL"
cookie="$saved_cookie"
gantt_status="$(curl -sS -o /dev/null -w '%{http_code}' -H "$cookie" "$base$gantt_path")"

print_environment
sql -F ' ' <<SQL
SELECT 'projects:', count(*), 'under way:', count(*) FILTER (WHERE p.status IN ('ACTIVE', 'PAUSED')),
  'tasks:', (SELECT count(*) FROM projects_task), 'time entries:', (SELECT count(*) FROM projects_time_entry),
  'assignees:', (SELECT count(*) FROM projects_task_assignee)
FROM projects_project p JOIN tenancy_tenant t ON t.id = p.tenant_id WHERE t.code = 'demo';
SELECT '$RD_USER: member of', count(*), 'projects; open tasks assigned:', (SELECT count(*) FROM projects_task_assignee a
    JOIN identity_user u ON u.id = a.user_id WHERE u.username = '$RD_USER' AND a.is_open),
  'of them overdue:', (SELECT count(*) FROM projects_task_assignee a JOIN identity_user u ON u.id = a.user_id
    WHERE u.username = '$RD_USER' AND a.is_open AND a.due_date < '$today'),
  'tasks P5 picks from:', $(wc -l <"$APP_DIR/tasks.txt")
FROM projects_member m JOIN identity_user u ON u.id = m.user_id WHERE u.username = '$RD_USER';
SELECT '$MANAGER sees by department:', count(*), 'of them under way:', count(*) FILTER (WHERE p.status IN ('ACTIVE', 'PAUSED')),
  'by light:', (SELECT string_agg(coalesce(health, '-') || ' ' || n, ', ' ORDER BY health) FROM (SELECT q.health, count(*) n
    FROM projects_project q WHERE q.department_id = u.department_id GROUP BY q.health) l)
FROM identity_user u JOIN projects_project p ON p.department_id = u.department_id WHERE u.username = '$MANAGER'
GROUP BY u.department_id;
SELECT 'BENCH-BIG tasks by column:', string_agg(name || ' ' || n, ', ' ORDER BY position)
FROM (SELECT c.name, c.position, count(t.id) n FROM projects_task_column c LEFT JOIN projects_task t ON t.column_id = c.id
  WHERE c.project_id = $big GROUP BY c.name, c.position) s;
SELECT 'BENCH-GANTT tasks:', count(*) FROM projects_task WHERE project_id = $gantt;
SQL
echo "Gantt data ($gantt_path) answered $gantt_status"

project_workload() {
  case "$1" in
    P1) run P1 -H "$cookie" "$base/projects/my-tasks" ;;
    P2) run P2 -H "$cookie" "$base/projects/$big/board" ;;
    P3) run P3 -H "$manager_cookie" "$base/projects?scope=DEPARTMENT" ;;
    P3a) run P3a -H "$manager_cookie" "$base/projects?scope=ALL" ;;
    P4)
      if [[ "$gantt_status" == 404 ]]; then
        echo "P4: skipped, $gantt_path answers 404 (no Gantt in this build)"
      elif [[ "$gantt_status" != 200 ]]; then
        echo "P4: skipped, $gantt_path answers $gantt_status" >&2
      else
        run P4 -H "$cookie" "$base$gantt_path"
      fi ;;
    P5)
      run_posts P5 time-entry-create.lua "$APP_DIR/tasks.txt" "$APP_DIR/days.txt"
      echo "P5: $created answered 201, $(sql -c "SELECT count(*) FROM projects_time_entry WHERE note = 'bench $tag'")" \
        "with the run's note in the database afterwards; $(sed -n 's/^created: [0-9]*, //p' "$APP_DIR/P5.txt")"
      grep -h '^refused: ' "$APP_DIR/P5.txt" || true
      sql -F ' ' -c "SELECT '$RD_USER''s days over 24 h:', count(*) FROM (SELECT 1 FROM projects_time_entry e
        JOIN identity_user u ON u.id = e.user_id WHERE u.username = '$RD_USER' GROUP BY e.work_day HAVING sum(e.hours) > 24) o;
        SELECT 'entries without their day row:', count(*) FROM projects_time_entry e JOIN identity_user u ON u.id = e.user_id
        WHERE u.username = '$RD_USER' AND NOT EXISTS (SELECT 1 FROM projects_time_day d WHERE d.tenant_id = e.tenant_id
          AND d.user_id = e.user_id AND d.work_day = e.work_day)" ;;
    *) echo "unknown workload $1" >&2; exit 1 ;;
  esac
}

run_workloads project_workload
finish

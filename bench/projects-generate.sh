#!/usr/bin/env bash
# R&D projects benchmark data (issue 15) on PostgreSQL: SCALE × (20,000 projects, 2,000,000 tasks,
# 10,000,000 time entries) in the enterprise `demo` of the benchmark database (db.sh, BENCH_DB=postgres),
# with the generated R&D people, departments, members, phases, deliverables, board columns, assignees,
# cost rates and budget lines they need, and the two named projects BENCH-BIG (2,000 tasks) and
# BENCH-GANTT (1,000 tasks); bench/projects-generate.sql says what the data looks like. E.g.
#   SCALE=0.01 bench/projects-generate.sh
#   RESET=1 SCALE=0.1 bench/projects-generate.sh     # removes a previous run's rows first (projects-reset.sql)
# Written server-side (INSERT … SELECT generate_series) while no app runs; a database without the projects
# schema (or without the demo enterprise) is migrated and seeded first by starting the packaged app once
# (app.sh). Then VACUUM ANALYZE, then the app is started once more so that its HealthBackfill judges every
# project under way (the lights the portfolio shows), and the counts are printed.
#   SCALE      default 1.0; PROJECTS, TASKS, ENTRIES override the three sizes
#   BENCH_PG_PASSWORD  the role's password; read from /tmp/hutong-bench-pgpass when unset
set -euo pipefail
BENCH_DB=postgres
export BENCH_PG_PASSWORD="${BENCH_PG_PASSWORD:-$(cat /tmp/hutong-bench-pgpass 2>/dev/null || true)}"
source "$(dirname "$0")/app.sh"
source "$(dirname "$0")/db.sh"
PSQL_URL="postgresql://$JDBC_USER:$JDBC_PASSWORD@${JDBC_URL#jdbc:postgresql://}"
TENANT="${TENANT:-demo}"
SCALE="${SCALE:-1.0}"
# a first start migrates 90-odd versions and seeds the demo: minutes on a busy machine
export UP_TIMEOUT="${UP_TIMEOUT:-900}"
PROJECTS="${PROJECTS:-$(awk -v s="$SCALE" 'BEGIN { printf "%d", 20000 * s + 0.5 }')}"
TASKS="${TASKS:-$(awk -v s="$SCALE" 'BEGIN { printf "%d", 2000000 * s + 0.5 }')}"
ENTRIES="${ENTRIES:-$(awk -v s="$SCALE" 'BEGIN { printf "%d", 10000000 * s + 0.5 }')}"
((PROJECTS >= 3)) || { echo "SCALE $SCALE makes $PROJECTS projects: at least 3 are needed" >&2; exit 1; }

sql() {
  psql "$PSQL_URL" -X -q -At -v ON_ERROR_STOP=1 "$@"
}

if [[ -z "$(sql -c "SELECT to_regclass('projects_time_day')")" \
  || "$(sql -c "SELECT count(*) FROM tenancy_tenant WHERE code = '$TENANT'")" == 0 ]]; then
  echo "the schema has no projects yet (or no enterprise '$TENANT'): starting the app once to migrate and seed it" >&2
  ensure_jar
  launch_app
  stop_app
fi
if [[ -n "${RESET:-}" ]]; then
  echo "removing the previous run's rows (projects-reset.sql)"
  sql -v tenant="$TENANT" -f "$BENCH_ROOT/bench/projects-reset.sql"
fi
existing="$(sql -c "SELECT count(*) FROM projects_project p JOIN tenancy_tenant t ON t.id = p.tenant_id
  WHERE t.code = '$TENANT' AND p.code LIKE 'BENCH-%'")"
((existing == 0)) || { echo "$existing BENCH- projects already: run with RESET=1 to replace them" >&2; exit 1; }

started="$(date +%s)"
echo "generating $PROJECTS projects, about $TASKS tasks and $ENTRIES time entries (SCALE $SCALE);" \
  "load before: $(cut -d" " -f1-3 /proc/loadavg)"
sql -F ' ' -v tenant="$TENANT" -v projects="$PROJECTS" -v tasks="$TASKS" -v entries="$ENTRIES" \
  -f "$BENCH_ROOT/bench/projects-generate.sql"
echo "written in $(($(date +%s) - started)) s; VACUUM ANALYZE"
sql -c "VACUUM (ANALYZE) identity_user, identity_user_role, identity_department, projects_project, projects_member,
  projects_phase, projects_phase_deliverable, projects_phase_criterion, projects_phase_gatekeeper, projects_deliverable,
  projects_task_column, projects_task, projects_task_assignee, projects_time_entry, projects_time_day, projects_cost_rate,
  projects_budget_line"
if [[ -n "$(sql -c "SELECT to_regclass('projects_task_dependency')")" ]]; then
  sql -c "VACUUM (ANALYZE) projects_task_dependency"
fi
echo "generated in $(($(date +%s) - started)) s (load average: $(cut -d" " -f1-3 /proc/loadavg));" \
  "starting the app once so that it judges the projects' health"
ensure_jar
judging="$(now_ms)"
launch_app
# the seeds (the back-fill among them) run before the app takes traffic; wait for them in any case
until grep -q "Start-up seeding" "$APP_DIR/app.log"; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$APP_DIR/app.log" >&2; exit 1; }
  sleep 1
done
echo "the app was up after $((($(now_ms) - judging) / 1000)) s (health back-fill included)"
stop_app

sql -F ' ' <<SQL
SELECT 'people:', (SELECT count(*) FROM identity_user u JOIN tenancy_tenant t ON t.id = u.tenant_id
    WHERE t.code = '$TENANT' AND u.username ~ '^benchrd[0-9]{5}$'),
  'departments:', (SELECT count(*) FROM identity_department d JOIN tenancy_tenant t ON t.id = d.tenant_id
    WHERE t.code = '$TENANT' AND d.name LIKE '压测研发%室');
SELECT 'projects by status:', string_agg(status || ' ' || n, ', ' ORDER BY status)
FROM (SELECT p.status, count(*) n FROM projects_project p WHERE p.code LIKE 'BENCH-%' GROUP BY p.status) s;
SELECT 'projects by type:', string_agg(name || ' ' || n, ', ' ORDER BY name)
FROM (SELECT y.name, count(*) n FROM projects_project p JOIN projects_type y ON y.id = p.type_id
  WHERE p.code LIKE 'BENCH-%' GROUP BY y.name) s;
SELECT 'health of those under way:', string_agg(coalesce(health, 'none') || ' ' || n, ', ' ORDER BY health)
FROM (SELECT health, count(*) n FROM projects_project WHERE code LIKE 'BENCH-%' AND status IN ('ACTIVE', 'PAUSED')
  GROUP BY health) s;
SELECT 'projects per department: max', max(n), 'min', min(n)
FROM (SELECT department_id, count(*) n FROM projects_project WHERE code LIKE 'BENCH-%' GROUP BY department_id) s;
SELECT 'members:', count(*), 'phases:', (SELECT count(*) FROM projects_phase f JOIN projects_project p ON p.id = f.project_id
    WHERE p.code LIKE 'BENCH-%'),
  'deliverables:', (SELECT count(*) FROM projects_deliverable d JOIN projects_project p ON p.id = d.project_id
    WHERE p.code LIKE 'BENCH-%')
FROM projects_member m JOIN projects_project p ON p.id = m.project_id WHERE p.code LIKE 'BENCH-%';
SELECT 'tasks:', count(*), 'open:', count(*) FILTER (WHERE t.category = 'OPEN'),
  'overdue:', count(*) FILTER (WHERE t.category = 'OPEN' AND t.due_date < (now() AT TIME ZONE 'Asia/Shanghai')::date),
  'done:', count(*) FILTER (WHERE t.category = 'DONE'), 'cancelled:', count(*) FILTER (WHERE t.category = 'CANCELLED')
FROM projects_task t JOIN projects_project p ON p.id = t.project_id WHERE p.code LIKE 'BENCH-%';
SELECT 'assignees:', (SELECT count(*) FROM projects_task_assignee a JOIN projects_task t ON t.id = a.task_id
  JOIN projects_project p ON p.id = t.project_id WHERE p.code LIKE 'BENCH-%');
SELECT 'BENCH-BIG tasks:', (SELECT count(*) FROM projects_task t JOIN projects_project p ON p.id = t.project_id
    WHERE p.code = 'BENCH-BIG'),
  'BENCH-GANTT tasks:', (SELECT count(*) FROM projects_task t JOIN projects_project p ON p.id = t.project_id
    WHERE p.code = 'BENCH-GANTT');
SELECT 'time entries:', count(*), 'hours:', sum(hours), 'person-days:', count(DISTINCT (user_id, work_day)),
  'person-days over 8 h:', (SELECT count(*) FROM (SELECT 1 FROM projects_time_entry e JOIN projects_project p ON p.id = e.project_id
    WHERE p.code LIKE 'BENCH-%' GROUP BY e.user_id, e.work_day HAVING sum(e.hours) > 8) o),
  'entries without their day row:', (SELECT count(*) FROM projects_time_entry e JOIN projects_project p ON p.id = e.project_id
    WHERE p.code LIKE 'BENCH-%' AND NOT EXISTS (SELECT 1 FROM projects_time_day d WHERE d.tenant_id = e.tenant_id
      AND d.user_id = e.user_id AND d.work_day = e.work_day))
FROM projects_time_entry e JOIN projects_project p ON p.id = e.project_id WHERE p.code LIKE 'BENCH-%';
SELECT 'benchrd00001: member of', count(*), 'projects, open tasks assigned:', (SELECT count(*) FROM projects_task_assignee a
  JOIN identity_user u ON u.id = a.user_id WHERE u.username = 'benchrd00001' AND a.is_open)
FROM projects_member m JOIN identity_user u ON u.id = m.user_id WHERE u.username = 'benchrd00001';
SELECT 'benchrdmgr department:', d.name, 'projects in it:', (SELECT count(*) FROM projects_project p WHERE p.department_id = d.id)
FROM identity_user u JOIN identity_department d ON d.id = u.department_id WHERE u.username = 'benchrdmgr';
SQL
if [[ -n "$(sql -c "SELECT to_regclass('projects_task_dependency')")" ]]; then
  sql -F ' ' -c "SELECT 'BENCH-GANTT dependencies:', count(*) FROM projects_task_dependency d
    JOIN projects_project p ON p.id = d.project_id WHERE p.code = 'BENCH-GANTT'"
fi
echo "load average at the end: $(cut -d" " -f1-3 /proc/loadavg)"

-- R&D projects benchmark data (issue 15), server-side on PostgreSQL (bench/projects-generate.sh runs it with
-- the app stopped): for the enterprise :'tenant', :projects projects with about :tasks tasks and :entries
-- time entries, as the app would have made them.
-- People: generated R&D engineers benchrd00001 … (copies of the demo's `rd`: password, position and the role
-- 研发工程师, data scope DEPARTMENT) in generated departments 压测研发N室 under 研发中心, one department per
-- 500 projects, so a department's head sees about 500 projects; benchrdmgr (主任 of 压测研发1室, same role)
-- is no member of any. How many people follows from the entries: 3–7 entries (4.5 on average with one
-- weekday in ten off) per person and weekday of the last three months, each day ≤ 8 h.
-- Projects: every type in turn (改进 on the light lifecycle, the others on the standard one), 85 % 进行中,
-- 5 % 暂停, 7 % 已结项, 3 % 已终止, started over the last 600 days and running 120–720 days; the template
-- copied as LifecycleSnapshots.copy does (phases planned over the project's dates by their shares as
-- PhasePlan.spread does, their required deliverables, criteria and gatekeepers), each required 交付物 made as
-- RequiredDeliverables does, the five default board columns. A project's gates passed with a slip of 0–30
-- days each, so the current phase is the first whose planned end plus the slip is not past — some late.
-- Members: the manager (负责人, LEAD), a 技术负责人 and 1–6 members, neighbours of the same department;
-- benchrd00001 is also a member of about 100 projects (and of the two named ones) — the heavy user of 我的任务.
-- Tasks spread over the phases in order with dates inside their phase: done phases' tasks are done (5 %
-- cancelled, 3 % left open: overdue), the current phase's are done when due before today seven times in ten
-- (else open and overdue) and spread over 未开始 · 进行中 · 待验证 otherwise, later phases' are 未开始. Each
-- task has one assignee (a member, in turn; a fifth have a second), the assignee row repeating its due day
-- and openness as TaskAssignment keeps them. BENCH-BIG has 2,000 tasks, BENCH-GANTT 1,000 (with
-- finish-to-start dependencies, ten chains per phase, when projects_task_dependency exists).
-- Time: entries on tasks assigned to the person in projects under way, projects_time_day rows for every
-- person-day logged, one 人工成本费率 per person, four budget lines per project (材料费, 测试化验费, 人工,
-- 差旅费). Health stays NULL: the app's HealthBackfill judges every project under way at its next start.
\set ON_ERROR_STOP on
SELECT setseed(0.15);

CREATE TEMP TABLE g_tenant AS SELECT id FROM tenancy_tenant WHERE code = :'tenant';
CREATE TEMP TABLE g_day AS SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date AS today;
CREATE TEMP TABLE g_weekday AS
  SELECT d::date AS day FROM generate_series((SELECT today FROM g_day) - 91, (SELECT today FROM g_day) - 1, interval '1 day') d
  WHERE extract(isodow FROM d) < 6;
CREATE TEMP TABLE g_size AS
  SELECT :projects::int AS projects, :tasks::int AS tasks, :entries::bigint AS entries,
    greatest(1, round(:projects / 500.0))::int AS departments,
    greatest(20, ceil(:entries / ((SELECT count(*) FROM g_weekday) * 4.5)))::int AS people;
CREATE TEMP TABLE g_template_user AS
  SELECT u.* FROM identity_user u WHERE u.tenant_id = (SELECT id FROM g_tenant) AND u.username = 'rd';
CREATE TEMP TABLE g_admin AS
  SELECT id FROM identity_user WHERE tenant_id = (SELECT id FROM g_tenant) AND username = 'admin';
SELECT 'projects', projects, 'tasks', tasks, 'entries', entries, 'departments', departments, 'people', people,
  'weekdays', (SELECT count(*) FROM g_weekday), 'today', (SELECT today FROM g_day) FROM g_size;

-- Shanghai wall time of a day as a timestamp with time zone, never in the future
CREATE FUNCTION pg_temp.at(day date, hours numeric) RETURNS timestamptz LANGUAGE sql STABLE AS
  $$ SELECT LEAST((day + make_interval(secs => hours * 3600)) AT TIME ZONE 'Asia/Shanghai', now() - interval '10 minutes') $$;
-- a stable pseudo-random number in [0, 1) of two integers
CREATE FUNCTION pg_temp.h(a bigint, b bigint) RETURNS double precision LANGUAGE sql IMMUTABLE AS
  $$ SELECT ((a * 2654435761 + b * 40503 + (a * b) % 7919) % 1000003)::double precision / 1000003 $$;

-- departments and people (kept by a reset; made when missing)
INSERT INTO identity_department (tenant_id, parent_id, name, sort_order, version)
SELECT (SELECT id FROM g_tenant),
  (SELECT id FROM identity_department WHERE tenant_id = (SELECT id FROM g_tenant) AND name = '研发中心' ORDER BY id LIMIT 1),
  '压测研发' || g || '室', 100 + g, 0
FROM generate_series(1, (SELECT departments FROM g_size)) g
WHERE NOT EXISTS (SELECT 1 FROM identity_department d WHERE d.tenant_id = (SELECT id FROM g_tenant) AND d.name = '压测研发' || g || '室');
CREATE TEMP TABLE g_dept AS
  SELECT g - 1 AS n, d.id FROM generate_series(1, (SELECT departments FROM g_size)) g
  JOIN identity_department d ON d.tenant_id = (SELECT id FROM g_tenant) AND d.name = '压测研发' || g || '室';

INSERT INTO identity_user (tenant_id, username, password_hash, display_name, department_id, position, status, language,
  failed_attempts, created_at, updated_at, version)
SELECT t.tenant_id, 'benchrd' || lpad((n + 1)::text, 5, '0'),
  t.password_hash, substr('王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾', 1 + n % 32, 1)
    || substr('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌', 1 + (n / 32) % 32, 1)
    || substr('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌', 1 + (n / 1024) % 32, 1),
  (SELECT id FROM g_dept WHERE g_dept.n = s.n % (SELECT departments FROM g_size)), '研发工程师', t.status, t.language, 0,
  now(), now(), 0
FROM generate_series(0, (SELECT people FROM g_size) - 1) AS s(n) CROSS JOIN g_template_user t
ON CONFLICT (tenant_id, username) DO NOTHING;
INSERT INTO identity_user (tenant_id, username, password_hash, display_name, department_id, position, status, language,
  failed_attempts, created_at, updated_at, version)
SELECT t.tenant_id, 'benchrdmgr', t.password_hash, '压测主任', (SELECT id FROM g_dept WHERE n = 0), '研发室主任', t.status,
  t.language, 0, now(), now(), 0
FROM g_template_user t ON CONFLICT (tenant_id, username) DO NOTHING;
CREATE TEMP TABLE g_person AS
  SELECT substr(u.username, 8)::int - 1 AS n, u.id FROM identity_user u
  WHERE u.tenant_id = (SELECT id FROM g_tenant) AND u.username ~ '^benchrd[0-9]{5}$'
    AND substr(u.username, 8)::int <= (SELECT people FROM g_size);
-- a run at another scale: everyone in the department this run's count puts them in
UPDATE identity_user u SET department_id = d.id
FROM g_person p JOIN g_dept d ON d.n = p.n % (SELECT departments FROM g_size)
WHERE u.id = p.id AND u.department_id IS DISTINCT FROM d.id;
UPDATE identity_user SET department_id = (SELECT id FROM g_dept WHERE n = 0)
WHERE tenant_id = (SELECT id FROM g_tenant) AND username = 'benchrdmgr';
INSERT INTO identity_user_role (tenant_id, user_id, role_id)
SELECT u.tenant_id, u.id, r.role_id FROM identity_user u
CROSS JOIN (SELECT role_id FROM identity_user_role WHERE user_id = (SELECT id FROM g_template_user)) r
WHERE u.tenant_id = (SELECT id FROM g_tenant) AND (u.username ~ '^benchrd[0-9]{5}$' OR u.username = 'benchrdmgr')
ON CONFLICT (tenant_id, user_id, role_id) DO NOTHING;
ALTER TABLE g_person ADD COLUMN dept_n int, ADD COLUMN k int;
UPDATE g_person SET dept_n = n % (SELECT departments FROM g_size), k = n / (SELECT departments FROM g_size);
CREATE INDEX ON g_person (dept_n, k);
CREATE TEMP TABLE g_dept_size AS SELECT dept_n, count(*)::int AS size FROM g_person GROUP BY dept_n;

INSERT INTO projects_cost_rate (tenant_id, user_id, effective_from, rate, created_by, created_at)
SELECT (SELECT id FROM g_tenant), p.id, (SELECT today FROM g_day) - 400, 60 + (p.n % 15) * 10, (SELECT id FROM g_admin), now()
FROM g_person p
ON CONFLICT (tenant_id, user_id, effective_from) DO NOTHING;

-- the lifecycle templates and the project types
CREATE TEMP TABLE g_type AS
  SELECT row_number() OVER (ORDER BY position, id) - 1 AS n, id, code, funded FROM projects_type
  WHERE tenant_id = (SELECT id FROM g_tenant) AND active;
CREATE TEMP TABLE g_tpl_phase AS
  SELECT p.template_id, t.code AS template_code, p.id, p.position, p.name, p.duration_share, p.gatekeeper_role_id,
    coalesce(sum(p.duration_share) OVER (PARTITION BY p.template_id ORDER BY p.position
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS share_before,
    sum(p.duration_share) OVER (PARTITION BY p.template_id) AS share_total,
    count(*) OVER (PARTITION BY p.template_id) AS phases
  FROM projects_template_phase p JOIN projects_template t ON t.id = p.template_id
  WHERE t.tenant_id = (SELECT id FROM g_tenant) AND t.code IN ('STANDARD', 'LIGHT');
SELECT 'types', (SELECT count(*) FROM g_type), 'template phases', string_agg(template_code || ' ' || phases, ', ')
FROM (SELECT DISTINCT template_code, phases FROM g_tpl_phase) t;

-- one row per project to be: what it is, drawn once. 1 and 2 are BENCH-BIG and BENCH-GANTT, under way in the
-- first department with the standard lifecycle.
CREATE TEMP TABLE g_draw AS
  SELECT j, (j - 1) % (SELECT departments FROM g_size) AS dept_n, (j - 1) / (SELECT departments FROM g_size) AS jl,
    CASE WHEN j <= 2 THEN 0 ELSE j % (SELECT count(*) FROM g_type) END AS type_n,
    CASE WHEN j <= 2 THEN 0.5 ELSE random() END AS s, random() AS r1, random() AS r2, random() AS r3,
    (random() * 30)::int AS slip, (random() * 10000)::int AS pick
  FROM generate_series(1, (SELECT projects FROM g_size)) AS j;
CREATE TEMP TABLE g_made AS
WITH typed AS (
  SELECT d.*, t.id AS type_id, t.code AS type_code, t.funded,
    CASE WHEN d.s < 0.85 THEN 'ACTIVE' WHEN d.s < 0.90 THEN 'PAUSED' WHEN d.s < 0.97 THEN 'CLOSED' ELSE 'KILLED' END AS status,
    120 + (d.r2 * 600)::int AS days
  FROM g_draw d JOIN g_type t ON t.n = d.type_n
)
SELECT t.*, CASE WHEN t.j = 1 THEN 'BENCH-BIG' WHEN t.j = 2 THEN 'BENCH-GANTT' ELSE 'BENCH-' || lpad(t.j::text, 6, '0') END AS code,
  CASE WHEN t.status = 'CLOSED' THEN (SELECT today FROM g_day) - t.days - 40 - (t.r1 * 200)::int
    WHEN t.j <= 2 THEN (SELECT today FROM g_day) - 150
    ELSE (SELECT today FROM g_day) - 30 - (t.r1 * 570)::int END AS planned_start,
  (SELECT template_id FROM g_tpl_phase WHERE template_code = CASE WHEN t.type_code = 'IMPROVEMENT' THEN 'LIGHT' ELSE 'STANDARD' END LIMIT 1)
    AS template_id,
  least(3 + t.pick % 6, (SELECT size FROM g_dept_size z WHERE z.dept_n = t.dept_n)) AS members,
  (t.j <= 2 OR t.j % greatest(1, (SELECT projects FROM g_size) / 100) = 0) AS heavy_member
FROM typed t;
UPDATE g_made SET days = 420 WHERE j <= 2;
ALTER TABLE g_made ADD COLUMN planned_end date, ADD COLUMN manager_id bigint;
UPDATE g_made SET planned_end = planned_start + days - 1;
-- members: neighbours in the department, the first the manager; benchrd00001 last where heavy
CREATE TEMP TABLE g_member AS
  SELECT m.j, r, p.id AS user_id, CASE r WHEN 0 THEN 'LEAD' WHEN 1 THEN 'TECH_LEAD' ELSE 'MEMBER' END AS role
  FROM g_made m JOIN g_dept_size z ON z.dept_n = m.dept_n
  CROSS JOIN LATERAL generate_series(0, m.members - 1) AS r
  JOIN g_person p ON p.dept_n = m.dept_n AND p.k = (m.jl * 5 + r) % z.size;
INSERT INTO g_member (j, r, user_id, role)
SELECT m.j, m.members, p.id, 'MEMBER' FROM g_made m JOIN g_person p ON p.n = 0
WHERE m.heavy_member AND NOT EXISTS (SELECT 1 FROM g_member x WHERE x.j = m.j AND x.user_id = p.id);
CREATE INDEX ON g_member (j, r);
UPDATE g_made m SET manager_id = x.user_id FROM g_member x WHERE x.j = m.j AND x.r = 0;
CREATE TEMP TABLE g_team AS SELECT j, count(*)::int AS size FROM g_member GROUP BY j;

INSERT INTO projects_project (tenant_id, code, name, type_id, manager_id, department_id, priority, planned_start, planned_end,
  description, status, funding_source, grant_number, funded_amount, template_id, created_by, created_at, updated_at, version)
SELECT (SELECT id FROM g_tenant), m.code,
  CASE WHEN m.j = 1 THEN '压测 大看板项目 2000 任务' WHEN m.j = 2 THEN '压测 甘特图项目 1000 任务'
    ELSE (ARRAY['40.5 kV 环保气体开关柜', '一二次融合柱上断路器', '智能配变终端', 'SF6 在线监测装置', '干式变压器温控器',
      '光伏升压箱变', '储能变流升压舱', '环网柜定制', '2N 配电柜定制', '牵引变电所开关柜', '箱变远程运维平台',
      '断路器机构寿命提升', '母线镀银工艺改进', '故障自愈关键技术'])[1 + m.pick % 14] || ' ' || m.j END,
  m.type_id, m.manager_id, d.id, (ARRAY['HIGH', 'MEDIUM', 'MEDIUM', 'LOW'])[1 + m.pick % 4], m.planned_start, m.planned_end,
  '压测数据', m.status,
  CASE WHEN m.funded THEN '河南省科学技术厅 重大科技专项' END, CASE WHEN m.funded THEN 'HNKJ-B-' || m.j END,
  CASE WHEN m.funded THEN 500000 + (m.pick % 20) * 100000 END,
  m.template_id, m.manager_id, pg_temp.at(m.planned_start - 7, 10), pg_temp.at(least(m.planned_end, (SELECT today FROM g_day)), 16), 0
FROM g_made m JOIN g_dept d ON d.n = m.dept_n ORDER BY m.j;
CREATE TEMP TABLE g_proj AS
  SELECT p.id, m.* FROM projects_project p JOIN g_made m ON m.code = p.code WHERE p.tenant_id = (SELECT id FROM g_tenant);
CREATE INDEX ON g_proj (j);
CREATE INDEX ON g_proj (id);
ANALYZE g_proj;

INSERT INTO projects_member (tenant_id, project_id, user_id, role, added_at)
SELECT (SELECT id FROM g_tenant), p.id, x.user_id, x.role, pg_temp.at(p.planned_start - 7, 10)
FROM g_member x JOIN g_proj p ON p.j = x.j ORDER BY p.id, x.r;

-- the phases, planned over the project's days by their shares (PhasePlan.spread), the current one the first
-- whose planned end plus the slip is not past; an ended project (已结项) went through all of them
CREATE TEMP TABLE g_phase AS
WITH planned AS (
  SELECT p.id AS project_id, p.j, p.status, p.slip, t.id AS template_phase_id, t.position, t.name, t.gatekeeper_role_id,
    t.phases, p.planned_start + (t.share_before * p.days / t.share_total)::int AS planned_start, p.planned_end AS project_end,
    t.share_before + t.duration_share AS share_after, t.share_total, p.days, p.planned_start AS project_start
  FROM g_proj p JOIN g_tpl_phase t ON t.template_id = p.template_id
), ended AS (
  SELECT l.*, CASE WHEN l.position = l.phases THEN l.project_end
    ELSE l.project_start + (l.share_after * l.days / l.share_total)::int - 1 END AS planned_end
  FROM planned l
)
SELECT e.*, min(e.position) FILTER (WHERE e.planned_end + e.slip >= (SELECT today FROM g_day)) OVER (PARTITION BY e.project_id)
  AS current_position
FROM ended e;
UPDATE g_phase SET current_position = phases WHERE current_position IS NULL AND status <> 'CLOSED';
UPDATE g_phase SET current_position = NULL WHERE status = 'CLOSED';
INSERT INTO projects_phase (tenant_id, project_id, position, name, planned_start, planned_end, actual_start, actual_end, status,
  gatekeeper_role_id)
SELECT (SELECT id FROM g_tenant), g.project_id, g.position, g.name, g.planned_start, g.planned_end,
  CASE WHEN g.position = 1 THEN g.planned_start
    WHEN g.current_position IS NULL OR g.position <= g.current_position
      THEN least(g.planned_start + g.slip, (SELECT today FROM g_day)) END,
  CASE WHEN g.current_position IS NULL OR g.position < g.current_position
    THEN least(g.planned_end + g.slip, (SELECT today FROM g_day)) END,
  CASE WHEN g.current_position IS NULL OR g.position < g.current_position THEN 'DONE'
    WHEN g.position = g.current_position THEN 'ACTIVE' ELSE 'PLANNED' END,
  g.gatekeeper_role_id
FROM g_phase g ORDER BY g.project_id, g.position;
CREATE TEMP TABLE g_phase_id AS
  SELECT f.id, g.* FROM g_phase g JOIN projects_phase f ON f.project_id = g.project_id AND f.position = g.position;
CREATE INDEX ON g_phase_id (project_id, position);
ANALYZE g_phase_id;
UPDATE projects_project p SET current_phase_id = g.id, current_phase = g.name, current_phase_end = g.planned_end
FROM g_phase_id g WHERE g.project_id = p.id AND g.position = g.current_position;

-- what the snapshot copies with each phase, and the required deliverables made on creation
INSERT INTO projects_phase_deliverable (tenant_id, phase_id, position, name)
SELECT (SELECT id FROM g_tenant), g.id, d.position, d.name
FROM g_phase_id g JOIN projects_template_deliverable d ON d.phase_id = g.template_phase_id ORDER BY g.id, d.position;
INSERT INTO projects_phase_criterion (tenant_id, phase_id, position, kind, label, weight)
SELECT (SELECT id FROM g_tenant), g.id, c.position, c.kind, c.label, c.weight
FROM g_phase_id g JOIN projects_template_criterion c ON c.phase_id = g.template_phase_id ORDER BY g.id, c.position;
INSERT INTO projects_phase_gatekeeper (tenant_id, phase_id, user_id)
SELECT (SELECT id FROM g_tenant), g.id, k.user_id
FROM g_phase_id g JOIN projects_template_gatekeeper k ON k.phase_id = g.template_phase_id ORDER BY g.id, k.id;
INSERT INTO projects_deliverable (tenant_id, project_id, phase_id, phase_deliverable_id, position, name, versions, created_at,
  row_version)
SELECT (SELECT id FROM g_tenant), g.project_id, g.id, d.id, d.position, d.name, 0, pg_temp.at(g.planned_start, 9), 0
FROM g_phase_id g JOIN projects_phase_deliverable d ON d.phase_id = g.id ORDER BY d.id;

-- the board's default columns
INSERT INTO projects_task_column (tenant_id, project_id, name, category, position, active, version)
SELECT (SELECT id FROM g_tenant), p.id, c.name, c.category, c.position, TRUE, 0
FROM g_proj p CROSS JOIN (VALUES ('未开始', 'OPEN', 0), ('进行中', 'OPEN', 1), ('待验证', 'OPEN', 2), ('已完成', 'DONE', 3),
  ('已取消', 'CANCELLED', 4)) AS c (name, category, position)
ORDER BY p.id, c.position;
CREATE TEMP TABLE g_column AS
  SELECT c.project_id, c.position, c.id, c.category FROM projects_task_column c JOIN g_proj p ON p.id = c.project_id;
CREATE INDEX ON g_column (project_id, position);
ANALYZE g_column;

-- tasks: how many each project has, then each one's phase, dates and column
CREATE TEMP TABLE g_count AS
  SELECT p.id AS project_id, p.j, CASE WHEN p.j = 1 THEN 2000 WHEN p.j = 2 THEN 1000
    ELSE greatest(5, round(greatest((SELECT tasks FROM g_size) - 3000, 0)::numeric / greatest((SELECT projects FROM g_size) - 2, 1)
      * (0.2 + 1.6 * pg_temp.h(p.j, 11))))::int END AS tasks,
    (SELECT max(phases) FROM g_phase_id f WHERE f.project_id = p.id) AS phases
  FROM g_proj p;
CREATE TEMP TABLE g_task AS
WITH numbered AS (
  SELECT c.project_id, c.j, c.tasks, t, least(c.phases, 1 + (t - 1) * c.phases / c.tasks) AS phase_position,
    pg_temp.h(c.j * 7 + 3, t) AS u1, pg_temp.h(t * 13 + 5, c.j) AS u2
  FROM g_count c CROSS JOIN LATERAL generate_series(1, c.tasks) AS t
), placed AS (
  SELECT n.*, f.id AS phase_id, f.status AS project_status, f.current_position, f.planned_start AS phase_start,
    f.planned_end AS phase_end,
    -- where in its phase: the phase's tasks in order over its days
    (t - 1 - (phase_position - 1) * n.tasks / f.phases)::numeric / greatest(1, n.tasks / f.phases) AS place
  FROM numbered n JOIN g_phase_id f ON f.project_id = n.project_id AND f.position = n.phase_position
), dated AS (
  SELECT p.*, p.phase_start + least((p.place * (p.phase_end - p.phase_start))::int, p.phase_end - p.phase_start) AS start_date
  FROM placed p
)
SELECT d.*, least(d.start_date + 2 + (d.u1 * 18)::int, greatest(d.phase_end, d.start_date)) AS due_date FROM dated d;
ALTER TABLE g_task ADD COLUMN column_position int;
UPDATE g_task SET column_position = CASE
  WHEN project_status = 'CLOSED' OR phase_position < current_position
    THEN CASE WHEN u2 < 0.92 THEN 3 WHEN u2 < 0.97 THEN 4 ELSE 1 END
  WHEN phase_position = current_position AND due_date < (SELECT today FROM g_day)
    THEN CASE WHEN u2 < 0.70 THEN 3 WHEN u2 < 0.85 THEN 1 ELSE 0 END
  WHEN phase_position = current_position
    THEN CASE WHEN u2 < 0.20 THEN 3 WHEN u2 < 0.55 THEN 0 WHEN u2 < 0.85 THEN 1 ELSE 2 END
  ELSE 0 END;

INSERT INTO projects_task (tenant_id, project_id, phase_id, column_id, category, position, title, description, start_date, due_date,
  planned_hours, priority, created_by, created_at, updated_at, completed_at, version)
SELECT (SELECT id FROM g_tenant), t.project_id, t.phase_id, c.id, c.category,
  row_number() OVER (PARTITION BY c.id ORDER BY t.t) - 1,
  (ARRAY['方案设计', '图纸校核', '样机装配', '型式试验准备', '温升试验', '绝缘试验', '软件联调', '物料选型', '工艺评审', '成本核算',
    '文档编写', '供应商沟通'])[1 + t.t % 12] || ' ' || t.t,
  CASE WHEN t.t % 5 = 0 THEN '按任务书要求完成，结果记录在交付物中。' END,
  t.start_date, t.due_date, (ARRAY[8, 16, 24, 40, 60])[1 + t.t % 5], (ARRAY['HIGH', 'MEDIUM', 'MEDIUM', 'LOW'])[1 + t.t % 4],
  p.manager_id, pg_temp.at(t.start_date - 3, 10), pg_temp.at(least(t.due_date, (SELECT today FROM g_day)), 17),
  CASE WHEN c.category = 'DONE' THEN pg_temp.at(least(t.due_date, (SELECT today FROM g_day)), 17) END, 0
FROM g_task t JOIN g_proj p ON p.id = t.project_id JOIN g_column c ON c.project_id = t.project_id AND c.position = t.column_position
ORDER BY t.project_id, t.t;
-- the generated tasks in their project's order (ids grow with t within a project)
CREATE TEMP TABLE g_task_id AS
  SELECT x.id, x.project_id, x.phase_id, x.due_date, x.category,
    row_number() OVER (PARTITION BY x.project_id ORDER BY x.id) AS t
  FROM projects_task x JOIN g_proj p ON p.id = x.project_id;
CREATE INDEX ON g_task_id (project_id, t);
ANALYZE g_task_id;

-- assignees: a member in turn, a fifth with the next one too
INSERT INTO projects_task_assignee (tenant_id, task_id, user_id, due_date, is_open)
SELECT (SELECT id FROM g_tenant), x.id, m.user_id, x.due_date, x.category = 'OPEN'
FROM g_task_id x JOIN g_proj p ON p.id = x.project_id JOIN g_team z ON z.j = p.j
CROSS JOIN LATERAL (VALUES (0), (1)) AS a (extra)
JOIN g_member m ON m.j = p.j AND m.r = (x.t + a.extra) % z.size
WHERE a.extra = 0 OR (x.t % 5 = 0 AND z.size > 1)
ORDER BY x.id, a.extra;

-- finish-to-start dependencies of BENCH-GANTT when the schema has them: ten chains through each phase's tasks
DO $$
BEGIN
  IF to_regclass('projects_task_dependency') IS NOT NULL THEN
    INSERT INTO projects_task_dependency (tenant_id, project_id, predecessor_id, successor_id, lag_days, created_by, created_at)
    SELECT (SELECT id FROM g_tenant), s.project_id, b.id, s.id, 0, p.manager_id, now()
    FROM g_proj p JOIN g_task_id s ON s.project_id = p.id JOIN g_task_id b ON b.project_id = p.id AND b.t = s.t - 10
    WHERE p.j = 2 AND b.phase_id = s.phase_id;
    RAISE NOTICE 'BENCH-GANTT dependencies: %', (SELECT count(*) FROM projects_task_dependency d JOIN g_proj p ON p.id = d.project_id);
  ELSE
    RAISE NOTICE 'no projects_task_dependency table: BENCH-GANTT has no dependencies';
  END IF;
END $$;

-- budget lines per project on the default category set, the labour line sized like its team's hours
INSERT INTO projects_budget_line (tenant_id, project_id, category_id, phase_id, amount, note, updated_by, updated_at, row_version)
SELECT (SELECT id FROM g_tenant), p.id, c.id, NULL,
  CASE c.name WHEN '人工' THEN 30000 + (p.r3 * 200000)::int WHEN '材料费' THEN 20000 + (p.r1 * 100000)::int
    WHEN '测试化验费' THEN 10000 + (p.r2 * 50000)::int ELSE 5000 + (p.r3 * 20000)::int END,
  '压测预算', p.manager_id, pg_temp.at(p.planned_start, 11), 0
FROM g_proj p
JOIN projects_budget_category c ON c.tenant_id = (SELECT id FROM g_tenant) AND c.name IN ('人工', '材料费', '测试化验费', '差旅费')
  AND c.set_id = (SELECT id FROM projects_budget_set WHERE tenant_id = (SELECT id FROM g_tenant) AND is_default)
ORDER BY p.id, c.position;

-- time: per person the tasks they may log on (assigned, project under way), per weekday of the last three
-- months (nine in ten) 3–7 entries of floor(16 / k) / 2 h each, so a person-day is at most 8 h
CREATE TEMP TABLE g_work AS
  SELECT a.user_id, row_number() OVER (PARTITION BY a.user_id ORDER BY x.id) - 1 AS w, x.id AS task_id, x.project_id,
    x.phase_id
  FROM projects_task_assignee a JOIN g_task_id x ON x.id = a.task_id JOIN g_proj p ON p.id = x.project_id
  WHERE p.status IN ('ACTIVE', 'PAUSED');
CREATE INDEX ON g_work (user_id, w);
CREATE TEMP TABLE g_work_count AS SELECT user_id, count(*)::int AS tasks FROM g_work GROUP BY user_id;
ANALYZE g_work;
CREATE TEMP TABLE g_person_day AS
  SELECT c.user_id, d.day, c.tasks, 3 + (pg_temp.h(c.user_id, d.day - date '2000-01-01') * 5)::int % 5 AS k,
    (pg_temp.h(d.day - date '2000-01-01', c.user_id) * 1000)::int AS base
  FROM g_work_count c CROSS JOIN g_weekday d
  WHERE pg_temp.h(c.user_id * 3 + 1, d.day - date '1999-01-01') < 0.9;
INSERT INTO projects_time_entry (tenant_id, user_id, task_id, project_id, phase_id, work_day, hours, note, created_at, updated_at,
  version)
SELECT (SELECT id FROM g_tenant), d.user_id, w.task_id, w.project_id, w.phase_id, d.day, floor(16.0 / d.k) / 2,
  CASE WHEN e = 0 THEN '压测工时' END, pg_temp.at(d.day, 18), pg_temp.at(d.day, 18), 0
FROM g_person_day d CROSS JOIN LATERAL generate_series(0, d.k - 1) AS e
JOIN g_work w ON w.user_id = d.user_id AND w.w = (d.base + e) % d.tasks
ORDER BY d.day, d.user_id;
INSERT INTO projects_time_day (tenant_id, user_id, work_day)
SELECT (SELECT id FROM g_tenant), user_id, day FROM g_person_day ORDER BY day, user_id
ON CONFLICT DO NOTHING;

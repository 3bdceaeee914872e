-- Removes what bench/projects-generate.sql wrote into the enterprise :'tenant' (projects coded BENCH-…, all
-- their rows, the generated people's hours and cost rates), children first; tables a later migration may
-- add (the Gantt's dependencies and baselines, weekly reports) only when they exist. The generated people
-- and departments stay (sessions, tokens and notifications refer to them); the next run reuses them.
\set ON_ERROR_STOP on
CREATE TEMP TABLE r_project AS
  SELECT p.id FROM projects_project p JOIN tenancy_tenant t ON t.id = p.tenant_id
  WHERE t.code = :'tenant' AND p.code LIKE 'BENCH-%';
CREATE TEMP TABLE r_user AS
  SELECT u.id FROM identity_user u JOIN tenancy_tenant t ON t.id = u.tenant_id
  WHERE t.code = :'tenant' AND (u.username ~ '^benchrd[0-9]{5}$' OR u.username = 'benchrdmgr');
CREATE TEMP TABLE r_task AS SELECT id FROM projects_task WHERE project_id IN (SELECT id FROM r_project);
CREATE TEMP TABLE r_phase AS SELECT id FROM projects_phase WHERE project_id IN (SELECT id FROM r_project);
CREATE INDEX ON r_project (id);
CREATE INDEX ON r_task (id);
CREATE INDEX ON r_phase (id);
ANALYZE r_project;
ANALYZE r_task;
ANALYZE r_phase;

-- deletes the rows of a table that exists; prints how many
CREATE FUNCTION pg_temp.purge(name text, condition text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  gone bigint;
BEGIN
  IF to_regclass(name) IS NULL THEN
    RETURN;
  END IF;
  EXECUTE format('DELETE FROM %I WHERE %s', name, condition);
  GET DIAGNOSTICS gone = ROW_COUNT;
  RAISE NOTICE '% rows removed from %', gone, name;
END $$;

SELECT pg_temp.purge('projects_time_entry', 'project_id IN (SELECT id FROM r_project) OR user_id IN (SELECT id FROM r_user)');
SELECT pg_temp.purge('projects_time_day', 'user_id IN (SELECT id FROM r_user)');
SELECT pg_temp.purge('projects_cost_rate', 'user_id IN (SELECT id FROM r_user)');
SELECT pg_temp.purge('projects_task_dependency', 'project_id IN (SELECT id FROM r_project)');
SELECT pg_temp.purge('projects_plan_baseline_item',
  'baseline_id IN (SELECT id FROM projects_plan_baseline WHERE project_id IN (SELECT id FROM r_project))');
SELECT pg_temp.purge('projects_plan_baseline', 'project_id IN (SELECT id FROM r_project)');
SELECT pg_temp.purge('projects_weekly_report', 'project_id IN (SELECT id FROM r_project)');
SELECT pg_temp.purge('projects_milestone_link',
  'milestone_id IN (SELECT id FROM projects_milestone WHERE project_id IN (SELECT id FROM r_project))');
SELECT pg_temp.purge('projects_milestone', 'project_id IN (SELECT id FROM r_project)');
SELECT pg_temp.purge('projects_gate_answer', 'score_id IN (SELECT s.id FROM projects_gate_score s JOIN projects_gate g ON g.id = s.gate_id
  WHERE g.project_id IN (SELECT id FROM r_project))');
SELECT pg_temp.purge('projects_gate_score', 'gate_id IN (SELECT id FROM projects_gate WHERE project_id IN (SELECT id FROM r_project))');
SELECT pg_temp.purge('projects_gate', 'project_id IN (SELECT id FROM r_project)');
SELECT pg_temp.purge('projects_task_check', 'task_id IN (SELECT id FROM r_task)');
SELECT pg_temp.purge('projects_task_assignee', 'task_id IN (SELECT id FROM r_task)');
UPDATE projects_task SET parent_id = NULL WHERE id IN (SELECT id FROM r_task) AND parent_id IS NOT NULL;
SELECT pg_temp.purge('projects_task', 'id IN (SELECT id FROM r_task)');
SELECT pg_temp.purge('projects_task_column', 'project_id IN (SELECT id FROM r_project)');
SELECT pg_temp.purge('projects_budget_crossing', 'project_id IN (SELECT id FROM r_project)');
SELECT pg_temp.purge('projects_cost', 'project_id IN (SELECT id FROM r_project)');
SELECT pg_temp.purge('projects_budget_line', 'project_id IN (SELECT id FROM r_project)');
SELECT pg_temp.purge('projects_budget', 'project_id IN (SELECT id FROM r_project)');
SELECT pg_temp.purge('projects_deliverable_change',
  'deliverable_id IN (SELECT id FROM projects_deliverable WHERE project_id IN (SELECT id FROM r_project))');
SELECT pg_temp.purge('projects_deliverable', 'project_id IN (SELECT id FROM r_project)');
SELECT pg_temp.purge('projects_phase_gatekeeper', 'phase_id IN (SELECT id FROM r_phase)');
SELECT pg_temp.purge('projects_phase_criterion', 'phase_id IN (SELECT id FROM r_phase)');
SELECT pg_temp.purge('projects_phase_deliverable', 'phase_id IN (SELECT id FROM r_phase)');
UPDATE projects_project SET current_phase_id = NULL WHERE id IN (SELECT id FROM r_project);
SELECT pg_temp.purge('projects_phase', 'id IN (SELECT id FROM r_phase)');
SELECT pg_temp.purge('projects_member', 'project_id IN (SELECT id FROM r_project)');
SELECT pg_temp.purge('projects_share', 'project_id IN (SELECT id FROM r_project)');
SELECT pg_temp.purge('projects_project', 'id IN (SELECT id FROM r_project)');

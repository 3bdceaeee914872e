-- Approvals benchmark, PostgreSQL: clones template requests (made through the app's API by
-- bench/approvals-generate.sh and listed in approvals_bench_template) into new requests with their
-- tasks and history, as the engine writes them. Expects a temp table "draft", one row a request:
--   template_id   the template request to copy (its flow, values, route, status, tasks, history)
--   submitter_id  the new submitter (never the approver)
--   approver_id   the person picked for the node "approver" (发起人自选)
--   submitted_at, at1, at2   when it was submitted, decided (or withdrawn) at "approver", decided at
--                 "finance" (big expense claims only); unused times may be anything
-- Everything else is the template's: the JSON columns byte for byte, except the picked approver's id
-- in the route. Numbers continue each prefix's per-day counter (approval_number) in Shanghai days,
-- which is moved on, so the app never hands out a number twice. Ids grow with submitted_at.
-- Run after the script that fills "draft", in the same psql session (psql -f a.sql -f this.sql).
\set ON_ERROR_STOP on
BEGIN;

-- Each template with its own people: submitter and picked approver (the finance node keeps its user).
CREATE TEMP TABLE template ON COMMIT DROP AS
SELECT r.id, r.tenant_id, split_part(r.number, '-', 1) AS prefix, r.submitter_id,
  (SELECT k.assignee_id FROM approval_task k WHERE k.request_id = r.id AND k.node_id = 'approver' ORDER BY k.id LIMIT 1)
    AS approver_id,
  b.status AS kind,
  EXISTS (SELECT 1 FROM approval_task k WHERE k.request_id = r.id AND k.node_id = 'finance' AND k.decided_at IS NOT NULL)
    AS finance_decided
FROM approval_request r JOIN approvals_bench_template b ON b.request_id = r.id;

-- The new rows in time order, numbered per prefix and Shanghai day after what the counter has handed out.
CREATE TEMP TABLE plan ON COMMIT DROP AS
SELECT x.*, x.prefix || '-' || x.day || '-' || lpad((coalesce(c.last_value, 0) + x.seq)::text, 4, '0') AS number,
  coalesce(c.last_value, 0) + x.seq AS counter
FROM (
  SELECT d.*, p.tenant_id, p.prefix, p.submitter_id AS t_submitter, p.approver_id AS t_approver, p.kind,
    to_char(d.submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') AS day,
    row_number() OVER (PARTITION BY p.prefix, to_char(d.submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD')
      ORDER BY d.submitted_at) AS seq,
    -- when the request last moved, and when it ended (NULL while open)
    CASE WHEN p.kind = 'PENDING' THEN d.submitted_at WHEN p.finance_decided THEN d.at2 ELSE d.at1 END AS acted_at
  FROM draft d JOIN template p ON p.id = d.template_id
) x
LEFT JOIN approval_number c ON c.tenant_id = x.tenant_id AND c.prefix = x.prefix
  AND c.on_day = to_date(x.day, 'YYYYMMDD');
CREATE INDEX ON plan (number);

INSERT INTO approval_number (tenant_id, prefix, on_day, last_value)
SELECT tenant_id, prefix, to_date(day, 'YYYYMMDD'), max(counter) FROM plan GROUP BY 1, 2, 3
ON CONFLICT (tenant_id, prefix, on_day) DO UPDATE SET last_value = greatest(approval_number.last_value, excluded.last_value);

INSERT INTO approval_request (tenant_id, number, flow_id, flow_key, flow_version_id, subject_type, subject_id,
  submitter_id, submitter_department_id, title, summary, field_values, route, passed_nodes, active_nodes, status,
  round, submitted_at, decided_at, reminded_at, acted_at, version)
SELECT r.tenant_id, p.number, r.flow_id, r.flow_key, r.flow_version_id, r.subject_type, r.subject_id,
  p.submitter_id, u.department_id, r.title, r.summary, r.field_values,
  replace(r.route, '"people":[' || p.t_approver || ']', '"people":[' || p.approver_id || ']'),
  r.passed_nodes, r.active_nodes, r.status, r.round, p.submitted_at,
  CASE WHEN r.decided_at IS NOT NULL THEN p.acted_at END, NULL, p.acted_at, r.version
FROM plan p JOIN approval_request r ON r.id = p.template_id JOIN identity_user u ON u.id = p.submitter_id
ORDER BY p.submitted_at;

-- The new request of each plan row, by its number.
CREATE TEMP TABLE made ON COMMIT DROP AS
SELECT p.*, r.id AS request_id
FROM plan p JOIN approval_request r ON r.tenant_id = p.tenant_id AND r.number = p.number;

-- A template's people stand for the new ones: its submitter and picked approver; anyone else stays.
INSERT INTO approval_task (tenant_id, request_id, round, node_id, visit, assignee_id, delegated_from_id,
  added_by_task_id, position, state, comment, decided_at, version)
SELECT m.tenant_id, m.request_id, k.round, k.node_id, k.visit,
  CASE k.assignee_id WHEN m.t_approver THEN m.approver_id WHEN m.t_submitter THEN m.submitter_id ELSE k.assignee_id END,
  k.delegated_from_id, k.added_by_task_id, k.position, k.state, k.comment,
  CASE WHEN k.decided_at IS NULL THEN NULL WHEN k.node_id = 'finance' THEN m.at2 ELSE m.at1 END, k.version
FROM made m JOIN approval_task k ON k.request_id = m.template_id
ORDER BY m.request_id, k.id;

INSERT INTO approval_action (tenant_id, request_id, round, node_id, actor_id, on_behalf_of_id, action, comment,
  target_node_id, target_user_id, occurred_at)
SELECT m.tenant_id, m.request_id, a.round, a.node_id,
  CASE a.actor_id WHEN m.t_approver THEN m.approver_id WHEN m.t_submitter THEN m.submitter_id ELSE a.actor_id END,
  a.on_behalf_of_id, a.action, a.comment, a.target_node_id,
  CASE a.target_user_id WHEN m.t_approver THEN m.approver_id WHEN m.t_submitter THEN m.submitter_id
    ELSE a.target_user_id END,
  CASE WHEN a.action = 'SUBMIT' THEN m.submitted_at WHEN a.node_id = 'finance' THEN m.at2
    WHEN a.action = 'APPROVED' THEN m.acted_at ELSE m.at1 END
FROM made m JOIN approval_action a ON a.request_id = m.template_id
ORDER BY m.request_id, a.id;
COMMIT;

-- Approvals benchmark, PostgreSQL: tops up the requests waiting for one approver, so that every 同意
-- of workload A3 (bench/approvals.sh) decides a task of its own. Fills the temp table "draft" for
-- bench/approvals-clone.sql: :count requests (请假, 报销 and 采购申请 waiting for their first approver,
-- cloned from the generator's templates) submitted over the last hour by people who approve none of the
-- generated requests (u0603 … u2000 but the approver), so the measured approvers' boxes stay as generated.
-- psql variables: approver (user id), count.
-- Run as: psql -v approver=… -v count=… -f approvals-reservoir.sql -f approvals-clone.sql
\set ON_ERROR_STOP on
CREATE TEMP TABLE person AS
SELECT row_number() OVER (ORDER BY u.id) AS i, u.id FROM identity_user u JOIN tenancy_tenant t ON t.id = u.tenant_id
WHERE t.code = 'bench' AND u.username ~ '^u[0-9]{4}$' AND u.username > 'u0602' AND u.id <> :approver;
ALTER TABLE person ADD PRIMARY KEY (i);

CREATE TEMP TABLE draft AS
SELECT b.request_id AS template_id, s.id AS submitter_id, :approver::bigint AS approver_id,
  now() - random() * interval '1 hour' AS submitted_at, now() AS at1, now() AS at2
FROM (SELECT random() AS r_flow, 1 + floor(random() * (SELECT count(*) FROM person))::int AS submitter_i
      FROM generate_series(1, :count)) x
JOIN approvals_bench_template b ON b.status = 'PENDING'
  AND b.variant = CASE WHEN x.r_flow < 0.4 THEN 'leave' WHEN x.r_flow < 0.8 THEN 'expense' ELSE 'purchase' END
JOIN person s ON s.i = x.submitter_i;

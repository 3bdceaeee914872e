-- Approvals benchmark data, PostgreSQL: a year of requests in the enterprise "bench"
-- (bench/feed-generate.sql's 2,000 people), cloned from the templates that bench/approvals-generate.sh
-- made through the app's API (flows 请假, 报销 and 采购申请; 报销 over 5,000 also goes to 财务 u0002).
-- Fills the temp table "draft" that bench/approvals-clone.sql turns into requests, tasks and history:
--   finished  requests over the past year, decided within two days (default 1000000): 85 % approved,
--             8 % rejected, 7 % withdrawn; 40 % 请假, 36 % 报销, 4 % 报销 over 5,000, 20 % 采购申请
--   open      requests waiting (default 20000), submitted over the last 30 days, most of them lately:
--             heavy_open of them (default 1000) big 报销 waiting for 财务 u0002, the heavy approver,
--             the rest waiting for their first approver
-- Submitters are anyone; the first approver (发起人自选) is one of 600 people, u0003 … u0602, so each
-- has about 30 requests waiting (Poisson, 15–50) and 1,500 decided. Reproducible: setseed.
-- Run as: psql -v finished=… -f approvals-generate.sql -f approvals-clone.sql (one session).
\set ON_ERROR_STOP on
\if :{?finished}
\else
  \set finished 1000000
\endif
\if :{?open}
\else
  \set open 20000
\endif
\if :{?heavy_open}
\else
  \set heavy_open 1000
\endif
SELECT setseed(0.73);

CREATE TEMP TABLE person AS
SELECT substr(u.username, 2)::int AS i, u.id FROM identity_user u JOIN tenancy_tenant t ON t.id = u.tenant_id
WHERE t.code = 'bench' AND u.username ~ '^u[0-9]{4}$';
ALTER TABLE person ADD PRIMARY KEY (i);

CREATE TEMP TABLE shape AS
SELECT g AS n, g > :finished AS open, g > :finished + :open - :heavy_open AS heavy,
  random() AS r_flow, random() AS r_state, random() AS r_submitter, random() AS r_approver, random() AS r_time,
  random() AS r_d1, random() AS r_d2
FROM generate_series(1, :finished + :open) g;

CREATE TEMP TABLE draft AS
SELECT b.request_id AS template_id, s.id AS submitter_id, a.id AS approver_id, x.submitted_at,
  CASE WHEN x.heavy THEN x.submitted_at + (now() - x.submitted_at) * x.r_d1 * 0.5
    ELSE x.submitted_at + (10 + x.r_d1 * 2870) * interval '1 minute' END AS at1,
  x.submitted_at + (10 + x.r_d1 * 2870 + 10 + x.r_d2 * 1430) * interval '1 minute' AS at2
FROM (
  SELECT y.*,
    CASE WHEN y.heavy THEN 'expense-big' WHEN y.r_flow < 0.40 THEN 'leave' WHEN y.r_flow < 0.76 THEN 'expense'
      WHEN y.r_flow < 0.80 THEN 'expense-big' ELSE 'purchase' END AS variant,
    CASE WHEN y.heavy THEN 'PENDING_FINANCE' WHEN y.open THEN 'PENDING' WHEN y.r_state < 0.85 THEN 'APPROVED'
      WHEN y.r_state < 0.93 THEN 'REJECTED' ELSE 'WITHDRAWN' END AS status,
    3 + floor(y.r_approver * 600)::int AS approver_i,
    1 + floor(y.r_submitter * 2000)::int AS submitter_i,
    CASE WHEN y.open THEN now() - interval '1 minute' - y.r_time * y.r_time * interval '30 days'
      ELSE now() - interval '3 days' - y.r_time * interval '362 days' END AS submitted_at
  FROM shape y
) x
JOIN approvals_bench_template b ON b.variant = x.variant AND b.status = x.status
JOIN person a ON a.i = x.approver_i
JOIN person s ON s.i = CASE WHEN x.submitter_i = x.approver_i THEN 1 + x.submitter_i % 2000 ELSE x.submitter_i END;

SELECT count(*) AS drafts, count(*) FILTER (WHERE t.status LIKE 'PENDING%') AS open
FROM draft d JOIN approvals_bench_template t ON t.request_id = d.template_id;

-- Sales benchmark data, server-side on PostgreSQL (bench/sales-generate.sh runs it with the app
-- stopped): :opportunities deals over the customers of the enterprise :'tenant' (from
-- bench/generate.sh), each with 1 to 5 product lines (3 on average) of the enterprise's catalogue and
-- its stage history (创建, moves, and the win or loss of the closed ones).
-- The shape follows two years of selling: deals created evenly over the last 730 days, each owned by
-- its customer's owner (a random generated salesperson for 公海 customers); a deal older than half a
-- year is closed nine times in ten, a newer one three times in ten; a closed deal is won one time in
-- three, the rest lost with a reason from the enterprise's list and the winner named. Seven deals in
-- ten run on the first pipeline, the rest on the second. Open deals carry a 预测分类 and an expected
-- close date around now, so the forecast of this quarter and the next has data.
\set ON_ERROR_STOP on
SELECT setseed(0.42);

CREATE TEMP TABLE g_tenant AS SELECT id FROM tenancy_tenant WHERE code = :'tenant';
CREATE TEMP TABLE g_owner AS
  SELECT row_number() OVER (ORDER BY u.id) - 1 AS n, u.id FROM identity_user u
  WHERE u.tenant_id = (SELECT id FROM g_tenant) AND u.username LIKE 'bench%';
CREATE TEMP TABLE g_customer AS
  SELECT row_number() OVER (ORDER BY c.id) - 1 AS n, c.id, c.owner_id FROM customers_customer c
  WHERE c.tenant_id = (SELECT id FROM g_tenant) AND c.deleted_at IS NULL;
CREATE TEMP TABLE g_product AS
  SELECT row_number() OVER (ORDER BY p.id) - 1 AS n, p.id, p.name, p.list_price FROM sales_product p
  WHERE p.tenant_id = (SELECT id FROM g_tenant) AND p.deleted_at IS NULL;
CREATE TEMP TABLE g_pipeline AS
  SELECT row_number() OVER (ORDER BY p.position, p.id) - 1 AS n, p.id FROM sales_pipeline p
  WHERE p.tenant_id = (SELECT id FROM g_tenant);
-- the open stages of each pipeline numbered from 0, and its won and lost stages
CREATE TEMP TABLE g_stage AS
  SELECT p.n AS pipeline_n, s.id, s.name, s.outcome,
    row_number() OVER (PARTITION BY s.pipeline_id, s.outcome IS NULL ORDER BY s.position) - 1 AS k
  FROM sales_pipeline_stage s JOIN g_pipeline p ON p.id = s.pipeline_id;
CREATE TEMP TABLE g_reason AS
  SELECT row_number() OVER (ORDER BY r.position, r.id) - 1 AS n, r.id FROM sales_lost_reason r
  WHERE r.tenant_id = (SELECT id FROM g_tenant);

SELECT 'owners', (SELECT count(*) FROM g_owner), 'customers', (SELECT count(*) FROM g_customer),
  'products', (SELECT count(*) FROM g_product), 'pipelines', (SELECT count(*) FROM g_pipeline),
  'lost reasons', (SELECT count(*) FROM g_reason);

-- one row per deal to be: what it is, drawn once
CREATE TEMP TABLE g_deal AS
  SELECT i, (random() * (SELECT count(*) - 1 FROM g_customer))::bigint AS customer_n,
    CASE WHEN random() < 0.7 THEN 0 ELSE 1 END AS pipeline_n,
    now() - random() * interval '730 days' AS created_at,
    random() AS closing, random() AS winning, random() AS progress, random() AS sure,
    round((50000 + random() * random() * 4950000)::numeric, -2) AS amount,
    (random() * 10000)::int AS pick
  FROM generate_series(1, :opportunities) AS i;
ALTER TABLE g_deal ADD COLUMN outcome VARCHAR(8);
UPDATE g_deal SET outcome = CASE
  WHEN closing < CASE WHEN created_at < now() - interval '180 days' THEN 0.9 ELSE 0.3 END
  THEN CASE WHEN winning < 1.0 / 3 THEN 'WON' ELSE 'LOST' END END;
ANALYZE g_deal;

CREATE TEMP TABLE g_made AS
WITH drawn AS (
  SELECT d.*, c.id AS customer_id,
    COALESCE(c.owner_id, (SELECT o.id FROM g_owner o WHERE o.n = d.pick % (SELECT count(*) FROM g_owner))) AS owner_id,
    pl.id AS pipeline_id,
    (SELECT count(*) FROM g_stage s WHERE s.pipeline_n = d.pipeline_n AND s.outcome IS NULL) AS open_stages,
    LEAST(d.created_at + (20 + d.progress * 180) * interval '1 day', now() - interval '1 hour') AS closed_at
  FROM g_deal d JOIN g_customer c ON c.n = d.customer_n JOIN g_pipeline pl ON pl.n = d.pipeline_n
)
SELECT d.i, d.customer_id, d.owner_id, d.pipeline_id, d.pipeline_n, d.outcome, d.amount, d.created_at,
  CASE WHEN d.outcome IS NULL THEN NULL ELSE d.closed_at END AS closed_at,
  -- an open deal stands on one of its open stages, a closed one on its final stage
  (SELECT s.id FROM g_stage s WHERE s.pipeline_n = d.pipeline_n AND (d.outcome IS NULL AND s.outcome IS NULL
     AND s.k = floor(d.progress * d.open_stages) OR s.outcome = d.outcome)) AS stage_id,
  -- the stage a closed deal reached before its end, and an open deal's stage: for the history
  floor(d.progress * d.open_stages)::int AS reached,
  CASE WHEN d.outcome IS NULL THEN (now() + (d.progress * 150 - 30) * interval '1 day')::date
       ELSE d.closed_at::date END AS expected_close,
  CASE WHEN d.outcome IS NOT NULL THEN 'PIPELINE' WHEN d.sure < 0.2 THEN 'COMMIT' WHEN d.sure < 0.45 THEN 'BEST_CASE'
       WHEN d.sure < 0.95 THEN 'PIPELINE' ELSE 'OMITTED' END AS forecast_category,
  (SELECT p.name FROM g_product p WHERE p.n = d.pick % (SELECT count(*) FROM g_product)) AS product_name,
  d.pick
FROM drawn d;

INSERT INTO sales_opportunity (tenant_id, name, customer_id, owner_id, pipeline_id, stage_id, amount,
  amount_from_lines, expected_close, source, competitors, next_step, outcome, lost_reason_id, won_by, closed_at,
  stage_entered_at, created_by, created_at, updated_at, forecast_category, version)
SELECT (SELECT id FROM g_tenant), left(m.product_name || ' 采购项目 ' || m.i, 100), m.customer_id, m.owner_id,
  m.pipeline_id, m.stage_id, m.amount, FALSE, m.expected_close,
  (ARRAY['招标公告', '老客户', '展会', '渠道推荐', '官网'])[1 + m.pick % 5],
  CASE WHEN m.pick % 3 = 0 THEN '平高集团、许继电气' END,
  CASE WHEN m.outcome IS NULL THEN '技术交流，确认参数' END,
  m.outcome,
  CASE WHEN m.outcome = 'LOST' THEN (SELECT r.id FROM g_reason r WHERE r.n = m.pick % (SELECT count(*) FROM g_reason)) END,
  CASE WHEN m.outcome = 'LOST' THEN (ARRAY['平高集团', '许继电气', '正泰电气', '德力西'])[1 + m.pick % 4] END,
  m.closed_at,
  COALESCE(m.closed_at, m.created_at + (now() - m.created_at) * 0.5),
  m.owner_id, m.created_at, COALESCE(m.closed_at, m.created_at + (now() - m.created_at) * 0.5),
  m.forecast_category, 0
FROM g_made m ORDER BY m.created_at;

-- the generated deals, by creation: the lines and the history hang on these ids
CREATE TEMP TABLE g_new AS
  SELECT o.id, o.customer_id, o.owner_id, o.pipeline_id, o.outcome, o.created_at, o.closed_at, o.stage_entered_at,
    o.amount, m.pipeline_n, m.reached
  FROM sales_opportunity o JOIN g_made m ON m.customer_id = o.customer_id AND m.created_at = o.created_at
  WHERE o.tenant_id = (SELECT id FROM g_tenant);

-- 1 to 5 lines a deal, 3 on average, priced off the list price with a discount of 0–15 %
INSERT INTO sales_opportunity_line (tenant_id, opportunity_id, position, product_id, quantity, unit_price, discount)
SELECT (SELECT id FROM g_tenant), n.id, l.position, p.id, 1 + (n.id * 7 + l.position) % 12, p.list_price,
  ((n.id + l.position) % 4) * 5
FROM g_new n
CROSS JOIN LATERAL generate_series(1, 1 + (n.id % 5)::int) AS l(position)
JOIN g_product p ON p.n = (n.id * 3 + l.position) % (SELECT count(*) FROM g_product);

-- history: 创建 on the first open stage; a move to the stage reached (when past the first); the end
INSERT INTO sales_stage_change (tenant_id, opportunity_id, customer_id, action, from_stage, to_stage,
  dwell_seconds, note, changed_by, changed_at)
SELECT (SELECT id FROM g_tenant), n.id, n.customer_id, 'CREATE', NULL, first.name, NULL, NULL, n.owner_id, n.created_at
FROM g_new n JOIN g_stage first ON first.pipeline_n = n.pipeline_n AND first.outcome IS NULL AND first.k = 0;

INSERT INTO sales_stage_change (tenant_id, opportunity_id, customer_id, action, from_stage, to_stage,
  dwell_seconds, note, changed_by, changed_at)
SELECT (SELECT id FROM g_tenant), n.id, n.customer_id, 'MOVE', first.name, reached.name,
  extract(epoch FROM (moved - n.created_at))::bigint, NULL, n.owner_id, moved
FROM (SELECT g.*, CASE WHEN g.outcome IS NULL THEN g.stage_entered_at
        ELSE g.created_at + (g.closed_at - g.created_at) * 0.5 END AS moved FROM g_new g WHERE g.reached > 0) n
JOIN g_stage first ON first.pipeline_n = n.pipeline_n AND first.outcome IS NULL AND first.k = 0
JOIN g_stage reached ON reached.pipeline_n = n.pipeline_n AND reached.outcome IS NULL AND reached.k = n.reached;

INSERT INTO sales_stage_change (tenant_id, opportunity_id, customer_id, action, from_stage, to_stage,
  dwell_seconds, note, changed_by, changed_at)
SELECT (SELECT id FROM g_tenant), n.id, n.customer_id, n.outcome, reached.name, final.name,
  extract(epoch FROM (n.closed_at - n.created_at) * CASE WHEN n.reached > 0 THEN 0.5 ELSE 1 END)::bigint,
  CASE WHEN n.outcome = 'LOST' THEN '价格偏高' END, n.owner_id, n.closed_at
FROM g_new n
JOIN g_stage reached ON reached.pipeline_n = n.pipeline_n AND reached.outcome IS NULL AND reached.k = n.reached
JOIN g_stage final ON final.pipeline_n = n.pipeline_n AND final.outcome = n.outcome
WHERE n.outcome IS NOT NULL;

-- a customer with a won deal is 成交 from its last win, as the app records it
UPDATE customers_customer c SET status = 'WON', last_won_at = w.won
FROM (SELECT customer_id, max(closed_at) AS won FROM g_new WHERE outcome = 'WON' GROUP BY customer_id) w
WHERE c.id = w.customer_id AND (c.last_won_at IS NULL OR c.last_won_at < w.won);

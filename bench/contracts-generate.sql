-- Sales II benchmark data, server-side on PostgreSQL (bench/contracts-generate.sh runs it with the app
-- stopped): :contracts contracts over the customers of the enterprise :'tenant' (from bench/generate.sh),
-- each with 1 to 3 lines of the enterprise's catalogue and three 回款条款, what happened under it
-- (delivery, arrival, final acceptance) and about :receipts receipts with their allocations.
-- The shape follows two years of contracts: signed evenly over the last 730 days, each owned by its
-- customer's owner (a random generated salesperson for 公海 customers), in CNY. One in four signed in the
-- last 60 days is still a draft and one in seven waits for its 合同审批; three in a hundred older ones were
-- terminated. A contract in effect ships 20–80 days after signing, arrives 3–10 days later and is finally
-- accepted 20–90 days after that (nine times in ten); one accepted four months ago or more is 已完成
-- (85 %). The terms are 预付款 (signing + 7 days), 到货款 (arrival + 30 days) and the 质保金 (final
-- acceptance + 12 months), 30/60/10, 20/70/10 or 30/65/5 %. Each term keeps its 回款计划 as
-- Contract.refreshPlan does (amount; due day once its event happened; while owed, owed_on, owed, owed_cny;
-- the contract's owner and customer): a term due is paid in full eight times in ten and in part 12 % of
-- the time, one not yet due is paid early 15 % of the time, so the ageing has terms in every bucket. A
-- term's confirmed receipts add up to its collected (and the terms' to the contract's); a quarter of the
-- terms with something left have one receipt still waiting for finance (RECORDED), never beyond what is
-- left. Numbers continue in approval_number, as DailyNumbers keeps them.
\set ON_ERROR_STOP on
SELECT setseed(0.43);

CREATE TEMP TABLE g_tenant AS SELECT id FROM tenancy_tenant WHERE code = :'tenant';
CREATE TEMP TABLE g_day AS SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date AS today;
CREATE TEMP TABLE g_owner AS
  SELECT row_number() OVER (ORDER BY u.id) - 1 AS n, u.id FROM identity_user u
  WHERE u.tenant_id = (SELECT id FROM g_tenant) AND u.username LIKE 'bench%';
CREATE TEMP TABLE g_customer AS
  SELECT row_number() OVER (ORDER BY c.id) - 1 AS n, c.id, c.owner_id FROM customers_customer c
  WHERE c.tenant_id = (SELECT id FROM g_tenant) AND c.deleted_at IS NULL;
CREATE TEMP TABLE g_product AS
  SELECT row_number() OVER (ORDER BY p.id) - 1 AS n, p.id, p.name, p.spec, p.unit, p.list_price, p.tax_rate
  FROM sales_product p WHERE p.tenant_id = (SELECT id FROM g_tenant) AND p.deleted_at IS NULL;
-- who confirms receipts: the enterprise's finance user, else its admin
CREATE TEMP TABLE g_finance AS
  SELECT COALESCE((SELECT id FROM identity_user WHERE tenant_id = (SELECT id FROM g_tenant) AND username = 'finance'),
    (SELECT id FROM identity_user WHERE tenant_id = (SELECT id FROM g_tenant) AND username = 'admin')) AS id;

SELECT 'owners', (SELECT count(*) FROM g_owner), 'customers', (SELECT count(*) FROM g_customer),
  'products', (SELECT count(*) FROM g_product), 'today', (SELECT today FROM g_day);

-- Shanghai wall time of a day as a timestamp with time zone
CREATE FUNCTION pg_temp.at(day date, hours int) RETURNS timestamptz LANGUAGE sql STABLE AS
  $$ SELECT LEAST((day + make_interval(hours => hours)) AT TIME ZONE 'Asia/Shanghai', now() - interval '10 minutes') $$;

-- one row per contract to be: what it is and what happened under it, drawn once
CREATE TEMP TABLE g_draw AS
  SELECT i, (random() * (SELECT count(*) - 1 FROM g_customer))::bigint AS customer_n,
    (SELECT today FROM g_day) - (random() * 729)::int AS signed_on,
    random() AS s, random() AS ship, random() AS arrive, random() AS accept, random() AS finish,
    (random() * 10000)::int AS pick
  FROM generate_series(1, :contracts) AS i;

CREATE TEMP TABLE g_made AS
WITH staged AS (
  SELECT d.*, c.id AS customer_id,
    COALESCE(c.owner_id, (SELECT o.id FROM g_owner o WHERE o.n = d.pick % (SELECT count(*) FROM g_owner))) AS owner_id,
    CASE WHEN (SELECT today FROM g_day) - d.signed_on < 60 AND d.s < 0.25 THEN 'DRAFT'
         WHEN (SELECT today FROM g_day) - d.signed_on < 60 AND d.s < 0.40 THEN 'APPROVING'
         WHEN (SELECT today FROM g_day) - d.signed_on >= 60 AND d.s < 0.03 THEN 'TERMINATED' END AS fixed_status
  FROM g_draw d JOIN g_customer c ON c.n = d.customer_n
), shipped AS (
  SELECT s.*, CASE WHEN (s.fixed_status IS NULL OR (s.fixed_status = 'TERMINATED' AND s.ship < 0.5))
      AND s.signed_on + 20 + (s.ship * 60)::int <= (SELECT today FROM g_day)
    THEN s.signed_on + 20 + (s.ship * 60)::int END AS shipped_on
  FROM staged s
), arrived AS (
  SELECT s.*, CASE WHEN s.shipped_on + 3 + (s.arrive * 7)::int <= (SELECT today FROM g_day)
    THEN s.shipped_on + 3 + (s.arrive * 7)::int END AS arrived_on
  FROM shipped s
), accepted AS (
  SELECT a.*, CASE WHEN a.fixed_status IS NULL AND a.pick % 100 < 90
      AND a.arrived_on + 20 + (a.accept * 70)::int <= (SELECT today FROM g_day)
    THEN a.arrived_on + 20 + (a.accept * 70)::int END AS accepted_on
  FROM arrived a
)
SELECT a.i, a.customer_id, a.owner_id, a.signed_on, a.shipped_on, a.arrived_on, a.accepted_on, a.pick,
  COALESCE(a.fixed_status, CASE WHEN a.accepted_on <= (SELECT today FROM g_day) - 120 AND a.finish < 0.85 THEN 'COMPLETED'
    WHEN a.shipped_on IS NOT NULL THEN 'EXECUTING' ELSE 'EFFECTIVE' END) AS status,
  pg_temp.at(a.signed_on - 3, 10) AS created_at,
  CASE WHEN a.fixed_status IS NULL OR a.fixed_status = 'TERMINATED' THEN pg_temp.at(a.signed_on + 1 + a.pick % 4, 10) END
    AS effective_at,
  CASE WHEN a.fixed_status IS DISTINCT FROM 'DRAFT' THEN pg_temp.at(a.signed_on, 9) END AS submitted_at,
  (SELECT p.name FROM g_product p WHERE p.n = a.pick % (SELECT count(*) FROM g_product)) AS product_name
FROM accepted a;
-- numbered through the year of their creation, as DailyNumbers.ofYear does: HT-2026-000123
ALTER TABLE g_made ADD COLUMN number VARCHAR(30);
UPDATE g_made m SET number = n.number FROM (
  SELECT i, 'HT-' || extract(year FROM created_at AT TIME ZONE 'Asia/Shanghai') || '-'
    || lpad((row_number() OVER (PARTITION BY extract(year FROM created_at AT TIME ZONE 'Asia/Shanghai') ORDER BY created_at, i))::text, 6, '0')
    AS number FROM g_made) n
WHERE n.i = m.i;

-- the lines, priced off the list price with a discount of 0, 5 or 10 %, tax per line rounded to the fen
CREATE TEMP TABLE g_line AS
  SELECT m.i, l.position, p.id AS product_id, p.name, p.spec, p.unit, (1 + (m.i * 7 + l.position) % 6)::numeric AS quantity,
    p.list_price AS unit_price, (((m.i + l.position) % 3) * 5)::numeric AS discount, p.tax_rate
  FROM g_made m
  CROSS JOIN LATERAL generate_series(1, 1 + m.pick % 3) AS l(position)
  JOIN g_product p ON p.n = (m.i * 3 + l.position) % (SELECT count(*) FROM g_product);
ALTER TABLE g_line ADD COLUMN net NUMERIC(16, 2), ADD COLUMN tax NUMERIC(16, 2);
UPDATE g_line SET net = round(quantity * unit_price * (100 - discount) / 100, 2);
UPDATE g_line SET tax = round(net * tax_rate / 100, 2);
CREATE TEMP TABLE g_sum AS
  SELECT i, sum(net) AS net_total, sum(tax) AS tax_total, sum(net + tax) AS total FROM g_line GROUP BY i;

INSERT INTO sales_contract (tenant_id, number, title, customer_id, owner_id, status, signed_on, starts_on, ends_on,
  our_signatory, customer_signatory, currency, cny_rate, net_total, tax_total, total, amount_cny, discount_rate,
  warranty_months, delivery_address, submitted_at, effective_at, created_by, created_at, updated_at, version)
SELECT (SELECT id FROM g_tenant), m.number, left(m.product_name || ' 采购合同', 100), m.customer_id, m.owner_id, m.status,
  m.signed_on, m.signed_on + 7, m.signed_on + 365, '王经理', '刘工', 'CNY', 1, s.net_total, s.tax_total, s.total, s.total, 0,
  12, (ARRAY['河南省许昌市魏都区供电公司物资仓库', '河南省郑州市高新区科学大道 100 号', '湖北省武汉市东西湖区物流园 3 号库'])[1 + m.pick % 3],
  m.submitted_at, m.effective_at, m.owner_id, m.created_at,
  pg_temp.at(COALESCE(m.accepted_on, m.arrived_on, m.shipped_on, m.signed_on) + 1, 16), 1
FROM g_made m JOIN g_sum s ON s.i = m.i ORDER BY m.created_at, m.i;

-- the generated contracts: the lines, terms, events and receipts hang on these ids
CREATE TEMP TABLE g_new AS
  SELECT c.id, m.i, m.customer_id, m.owner_id, m.status, m.signed_on, m.shipped_on, m.arrived_on, m.accepted_on,
    m.effective_at, m.pick, c.total
  FROM sales_contract c JOIN g_made m ON m.number = c.number WHERE c.tenant_id = (SELECT id FROM g_tenant);
CREATE INDEX ON g_new (i);
ANALYZE g_new;

INSERT INTO sales_contract_line (tenant_id, contract_id, position, product_id, name, spec, unit, quantity, unit_price,
  discount, tax_rate, net, tax, total)
SELECT (SELECT id FROM g_tenant), n.id, l.position, l.product_id, l.name, l.spec, l.unit, l.quantity, l.unit_price,
  l.discount, l.tax_rate, l.net, l.tax, l.net + l.tax
FROM g_line l JOIN g_new n ON n.i = l.i;

-- the terms and their plan: each percent rounded to the fen, the 质保金 (the last percent of the taxed
-- amount) takes what is left, as TermAmounts does
CREATE TEMP TABLE g_term AS
  SELECT n.id AS contract_id, n.customer_id, n.owner_id, n.status, n.signed_on, t.position, t.name, t.share, t.trigger_event,
    t.offset_amount, t.warranty_months,
    CASE t.position WHEN 1 THEN n.signed_on + 7 WHEN 2 THEN n.arrived_on + 30
      ELSE (n.accepted_on + interval '12 months')::date END AS due_on,
    round(n.total * t.share / 100, 2) AS rounded, n.total,
    random()::numeric AS paying, random()::numeric AS part, random()::numeric AS waiting, random()::numeric AS pieces
  FROM g_new n
  CROSS JOIN LATERAL (VALUES
    (1, '预付款', (ARRAY[30, 20, 30])[1 + n.pick % 3]::numeric, 'SIGNING', 7, NULL::int),
    (2, '到货款', (ARRAY[60, 70, 65])[1 + n.pick % 3]::numeric, 'ARRIVAL', 30, NULL::int),
    (3, '质保金', (ARRAY[10, 10, 5])[1 + n.pick % 3]::numeric, 'WARRANTY_END', 0, 12))
    AS t(position, name, share, trigger_event, offset_amount, warranty_months);
ALTER TABLE g_term ADD COLUMN amount NUMERIC(16, 2), ADD COLUMN collected NUMERIC(16, 2), ADD COLUMN recorded NUMERIC(16, 2);
UPDATE g_term t SET amount = CASE WHEN t.position < 3 THEN t.rounded ELSE t.total - o.others END
FROM (SELECT contract_id, sum(rounded) FILTER (WHERE position < 3) AS others FROM g_term GROUP BY contract_id) o
WHERE o.contract_id = t.contract_id;
-- what was paid: only on a contract in effect or ended (a receipt needs one), on a dated term
UPDATE g_term SET collected = CASE
  WHEN status IN ('DRAFT', 'APPROVING') OR due_on IS NULL THEN 0
  WHEN status = 'TERMINATED' THEN CASE WHEN paying < 0.5 AND due_on <= (SELECT today FROM g_day) THEN amount ELSE 0 END
  WHEN due_on <= (SELECT today FROM g_day) THEN CASE WHEN paying < 0.80 THEN amount
    WHEN paying < 0.92 THEN round(amount * (0.3 + 0.5 * part), 2) ELSE 0 END
  WHEN paying < 0.15 AND signed_on < (SELECT today FROM g_day) - 3 THEN amount
  ELSE 0 END;
-- a receipt still waiting for finance on a quarter of the terms with something left: part of what is left
UPDATE g_term SET recorded = CASE
  WHEN status NOT IN ('DRAFT', 'APPROVING') AND due_on IS NOT NULL AND amount - collected >= 1 AND waiting < 0.25
    AND signed_on < (SELECT today FROM g_day) - 3
  THEN round((amount - collected) * (0.2 + 0.6 * part), 2) ELSE 0 END;

INSERT INTO sales_contract_term (tenant_id, contract_id, position, name, share_kind, share_value, trigger_event,
  offset_amount, offset_unit, invoice_first, guarantee_first, warranty_months, untaxed_base, collected, invoiced,
  amount, due_on, owed_on, owed, owed_cny, owner_id, customer_id)
SELECT (SELECT id FROM g_tenant), t.contract_id, t.position, t.name, 'PERCENT', t.share, t.trigger_event,
  t.offset_amount, 'CALENDAR_DAYS', FALSE, FALSE, t.warranty_months, FALSE, t.collected, 0,
  t.amount, t.due_on, o.owed_on, o.owed, o.owed, t.owner_id, t.customer_id
FROM g_term t
CROSS JOIN LATERAL (SELECT CASE WHEN owing THEN t.due_on END AS owed_on, CASE WHEN owing THEN t.amount - t.collected END AS owed
  FROM (SELECT t.status NOT IN ('DRAFT', 'APPROVING') AND t.due_on IS NOT NULL AND t.amount - t.collected > 0 AS owing) w) o
ORDER BY t.contract_id, t.position;

UPDATE sales_contract c SET collected = t.collected
FROM (SELECT contract_id, sum(collected) AS collected FROM g_term GROUP BY contract_id HAVING sum(collected) > 0) t
WHERE c.id = t.contract_id;

-- the receivable sums the ageing reads (ADR 0040), rebuilt from the terms as OwedSums.rebuild does
DELETE FROM sales_receivable_day WHERE tenant_id = (SELECT id FROM g_tenant);
DELETE FROM sales_receivable_customer WHERE tenant_id = (SELECT id FROM g_tenant);
INSERT INTO sales_receivable_day (tenant_id, owner_id, owed_on, owed_cny, terms)
SELECT tenant_id, owner_id, owed_on, sum(owed_cny), count(*) FROM sales_contract_term
WHERE tenant_id = (SELECT id FROM g_tenant) AND owed_on IS NOT NULL GROUP BY tenant_id, owner_id, owed_on;
INSERT INTO sales_receivable_customer (tenant_id, customer_id, owner_id, owed_cny, terms)
SELECT tenant_id, customer_id, owner_id, sum(owed_cny), count(*) FROM sales_contract_term
WHERE tenant_id = (SELECT id FROM g_tenant) AND owed_on IS NOT NULL GROUP BY tenant_id, customer_id, owner_id;

-- what happened under them: one delivery of every line, its arrival, the final acceptance
INSERT INTO sales_delivery (tenant_id, contract_id, number, shipped_on, carrier, waybill, receiver, receiver_phone,
  arrived_on, created_by, created_at, version)
SELECT (SELECT id FROM g_tenant), n.id,
  'FH-' || to_char(n.shipped_on, 'YYYYMMDD') || '-' || lpad((row_number() OVER (PARTITION BY n.shipped_on ORDER BY n.id))::text, 4, '0'),
  n.shipped_on, (ARRAY['德邦物流', '顺丰速运', '中铁快运'])[1 + n.pick % 3], 'YD' || (8800000000 + n.id), '刘工', '13837100000',
  n.arrived_on, n.owner_id, pg_temp.at(n.shipped_on, 9), CASE WHEN n.arrived_on IS NULL THEN 0 ELSE 1 END
FROM g_new n WHERE n.shipped_on IS NOT NULL ORDER BY n.shipped_on, n.id;
INSERT INTO sales_delivery_line (tenant_id, delivery_id, contract_line_id, quantity)
SELECT (SELECT id FROM g_tenant), d.id, l.id, l.quantity
FROM sales_delivery d JOIN g_new n ON n.id = d.contract_id JOIN sales_contract_line l ON l.contract_id = n.id
WHERE d.tenant_id = (SELECT id FROM g_tenant);
INSERT INTO sales_acceptance (tenant_id, contract_id, kind, accepted_on, accepted_by, document_no, created_by, created_at)
SELECT (SELECT id FROM g_tenant), n.id, 'FINAL', n.accepted_on, '刘工', 'YS-' || n.id, n.owner_id, pg_temp.at(n.accepted_on, 15)
FROM g_new n WHERE n.accepted_on IS NOT NULL;
INSERT INTO sales_contract_event (tenant_id, contract_id, kind, on_day)
SELECT (SELECT id FROM g_tenant), n.id, e.kind, e.on_day
FROM g_new n CROSS JOIN LATERAL (VALUES ('DELIVERY', n.shipped_on), ('ARRIVAL', n.arrived_on), ('FINAL_ACCEPTANCE', n.accepted_on))
  AS e(kind, on_day)
WHERE e.on_day IS NOT NULL;

-- 质保金 records of the contracts that took effect, as RetentionSync keeps them
INSERT INTO sales_retention (tenant_id, contract_id, term_index, name, amount, untaxed_base, warranty_months,
  warranty_starts_on, release_on, state, collected_at, created_at, updated_at, version)
SELECT (SELECT id FROM g_tenant), n.id, 2, t.name, t.amount, FALSE, 12, n.accepted_on, t.due_on,
  CASE WHEN t.collected >= t.amount AND t.amount > 0 THEN 'COLLECTED' ELSE 'OPEN' END,
  CASE WHEN t.collected >= t.amount AND t.amount > 0 THEN pg_temp.at(t.due_on, 12) END,
  n.effective_at, pg_temp.at(COALESCE(n.accepted_on, n.signed_on) + 1, 16), 0
FROM g_new n JOIN g_term t ON t.contract_id = n.id AND t.position = 3
WHERE n.effective_at IS NOT NULL;

-- receipts: each term's collected in 1 to (2 × average − 1) confirmed pieces, the average chosen so that
-- with the waiting ones there are about :receipts; the pieces come 15 days apart from ten days before
-- the due day on (a term paid early: before today), none after yesterday
CREATE TEMP TABLE g_avg AS
  SELECT (:receipts - (SELECT count(*) FROM g_term WHERE recorded > 0))::numeric
    / GREATEST((SELECT count(*) FROM g_term WHERE collected > 0), 1) AS pieces;
SELECT 'receipts per paid term', round(pieces, 2) FROM g_avg;
CREATE TEMP TABLE g_piece AS
  SELECT t.contract_id, t.owner_id, t.position, k.n, k.of, 'CONFIRMED' AS status,
    CASE WHEN k.n < k.of THEN trunc(t.collected / k.of, 2) ELSE t.collected - (k.of - 1) * trunc(t.collected / k.of, 2) END AS amount,
    LEAST((SELECT today FROM g_day) - 1, GREATEST(t.signed_on,
      LEAST(t.due_on - 10, (SELECT today FROM g_day) - 1 - (k.of - 1) * 15 - (t.waiting * 30)::int) + (k.n - 1) * 15))
      AS received_on
  FROM g_term t
  CROSS JOIN LATERAL (SELECT GREATEST(1, 1 + floor(t.pieces * (2 * (SELECT pieces FROM g_avg) - 1)))::int AS of) p
  CROSS JOIN LATERAL (SELECT n, p.of FROM generate_series(1, p.of) AS n) k
  WHERE t.collected > 0
  UNION ALL
  SELECT t.contract_id, t.owner_id, t.position, 1, 1, 'RECORDED', t.recorded,
    GREATEST(t.signed_on, (SELECT today FROM g_day) - 1 - (t.part * 10)::int)
  FROM g_term t WHERE t.recorded > 0;
ALTER TABLE g_piece ADD COLUMN method VARCHAR(10), ADD COLUMN created_at TIMESTAMPTZ;
-- how the money came: 80 % 银行转账, 15 % 承兑汇票, 2 % 现金, 3 % 其他; entered the day after it came
UPDATE g_piece SET created_at = pg_temp.at(received_on + 1, 11),
  method = CASE WHEN (contract_id + position * 7 + n * 13) % 100 < 80 THEN 'TRANSFER'
    WHEN (contract_id + position * 7 + n * 13) % 100 < 95 THEN 'DRAFT'
    WHEN (contract_id + position * 7 + n * 13) % 100 < 97 THEN 'CASH' ELSE 'OTHER' END;
-- numbered by the day they were entered, as DailyNumbers does: SK-20261207-0001
CREATE TEMP TABLE g_receipt AS
  SELECT p.*, 'SK-' || to_char(p.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-'
    || lpad((row_number() OVER (PARTITION BY (p.created_at AT TIME ZONE 'Asia/Shanghai')::date
      ORDER BY p.created_at, p.contract_id, p.position, p.n))::text, 4, '0') AS receipt_number
  FROM g_piece p;

INSERT INTO sales_receipt (tenant_id, contract_id, number, received_on, amount, method, payer_account, draft_number,
  draft_bank, draft_issued_on, draft_matures_on, remarks, status, decided_by, decided_at, created_by, created_at, version)
SELECT (SELECT id FROM g_tenant), r.contract_id, r.receipt_number, r.received_on, r.amount, r.method,
  CASE WHEN r.method = 'TRANSFER' THEN '6222 0217 0000 ' || lpad((r.contract_id % 10000)::text, 4, '0') END,
  CASE WHEN r.method = 'DRAFT' THEN '1305 4910 0017 ' || lpad((r.contract_id % 100000000)::text, 8, '0') || r.position || r.n END,
  CASE WHEN r.method = 'DRAFT' THEN (ARRAY['中国工商银行郑州分行', '中国建设银行许昌分行', '招商银行武汉分行'])[1 + r.contract_id % 3] END,
  CASE WHEN r.method = 'DRAFT' THEN r.received_on END,
  CASE WHEN r.method = 'DRAFT' THEN r.received_on + 180 END,
  NULL, r.status,
  CASE WHEN r.status = 'CONFIRMED' THEN (SELECT id FROM g_finance) END,
  CASE WHEN r.status = 'CONFIRMED' THEN LEAST(r.created_at + interval '1 day', now() - interval '5 minutes') END,
  r.owner_id, r.created_at, CASE WHEN r.status = 'CONFIRMED' THEN 1 ELSE 0 END
FROM g_receipt r ORDER BY r.created_at, r.receipt_number;

-- each receipt on its one term (by index, from 0)
INSERT INTO sales_receipt_allocation (tenant_id, receipt_id, term_position, amount)
SELECT (SELECT id FROM g_tenant), s.id, r.position - 1, r.amount
FROM g_receipt r JOIN sales_receipt s ON s.tenant_id = (SELECT id FROM g_tenant) AND s.number = r.receipt_number;

-- the numbers go on from the last one written
INSERT INTO approval_number (tenant_id, prefix, on_day, last_value)
SELECT (SELECT id FROM g_tenant), prefix, on_day, last_value FROM (
  SELECT 'HT/Y' AS prefix, make_date(extract(year FROM created_at AT TIME ZONE 'Asia/Shanghai')::int, 1, 1) AS on_day,
    count(*)::int AS last_value FROM g_made GROUP BY 2
  UNION ALL
  SELECT 'SK', (created_at AT TIME ZONE 'Asia/Shanghai')::date, count(*)::int FROM g_receipt GROUP BY 2
  UNION ALL
  SELECT 'FH', shipped_on, count(*)::int FROM g_new WHERE shipped_on IS NOT NULL GROUP BY 2) n
ON CONFLICT (tenant_id, prefix, on_day) DO UPDATE SET last_value = GREATEST(approval_number.last_value, EXCLUDED.last_value);

-- Feed benchmark data, PostgreSQL: one enterprise "bench" with 2,000 people in a 40-department
-- tree (总部 → 8 divisions → 31 teams, a leader each), 20,000 customers they own, and a year of
-- posts with mixed visibility, #topics, @mentions, comments and likes. Every count column of
-- feed_post equals the rows that hang off it. Run by bench/feed-generate.sh on a database the app
-- has migrated; psql variables: posts (default 1000000). Reproducible: setseed.
\set ON_ERROR_STOP on
\if :{?posts}
\else
  \set posts 1000000
\endif
SELECT setseed(0.42);

BEGIN;
INSERT INTO tenancy_tenant (code, name, status, time_zone, created_at)
VALUES ('bench', '华信电气集团有限公司', 'ACTIVE', 'Asia/Shanghai', now() - interval '400 days');
CREATE TEMP TABLE t AS SELECT id FROM tenancy_tenant WHERE code = 'bench';

-- Roles: 员工 sees own customers, 经理 a department tree; both read and write the feed.
INSERT INTO identity_role (tenant_id, name, description, permissions, data_scope, administrator)
SELECT t.id, r.name, r.name, r.permissions, r.scope, r.admin FROM t, (VALUES
  ('系统管理员', '', 'ALL', true),
  ('员工', 'customers.read,customers.write,feed.post,feed.read', 'SELF', false),
  ('经理', 'customers.read,customers.write,customers.transfer,feed.post,feed.read,identity.users.read',
   'DEPARTMENT_TREE', false)) AS r(name, permissions, scope, admin);

-- Departments: level 1 (1), level 2 (n 1..8), level 3 (n 9..39: team k under division 1 + k % 8).
CREATE TEMP TABLE dept (n INT PRIMARY KEY, parent_n INT, level INT, name TEXT, id BIGINT);
INSERT INTO dept VALUES (0, NULL, 1, '总部', NULL);
INSERT INTO dept SELECT n, 0, 2, (ARRAY['销售部','市场部','研发中心','生产部','质量部','采购部','财务部','人事行政部'])[n], NULL
  FROM generate_series(1, 8) n;
INSERT INTO dept SELECT n, 1 + (n - 9) % 8, 3,
  (ARRAY['华东','华南','华北','华中','西南','西北','东北','海外'])[1 + (n - 9) / 8 % 8] || '组' || n, NULL
  FROM generate_series(9, 39) n;
DO $$
DECLARE d RECORD; tid BIGINT := (SELECT id FROM t);
BEGIN
  FOR d IN SELECT * FROM dept ORDER BY level, n LOOP
    UPDATE dept SET id = nextval(pg_get_serial_sequence('identity_department', 'id')) WHERE n = d.n;
    INSERT INTO identity_department (id, tenant_id, parent_id, name, sort_order)
    SELECT x.id, tid, p.id, x.name, x.n FROM dept x LEFT JOIN dept p ON p.n = x.parent_n WHERE x.n = d.n;
  END LOOP;
END $$;

-- People: u0001..u2000. u0001..u0040 lead department n = i - 1; the rest sit in teams (90 %) or
-- divisions (10 %). u2000 is the benchmark reader: an 员工 in division 销售部 (level 2).
CREATE TEMP TABLE person (i INT PRIMARY KEY, dept_n INT, id BIGINT);
INSERT INTO person SELECT i, CASE WHEN i <= 40 THEN i - 1 WHEN i = 2000 THEN 1
  WHEN i % 10 = 0 THEN 1 + i % 8 ELSE 9 + i % 31 END, nextval(pg_get_serial_sequence('identity_user', 'id'))
  FROM generate_series(1, 2000) i;
INSERT INTO identity_user (id, tenant_id, username, password_hash, display_name, department_id, position, status,
  created_at, updated_at)
SELECT p.id, t.id, 'u' || lpad(p.i::text, 4, '0'),
  -- demo1234
  '{bcrypt}$2a$10$FZkA.RjKuYFBHUFxsYNOtOz9qDWSCOTmLaJd2r18DAfutmF9d58GG',
  (ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗'])[1 + p.i % 20]
  || (ARRAY['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀','霞','平'])[1 + p.i / 20 % 20]
  || (ARRAY['','华','国','建','文','志','晓','海','春','玉'])[1 + p.i / 400 % 10],
  d.id, CASE WHEN p.i <= 40 THEN '负责人' ELSE '专员' END, 'ACTIVE', now() - interval '400 days', now() - interval '400 days'
FROM person p JOIN dept d ON d.n = p.dept_n, t;
UPDATE identity_department x SET leader_id = p.id FROM dept d JOIN person p ON p.i = d.n + 1 WHERE x.id = d.id;
INSERT INTO identity_user_role (tenant_id, user_id, role_id)
SELECT t.id, p.id, r.id FROM person p, t JOIN identity_role r ON r.tenant_id = t.id
WHERE r.name = CASE WHEN p.i = 1 THEN '系统管理员' WHEN p.i <= 40 THEN '经理' ELSE '员工' END;

-- Customers: 10 per person, owned by them.
INSERT INTO customers_customer (tenant_id, name, status, owner_id, name_normalised, created_at, updated_at)
SELECT t.id, '客户' || c || '电力设备有限公司', (ARRAY['POTENTIAL','INTERESTED','WON','LOST'])[1 + c % 4], p.id, '客户' || c || '电力设备有限公司',
  now() - interval '400 days', now() - interval '400 days'
FROM generate_series(0, 19999) c JOIN person p ON p.i = 1 + c % 2000, t;
CREATE TEMP TABLE customer AS
  SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM customers_customer WHERE tenant_id = (SELECT id FROM t);
ALTER TABLE customer ADD PRIMARY KEY (n);
COMMIT;

-- Posts, oldest first so that ids grow with time: 70 % whole enterprise, 15 % departments, 10 %
-- chosen people, 5 % on a customer's record (readable by whoever may read the customer).
-- Likes per post 0..7 (mean ≈ 1.5), comments 0..2 (mean ≈ 0.5).
BEGIN;
CREATE TEMP TABLE draft AS
SELECT g AS n, 1 + floor(random() * 2000)::int AS author_i, random() AS kind_r, random() AS like_r, random() AS comment_r,
  now() - interval '365 days' + (g::float8 / :posts) * interval '365 days' AS created_at
FROM generate_series(1, :posts) g;
INSERT INTO feed_post (tenant_id, author_id, kind, body, audience, subject_type, subject_id, comment_count, like_count,
  created_at)
SELECT t.id, p.id, 'POST',
  (ARRAY['今天完成了','客户现场调试','周例会纪要：','新品试产顺利，','感谢团队支持，','质量回访反馈：','投标准备进展：',
         '发货计划更新：'])[1 + d.n % 8] || ' 第' || d.n || '条动态，详情见附件与讨论。'
  || CASE WHEN d.n % 5 = 0 THEN ' #' || (ARRAY['安全生产','质量月','新品发布','年度目标','客户之声','技术分享'])[1 + d.n / 5 % 6] ELSE '' END,
  CASE WHEN d.kind_r < 0.70 OR d.kind_r >= 0.95 THEN 'ENTERPRISE' WHEN d.kind_r < 0.85 THEN 'DEPARTMENTS' ELSE 'PEOPLE' END,
  CASE WHEN d.kind_r >= 0.95 THEN 'customer' END,
  CASE WHEN d.kind_r >= 0.95 THEN c.id END,
  floor(d.comment_r * d.comment_r * 2.6)::int, floor(d.like_r * d.like_r * d.like_r * 7.5)::int, d.created_at
FROM draft d JOIN person p ON p.i = d.author_i JOIN customer c ON c.n = floor(d.like_r * 20000)::int, t
ORDER BY d.n;
CREATE TEMP TABLE post AS
  SELECT row_number() OVER (ORDER BY id) AS n, id, author_id, audience, created_at, comment_count, like_count
  FROM feed_post WHERE tenant_id = (SELECT id FROM t);
CREATE INDEX ON post (n);

-- Audiences: 1–2 departments (any level), or 2–5 people.
INSERT INTO feed_post_audience (tenant_id, post_id, department_id)
SELECT t.id, x.id, d.id FROM post x CROSS JOIN LATERAL generate_series(0, x.n % 2) k
  JOIN dept d ON d.n = (x.n * 7 + k * 13) % 40, t
WHERE x.audience = 'DEPARTMENTS';
INSERT INTO feed_post_audience (tenant_id, post_id, user_id)
SELECT t.id, x.id, p.id FROM post x CROSS JOIN LATERAL generate_series(0, 1 + x.n % 4) k
  JOIN person p ON p.i = 1 + (x.n * 31 + k * 397) % 2000, t
WHERE x.audience = 'PEOPLE';

INSERT INTO feed_post_topic (tenant_id, post_id, topic)
SELECT t.id, x.id, (ARRAY['安全生产','质量月','新品发布','年度目标','客户之声','技术分享'])[1 + x.n / 5 % 6]
FROM post x, t WHERE x.n % 5 = 0;
-- One @mention in every tenth post.
INSERT INTO feed_mention (tenant_id, post_id, user_id)
SELECT t.id, x.id, p.id FROM post x JOIN person p ON p.i = 1 + (x.n * 17) % 2000, t WHERE x.n % 10 = 3;

INSERT INTO feed_like (tenant_id, post_id, user_id, created_at)
SELECT t.id, x.id, p.id, x.created_at + k * interval '7 minutes'
FROM post x CROSS JOIN LATERAL generate_series(1, x.like_count) k
  JOIN person p ON p.i = 1 + (x.n + k * 211) % 2000, t;
INSERT INTO feed_comment (tenant_id, post_id, author_id, body, created_at)
SELECT t.id, x.id, p.id, (ARRAY['收到','赞！','辛苦了','好的，我跟进一下','请把资料发我一份'])[1 + (x.n + k) % 5],
  x.created_at + k * interval '11 minutes'
FROM post x CROSS JOIN LATERAL generate_series(1, x.comment_count) k
  JOIN person p ON p.i = 1 + (x.n + k * 563) % 2000, t;
COMMIT;

ANALYZE identity_department, identity_user, identity_user_role, customers_customer, feed_post, feed_post_audience,
  feed_post_topic, feed_mention, feed_like, feed_comment;
SELECT (SELECT count(*) FROM post) AS posts,
  (SELECT count(*) FROM feed_like l JOIN t ON l.tenant_id = t.id) AS likes,
  (SELECT count(*) FROM feed_comment c JOIN t ON c.tenant_id = t.id) AS comments,
  (SELECT count(*) FROM feed_post_audience a JOIN t ON a.tenant_id = t.id) AS audience_rows;

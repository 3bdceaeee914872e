-- Removes the enterprise "bench" that bench/feed-generate.sql made, so it can be generated again.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE t AS SELECT id FROM tenancy_tenant WHERE code = 'bench';
DELETE FROM feed_like WHERE tenant_id IN (SELECT id FROM t);
DELETE FROM feed_comment WHERE tenant_id IN (SELECT id FROM t);
DELETE FROM feed_mention WHERE tenant_id IN (SELECT id FROM t);
DELETE FROM feed_post_topic WHERE tenant_id IN (SELECT id FROM t);
DELETE FROM feed_post_audience WHERE tenant_id IN (SELECT id FROM t);
DELETE FROM feed_file WHERE tenant_id IN (SELECT id FROM t);
DELETE FROM feed_post WHERE tenant_id IN (SELECT id FROM t);
DELETE FROM customers_customer WHERE tenant_id IN (SELECT id FROM t);
DELETE FROM identity_api_token WHERE tenant_id IN (SELECT id FROM t);
DELETE FROM identity_audit_entry WHERE tenant_id IN (SELECT id FROM t);
DELETE FROM identity_user_role WHERE tenant_id IN (SELECT id FROM t);
UPDATE identity_department SET leader_id = NULL WHERE tenant_id IN (SELECT id FROM t);
DELETE FROM identity_user WHERE tenant_id IN (SELECT id FROM t);
-- teams, then divisions, then the top
DELETE FROM identity_department WHERE tenant_id IN (SELECT id FROM t)
  AND parent_id IN (SELECT id FROM identity_department WHERE parent_id IS NOT NULL);
DELETE FROM identity_department WHERE tenant_id IN (SELECT id FROM t) AND parent_id IS NOT NULL;
DELETE FROM identity_department WHERE tenant_id IN (SELECT id FROM t);
DELETE FROM identity_role WHERE tenant_id IN (SELECT id FROM t);
DELETE FROM tenancy_tenant WHERE id IN (SELECT id FROM t);
COMMIT;

-- A follow-up may be on one of the customer's 商机 too: it shows on the customer's timeline and on the
-- deal's. Deals belong to the sales module, so no foreign key here (as with lead_id).
ALTER TABLE customers_follow_up ADD COLUMN opportunity_id BIGINT;
CREATE INDEX ix_customers_follow_up_opportunity ON customers_follow_up (tenant_id, opportunity_id, occurred_at, id);

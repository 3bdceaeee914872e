-- The list's capped count (up to 10,001 customers) filters on "not deleted" and on the owner: every
-- scope does (团队 of an all-seeing user: owned by anyone; of a department: owned by its members; 公海:
-- no owner). With the owner in the index the count reads the index alone; before, PostgreSQL fetched
-- each of the 10,001 rows from the table to test its owner.
CREATE INDEX ix_customers_customer_live_owner ON customers_customer (tenant_id, deleted_at, owner_id);

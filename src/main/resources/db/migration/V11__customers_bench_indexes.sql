-- Found with the customer benchmark (docs/BENCHMARKS.md) on an enterprise with a million customers.

-- The "similar name" check on every create looks up customers with the same pinyin initials; without
-- an index it read the whole table.
CREATE INDEX ix_customers_customer_initials ON customers_customer (tenant_id, name_initials);

-- The newest-first orders of the list. H2 reads an index in its own direction only, and only for an
-- ORDER BY that starts with the index's first column: the list orders by tenant_id DESC, updated_at
-- DESC, id DESC, so these indexes are descending throughout (PostgreSQL reads them either way).
-- Without them H2 sorted every customer of the enterprise for each page.
DROP INDEX ix_customers_customer_updated;
CREATE INDEX ix_customers_customer_updated ON customers_customer (tenant_id DESC, updated_at DESC, id DESC);
DROP INDEX ix_customers_customer_created;
CREATE INDEX ix_customers_customer_created ON customers_customer (tenant_id DESC, created_at DESC, id DESC);
DROP INDEX ix_customers_customer_last_follow_up;
CREATE INDEX ix_customers_customer_last_follow_up
    ON customers_customer (tenant_id DESC, last_follow_up_at DESC, id DESC);

-- Found with the customer benchmark (docs/BENCHMARKS.md) on an enterprise with a million customers.
-- The "similar name" check on every create looks up customers with the same pinyin initials; without
-- an index it read the whole table.
CREATE INDEX ix_customers_customer_initials ON customers_customer (tenant_id, name_initials);

-- The common-keyword plan (ADR 0026) walks the list in order and asks, for a batch of customers, which
-- have a key under the keyword: with search_key in the index that is an index-only read. The index
-- replaces V15_2's (tenant_id, customer_id), which it serves as well (deleting a customer's keys).
CREATE INDEX ix_customers_search_key_customer_key ON customers_search_key (tenant_id, customer_id, search_key);
DROP INDEX ix_customers_search_key_customer;

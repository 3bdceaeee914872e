-- The search index's lookups (ADR 0017): every keyword is one range of this primary key.
ALTER TABLE customers_search_key
    ADD CONSTRAINT pk_customers_search_key PRIMARY KEY (tenant_id, search_key, customer_id);
-- a customer's keys, to replace them when its name changes and delete them when it is purged
CREATE INDEX ix_customers_search_key_customer ON customers_search_key (tenant_id, customer_id);

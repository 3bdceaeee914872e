-- The lead search index's lookups (ADR 0026): a rare keyword is one range of this primary key.
ALTER TABLE customers_lead_search_key
    ADD CONSTRAINT pk_customers_lead_search_key PRIMARY KEY (tenant_id, search_key, lead_id);
-- A common keyword walks the list in order and asks, for a batch of leads, which have a key under it:
-- with search_key in the index that is an index-only read; it also replaces a lead's keys.
CREATE INDEX ix_customers_lead_search_key_lead ON customers_lead_search_key (tenant_id, lead_id, search_key);

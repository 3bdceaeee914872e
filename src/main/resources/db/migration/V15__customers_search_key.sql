-- The customer search index (ADR 0017): keys a customer is found by (suffixes of its name and short
-- name, its pinyin from each syllable on, its initials, each cut to 8 characters; its credit code
-- behind '#'), computed in Java by customers/naming/SearchKeys and rewritten whenever the name, short
-- name or credit code changes. A keyword matches when it starts a key, so a search reads one range of
-- the primary key: search_key >= :prefix AND search_key < :prefix || U+FFFF. That range is exactly
-- "starts with" when text compares by code point: H2's default, and on PostgreSQL the C collation
-- that 15.1 gives the column whatever the database's own. LIKE 'x%' would not use the index under a
-- non-C collation, hence the range.
-- 15.1 (customers/customer/SearchKeyBackfill, Java) computes the keys of existing customers and 15.2
-- adds the primary key and index: built once over the filled table, sorted, they are faster to make
-- and smaller than the same indexes grown row by row from tens of millions of random inserts.
CREATE TABLE customers_search_key (
    tenant_id   BIGINT      NOT NULL REFERENCES tenancy_tenant (id),
    search_key  VARCHAR(20) NOT NULL,
    customer_id BIGINT      NOT NULL
);

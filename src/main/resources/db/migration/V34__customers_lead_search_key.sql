-- The lead search index (ADR 0026): the keys a lead is found by, as the customers' (V15, ADR 0017):
-- suffixes of its company name and normalised name, the name's pinyin from each syllable on and its
-- initials, each cut to 8 characters, computed in Java by customers/naming/SearchKeys; and its mobile,
-- whole, behind '+', a mark no folded keyword contains, so only the exact number finds it. Rewritten
-- whenever the company name or the mobile changes. A keyword matches when it starts a key: one range
-- search_key >= :prefix AND search_key < :prefix || U+FFFF, exactly "starts with" under code-point
-- order, which 34.1 gives the column on PostgreSQL (COLLATE "C") whatever the database's own.
-- 34.1 (customers/lead/LeadKeyBackfill, Java: pinyin) computes the keys of existing leads and 34.2
-- adds the primary key and index over the filled table, once and sorted. Like the customers' key
-- table it references only the tenant: a lead is deleted softly and keeps its keys.
CREATE TABLE customers_lead_search_key (
    tenant_id  BIGINT      NOT NULL REFERENCES tenancy_tenant (id),
    lead_id    BIGINT      NOT NULL,
    search_key VARCHAR(20) NOT NULL
);

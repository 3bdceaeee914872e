-- 应收账龄 kept in sums (ADR 0040): what the owed terms hold (owed_cny, and how many terms) added up
-- per 负责人 and due day, and per customer and 负责人, kept in the same transaction as the terms by
-- the term's entity listener. The ageing re-buckets the day sums by "today" (a few rows per owner and
-- day instead of every owed term) and ranks customers on the customer sums; only the page of
-- customers shown reads their terms. A row whose terms drop to none is deleted.
CREATE TABLE sales_receivable_day (
    tenant_id  BIGINT         NOT NULL REFERENCES tenancy_tenant (id),
    owner_id   BIGINT         NOT NULL,
    owed_on    DATE           NOT NULL,
    owed_cny   NUMERIC(18, 2) NOT NULL,
    terms      INT            NOT NULL,
    CONSTRAINT pk_sales_receivable_day PRIMARY KEY (tenant_id, owner_id, owed_on)
);
-- the whole enterprise, by due day
CREATE INDEX ix_sales_receivable_day_owed ON sales_receivable_day (tenant_id, owed_on, owner_id, owed_cny, terms);

CREATE TABLE sales_receivable_customer (
    tenant_id    BIGINT         NOT NULL REFERENCES tenancy_tenant (id),
    customer_id  BIGINT         NOT NULL,
    owner_id     BIGINT         NOT NULL,
    owed_cny     NUMERIC(18, 2) NOT NULL,
    terms        INT            NOT NULL,
    CONSTRAINT pk_sales_receivable_customer PRIMARY KEY (tenant_id, customer_id, owner_id)
);
-- one owner's customers (本人 scope, the 负责人 and department filters)
CREATE INDEX ix_sales_receivable_customer_owner ON sales_receivable_customer (tenant_id, owner_id, customer_id, owed_cny);

-- back-filled from the terms as the contracts keep them
INSERT INTO sales_receivable_day (tenant_id, owner_id, owed_on, owed_cny, terms)
SELECT tenant_id, owner_id, owed_on, SUM(owed_cny), COUNT(*) FROM sales_contract_term
WHERE owed_on IS NOT NULL GROUP BY tenant_id, owner_id, owed_on;

INSERT INTO sales_receivable_customer (tenant_id, customer_id, owner_id, owed_cny, terms)
SELECT tenant_id, customer_id, owner_id, SUM(owed_cny), COUNT(*) FROM sales_contract_term
WHERE owed_on IS NOT NULL GROUP BY tenant_id, customer_id, owner_id;

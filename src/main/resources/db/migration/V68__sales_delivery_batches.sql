-- 分批交付: a contract that delivers in batches keeps their shares (e.g. '40/60', blank: at once);
-- each 发货单 belongs to a batch, an acceptance to a batch or (0) to the whole contract, and the
-- events the payment terms count from are kept per batch (0: the whole contract).
ALTER TABLE sales_contract ADD COLUMN batch_shares VARCHAR(100);

ALTER TABLE sales_contract_event ADD COLUMN batch INT DEFAULT 0 NOT NULL;
ALTER TABLE sales_contract_event DROP CONSTRAINT uq_sales_contract_event;
ALTER TABLE sales_contract_event ADD CONSTRAINT uq_sales_contract_event UNIQUE (tenant_id, contract_id, kind, batch);

ALTER TABLE sales_delivery ADD COLUMN batch INT DEFAULT 0 NOT NULL;
ALTER TABLE sales_acceptance ADD COLUMN batch INT DEFAULT 0 NOT NULL;

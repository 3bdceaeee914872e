-- A 补充协议 may change the batches a contract delivers in: kept before and after, like its terms.
ALTER TABLE sales_contract_amendment ADD COLUMN before_batches VARCHAR(100);
ALTER TABLE sales_contract_amendment ADD COLUMN after_batches VARCHAR(100);
-- until now a contract's batches could not change once in effect: both sides are what it has
UPDATE sales_contract_amendment a SET before_batches = (SELECT c.batch_shares FROM sales_contract c WHERE c.id = a.contract_id),
  after_batches = (SELECT c.batch_shares FROM sales_contract c WHERE c.id = a.contract_id);

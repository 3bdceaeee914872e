-- 已完成 gets its moment: when the last money came in for a contract shipped in full. Contracts
-- completed before are dated by their last confirmed receipt (or their last change without one).
ALTER TABLE sales_contract ADD COLUMN completed_at TIMESTAMP WITH TIME ZONE;
UPDATE sales_contract SET completed_at = COALESCE(
    (SELECT MAX(r.decided_at) FROM sales_receipt r
     WHERE r.tenant_id = sales_contract.tenant_id AND r.contract_id = sales_contract.id AND r.status = 'CONFIRMED'),
    updated_at)
WHERE status = 'COMPLETED';

-- A customer's 时间线 reads its contracts' moments newest first: the contracts of the customer that
-- took effect by the day they did, and under each contract its 发货单 by ship day and its confirmed
-- 回款 by the moment finance confirmed them (验收 have their index by day already).
CREATE INDEX ix_sales_contract_customer_effective ON sales_contract (tenant_id, customer_id, effective_at);
CREATE INDEX ix_sales_delivery_shipped ON sales_delivery (tenant_id, contract_id, shipped_on);
CREATE INDEX ix_sales_receipt_confirmed ON sales_receipt (tenant_id, contract_id, status, decided_at);

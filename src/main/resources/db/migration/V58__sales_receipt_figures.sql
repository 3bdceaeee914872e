-- 回款额 for targets: confirmed receipts by the day they came in, within an enterprise.
CREATE INDEX ix_sales_receipt_received ON sales_receipt (tenant_id, status, received_on, contract_id);

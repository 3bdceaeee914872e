-- 已终止: a contract in effect ended early by our side, with the reason; what it still owes stays in
-- the receivables until collected.
ALTER TABLE sales_contract ADD COLUMN terminated_reason VARCHAR(200);
ALTER TABLE sales_contract ADD COLUMN terminated_at TIMESTAMP WITH TIME ZONE;

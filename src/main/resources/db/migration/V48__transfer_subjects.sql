-- 导入 / 导出 jobs serve every module now (customers, products): each job names the records it works
-- on. Jobs made before were all customers'. The tables keep the names they got with customers.
ALTER TABLE customers_transfer_job ADD COLUMN subject VARCHAR(30) DEFAULT 'customers' NOT NULL;
-- "my imports" of one subject, newest first, keyset-paged by id
DROP INDEX ix_customers_transfer_job_creator;
CREATE INDEX ix_customers_transfer_job_creator ON customers_transfer_job (tenant_id, created_by, subject, kind, id);

-- 健康度 kept on the project: judged when its work changes and every night (the dates move on), so the
-- portfolio shows and filters lights without judging a whole enterprise per page view
ALTER TABLE projects_project ADD COLUMN health VARCHAR(6);
ALTER TABLE projects_project ADD COLUMN health_reasons VARCHAR(2000);
ALTER TABLE projects_project ADD COLUMN budget_burn INT;
ALTER TABLE projects_project ADD COLUMN health_judged_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_projects_project_health ON projects_project (tenant_id, health, id);
-- a batch of projects' open and overdue task counts, read from the index alone
CREATE INDEX ix_projects_task_open ON projects_task (tenant_id, project_id, category, due_date);

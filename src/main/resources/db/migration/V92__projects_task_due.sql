-- the morning reminder reads an enterprise's open assignments due today or tomorrow by day
CREATE INDEX ix_projects_task_assignee_due ON projects_task_assignee (tenant_id, due_date, is_open);

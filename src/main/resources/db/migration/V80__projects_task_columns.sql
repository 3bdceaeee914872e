-- Every project that exists already gets the default board columns; new projects get them when created.
INSERT INTO projects_task_column (tenant_id, project_id, name, category, position, active, version)
SELECT p.tenant_id, p.id, c.name, c.category, c.position, TRUE, 0
FROM projects_project p
CROSS JOIN (SELECT '未开始' AS name, 'OPEN' AS category, 0 AS position
            UNION ALL SELECT '进行中', 'OPEN', 1
            UNION ALL SELECT '待验证', 'OPEN', 2
            UNION ALL SELECT '已完成', 'DONE', 3
            UNION ALL SELECT '已取消', 'CANCELLED', 4) c;

-- 生命周期模板 editing and applying a changed template to running projects.
-- A project phase remembers the template phase it was copied from, so that applying a changed
-- template tells a renamed phase from a new one; the copies made so far are matched by their
-- template's position and name. No foreign key: a phase removed from the template stays in the
-- projects that copied it.
ALTER TABLE projects_phase ADD COLUMN template_phase_id BIGINT;
UPDATE projects_phase ph SET template_phase_id = (
    SELECT tp.id FROM projects_template_phase tp JOIN projects_project p ON p.template_id = tp.template_id
    WHERE p.id = ph.project_id AND tp.position = ph.position AND tp.name = ph.name);

-- phases are renumbered in place when a template is edited or applied; a unique position would break
-- in the middle of the flush, so plain indexes keep the lookups
ALTER TABLE projects_template_phase DROP CONSTRAINT uq_projects_template_phase;
ALTER TABLE projects_phase DROP CONSTRAINT uq_projects_phase;
CREATE INDEX ix_projects_phase_project ON projects_phase (tenant_id, project_id, position);
CREATE INDEX ix_projects_template_phase_tenant ON projects_template_phase (tenant_id, template_id, position);

-- a required deliverable's optional template file: a shared document (files :: documents)
ALTER TABLE projects_template_deliverable ADD COLUMN document_id BIGINT;

ALTER TABLE projects_template_criterion ADD CONSTRAINT ck_projects_template_criterion_weight_max
    CHECK (weight IS NULL OR weight <= 100);

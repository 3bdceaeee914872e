-- the collections Hibernate loads by their parent's id alone: a gate review's scores, a score's
-- answers, a category set's categories (see CollectionIndexTests)
CREATE INDEX ix_projects_gate_score_of_gate ON projects_gate_score (gate_id);
CREATE INDEX ix_projects_gate_answer_of_score ON projects_gate_answer (score_id);
CREATE INDEX ix_projects_budget_category_of_set ON projects_budget_category (set_id);

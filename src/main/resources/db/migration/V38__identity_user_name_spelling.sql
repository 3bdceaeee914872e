-- The pinyin of each person's name (full and initials, surname read as a surname), so the people
-- picker asks the database for the first few matches in name order instead of loading everyone.
-- Rows written before this are spelled at start-up (identity NameSpelling).
ALTER TABLE identity_user ADD COLUMN name_pinyin VARCHAR(200);
ALTER TABLE identity_user ADD COLUMN name_initials VARCHAR(50);

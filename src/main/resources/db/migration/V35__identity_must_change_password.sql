-- A user an administrator created (or whose password an administrator reset) must choose their own
-- password at the next sign-in; until then every page leads to the password page and the API refuses.
ALTER TABLE identity_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

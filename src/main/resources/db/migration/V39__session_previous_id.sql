-- The id a session had before its last change (at sign-in). A request that began before the change
-- still carries that id when it finishes; it must not write it back over the new one (SessionWrites).
ALTER TABLE spring_session ADD COLUMN previous_session_id CHAR(36);

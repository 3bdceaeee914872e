-- A feed pulse remembers the post it came from, so an event delivered twice (a resubmitted
-- publication, a listener that failed after writing) pulses once.
ALTER TABLE notifications_signal ADD COLUMN source_key VARCHAR(64);
CREATE UNIQUE INDEX ux_notifications_signal_source ON notifications_signal (tenant_id, source_key);

package org.hutong.transfer;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Component;

/**
 * Every change of a job's status and progress, as one guarded UPDATE each. A node works on a job
 * only after {@link #claim} set its random claim token on it; each chunk's progress and the final
 * status are written only while the row still carries that token. A node that died leaves its job
 * RUNNING with a heartbeat that goes stale; then another claim may take it over, and the dead
 * node's token no longer matches should it come back (ADR 0014).
 */
@Component
public class TransferJobs {

	private static final String GUARD = " WHERE tenant_id = :tenantId AND id = :id AND claim = :claim AND status = 'RUNNING'";

	private final TenantJdbc jdbc;

	private final TransferSettings settings;

	private final Clock clock;

	TransferJobs(TenantJdbc jdbc, TransferSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** Takes a queued job, or a running one whose node stopped beating; answers whether this claim won. */
	public boolean claim(long tenantId, long id, String claim) {
		return jdbc.sql(tenantId, """
				UPDATE customers_transfer_job SET status = 'RUNNING', claim = :claim, heartbeat_at = :now,
				started_at = COALESCE(started_at, :now)
				WHERE tenant_id = :tenantId AND id = :id
				AND (status = 'QUEUED' OR (status = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < :stale)))""")
			.param("id", id).param("claim", claim).param("now", now()).param("stale", stale())
			.update() == 1;
	}

	/** A chunk's counts and the last row it covered, with a fresh heartbeat; false when the claim was lost. */
	public boolean progress(long tenantId, long id, String claim, Tally tally, int lastRow) {
		return jdbc.sql(tenantId, """
				UPDATE customers_transfer_job SET processed_rows = processed_rows + :processed, last_row = :lastRow,
				created_count = created_count + :created, updated_count = updated_count + :updated,
				unchanged_count = unchanged_count + :unchanged, error_count = error_count + :refused,
				heartbeat_at = :now""" + GUARD)
			.param("id", id).param("claim", claim).param("processed", tally.processed).param("lastRow", lastRow)
			.param("created", tally.created).param("updated", tally.updated).param("unchanged", tally.unchanged)
			.param("refused", tally.refused).param("now", now())
			.update() == 1;
	}

	/** An export's progress: rows written so far, and the total once known. */
	public boolean progress(long tenantId, long id, String claim, int written, int total) {
		return jdbc.sql(tenantId, "UPDATE customers_transfer_job SET processed_rows = :written, total_rows = :total,"
				+ " heartbeat_at = :now" + GUARD)
			.param("id", id).param("claim", claim).param("written", written).param("total", total).param("now", now())
			.update() == 1;
	}

	/** Marks a job this node still works on as alive; false when the claim was lost. */
	public boolean beat(long tenantId, long id, String claim) {
		return jdbc.sql(tenantId, "UPDATE customers_transfer_job SET heartbeat_at = :now" + GUARD)
			.param("id", id).param("claim", claim).param("now", now())
			.update() == 1;
	}

	/** Ends the pass: CHECKED after a dry run, DONE otherwise; {@code resultKey} names an export's file. */
	public boolean finish(long tenantId, long id, String claim, TransferStatus status, String resultKey) {
		return jdbc.sql(tenantId, """
				UPDATE customers_transfer_job SET status = :status, checked = (checked OR dry_run), claim = NULL,
				finished_at = :now, result_key = COALESCE(:resultKey, result_key)""" + GUARD)
			.param("id", id).param("claim", claim).param("status", status.name()).param("resultKey", resultKey)
			.param("now", now())
			.update() == 1;
	}

	/** Gives up on the pass; {@code reason} is the message key the job page shows. Progress stays for 继续. */
	public boolean fail(long tenantId, long id, String claim, String reason) {
		return jdbc.sql(tenantId, "UPDATE customers_transfer_job SET status = 'FAILED', failure = :reason, claim = NULL,"
				+ " finished_at = :now" + GUARD)
			.param("id", id).param("claim", claim).param("reason", reason).param("now", now())
			.update() == 1;
	}

	/** Queues a new pass from the first row, its counts and errors cleared; refused while one is busy. */
	public boolean queue(long tenantId, long id, boolean dryRun, String mapping) {
		boolean queued = jdbc.sql(tenantId, """
				UPDATE customers_transfer_job SET status = 'QUEUED', dry_run = :dryRun, mapping = :mapping,
				processed_rows = 0, last_row = 0, created_count = 0, updated_count = 0, unchanged_count = 0,
				error_count = 0, failure = NULL, claim = NULL, heartbeat_at = NULL, started_at = NULL, finished_at = NULL
				WHERE tenant_id = :tenantId AND id = :id AND status IN ('UPLOADED', 'CHECKED', 'DONE', 'FAILED')""")
			.param("id", id).param("dryRun", dryRun).param("mapping", mapping)
			.update() == 1;
		if (queued) {
			jdbc.sql(tenantId, "DELETE FROM customers_import_error WHERE tenant_id = :tenantId AND job_id = :id")
				.param("id", id).update();
		}
		return queued;
	}

	/** 继续: a failed pass, or one whose node died, is queued again and goes on after its last committed row. */
	public boolean resume(long tenantId, long id) {
		return jdbc.sql(tenantId, """
				UPDATE customers_transfer_job SET status = 'QUEUED', claim = NULL, failure = NULL, finished_at = NULL
				WHERE tenant_id = :tenantId AND id = :id
				AND (status = 'FAILED' OR (status = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < :stale)))""")
			.param("id", id).param("stale", stale())
			.update() == 1;
	}

	/** Jobs of the enterprise nobody works on: queued, or running with a stale heartbeat. */
	public List<Long> orphaned(long tenantId) {
		return jdbc.sql(tenantId, """
				SELECT id FROM customers_transfer_job WHERE tenant_id = :tenantId
				AND (status = 'QUEUED' OR (status = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < :stale)))
				ORDER BY id""")
			.param("stale", stale())
			.query(Long.class)
			.list();
	}

	public void errors(long tenantId, long id, List<RowError> errors) {
		if (errors.isEmpty()) {
			return;
		}
		jdbc.batch(tenantId, """
				INSERT INTO customers_import_error (tenant_id, job_id, row_no, field, message)
				VALUES (:tenantId, :jobId, :row, :field, :message)""",
				errors.stream().map(error -> Map.<String, Object>of("jobId", id, "row", error.row(), "field",
						error.field() == null ? "" : error.field().name(), "message", truncate(error.message())))
					.toList());
	}

	private static String truncate(String message) {
		return message.length() <= 500 ? message : message.substring(0, 500);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private OffsetDateTime stale() {
		Instant before = clock.instant().minus(settings.staleAfter());
		return OffsetDateTime.ofInstant(before, ZoneOffset.UTC);
	}
}

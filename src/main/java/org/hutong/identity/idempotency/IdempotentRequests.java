package org.hutong.identity.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.hutong.tenancy.TenantJdbc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The table of idempotency keys. Claiming a key inserts its row in a statement of its own, committed
 * at once, so the primary key decides between two requests with one key on any node: one claims it
 * and does the work, the other finds the row.
 */
@Component
class IdempotentRequests {

	/** What a request with a key should do. */
	sealed interface Claim {
	}

	/** The key is new: do the work, then {@link #complete} or {@link #release}. */
	record Claimed() implements Claim {
	}

	/** The key was used with another request: 422. */
	record Mismatch() implements Claim {
	}

	/** Another request with the key is still running: 409, try again shortly. */
	record InProgress() implements Claim {
	}

	/** The key's first answer. */
	record Replay(StoredAnswer answer) implements Claim {
	}

	private record Row(String hash, Integer status, String headers, String body, Instant createdAt) {
	}

	private final TenantJdbc jdbc;

	private final IdempotencySettings settings;

	private final Clock clock;

	IdempotentRequests(TenantJdbc jdbc, IdempotencySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	Claim claim(long tenantId, String caller, String key, String hash) {
		Instant now = clock.instant();
		try {
			insert(tenantId, caller, key, hash, now);
			return new Claimed();
		}
		catch (DuplicateKeyException taken) {
			return existing(tenantId, caller, key, hash, now);
		}
	}

	private Claim existing(long tenantId, String caller, String key, String hash, Instant now) {
		Optional<Row> row = find(tenantId, caller, key);
		if (row.isEmpty()) {
			// released since: the key starts afresh
			return claim(tenantId, caller, key, hash);
		}
		if (row.get().createdAt().isBefore(now.minus(settings.keepFor()))) {
			return replace(tenantId, caller, key, hash, row.get());
		}
		if (!row.get().hash().equals(hash)) {
			return new Mismatch();
		}
		if (row.get().status() != null) {
			return new Replay(new StoredAnswer(row.get().status(), StoredAnswer.parseHeaders(row.get().headers()),
					row.get().body()));
		}
		if (row.get().createdAt().isBefore(now.minus(settings.abandonedAfter()))) {
			// its node died mid-request; the work may be redone, as the client could not know
			return replace(tenantId, caller, key, hash, row.get());
		}
		return new InProgress();
	}

	/** Drops an expired or abandoned row, unless another retry replaced it first, and claims again. */
	private Claim replace(long tenantId, String caller, String key, String hash, Row stale) {
		jdbc.sql(tenantId, "delete from identity_idempotency_key where tenant_id = :tenantId and caller = :caller"
				+ " and idempotency_key = :key and created_at = :createdAt")
			.param("caller", caller)
			.param("key", key)
			.param("createdAt", stale.createdAt().atOffset(ZoneOffset.UTC))
			.update();
		return claim(tenantId, caller, key, hash);
	}

	void complete(long tenantId, String caller, String key, StoredAnswer answer) {
		jdbc.sql(tenantId, "update identity_idempotency_key set status = :status, headers = :headers, body = :body,"
				+ " completed_at = :at where tenant_id = :tenantId and caller = :caller and idempotency_key = :key")
			.param("status", answer.status())
			.param("headers", answer.headerLines())
			.param("body", answer.body())
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.param("caller", caller)
			.param("key", key)
			.update();
	}

	/** The work failed without an answer worth keeping: the key may be used again. */
	void release(long tenantId, String caller, String key) {
		delete(tenantId, caller, key);
	}

	/** Deletes the enterprise's keys older than the keeping time; answers how many. */
	int purgeExpired(long tenantId) {
		return jdbc.sql(tenantId, "delete from identity_idempotency_key where tenant_id = :tenantId and created_at < :before")
			.param("before", clock.instant().minus(settings.keepFor()).atOffset(ZoneOffset.UTC))
			.update();
	}

	private void insert(long tenantId, String caller, String key, String hash, Instant now) {
		jdbc.sql(tenantId, "insert into identity_idempotency_key (tenant_id, caller, idempotency_key, request_hash,"
				+ " created_at) values (:tenantId, :caller, :key, :hash, :at)")
			.param("caller", caller)
			.param("key", key)
			.param("hash", hash)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	private Optional<Row> find(long tenantId, String caller, String key) {
		return jdbc.sql(tenantId, "select request_hash, status, headers, body, created_at from identity_idempotency_key"
				+ " where tenant_id = :tenantId and caller = :caller and idempotency_key = :key")
			.param("caller", caller)
			.param("key", key)
			.query((rs, n) -> new Row(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, java.time.OffsetDateTime.class).toInstant()))
			.optional();
	}

	private void delete(long tenantId, String caller, String key) {
		jdbc.sql(tenantId, "delete from identity_idempotency_key where tenant_id = :tenantId and caller = :caller"
				+ " and idempotency_key = :key")
			.param("caller", caller)
			.param("key", key)
			.update();
	}
}

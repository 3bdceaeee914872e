package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 应收 kept in sums for the ageing (ADR 0040): the owed terms' {@code owed_cny} and their number, per
 * 负责人 and due day ({@code sales_receivable_day}) and per customer and 负责人
 * ({@code sales_receivable_customer}). {@link OwedSumsUpkeep} reports every change of a term's owed part
 * as it is written; the differences are added up per row and written just before the transaction
 * commits, in key order, so two transactions touching the same rows wait for each other instead of
 * deadlocking, and hold those row locks for the commit only. {@link #rebuild} recomputes one
 * enterprise from its terms (back-fill, repair).
 */
@Component
public class OwedSums {

	/** What one owed term adds to the sums. */
	record Part(long tenantId, long ownerId, long customerId, LocalDate owedOn, BigDecimal owedCny) {
	}

	private record DayKey(long tenantId, long ownerId, LocalDate owedOn) {
	}

	private record CustomerKey(long tenantId, long customerId, long ownerId) {
	}

	private record Delta(BigDecimal cny, int terms) {

		Delta plus(Delta other) {
			return new Delta(cny.add(other.cny), terms + other.terms);
		}

		boolean none() {
			return cny.signum() == 0 && terms == 0;
		}
	}

	private static final String[] DAY_SQL = {
			"UPDATE sales_receivable_day SET owed_cny = owed_cny + :cny, terms = terms + :terms"
					+ " WHERE tenant_id = :tenantId AND owner_id = :owner AND owed_on = :day",
			"INSERT INTO sales_receivable_day (tenant_id, owner_id, owed_on, owed_cny, terms)"
					+ " VALUES (:tenantId, :owner, :day, 0, 0) ON CONFLICT DO NOTHING",
			"DELETE FROM sales_receivable_day WHERE tenant_id = :tenantId AND owner_id = :owner AND owed_on = :day"
					+ " AND terms = 0" };

	private static final String[] CUSTOMER_SQL = {
			"UPDATE sales_receivable_customer SET owed_cny = owed_cny + :cny, terms = terms + :terms"
					+ " WHERE tenant_id = :tenantId AND customer_id = :customer AND owner_id = :owner",
			"INSERT INTO sales_receivable_customer (tenant_id, customer_id, owner_id, owed_cny, terms)"
					+ " VALUES (:tenantId, :customer, :owner, 0, 0) ON CONFLICT DO NOTHING",
			"DELETE FROM sales_receivable_customer WHERE tenant_id = :tenantId AND customer_id = :customer"
					+ " AND owner_id = :owner AND terms = 0" };

	private final TenantJdbc jdbc;

	private final ObjectProvider<EntityManager> entityManager;

	OwedSums(TenantJdbc jdbc, ObjectProvider<EntityManager> entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/**
	 * A term was loaded in the current transaction: from now on its changes wait for the commit. The
	 * transaction's last flush happens inside the commit, too late to join it then, so the wait starts
	 * with the load.
	 */
	void watch() {
		if (TransactionSynchronizationManager.isSynchronizationActive() && registered() == null) {
			TransactionSynchronizationManager.registerSynchronization(new BeforeCommit(new Pending()));
		}
	}

	/**
	 * A term's owed part changed from {@code before} to {@code after} (null: not owed): added to what the
	 * transaction writes before it commits, or written at once when nothing waits (outside a
	 * transaction, or a term made in this one and not loaded).
	 */
	void changed(Part before, Part after) {
		if (before == null && after == null) {
			return;
		}
		BeforeCommit waiting = TransactionSynchronizationManager.isSynchronizationActive() ? registered() : null;
		Pending pending = waiting == null || waiting.pending.written ? new Pending() : waiting.pending;
		if (before != null) {
			pending.add(before, -1);
		}
		if (after != null) {
			pending.add(after, 1);
		}
		if (pending != (waiting == null ? null : waiting.pending)) {
			write(pending);
		}
	}

	/** The sums of the current enterprise recomputed from its terms. */
	@Transactional
	public void rebuild() {
		rebuild(TenantContext.require());
	}

	/** The sums of one enterprise recomputed from its terms as they are kept now. */
	@Transactional
	public void rebuild(long tenantId) {
		entityManager.getObject().flush();
		jdbc.sql(tenantId, "DELETE FROM sales_receivable_day WHERE tenant_id = :tenantId").update();
		jdbc.sql(tenantId, "DELETE FROM sales_receivable_customer WHERE tenant_id = :tenantId").update();
		jdbc.sql(tenantId, """
				INSERT INTO sales_receivable_day (tenant_id, owner_id, owed_on, owed_cny, terms)
				SELECT tenant_id, owner_id, owed_on, SUM(owed_cny), COUNT(*) FROM sales_contract_term
				WHERE tenant_id = :tenantId AND owed_on IS NOT NULL GROUP BY tenant_id, owner_id, owed_on""").update();
		jdbc.sql(tenantId, """
				INSERT INTO sales_receivable_customer (tenant_id, customer_id, owner_id, owed_cny, terms)
				SELECT tenant_id, customer_id, owner_id, SUM(owed_cny), COUNT(*) FROM sales_contract_term
				WHERE tenant_id = :tenantId AND owed_on IS NOT NULL GROUP BY tenant_id, customer_id, owner_id""").update();
	}

	/** This transaction's own synchronization, if registered: one suspended for an inner transaction keeps its own. */
	private BeforeCommit registered() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof BeforeCommit mine && mine.sums() == this) {
				return mine;
			}
		}
		return null;
	}

	private void write(Pending pending) {
		pending.days.forEach((key, delta) -> {
			if (!delta.none()) {
				upsert(DAY_SQL, key.tenantId(), Map.of("owner", key.ownerId(), "day", key.owedOn()), delta);
			}
		});
		pending.customers.forEach((key, delta) -> {
			if (!delta.none()) {
				upsert(CUSTOMER_SQL, key.tenantId(), Map.of("customer", key.customerId(), "owner", key.ownerId()), delta);
			}
		});
		pending.days.clear();
		pending.customers.clear();
	}

	/**
	 * Adds the difference to its row, making the row first when there is none. A row deleted by another
	 * transaction between the insert and the update (its terms dropped to none) is made again.
	 */
	private void upsert(String[] sql, long tenantId, Map<String, Object> key, Delta delta) {
		for (int attempt = 0; attempt < 3; attempt++) {
			if (attempt > 0) {
				jdbc.sql(tenantId, sql[1]).params(key).update();
			}
			if (jdbc.sql(tenantId, sql[0]).params(key).param("cny", delta.cny()).param("terms", delta.terms()).update() == 1) {
				if (delta.terms() < 0) {
					jdbc.sql(tenantId, sql[2]).params(key).update();
				}
				return;
			}
		}
		throw new IllegalStateException("the receivable sums' row " + key + " could not be written");
	}

	/** The differences of one transaction, per row in key order. */
	private static final class Pending {

		final Map<DayKey, Delta> days = new TreeMap<>(Comparator.comparingLong(DayKey::tenantId)
			.thenComparingLong(DayKey::ownerId).thenComparing(DayKey::owedOn));

		final Map<CustomerKey, Delta> customers = new TreeMap<>(Comparator.comparingLong(CustomerKey::tenantId)
			.thenComparingLong(CustomerKey::customerId).thenComparingLong(CustomerKey::ownerId));

		boolean written;

		void add(Part part, int sign) {
			Delta delta = new Delta(sign < 0 ? part.owedCny().negate() : part.owedCny(), sign);
			days.merge(new DayKey(part.tenantId(), part.ownerId(), part.owedOn()), delta, Delta::plus);
			customers.merge(new CustomerKey(part.tenantId(), part.customerId(), part.ownerId()), delta, Delta::plus);
		}
	}

	/** Flushes what the transaction still holds (so its last term changes are reported), then writes the sums. */
	private final class BeforeCommit implements TransactionSynchronization {

		private final Pending pending;

		BeforeCommit(Pending pending) {
			this.pending = pending;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!readOnly) {
				entityManager.getObject().flush();
				write(pending);
			}
			pending.written = true;
		}

		OwedSums sums() {
			return OwedSums.this;
		}
	}
}

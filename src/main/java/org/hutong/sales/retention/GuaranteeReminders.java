package org.hutong.sales.retention;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hutong.sales.GuaranteeExpiring;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning's bank guarantees (质量保函) in the current enterprise: each that expires within
 * {@link #DAYS} days (today included) tells its contract's owner once ({@link GuaranteeExpiring}).
 * What was sent is remembered per guarantee (its retention) and expiry day, so a rerun sends nothing
 * twice and a guarantee extended to a later day is reminded again. At most {@link #MAX} a morning, the
 * soonest first; the rest follow the next mornings.
 */
@Component
class GuaranteeReminders {

	/** Days ahead an expiring guarantee is reminded: a constant for now, not a tenant setting. */
	static final int DAYS = 30;

	static final int MAX = 500;

	private final TenantJdbc jdbc;

	private final GuaranteeReminderRepository reminders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	GuaranteeReminders(TenantJdbc jdbc, GuaranteeReminderRepository reminders, ApplicationEventPublisher events,
			Clock clock, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.reminders = reminders;
		this.events = events;
		this.clock = clock;
		this.transactions = transactions;
	}

	/** Reminds and publishes, in one transaction; answers how many reminders it sent. */
	int run() {
		Integer sent = transactions.execute(status -> send());
		return sent == null ? 0 : sent;
	}

	private int send() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, EnterpriseZone.DEFAULT);
		long tenant = TenantContext.require();
		List<Expiring> expiring = unsent(today, today.plusDays(DAYS));
		for (Expiring guarantee : expiring) {
			reminders.save(new GuaranteeReminder(guarantee.retentionId(), guarantee.expiresOn(), now));
			events.publishEvent(new GuaranteeExpiring(tenant, guarantee.retentionId(), guarantee.contractId(),
					guarantee.contractNumber(), guarantee.customerId(), guarantee.ownerId(), guarantee.number(),
					guarantee.bank(), guarantee.currency(), guarantee.amount(), guarantee.expiresOn()));
		}
		return expiring.size();
	}

	private List<Expiring> unsent(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT r.id, r.contract_id, r.guarantee_number, r.guarantee_bank, r.guarantee_amount, r.guarantee_expires_on,
				       c.number, c.customer_id, c.owner_id, c.currency
				FROM sales_retention r JOIN sales_contract c ON c.tenant_id = r.tenant_id AND c.id = r.contract_id
				WHERE r.tenant_id = :tenantId AND r.guarantee_expires_on >= :from AND r.guarantee_expires_on <= :to
				  AND r.guarantee_number IS NOT NULL AND c.deleted_at IS NULL
				  AND NOT EXISTS (SELECT 1 FROM sales_guarantee_reminder g WHERE g.tenant_id = r.tenant_id
				    AND g.retention_id = r.id AND g.expires_on = r.guarantee_expires_on)
				ORDER BY r.guarantee_expires_on, r.id LIMIT %d""".formatted(MAX))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Expiring(rs.getLong("id"), rs.getLong("contract_id"), rs.getString("guarantee_number"),
					rs.getString("guarantee_bank"), rs.getBigDecimal("guarantee_amount"),
					rs.getObject("guarantee_expires_on", LocalDate.class), rs.getString("number"), rs.getLong("customer_id"),
					rs.getLong("owner_id"), rs.getString("currency")))
			.list();
	}

	private record Expiring(long retentionId, long contractId, String number, String bank, BigDecimal amount,
			LocalDate expiresOn, String contractNumber, long customerId, long ownerId, String currency) {
	}
}

package org.hutong.sales.contract;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hutong.sales.ContractExpiring;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning's contracts nearing their end in the current enterprise: each in effect (已生效 or 执行中)
 * whose end date is within the given days (today included) tells its owner once
 * ({@link ContractExpiring}). What was sent is remembered per contract and end date, in the same
 * transaction as the event's publication, so a rerun or a second node sends nothing twice and a
 * contract extended to a later end is reminded again. At most {@link #MAX} a morning, the soonest
 * first; the rest follow the next mornings.
 */
@Component
class ContractExpiryReminders {

	static final int MAX = 500;

	private final TenantJdbc jdbc;

	private final ContractExpiryReminderRepository reminders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ContractExpiryReminders(TenantJdbc jdbc, ContractExpiryReminderRepository reminders,
			ApplicationEventPublisher events, Clock clock, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.reminders = reminders;
		this.events = events;
		this.clock = clock;
		this.transactions = transactions;
	}

	/** Reminds of contracts ending within {@code days}, in one transaction; answers how many reminders it sent. */
	int run(int days) {
		Integer sent = transactions.execute(status -> send(days));
		return sent == null ? 0 : sent;
	}

	private int send(int days) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, EnterpriseZone.DEFAULT);
		long tenant = TenantContext.require();
		List<Ending> ending = unsent(today, today.plusDays(days));
		for (Ending contract : ending) {
			reminders.save(new ContractExpiryReminder(contract.id(), contract.endsOn(), now));
			events.publishEvent(new ContractExpiring(tenant, contract.id(), contract.number(), contract.title(),
					contract.customerId(), contract.ownerId(), contract.endsOn()));
		}
		return ending.size();
	}

	private List<Ending> unsent(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT c.id, c.number, c.title, c.customer_id, c.owner_id, c.ends_on FROM sales_contract c
				WHERE c.tenant_id = :tenantId AND c.ends_on >= :from AND c.ends_on <= :to
				  AND c.status IN ('EFFECTIVE', 'EXECUTING') AND c.deleted_at IS NULL
				  AND NOT EXISTS (SELECT 1 FROM sales_contract_expiry_reminder r WHERE r.tenant_id = c.tenant_id
				    AND r.contract_id = c.id AND r.ends_on = c.ends_on)
				ORDER BY c.ends_on, c.id LIMIT %d""".formatted(MAX))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Ending(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
					rs.getLong("customer_id"), rs.getLong("owner_id"), rs.getObject("ends_on", LocalDate.class)))
			.list();
	}

	private record Ending(long id, String number, String title, long customerId, long ownerId, LocalDate endsOn) {
	}
}

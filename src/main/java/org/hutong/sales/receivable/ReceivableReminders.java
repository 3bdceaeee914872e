package org.hutong.sales.receivable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerSummary;
import org.hutong.sales.TermFallenDue;
import org.hutong.sales.TermFallingDue;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The morning's receivables in the current enterprise: each term owed that falls due within the
 * enterprise's 回款提醒提前天数 (today included; see 合同设置) and each overdue one reminds its contract's owner once
 * ({@link TermFallingDue}); each that reached its due day — today, or within the last
 * {@link #CATCH_UP_DAYS} days should a morning have been missed — is a {@link TermFallenDue}. What was
 * sent is remembered per term, kind and due day, so a rerun sends nothing twice and a term whose due
 * day moves is reminded again. At most {@link #MAX_PER_KIND} of a kind a morning, the oldest due
 * first; the rest follow the next mornings.
 */
@Component
class ReceivableReminders {

	static final int CATCH_UP_DAYS = 7;

	static final int MAX_PER_KIND = 500;

	private final TenantJdbc jdbc;

	private final ReceivableReminderRepository reminders;

	private final CustomerDirectory customers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReceivableReminders(TenantJdbc jdbc, ReceivableReminderRepository reminders, CustomerDirectory customers,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.reminders = reminders;
		this.customers = customers;
		this.events = events;
		this.clock = clock;
	}

	/** Reminds of terms falling due within {@code soonDays} and past due, and publishes; answers how many reminders it sent. */
	@Transactional
	public int run(int soonDays) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, EnterpriseZone.DEFAULT);
		return send(ReceivableReminder.Kind.SOON, today, today.plusDays(soonDays), now)
				+ send(ReceivableReminder.Kind.DUE, today.minusDays(CATCH_UP_DAYS), today, now)
				+ send(ReceivableReminder.Kind.OVERDUE, null, today.minusDays(1), now);
	}

	private int send(ReceivableReminder.Kind kind, LocalDate from, LocalDate to, Instant now) {
		List<Due> due = unsent(kind, from, to);
		Map<Long, CustomerSummary> names = customers.findAll(due.stream().map(Due::customerId).collect(Collectors.toSet()));
		long tenant = TenantContext.require();
		for (Due term : due) {
			reminders.save(new ReceivableReminder(term.contractId(), term.position(), kind, term.dueOn(), now));
			if (kind == ReceivableReminder.Kind.DUE) {
				events.publishEvent(new TermFallenDue(tenant, term.contractId(), term.position(), term.owed(), term.dueOn(),
						term.number(), term.name(), term.customerId(), term.ownerId()));
			}
			else {
				CustomerSummary customer = names.get(term.customerId());
				events.publishEvent(new TermFallingDue(tenant, term.contractId(), term.number(), term.position(), term.name(),
						term.customerId(), customer == null ? "" : customer.name(), term.ownerId(), term.currency(),
						term.owed(), term.dueOn(), kind == ReceivableReminder.Kind.OVERDUE));
			}
		}
		return due.size();
	}

	private List<Due> unsent(ReceivableReminder.Kind kind, LocalDate from, LocalDate to) {
		ReceivableQuery query = new ReceivableQuery().dueBetween(from, to);
		return query.bind(jdbc.sql("""
				SELECT t.contract_id, t.position, t.name, t.owed_on, t.owed, t.customer_id, t.owner_id, c.number, c.currency
				FROM sales_contract_term t JOIN sales_contract c ON c.tenant_id = t.tenant_id AND c.id = t.contract_id
				WHERE %s AND NOT EXISTS (SELECT 1 FROM sales_receivable_reminder r WHERE r.tenant_id = t.tenant_id
				  AND r.contract_id = t.contract_id AND r.term_position = t.position AND r.kind = :kind AND r.due_on = t.owed_on)
				ORDER BY t.owed_on, t.id LIMIT %d""".formatted(query.where(), MAX_PER_KIND)).param("kind", kind.name()))
			.query((rs, n) -> new Due(rs.getLong("contract_id"), rs.getInt("position"), rs.getString("name"),
					rs.getObject("owed_on", LocalDate.class), rs.getBigDecimal("owed"), rs.getLong("customer_id"),
					rs.getLong("owner_id"), rs.getString("number"), rs.getString("currency")))
			.list();
	}

	private record Due(long contractId, int position, String name, LocalDate dueOn, BigDecimal owed, long customerId,
			long ownerId, String number, String currency) {
	}
}

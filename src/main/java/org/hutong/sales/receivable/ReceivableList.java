package org.hutong.sales.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerSummary;
import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.sales.contract.ContractStatus;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 逾期 and 即将到期: the terms owed under contracts the reader may see, oldest due first (so the
 * longest overdue lead), a page at a time after a cursor over the index on (enterprise, owed_on, id).
 * An ended contract (已完成 · 已终止) with money still owed stays in. Customers' and owners' names are
 * read once per page.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContractPermissions.MAY_READ)
public class ReceivableList {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_LIMIT = 200;

	private final TenantJdbc jdbc;

	private final ReceivableScope scope;

	private final CustomerDirectory customers;

	private final Colleagues colleagues;

	ReceivableList(TenantJdbc jdbc, ReceivableScope scope, CustomerDirectory customers, Colleagues colleagues) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.customers = customers;
		this.colleagues = colleagues;
	}

	/** Whether a cursor reads as one this list wrote ({@code 2026-03-01.42}). */
	public static boolean readable(String cursor) {
		return cursor == null || Cursor.parse(cursor) != null;
	}

	public ReceivablePage page(SignedInUser user, ReceivableFilter filter, int limit) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		LocalDate today = scope.today();
		ReceivableQuery query = matching(user, filter, today);
		ReceivablePage.Sums sums = filter.first() ? sums(query) : null;
		Cursor after = filter.after() == null ? null : Cursor.parse(filter.after());
		if (after != null) {
			query.and("(t.owed_on > :afterOn OR (t.owed_on = :afterOn AND t.id > :afterId))", "afterOn", after.dueOn())
				.param("afterId", after.id());
		}
		List<Found> found = query.bind(jdbc.sql("""
				SELECT t.id, t.contract_id, c.number, c.title, c.status, c.currency, t.position, t.name, t.customer_id,
				       t.owner_id, t.owed_on, t.owed, t.owed_cny
				FROM sales_contract_term t JOIN sales_contract c ON c.tenant_id = t.tenant_id AND c.id = t.contract_id
				WHERE %s ORDER BY t.owed_on, t.id LIMIT %d""".formatted(query.where(), size + 1)))
			.query((rs, n) -> new Found(rs.getLong("id"), rs.getLong("contract_id"), rs.getString("number"),
					rs.getString("title"), ContractStatus.valueOf(rs.getString("status")), rs.getString("currency"),
					rs.getInt("position"), rs.getString("name"), rs.getLong("customer_id"), rs.getLong("owner_id"),
					rs.getObject("owed_on", LocalDate.class), rs.getBigDecimal("owed"), rs.getBigDecimal("owed_cny")))
			.list();
		List<Found> shown = found.subList(0, Math.min(found.size(), size));
		ReceivableFilter next = found.size() > size ? filter.after(Cursor.of(shown.get(shown.size() - 1))) : null;
		return new ReceivablePage(rows(shown, today), sums, next);
	}

	/** The list's terms as a query: the 逾期 or 即将到期 range (or the ageing bucket's), within the scope and the filters. */
	ReceivableQuery matching(SignedInUser user, ReceivableFilter filter, LocalDate today) {
		ReceivableQuery query = scope.of(user, filter.customer(), filter.owner(), filter.dept());
		if (filter.bucket() != null) {
			return query.dueBetween(filter.bucket().dueFrom(today), filter.bucket().dueTo(today));
		}
		return filter.list() == ReceivableFilter.Kind.OVERDUE ? query.dueBetween(null, today.minusDays(1))
				: query.dueBetween(today, today.plusDays(filter.days()));
	}

	private ReceivablePage.Sums sums(ReceivableQuery query) {
		return query.bind(jdbc.sql("SELECT COALESCE(SUM(t.owed_cny), 0) AS owed, COUNT(*) AS n FROM sales_contract_term t WHERE "
				+ query.where()))
			.query((rs, n) -> new ReceivablePage.Sums(rs.getBigDecimal("owed"), rs.getLong("n")))
			.single();
	}

	private List<ReceivableRow> rows(List<Found> shown, LocalDate today) {
		if (shown.isEmpty()) {
			return List.of();
		}
		Map<Long, CustomerSummary> names = customers.findAll(ids(shown, Found::customerId));
		Map<Long, String> owners = colleagues.names(ids(shown, Found::ownerId));
		return shown.stream().map(f -> {
			CustomerSummary customer = names.get(f.customerId());
			return new ReceivableRow(f.id(), f.contractId(), f.number(), f.title(), f.status(), f.position(), f.name(),
					f.customerId(), customer == null ? "—" : customer.name(), f.ownerId(), owners.getOrDefault(f.ownerId(), "—"),
					f.dueOn(), ChronoUnit.DAYS.between(f.dueOn(), today), f.currency(), f.owed(), f.owedCny());
		}).toList();
	}

	private static Set<Long> ids(List<Found> shown, java.util.function.Function<Found, Long> id) {
		return shown.stream().map(id).collect(Collectors.toSet());
	}

	private record Found(long id, long contractId, String number, String title, ContractStatus status, String currency,
			int position, String name, long customerId, long ownerId, LocalDate dueOn, BigDecimal owed,
			BigDecimal owedCny) {
	}

	/** Where a page ended: the last row's due day and term id. */
	private record Cursor(LocalDate dueOn, long id) {

		static String of(Found last) {
			return last.dueOn() + "." + last.id();
		}

		static Cursor parse(String text) {
			int dot = text.indexOf('.');
			if (dot < 0) {
				return null;
			}
			try {
				return new Cursor(LocalDate.parse(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
			}
			catch (DateTimeParseException | NumberFormatException bad) {
				return null;
			}
		}
	}
}

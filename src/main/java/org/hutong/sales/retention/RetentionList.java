package org.hutong.sales.retention;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerSummary;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleOwners;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.web.EnterpriseZone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 质保金 lists across contracts, within the reader's data scope: 90 天内到期 — not yet collected and
 * released from today within {@link #DUE_DAYS} days; 已逾期 — released before today and still not
 * collected (the oldest first); 保函到期 — guarantees expiring within {@link #DUE_DAYS} days. A page
 * of {@link #PAGE} rows at a time, continued after the last row's (day, id), with the sum of the
 * whole list.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContractPermissions.MAY_READ)
public class RetentionList {

	public static final int DUE_DAYS = 90;

	public static final int PAGE = 50;

	private final TenantJdbc jdbc;

	private final DataScopes scopes;

	private final CustomerDirectory customers;

	private final Clock clock;

	RetentionList(TenantJdbc jdbc, DataScopes scopes, CustomerDirectory customers, Clock clock) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.customers = customers;
		this.clock = clock;
	}

	/** Which list. */
	public enum Kind {
		DUE_SOON, OVERDUE, GUARANTEES
	}

	/** Where a page continues: after this day and id. */
	public record After(LocalDate day, long id) {

		/** "2026-12-07.42", as a page's link carries it; null when absent or unreadable. */
		public static After parse(String text) {
			if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}\\.\\d{1,18}")) {
				return null;
			}
			try {
				return new After(LocalDate.parse(text.substring(0, 10)), Long.parseLong(text.substring(11)));
			}
			catch (RuntimeException unreadable) {
				return null;
			}
		}

		@Override
		public String toString() {
			return day + "." + id;
		}
	}

	public record Row(long id, long contractId, String contractNumber, String customerName, String name,
			BigDecimal amount, String currency, LocalDate releaseOn, RetentionState state, String guaranteeNumber,
			String guaranteeBank, BigDecimal guaranteeAmount, LocalDate guaranteeExpiresOn, LocalDate day) {
	}

	/** A page of the list, the cursor of the next (null at the end), the count and sum of the whole list. */
	public record Page(List<Row> rows, After next, long count, BigDecimal total) {
	}

	public Page of(SignedInUser user, Kind kind, After after) {
		VisibleOwners visible = scopes.of(user);
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		String day = kind == Kind.GUARANTEES ? "r.guarantee_expires_on" : "r.release_on";
		String which = switch (kind) {
			case DUE_SOON -> "r.state <> 'COLLECTED' AND r.release_on >= :today AND r.release_on <= :until";
			case OVERDUE -> "r.state <> 'COLLECTED' AND r.release_on < :today";
			case GUARANTEES -> "r.guarantee_expires_on >= :today AND r.guarantee_expires_on <= :until";
		};
		String from = """
				FROM sales_retention r JOIN sales_contract c ON c.tenant_id = r.tenant_id AND c.id = r.contract_id
				WHERE r.tenant_id = :tenantId AND %s AND c.deleted_at IS NULL AND %s""".formatted(which,
				visible.sql("c.owner_id"));
		String page = after == null ? "" : " AND (%1$s > :afterDay OR (%1$s = :afterDay AND r.id > :afterId))".formatted(day);
		JdbcClient.StatementSpec rows = visible.bind(jdbc.sql("""
				SELECT r.id, r.contract_id, c.number AS contract_number, c.customer_id, r.name, r.amount, c.currency,
				       r.release_on, r.state, r.guarantee_number, r.guarantee_bank, r.guarantee_amount, r.guarantee_expires_on
				%s%s ORDER BY %s, r.id LIMIT %d""".formatted(from, page, day, PAGE + 1)))
			.param("today", today).param("until", today.plusDays(DUE_DAYS));
		if (after != null) {
			rows = rows.param("afterDay", after.day()).param("afterId", after.id());
		}
		List<Found> found = rows.query((rs, n) -> new Found(rs.getLong("customer_id"), new Row(rs.getLong("id"),
				rs.getLong("contract_id"), rs.getString("contract_number"), null, rs.getString("name"),
				rs.getBigDecimal("amount"), rs.getString("currency"), rs.getObject("release_on", LocalDate.class),
				RetentionState.valueOf(rs.getString("state")), rs.getString("guarantee_number"),
				rs.getString("guarantee_bank"), rs.getBigDecimal("guarantee_amount"),
				rs.getObject("guarantee_expires_on", LocalDate.class),
				rs.getObject(kind == Kind.GUARANTEES ? "guarantee_expires_on" : "release_on", LocalDate.class))))
			.list();
		Sums sums = visible.bind(jdbc.sql("SELECT COUNT(*) AS n, COALESCE(SUM("
				+ (kind == Kind.GUARANTEES ? "r.guarantee_amount" : "r.amount") + "), 0) AS total " + from))
			.param("today", today).param("until", today.plusDays(DUE_DAYS))
			.query((rs, n) -> new Sums(rs.getLong("n"), rs.getBigDecimal("total"))).single();
		boolean more = found.size() > PAGE;
		List<Found> shown = more ? found.subList(0, PAGE) : found;
		// the customers' names once per page, never per row
		Map<Long, CustomerSummary> names = customers.findAll(shown.stream().map(Found::customerId).collect(Collectors.toSet()));
		List<Row> named = shown.stream().map(f -> f.named(names.get(f.customerId()))).toList();
		After next = more ? new After(named.get(named.size() - 1).day(), named.get(named.size() - 1).id()) : null;
		return new Page(named, next, sums.count(), sums.total().setScale(2, java.math.RoundingMode.UNNECESSARY));
	}

	private record Sums(long count, BigDecimal total) {
	}

	private record Found(long customerId, Row row) {

		Row named(CustomerSummary customer) {
			return new Row(row.id(), row.contractId(), row.contractNumber(), customer == null ? "—" : customer.name(),
					row.name(), row.amount(), row.currency(), row.releaseOn(), row.state(), row.guaranteeNumber(),
					row.guaranteeBank(), row.guaranteeAmount(), row.guaranteeExpiresOn(), row.day());
		}
	}
}

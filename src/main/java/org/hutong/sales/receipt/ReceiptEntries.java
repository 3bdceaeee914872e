package org.hutong.sales.receipt;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hutong.customers.TimelineCursor;
import org.hutong.customers.TimelineEntry;
import org.hutong.customers.TimelineSource;
import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleOwners;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.sales.contract.TimelineBound;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回款 on a customer's 时间线: each receipt finance confirmed under the customer's contracts whose owner
 * the viewer's data scope shows, at the moment it was confirmed, by whoever confirmed it, linked to the
 * contract's 回款. Newest first, over the customer's contracts and their confirmed receipts.
 */
@Component
@Transactional(readOnly = true)
class ReceiptEntries implements TimelineSource {

	static final String KIND = "receipt";

	private final TenantJdbc jdbc;

	private final DataScopes scopes;

	private final Colleagues colleagues;

	ReceiptEntries(TenantJdbc jdbc, DataScopes scopes, Colleagues colleagues) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.colleagues = colleagues;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public int order() {
		return 48;
	}

	@Override
	public List<TimelineEntry> entries(SignedInUser viewer, long customerId, TimelineCursor before, int limit) {
		if (!viewer.can(ContractPermissions.READ)) {
			return List.of();
		}
		VisibleOwners owners = scopes.of(viewer);
		TimelineBound bound = TimelineBound.after(before, KIND);
		List<Found> found = owners.bind(jdbc.sql("""
				SELECT r.id, r.number, r.amount, r.decided_at, r.decided_by, c.id AS contract_id, c.number AS contract_number,
				       c.title, c.currency
				FROM sales_contract c JOIN sales_receipt r ON r.tenant_id = c.tenant_id AND r.contract_id = c.id
				WHERE c.tenant_id = :tenantId AND c.customer_id = :customer AND c.deleted_at IS NULL AND %s
				  AND r.status = 'CONFIRMED' AND (r.decided_at < :at OR (r.decided_at = :at AND r.id < :below))
				ORDER BY r.decided_at DESC, r.id DESC LIMIT :limit""".formatted(owners.sql("c.owner_id"))))
			.param("customer", customerId)
			.param("at", bound.atForSql())
			.param("below", bound.idBelow())
			.param("limit", limit)
			.query((rs, n) -> new Found(rs.getLong("id"), rs.getString("number"), rs.getBigDecimal("amount"),
					rs.getObject("decided_at", OffsetDateTime.class), rs.getLong("decided_by"), rs.getLong("contract_id"),
					rs.getString("contract_number"), rs.getString("title"), rs.getString("currency")))
			.list();
		Map<Long, String> people = colleagues.names(found.stream().map(Found::by).collect(Collectors.toSet()));
		return found.stream()
			.map(f -> new TimelineEntry(KIND, f.id(), f.at().toInstant(), people.get(f.by()),
					new DefaultMessageSourceResolvable(new String[] { "timeline.receipt" },
							new Object[] { f.contractNumber(), f.title(), TimelineBound.money(f.currency(), f.amount()),
									f.number() },
							"??timeline.receipt??"),
					null, "/sales/contracts/" + f.contractId() + "#receipts", List.of()))
			.toList();
	}

	private record Found(long id, String number, BigDecimal amount, OffsetDateTime at, long by, long contractId,
			String contractNumber, String title, String currency) {
	}
}

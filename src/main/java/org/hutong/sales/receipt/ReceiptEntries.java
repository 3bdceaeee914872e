package org.hutong.sales.receipt;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.hutong.customers.TimelineEntry;
import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScopes;
import org.hutong.identity.VisibleOwners;
import org.hutong.sales.contract.ContractTimelineSource;
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
class ReceiptEntries extends ContractTimelineSource {

	static final String KIND = "receipt";


	ReceiptEntries(TenantJdbc jdbc, DataScopes scopes, Colleagues colleagues) {
		super(jdbc, scopes, colleagues);
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
	protected List<Found> rows(VisibleOwners owners, long customerId, TimelineBound bound, int limit) {
		return owners.bind(jdbc.sql("""
				SELECT r.id, r.number, r.amount, r.decided_at, r.decided_by, c.id AS contract_id, c.number AS contract_number,
				       c.title, c.currency
				FROM sales_contract c JOIN sales_receipt r ON r.tenant_id = c.tenant_id AND r.contract_id = c.id
				WHERE %s
				  AND r.status = 'CONFIRMED' AND (r.decided_at < :at OR (r.decided_at = :at AND r.id < :below))
				ORDER BY r.decided_at DESC, r.id DESC LIMIT :limit""".formatted(shown(owners))))
			.param("customer", customerId)
			.param("at", bound.atForSql())
			.param("below", bound.idBelow())
			.param("limit", limit)
			.query((rs, n) -> new Found(rs.getLong("id"), rs.getString("number"), rs.getBigDecimal("amount"),
					rs.getObject("decided_at", OffsetDateTime.class), rs.getLong("decided_by"), rs.getLong("contract_id"),
					rs.getString("contract_number"), rs.getString("title"), rs.getString("currency")))
			.list();
	}

	private record Found(long id, String number, BigDecimal amount, OffsetDateTime at, long by, long contractId,
			String contractNumber, String title, String currency) implements Row {

		@Override
		public TimelineEntry entry(String actor) {
			return new TimelineEntry(KIND, id, at.toInstant(), actor,
					new DefaultMessageSourceResolvable(new String[] { "timeline.receipt" },
							new Object[] { contractNumber, title, TimelineBound.money(currency, amount), number },
							"??timeline.receipt??"),
					null, "/sales/contracts/" + contractId + "#receipts", List.of());
		}
	}
}

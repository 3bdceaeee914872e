package org.hutong.sales.delivery;

import java.time.LocalDate;
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
 * 发货 on a customer's 时间线: each 发货单 under the customer's contracts whose owner the viewer's data
 * scope shows, on its ship day, by whoever recorded it, linked to the contract's 发货与验收. Newest first,
 * over the customer's contracts and their deliveries by day.
 */
@Component
@Transactional(readOnly = true)
class DeliveryEntries extends ContractTimelineSource {

	static final String KIND = "delivery";


	DeliveryEntries(TenantJdbc jdbc, DataScopes scopes, Colleagues colleagues) {
		super(jdbc, scopes, colleagues);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public int order() {
		return 46;
	}

	@Override
	protected List<Found> rows(VisibleOwners owners, long customerId, TimelineBound bound, int limit) {
		return owners.bind(jdbc.sql("""
				SELECT d.id, d.number, d.shipped_on, d.created_by, c.id AS contract_id, c.number AS contract_number, c.title
				FROM sales_contract c JOIN sales_delivery d ON d.tenant_id = c.tenant_id AND d.contract_id = c.id
				WHERE %s
				  AND (d.shipped_on < :day OR (d.shipped_on = :day AND d.id < :below))
				ORDER BY d.shipped_on DESC, d.id DESC LIMIT :limit""".formatted(shown(owners))))
			.param("customer", customerId)
			.param("day", bound.day())
			.param("below", bound.dayIdBelow())
			.param("limit", limit)
			.query((rs, n) -> new Found(rs.getLong("id"), rs.getString("number"), rs.getObject("shipped_on", LocalDate.class),
					rs.getLong("created_by"), rs.getLong("contract_id"), rs.getString("contract_number"), rs.getString("title")))
			.list();
	}

	private record Found(long id, String number, LocalDate shippedOn, long by, long contractId, String contractNumber,
			String title) implements Row {

		@Override
		public TimelineEntry entry(String actor) {
			return new TimelineEntry(KIND, id, TimelineBound.startOf(shippedOn), actor,
					new DefaultMessageSourceResolvable(new String[] { "timeline.delivery" },
							new Object[] { contractNumber, title, number }, "??timeline.delivery??"),
					null, "/sales/contracts/" + contractId + "#fulfilment", List.of());
		}
	}
}

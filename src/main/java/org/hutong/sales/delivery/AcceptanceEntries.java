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
 * 验收 on a customer's 时间线: each 初验 or 终验 of the customer's contracts whose owner the viewer's data
 * scope shows, on its day, with who accepted for the customer and the remarks, linked to the
 * contract's 发货与验收. Newest first, over the customer's contracts and their acceptances by day.
 */
@Component
@Transactional(readOnly = true)
class AcceptanceEntries extends ContractTimelineSource {

	static final String KIND = "acceptance";


	AcceptanceEntries(TenantJdbc jdbc, DataScopes scopes, Colleagues colleagues) {
		super(jdbc, scopes, colleagues);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public int order() {
		return 47;
	}

	@Override
	protected List<Found> rows(VisibleOwners owners, long customerId, TimelineBound bound, int limit) {
		return owners.bind(jdbc.sql("""
				SELECT a.id, a.kind, a.accepted_on, a.accepted_by, a.remarks, a.created_by, c.id AS contract_id,
				       c.number AS contract_number, c.title
				FROM sales_contract c JOIN sales_acceptance a ON a.tenant_id = c.tenant_id AND a.contract_id = c.id
				WHERE %s
				  AND (a.accepted_on < :day OR (a.accepted_on = :day AND a.id < :below))
				ORDER BY a.accepted_on DESC, a.id DESC LIMIT :limit""".formatted(shown(owners))))
			.param("customer", customerId)
			.param("day", bound.day())
			.param("below", bound.dayIdBelow())
			.param("limit", limit)
			.query((rs, n) -> new Found(rs.getLong("id"), rs.getString("kind"), rs.getObject("accepted_on", LocalDate.class),
					rs.getString("accepted_by"), rs.getString("remarks"), rs.getLong("created_by"), rs.getLong("contract_id"),
					rs.getString("contract_number"), rs.getString("title")))
			.list();
	}

	private record Found(long id, String kind, LocalDate acceptedOn, String acceptedBy, String remarks, long by,
			long contractId, String contractNumber, String title) implements Row {

		@Override
		public TimelineEntry entry(String actor) {
			String key = acceptedBy == null ? "timeline.acceptance" : "timeline.acceptance.by";
			Object[] args = { contractNumber, title,
					new DefaultMessageSourceResolvable(new String[] { "acceptance.kind." + kind }, null, kind), acceptedBy };
			return new TimelineEntry(KIND, id, TimelineBound.startOf(acceptedOn), actor,
					new DefaultMessageSourceResolvable(new String[] { key }, args, "??" + key + "??"), remarks,
					"/sales/contracts/" + contractId + "#fulfilment", List.of());
		}
	}
}

package org.hutong.sales.delivery;

import java.time.LocalDate;
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
 * 发货 on a customer's 时间线: each 发货单 under the customer's contracts whose owner the viewer's data
 * scope shows, on its ship day, by whoever recorded it, linked to the contract's 发货与验收. Newest first,
 * over the customer's contracts and their deliveries by day.
 */
@Component
@Transactional(readOnly = true)
class DeliveryEntries implements TimelineSource {

	static final String KIND = "delivery";

	private final TenantJdbc jdbc;

	private final DataScopes scopes;

	private final Colleagues colleagues;

	DeliveryEntries(TenantJdbc jdbc, DataScopes scopes, Colleagues colleagues) {
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
		return 46;
	}

	@Override
	public List<TimelineEntry> entries(SignedInUser viewer, long customerId, TimelineCursor before, int limit) {
		if (!viewer.can(ContractPermissions.READ)) {
			return List.of();
		}
		VisibleOwners owners = scopes.of(viewer);
		TimelineBound bound = TimelineBound.after(before, KIND);
		List<Found> found = owners.bind(jdbc.sql("""
				SELECT d.id, d.number, d.shipped_on, d.created_by, c.id AS contract_id, c.number AS contract_number, c.title
				FROM sales_contract c JOIN sales_delivery d ON d.tenant_id = c.tenant_id AND d.contract_id = c.id
				WHERE c.tenant_id = :tenantId AND c.customer_id = :customer AND c.deleted_at IS NULL AND %s
				  AND (d.shipped_on < :day OR (d.shipped_on = :day AND d.id < :below))
				ORDER BY d.shipped_on DESC, d.id DESC LIMIT :limit""".formatted(owners.sql("c.owner_id"))))
			.param("customer", customerId)
			.param("day", bound.day())
			.param("below", bound.dayIdBelow())
			.param("limit", limit)
			.query((rs, n) -> new Found(rs.getLong("id"), rs.getString("number"), rs.getObject("shipped_on", LocalDate.class),
					rs.getLong("created_by"), rs.getLong("contract_id"), rs.getString("contract_number"), rs.getString("title")))
			.list();
		Map<Long, String> people = colleagues.names(found.stream().map(Found::by).collect(Collectors.toSet()));
		return found.stream()
			.map(f -> new TimelineEntry(KIND, f.id(), TimelineBound.startOf(f.shippedOn()), people.get(f.by()),
					new DefaultMessageSourceResolvable(new String[] { "timeline.delivery" },
							new Object[] { f.contractNumber(), f.title(), f.number() }, "??timeline.delivery??"),
					null, "/sales/contracts/" + f.contractId() + "#fulfilment", List.of()))
			.toList();
	}

	private record Found(long id, String number, LocalDate shippedOn, long by, long contractId, String contractNumber,
			String title) {
	}
}

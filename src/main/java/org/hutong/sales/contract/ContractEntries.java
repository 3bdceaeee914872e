package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import org.hutong.tenancy.TenantJdbc;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 合同 on a customer's 时间线: for each of the customer's contracts that took effect and whose owner the
 * viewer's data scope shows, the day it was signed, the moment it took effect, and — when they came —
 * the moment it was 已完成 or 已终止 (with the reason), each linked to the contract. Read from the
 * contract's own columns, newest first, a query per moment over the customer's contracts; each moment
 * has an id of its own ({@code contract id × 4 + moment}).
 */
@Component
@Transactional(readOnly = true)
class ContractEntries implements TimelineSource {

	static final String KIND = "contract";

	/** A contract's moments: the column that dates it, whether that is a day, and its sentence. */
	private enum Moment {
		SIGNED("signed_on", true), EFFECTIVE("effective_at", false), COMPLETED("completed_at", false),
		TERMINATED("terminated_at", false);

		private final String column;

		private final boolean day;

		Moment(String column, boolean day) {
			this.column = column;
			this.day = day;
		}
	}

	private final TenantJdbc jdbc;

	private final DataScopes scopes;

	private final Colleagues colleagues;

	ContractEntries(TenantJdbc jdbc, DataScopes scopes, Colleagues colleagues) {
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
		return 45;
	}

	@Override
	public List<TimelineEntry> entries(SignedInUser viewer, long customerId, TimelineCursor before, int limit) {
		if (!viewer.can(ContractPermissions.READ)) {
			return List.of();
		}
		VisibleOwners owners = scopes.of(viewer);
		TimelineBound bound = TimelineBound.after(before, KIND);
		List<Found> found = new ArrayList<>();
		for (Moment moment : Moment.values()) {
			found.addAll(moments(moment, owners, customerId, bound, limit));
		}
		Map<Long, String> people = colleagues.names(found.stream().map(Found::ownerId).collect(Collectors.toSet()));
		return found.stream().map(f -> f.entry(people)).sorted(TimelineCursor.ORDER).limit(limit).toList();
	}

	private List<Found> moments(Moment moment, VisibleOwners owners, long customerId, TimelineBound bound, int limit) {
		String column = "c." + moment.column;
		String id = "c.id * 4 + " + moment.ordinal();
		String after = "(%1$s < :at OR (%1$s = :at AND %2$s < :below))".formatted(column, id);
		String sql = """
				SELECT c.id, c.number, c.title, c.owner_id, c.currency, c.total, c.terminated_reason, %s AS moment_at
				FROM sales_contract c
				WHERE c.tenant_id = :tenantId AND c.customer_id = :customer AND c.deleted_at IS NULL
				  AND c.effective_at IS NOT NULL AND %s IS NOT NULL AND %s AND %s
				ORDER BY %s DESC, c.id DESC LIMIT :limit""".formatted(column, column, after, owners.sql("c.owner_id"), column);
		return owners.bind(jdbc.sql(sql))
			.param("customer", customerId)
			.param("at", moment.day ? bound.day() : bound.atForSql())
			.param("below", moment.day ? bound.dayIdBelow() : bound.idBelow())
			.param("limit", limit)
			.query((rs, n) -> new Found(moment, rs.getLong("id"), rs.getString("number"), rs.getString("title"),
					rs.getLong("owner_id"), rs.getString("currency"), rs.getBigDecimal("total"),
					rs.getString("terminated_reason"),
					moment.day ? TimelineBound.startOf(rs.getObject("moment_at", LocalDate.class))
							: rs.getObject("moment_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private record Found(Moment moment, long contractId, String number, String title, long ownerId, String currency,
			BigDecimal total, String terminatedReason, Instant at) {

		TimelineEntry entry(Map<Long, String> people) {
			String key = "timeline.contract." + moment.name().toLowerCase(java.util.Locale.ROOT);
			Object[] args = { number, title, TimelineBound.money(currency, total) };
			return new TimelineEntry(KIND, contractId * 4 + moment.ordinal(), at,
					moment == Moment.COMPLETED ? null : people.get(ownerId),
					new DefaultMessageSourceResolvable(new String[] { key }, args, "??" + key + "??"),
					moment == Moment.TERMINATED ? terminatedReason : null, "/sales/contracts/" + contractId, List.of());
		}
	}
}

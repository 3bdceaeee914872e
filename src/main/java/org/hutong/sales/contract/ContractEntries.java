package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.hutong.customers.TimelineEntry;
import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScopes;
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
class ContractEntries extends ContractTimelineSource {

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


	ContractEntries(TenantJdbc jdbc, DataScopes scopes, Colleagues colleagues) {
		super(jdbc, scopes, colleagues);
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
	protected List<Found> rows(VisibleOwners owners, long customerId, TimelineBound bound, int limit) {
		List<Found> found = new ArrayList<>();
		for (Moment moment : Moment.values()) {
			found.addAll(moments(moment, owners, customerId, bound, limit));
		}
		return found;
	}

	private List<Found> moments(Moment moment, VisibleOwners owners, long customerId, TimelineBound bound, int limit) {
		String column = "c." + moment.column;
		String id = "c.id * 4 + " + moment.ordinal();
		String after = "(%1$s < :at OR (%1$s = :at AND %2$s < :below))".formatted(column, id);
		String sql = """
				SELECT c.id, c.number, c.title, c.owner_id, c.currency, c.total, c.terminated_reason, %s AS moment_at
				FROM sales_contract c
				WHERE %s AND c.effective_at IS NOT NULL AND %s IS NOT NULL AND %s
				ORDER BY %s DESC, c.id DESC LIMIT :limit""".formatted(column, shown(owners), column,
				after, column);
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
			BigDecimal total, String terminatedReason, Instant at) implements Row {

		@Override
		public long by() {
			return ownerId;
		}

		@Override
		public TimelineEntry entry(String owner) {
			String key = "timeline.contract." + moment.name().toLowerCase(java.util.Locale.ROOT);
			Object[] args = { number, title, TimelineBound.money(currency, total) };
			return new TimelineEntry(KIND, contractId * 4 + moment.ordinal(), at,
					moment == Moment.COMPLETED ? null : owner,
					new DefaultMessageSourceResolvable(new String[] { key }, args, "??" + key + "??"),
					moment == Moment.TERMINATED ? terminatedReason : null, "/sales/contracts/" + contractId, List.of());
		}
	}
}

package org.hutong.sales.contract;

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

/**
 * What the customer's 时间线 entries of the sales records — contracts, deliveries, acceptances,
 * receipts — share: none without the right to read contracts, only those under contracts whose owner
 * the viewer's data scope shows, each entry naming who did it (looked up once per page), newest first.
 * A source says how it reads its rows after the bound, and what each row says. (Not final: the
 * sources are transactional proxies, and a final method would run on the proxy, not the bean.)
 */
public abstract class ContractTimelineSource implements TimelineSource {

	/** A row read for the timeline: who did it, and its entry once that person's name is known. */
	protected interface Row {

		long by();

		TimelineEntry entry(String actor);
	}


	protected final TenantJdbc jdbc;

	private final DataScopes scopes;

	private final Colleagues colleagues;

	protected ContractTimelineSource(TenantJdbc jdbc, DataScopes scopes, Colleagues colleagues) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.colleagues = colleagues;
	}

	@Override
	public List<TimelineEntry> entries(SignedInUser viewer, long customerId, TimelineCursor before, int limit) {
		if (!viewer.can(ContractPermissions.READ)) {
			return List.of();
		}
		List<? extends Row> rows = rows(scopes.of(viewer), customerId, TimelineBound.after(before, kind()), limit);
		Map<Long, String> people = colleagues.names(rows.stream().map(Row::by).collect(Collectors.toSet()));
		return rows.stream().map(row -> row.entry(people.get(row.by()))).sorted(TimelineCursor.ORDER).limit(limit)
			.toList();
	}

	/** The condition every source's query starts from: the customer's live contracts {@code c} the scope shows. */
	protected static String shown(VisibleOwners owners) {
		return "c.tenant_id = :tenantId AND c.customer_id = :customer AND c.deleted_at IS NULL AND "
				+ owners.sql("c.owner_id");
	}

	/** Up to {@code limit} rows of the customer after the bound, newest first, within what {@code owners} shows. */
	protected abstract List<? extends Row> rows(VisibleOwners owners, long customerId, TimelineBound bound, int limit);
}

package org.hutong.sales.opportunity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.customers.TimelineCursor;
import org.hutong.customers.TimelineEntry;
import org.hutong.customers.TimelineSource;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleOwners;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 商机 on a customer's 时间线: each stage change of the customer's deals the viewer may see — "商机
 * 「配电房改造」：从「需求确认」推进到「方案报价」" — linked to the deal. Read newest first over the
 * (enterprise, customer, instant) index; a viewer without the permission sees none.
 */
@Component
@Transactional(readOnly = true)
class StageEntries implements TimelineSource {

	private final StageChangeRepository changes;

	private final OpportunityRepository opportunities;

	private final DataScopes scopes;

	private final org.hutong.identity.Colleagues colleagues;

	StageEntries(StageChangeRepository changes, OpportunityRepository opportunities, DataScopes scopes,
			org.hutong.identity.Colleagues colleagues) {
		this.changes = changes;
		this.opportunities = opportunities;
		this.scopes = scopes;
		this.colleagues = colleagues;
	}

	@Override
	public String kind() {
		return "stage";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<TimelineEntry> entries(SignedInUser viewer, long customerId, TimelineCursor before, int limit) {
		if (!viewer.can(OpportunityPermissions.READ)) {
			return List.of();
		}
		VisibleOwners owners = scopes.of(viewer);
		Instant at = before == null ? Instant.parse("9999-12-31T00:00:00Z") : before.at();
		long below = before == null ? Long.MAX_VALUE : before.idBelow(kind());
		List<StageChange> found = changes.findForCustomer(customerId, at, below, owners.all(),
				owners.all() || owners.ownerIds().isEmpty() ? Set.of(-1L) : owners.ownerIds(), viewer.userId(),
				Limit.of(limit));
		Map<Long, String> names = opportunities.findAllById(found.stream().map(StageChange::getOpportunityId)
			.collect(Collectors.toSet())).stream().collect(Collectors.toMap(Opportunity::getId, Opportunity::getName));
		Map<Long, String> people = colleagues.names(found.stream().map(StageChange::getChangedBy).collect(Collectors.toSet()));
		return found.stream().map(change -> new TimelineEntry(kind(), change.getId(), change.getChangedAt(),
				people.get(change.getChangedBy()),
				new DefaultMessageSourceResolvable(new String[] { "timeline.stage" },
						new Object[] { names.get(change.getOpportunityId()),
								new DefaultMessageSourceResolvable(new String[] { "opportunity.action." + change.getAction() },
										new Object[] { change.getFromStage(), change.getToStage() }, null) },
						"??timeline.stage??"),
				change.getNote(), "/sales/opportunities/" + change.getOpportunityId(), List.of()))
			.toList();
	}
}

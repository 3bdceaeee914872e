package org.hutong.customers.customer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.customers.TimelineCursor;
import org.hutong.customers.TimelineEntry;
import org.hutong.customers.TimelineSource;
import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/** 负责人变更 on a customer's 时间线: "领取：公海 → 王芳" with the reason given. */
@Component
class OwnerEntries implements TimelineSource {

	private final OwnerChangeRepository changes;

	private final Colleagues colleagues;

	OwnerEntries(OwnerChangeRepository changes, Colleagues colleagues) {
		this.changes = changes;
		this.colleagues = colleagues;
	}

	@Override
	public String kind() {
		return "owner";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<TimelineEntry> entries(SignedInUser viewer, long customerId, TimelineCursor before, int limit) {
		List<OwnerChange> found = before == null ? changes.findNewest(customerId, Limit.of(limit))
				: changes.findOlder(customerId, before.at(), before.idBelow(kind()), Limit.of(limit));
		Set<Long> people = new HashSet<>();
		for (OwnerChange change : found) {
			for (Long id : new Long[] { change.getFromOwnerId(), change.getToOwnerId(), change.getActorId() }) {
				if (id != null) {
					people.add(id);
				}
			}
		}
		Map<Long, String> names = colleagues.names(people);
		return found.stream()
			.map(change -> new TimelineEntry(kind(), change.getId(), change.getOccurredAt(),
					change.getActorId() == null ? null : names.get(change.getActorId()),
					new DefaultMessageSourceResolvable(new String[] { "timeline.owner" },
							new Object[] { message("customer.ownership.kind." + change.getKind().name()),
									owner(change.getFromOwnerId(), names), owner(change.getToOwnerId(), names) },
							"??timeline.owner??"),
					change.getReason(), null, List.of()))
			.toList();
	}

	private static Object owner(Long id, Map<Long, String> names) {
		return id == null ? message("customer.pool") : names.getOrDefault(id, "—");
	}

	private static MessageSourceResolvable message(String key) {
		return new DefaultMessageSourceResolvable(new String[] { key }, null, "??" + key + "??");
	}
}

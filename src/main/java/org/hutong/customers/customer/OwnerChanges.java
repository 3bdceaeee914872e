package org.hutong.customers.customer;

import java.util.List;

import org.hutong.customers.CustomerOwnerChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps an {@link OwnerChange} and tells the other modules with {@link CustomerOwnerChanged}, in the
 * caller's transaction: for the user's claims, releases and transfers and for the reclaim job alike.
 */
@Component
public class OwnerChanges {

	private final OwnerChangeRepository changes;

	private final ApplicationEventPublisher events;

	OwnerChanges(OwnerChangeRepository changes, ApplicationEventPublisher events) {
		this.changes = changes;
		this.events = events;
	}

	/** Flushing makes a concurrent change of the same customer fail here. */
	public void record(long tenantId, OwnerChange change) {
		changes.save(change);
		changes.flush();
		events.publishEvent(new CustomerOwnerChanged(tenantId, change.getCustomerId(), change.getFromOwnerId(),
				change.getToOwnerId(), change.getKind().name(), change.getActorId(), change.getReason(),
				change.getOccurredAt()));
	}

	List<OwnerChange> history(long customerId) {
		return changes.findByCustomerIdOrderByOccurredAtDescIdDesc(customerId);
	}
}

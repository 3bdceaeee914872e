package org.hutong.customers.customer;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.hutong.customers.CustomerOwnerChanged;
import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 领取 · 退回公海 · 转移: who may change a customer's owner, and the record of each change. Anyone
 * who writes customers claims from the pool; the owner releases with a reason; whoever holds
 * {@code customers.transfer} and sees the owner transfers. Each change is kept as an
 * {@link OwnerChange} and published as {@link CustomerOwnerChanged} in the same transaction. A
 * stale version, or a second claim of the same customer, is a conflict and changes nothing.
 */
@Service
@Transactional
public class OwnershipManagement {

	public static final String MAY_TRANSFER = "hasAuthority('" + CustomerPermissions.TRANSFER + "')";

	private final CustomerAccess access;

	private final OwnerChanges changes;

	private final Colleagues colleagues;

	private final OwnershipRules rules;

	private final Clock clock;

	OwnershipManagement(CustomerAccess access, OwnerChanges changes, Colleagues colleagues, OwnershipRules rules,
			Clock clock) {
		this.access = access;
		this.changes = changes;
		this.colleagues = colleagues;
		this.rules = rules;
		this.clock = clock;
	}

	/** 领取: a pool customer becomes the actor's; a customer someone claimed first is a conflict. */
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public void claim(SignedInUser actor, long id, Long version) {
		Customer customer = current(access.live(id), version);
		if (customer.isInPool()) {
			rules.checkClaim(actor.userId(), id, clock.instant());
		}
		record(actor, customer.ownership().claim(actor.userId(), clock.instant()));
	}

	/** 退回公海: the owner gives the customer back to the pool, with a reason. */
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public void release(SignedInUser actor, long id, ReleaseForm form) {
		Customer customer = current(access.readable(actor, id), form.version());
		record(actor, customer.ownership().release(actor.userId(), form.reason(), clock.instant()));
	}

	/**
	 * 转移: to another active user, by someone whose data scope covers the current owner. Answers
	 * whether the actor still sees the customer afterwards.
	 */
	@PreAuthorize(MAY_TRANSFER)
	public boolean transfer(SignedInUser actor, long id, TransferForm form) {
		Customer customer = current(access.readable(actor, id), form.version());
		if (!customer.isInPool() && !access.mayTransfer(actor, customer)) {
			throw new AccessDeniedException("the owner is outside this user's data scope");
		}
		if (form.toUserId() == null || !colleagues.isActive(form.toUserId())) {
			throw new NotAnActiveUser();
		}
		if (!form.toUserId().equals(customer.getOwnerId())) {
			rules.checkTake(form.toUserId());
		}
		record(actor, customer.ownership().transfer(form.toUserId(), actor.userId(), clock.instant()));
		return access.mayRead(actor, customer);
	}

	/** The ownership part of a customer's page: what the viewer may do, and the history. */
	@Transactional(readOnly = true)
	@PreAuthorize(CustomerManagement.MAY_READ)
	public OwnershipPanel panel(SignedInUser viewer, long id) {
		Customer customer = access.readable(viewer, id);
		boolean writes = viewer.can(CustomerPermissions.WRITE);
		boolean owns = Objects.equals(customer.getOwnerId(), viewer.userId());
		return new OwnershipPanel(customer.getId(), customer.getName(), customer.getVersion(), customer.getOwnerId(),
				writes && customer.isInPool(), writes && owns, access.mayTransfer(viewer, customer), views(id));
	}

	/** A readable customer's ownership history, newest first. */
	@Transactional(readOnly = true)
	@PreAuthorize(CustomerManagement.MAY_READ)
	public List<OwnerChangeView> history(SignedInUser viewer, long id) {
		access.readable(viewer, id);
		return views(id);
	}

	private static Customer current(Customer customer, Long version) {
		if (version != null && version != customer.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Customer.class, customer.getId());
		}
		return customer;
	}

	/** Keeps the change and tells the other modules; flushing makes a concurrent claim fail here. */
	private void record(SignedInUser actor, OwnerChange change) {
		changes.record(actor.tenantId(), change);
	}

	private List<OwnerChangeView> views(long customerId) {
		List<OwnerChange> history = changes.history(customerId);
		Set<Long> people = new HashSet<>();
		history.forEach(change -> Stream.of(change.getFromOwnerId(), change.getToOwnerId(), change.getActorId())
			.filter(Objects::nonNull)
			.forEach(people::add));
		Map<Long, String> names = new HashMap<>(colleagues.names(people));
		return history.stream()
			.map(c -> new OwnerChangeView(c.getId(), c.getKind(), c.getFromOwnerId(), names.get(c.getFromOwnerId()),
					c.getToOwnerId(), names.get(c.getToOwnerId()), c.getReason(), c.getActorId(),
					names.get(c.getActorId()), c.getOccurredAt()))
			.toList();
	}
}

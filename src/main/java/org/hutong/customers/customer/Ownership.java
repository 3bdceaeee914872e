package org.hutong.customers.customer;

import java.time.Instant;
import java.util.Objects;

/**
 * 领取 · 退回公海 · 转移 · 回收: the only ways a customer's owner changes, each guarded by the
 * customer's state and answering the {@link OwnerChange} to keep. Who may ask is the use case's
 * business ({@link OwnershipManagement}); what the customer allows is decided here.
 */
public final class Ownership {

	/** The longest reason a release or reclaim may give. */
	public static final int MAX_REASON = 200;

	private final Customer customer;

	Ownership(Customer customer) {
		this.customer = customer;
	}

	/** 领取: a pool customer becomes the user's. */
	public OwnerChange claim(long userId, Instant now) {
		if (!customer.isInPool()) {
			throw new CustomerNotInPool();
		}
		return hand(OwnerChangeKind.CLAIMED, userId, userId, null, now);
	}

	/** 退回公海: the owner gives the customer back to the pool, saying why. */
	public OwnerChange release(long userId, String reason, Instant now) {
		requireOwned();
		if (customer.getOwnerId() != userId) {
			throw new NotTheOwner();
		}
		return hand(OwnerChangeKind.RELEASED, null, userId, checked(reason), now);
	}

	/** 转移: the customer passes to another user; who may do it is the use case's decision. */
	public OwnerChange transfer(long toUserId, long actorId, Instant now) {
		requireOwned();
		if (customer.getOwnerId() == toUserId) {
			throw new AlreadyTheOwner();
		}
		return hand(OwnerChangeKind.TRANSFERRED, toUserId, actorId, null, now);
	}

	/** 回收: a rule takes the customer back to the pool; no user acts. */
	public OwnerChange reclaim(String reason, Instant now) {
		requireOwned();
		return hand(OwnerChangeKind.RECLAIMED, null, null, checked(reason), now);
	}

	private OwnerChange hand(OwnerChangeKind kind, Long to, Long actor, String reason, Instant now) {
		Long from = customer.getOwnerId();
		customer.handTo(to, now);
		return new OwnerChange(customer.getId(), kind, from, to, reason, actor, now);
	}

	private void requireOwned() {
		if (customer.isInPool()) {
			throw new CustomerInPool();
		}
	}

	private static String checked(String reason) {
		Objects.requireNonNull(reason, "a reason is required");
		if (reason.isBlank() || reason.length() > MAX_REASON) {
			throw new IllegalArgumentException("a reason of 1 to " + MAX_REASON + " characters is required");
		}
		return reason.strip();
	}
}

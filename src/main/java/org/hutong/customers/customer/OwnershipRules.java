package org.hutong.customers.customer;

import java.time.Instant;

/**
 * The enterprise's 回收规则 as far as a new owner is concerned: how many customers one may own, and
 * how long a previous owner waits to claim a customer again. Each check throws an
 * {@link OwnershipRefused} when the rule says no. Implemented by the pool feature.
 */
public interface OwnershipRules {

	/** May {@code userId} claim {@code customerId} from the pool now? */
	void checkClaim(long userId, long customerId, Instant now);

	/** May {@code userId} take one more customer (a transfer to them)? */
	void checkTake(long userId);
}

package org.hutong.customers.pool;

import org.hutong.customers.customer.OwnershipRefused;

/** The user already owns as many customers as the enterprise's 回收规则 allow one person. */
public class OwnedLimitReached extends OwnershipRefused {

	OwnedLimitReached(int maxOwned) {
		super("poolRule.refused.limit", maxOwned);
	}
}

package org.hutong.customers.customer;

import java.util.List;

/**
 * The ownership part of a customer's page: the owner, what the viewer may do about it, and the
 * history, newest first.
 *
 * @param ownerId the owner, or {@code null} while in the public pool
 */
public record OwnershipPanel(long customerId, String customerName, long version, Long ownerId, boolean mayClaim,
		boolean mayRelease, boolean mayTransfer, List<OwnerChangeView> history) {

	public boolean mayAct() {
		return mayClaim || mayRelease || mayTransfer;
	}
}

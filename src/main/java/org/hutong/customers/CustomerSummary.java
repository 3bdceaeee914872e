package org.hutong.customers;

/**
 * What other modules may know of a 客户 at a glance.
 *
 * @param ownerId the owner, or {@code null} for a customer in the public pool
 * @param level the code of the customer's 客户级别, or {@code null}
 */
public record CustomerSummary(long id, String name, String shortName, Long ownerId, String level) {

	public CustomerId customerId() {
		return CustomerId.of(id);
	}
}

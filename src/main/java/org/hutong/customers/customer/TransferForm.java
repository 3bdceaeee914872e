package org.hutong.customers.customer;

import jakarta.validation.constraints.NotNull;

/**
 * 转移: the user who becomes the owner, and the version the manager saw.
 *
 * @param version the customer's version, for optimistic locking ({@code null}: whatever is current)
 */
public record TransferForm(@NotNull(message = "{customer.ownership.chooseUser}") Long toUserId, Long version) {

	static TransferForm blank() {
		return new TransferForm(null, null);
	}
}

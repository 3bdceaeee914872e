package org.hutong.customers.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * 退回公海: why the owner gives the customer back, and the version they saw.
 *
 * @param version the customer's version, for optimistic locking ({@code null}: whatever is current)
 */
public record ReleaseForm(
		@NotBlank(message = "{customer.required}") @Size(max = Ownership.MAX_REASON, message = "{customer.tooLong}") String reason,
		Long version) {

	public ReleaseForm {
		reason = Texts.clean(reason);
	}

	static ReleaseForm blank() {
		return new ReleaseForm(null, null);
	}
}

package org.hutong.sales.opportunity;

import jakarta.validation.constraints.NotNull;

/** One of the customer's contacts on the deal and their role; a line without a contact is dropped. */
public record ContactForm(Long contactId, @NotNull(message = "{opportunity.required}") ContactRole role) {
}

package org.hutong.customers.contact;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * The first 联系人 typed on the new-customer form, beside the customer's own fields (hence the
 * {@code contact…} names: the customer has a {@code name} too). Optional as a whole; once any of it
 * is filled in, the contact needs a name. The mobile follows {@link ContactForm}'s rule.
 */
public record FirstContactForm(@Size(max = 50, message = "{customer.tooLong}") String contactName,
		@Pattern(regexp = "1[3-9]\\d{9}", message = "{contact.mobile.invalid}") String contactMobile,
		@Size(max = 50, message = "{customer.tooLong}") String contactTitle) {

	public FirstContactForm {
		contactName = Texts.clean(contactName);
		contactMobile = Texts.clean(contactMobile);
		contactTitle = Texts.clean(contactTitle);
	}

	public static FirstContactForm none() {
		return new FirstContactForm(null, null, null);
	}

	/** Whether the user typed anything of a contact at all. */
	public boolean isGiven() {
		return contactName != null || contactMobile != null || contactTitle != null;
	}

	ContactForm contact() {
		return ContactForm.of(contactName, contactMobile, contactTitle);
	}
}

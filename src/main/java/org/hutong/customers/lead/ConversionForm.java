package org.hutong.customers.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hutong.customers.contact.ContactForm;
import org.hutong.customers.customer.CustomerForm;
import org.hutong.shared.Texts;

/**
 * What converting a lead submits: the customer's name and credit code, and the first contact
 * (optional; a mobile needs a name). Prefilled from the lead; the customer takes the lead's
 * source, phone and remarks.
 *
 * @param confirmSimilar the user saw the "similar name" warning and converts anyway
 */
public record ConversionForm(
		@NotBlank(message = "{customer.required}") @Size(max = 100, message = "{customer.tooLong}") String name,
		String creditCode,
		@Size(max = 50, message = "{customer.tooLong}") String contactName,
		@Pattern(regexp = "1[3-9]\\d{9}", message = "{contact.mobile.invalid}") String mobile,
		Boolean confirmSimilar) {

	public ConversionForm {
		name = Texts.clean(name);
		creditCode = Texts.clean(creditCode);
		contactName = Texts.clean(contactName);
		mobile = Texts.clean(mobile);
		confirmSimilar = Boolean.TRUE.equals(confirmSimilar);
	}

	static ConversionForm of(Lead lead) {
		return new ConversionForm(lead.getCompanyName(), null, lead.getContactName(), lead.getMobile(), false);
	}

	boolean hasContact() {
		return contactName != null;
	}

	/** The customer to make, with the lead's phone and remarks and the given 来源 code. */
	CustomerForm customer(Lead lead, String source) {
		return new CustomerForm(name, null, creditCode, null, null, source, null, null, null, null, null,
				lead.getPhone(), null, lead.getRemarks(), confirmSimilar, null);
	}

	ContactForm contact() {
		return ContactForm.of(contactName, mobile, null);
	}
}

package org.hutong.customers.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * What the contact form and the API submit. A mobile is an 11-digit mainland number; the same
 * mobile at another customer is a duplicate, checked by {@link ContactManagement}.
 */
public record ContactForm(
		@NotBlank(message = "{customer.required}") @Size(max = 50, message = "{customer.tooLong}") String name,
		@Pattern(regexp = "1[3-9]\\d{9}|" + ContactForm.MASKED, message = "{contact.mobile.invalid}") String mobile,
		@Pattern(regexp = "[0-9+()\\- ]{5,30}", message = "{customer.phone.invalid}") String phone,
		@Email(message = "{contact.email.invalid}") @Size(max = 100, message = "{customer.tooLong}") String email,
		@Size(max = 50, message = "{customer.tooLong}") String wechat,
		@Size(max = 50, message = "{customer.tooLong}") String title,
		@Size(max = 50, message = "{customer.tooLong}") String department,
		Boolean decisionMaker,
		@Size(max = 1000, message = "{customer.tooLong}") String remarks,
		Long version) {

	/**
	 * A masked mobile ({@code 138****5678}): what the edit form and the API show a user who may not
	 * see the mobile. Sent back unchanged it keeps the contact's mobile; it is never saved as one.
	 */
	static final String MASKED = "1[3-9]\\d\\*{4}\\d{4}";

	public ContactForm {
		name = Texts.clean(name);
		mobile = Texts.clean(mobile);
		phone = Texts.clean(phone);
		email = Texts.clean(email);
		wechat = Texts.clean(wechat);
		title = Texts.clean(title);
		department = Texts.clean(department);
		remarks = Texts.clean(remarks);
		decisionMaker = Boolean.TRUE.equals(decisionMaker);
	}

	static ContactForm blank() {
		return new ContactForm(null, null, null, null, null, null, null, false, null, null);
	}

	/** A contact with a name, a mobile and a title: for fixtures and the demo. */
	public static ContactForm of(String name, String mobile, String title) {
		return new ContactForm(name, mobile, null, null, null, title, null, false, null, null);
	}

	boolean hasMaskedMobile() {
		return mobile != null && mobile.matches(MASKED);
	}

	/** The same form with another mobile: the contact's own, for a masked one sent back unchanged. */
	ContactForm withMobile(String mobile) {
		return new ContactForm(name, mobile, phone, email, wechat, title, department, decisionMaker, remarks, version);
	}

	/** The same form editing the given version, e.g. the one an API client names in {@code If-Match}. */
	ContactForm withVersion(Long version) {
		return new ContactForm(name, mobile, phone, email, wechat, title, department, decisionMaker, remarks, version);
	}

	/** The form of the contact, its mobile masked when {@code masked}. */
	static ContactForm of(Contact contact, boolean masked) {
		return new ContactForm(contact.getName(), masked ? ContactView.mask(contact.getMobile()) : contact.getMobile(), contact.getPhone(), contact.getEmail(),
				contact.getWechat(), contact.getTitle(), contact.getDepartment(), contact.isDecisionMaker(),
				contact.getRemarks(), contact.getVersion());
	}
}

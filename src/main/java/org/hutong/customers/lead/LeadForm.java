package org.hutong.customers.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * What the lead form and the API submit. Blank optional fields become {@code null}; the status
 * defaults to 新线索 and may only be set to a workable one (see {@link LeadStatus#isWorkable()}).
 *
 * @param version the version edited, for optimistic locking ({@code null} when creating)
 */
public record LeadForm(
		@NotBlank(message = "{customer.required}") @Size(max = 100, message = "{customer.tooLong}") String companyName,
		@Size(max = 50, message = "{customer.tooLong}") String contactName,
		@Pattern(regexp = "1[3-9]\\d{9}", message = "{contact.mobile.invalid}") String mobile,
		@Pattern(regexp = "[0-9+()\\- ]{5,30}", message = "{customer.phone.invalid}") String phone,
		String source,
		LeadStatus status,
		@Size(max = 2000, message = "{customer.tooLong}") String remarks,
		Long version) {

	public LeadForm {
		companyName = Texts.clean(companyName);
		contactName = Texts.clean(contactName);
		mobile = Texts.clean(mobile);
		phone = Texts.clean(phone);
		source = Texts.clean(source);
		remarks = Texts.clean(remarks);
		status = status == null ? LeadStatus.NEW : status;
	}

	static LeadForm blank() {
		return new LeadForm(null, null, null, null, null, null, null, null);
	}

	/** A lead with a company, a contact person and a mobile: for fixtures and the demo. */
	public static LeadForm of(String companyName, String contactName, String mobile) {
		return new LeadForm(companyName, contactName, mobile, null, null, null, null, null);
	}

	/** The same form with a source, for the demo. */
	public LeadForm from(String source) {
		return new LeadForm(companyName, contactName, mobile, phone, source, status, remarks, version);
	}

	/** The same form editing the given version, e.g. the one an API client names in {@code If-Match}. */
	LeadForm withVersion(Long version) {
		return new LeadForm(companyName, contactName, mobile, phone, source, status, remarks, version);
	}

	static LeadForm of(Lead lead) {
		return new LeadForm(lead.getCompanyName(), lead.getContactName(), lead.getMobile(), lead.getPhone(),
				lead.getSource(), lead.getStatus(), lead.getRemarks(), lead.getVersion());
	}
}

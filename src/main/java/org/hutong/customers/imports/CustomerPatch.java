package org.hutong.customers.imports;

import java.util.Set;

import org.hutong.customers.contact.ContactForm;
import org.hutong.customers.customer.CustomerForm;

/**
 * What one row brings: the customer fields its mapped, non-empty cells set, and its first contact.
 * Laid over an existing customer it changes only those fields, so an import never blanks a field
 * because its column was missing or its cell empty.
 *
 * @param values the row's values; fields not in {@code present} are ignored
 * @param present the fields the row has a value for (a region counts for all three levels)
 * @param contact the first contact, or {@code null} when the row has none
 */
record CustomerPatch(CustomerForm values, Set<ImportField> present, ContactForm contact) {

	/** The base form with this row's values laid over it. */
	CustomerForm onto(CustomerForm base) {
		boolean region = present.contains(ImportField.REGION) || present.contains(ImportField.PROVINCE);
		return new CustomerForm(pick(ImportField.NAME, values.name(), base.name()),
				pick(ImportField.SHORT_NAME, values.shortName(), base.shortName()),
				pick(ImportField.CREDIT_CODE, values.creditCode(), base.creditCode()),
				pick(ImportField.LEVEL, values.level(), base.level()),
				pick(ImportField.INDUSTRY, values.industry(), base.industry()),
				pick(ImportField.SOURCE, values.source(), base.source()),
				pick(ImportField.STATUS, values.status(), base.status()),
				region ? values.province() : base.province(), region ? values.city() : base.city(),
				region ? values.county() : base.county(),
				pick(ImportField.ADDRESS, values.address(), base.address()),
				pick(ImportField.PHONE, values.phone(), base.phone()),
				pick(ImportField.WEBSITE, values.website(), base.website()),
				pick(ImportField.REMARKS, values.remarks(), base.remarks()), false, base.version());
	}

	/** The row as a new customer. */
	CustomerForm asNew() {
		return onto(CustomerForm.named(null));
	}

	private <T> T pick(ImportField field, T value, T base) {
		return present.contains(field) ? value : base;
	}
}

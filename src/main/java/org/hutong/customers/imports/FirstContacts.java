package org.hutong.customers.imports;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.hutong.customers.contact.Contact;
import org.hutong.customers.contact.ContactForm;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.springframework.stereotype.Component;

/**
 * The contact an import row brings. The same mobile at another live customer blocks, as on the
 * contact form; a contact the customer already has (same mobile, or same name when the row has no
 * mobile) is left as it is, so importing a file twice adds nobody twice.
 */
@Component
class FirstContacts {

	private final ContactRepository contacts;

	private final CustomerRepository customers;

	private final Clock clock;

	FirstContacts(ContactRepository contacts, CustomerRepository customers, Clock clock) {
		this.contacts = contacts;
		this.customers = customers;
		this.clock = clock;
	}

	/** The live customer other than {@code customerId} that already has this mobile. */
	Optional<Customer> clash(String mobile, Long customerId) {
		if (mobile == null) {
			return Optional.empty();
		}
		return contacts.findByMobileAndDeletedAtIsNull(mobile)
			.stream()
			.filter(other -> !Objects.equals(other.getCustomerId(), customerId))
			.map(other -> customers.findByIdAndDeletedAtIsNull(other.getCustomerId()))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/** Whether the customer lacks this contact (a new customer lacks every contact). */
	boolean isNew(Long customerId, ContactForm form) {
		if (customerId == null) {
			return true;
		}
		return contacts.findByCustomerIdAndDeletedAtIsNullOrderByDecisionMakerDescIdAsc(customerId)
			.stream()
			.noneMatch(contact -> form.mobile() != null ? form.mobile().equals(contact.getMobile())
					: form.name().equals(contact.getName()));
	}

	/** Adds the contact unless the customer has it; answers whether it was added. */
	boolean add(long customerId, ContactForm form) {
		if (!isNew(customerId, form)) {
			return false;
		}
		contacts.save(new Contact(customerId, form, clock.instant()));
		return true;
	}
}

package org.hutong.customers.contact;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerAccess;
import org.hutong.customers.customer.CustomerManagement;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.customers.customer.Duplicates;
import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 联系人 use cases. A contact is read and changed with its customer's rights: whoever may read the
 * customer sees its contacts (mobiles masked unless they own or share it), whoever may change the
 * customer changes its contacts. A mobile already at another customer blocks, naming that customer.
 */
@Service
@Transactional
public class ContactManagement {

	private final ContactRepository contacts;

	private final CustomerRepository customers;

	private final CustomerAccess access;

	private final Duplicates duplicates;

	private final Clock clock;

	ContactManagement(ContactRepository contacts, CustomerRepository customers, CustomerAccess access,
			Duplicates duplicates, Clock clock) {
		this.contacts = contacts;
		this.customers = customers;
		this.access = access;
		this.duplicates = duplicates;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(CustomerManagement.MAY_READ)
	public ContactPanel panel(SignedInUser viewer, long customerId) {
		Customer customer = access.readable(viewer, customerId);
		return new ContactPanel(customerId, customer.getName(), list(viewer, customerId),
				access.mayWrite(viewer, customer));
	}

	@Transactional(readOnly = true)
	@PreAuthorize(CustomerManagement.MAY_READ)
	public List<ContactView> list(SignedInUser viewer, long customerId) {
		Customer customer = access.readable(viewer, customerId);
		boolean masked = !access.seesMobiles(viewer, customer);
		return contacts.findByCustomerIdAndDeletedAtIsNullOrderByDecisionMakerDescIdAsc(customerId)
			.stream()
			.map(contact -> ContactView.of(contact, masked))
			.toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(CustomerManagement.MAY_READ)
	public ContactView get(SignedInUser viewer, long id) {
		Contact contact = load(id);
		Customer customer = access.readable(viewer, contact.getCustomerId());
		return ContactView.of(contact, !access.seesMobiles(viewer, customer));
	}

	@Transactional(readOnly = true)
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public ContactForm formFor(SignedInUser actor, long id) {
		Contact contact = load(id);
		Customer customer = access.writable(actor, contact.getCustomerId());
		// one who may change the contact but not see its mobile gets it masked here too: the form's value is readable
		return ContactForm.of(contact, !access.seesMobiles(actor, customer));
	}

	/** Answers the new contact's id, or {@code null} when {@code errors} says why not. */
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public Long create(SignedInUser actor, long customerId, ContactForm form, Errors errors) {
		access.writable(actor, customerId);
		if (form.hasMaskedMobile()) {
			errors.rejectValue("mobile", "contact.mobile.invalid");
		}
		checkMobile(actor, form, null, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return contacts.save(new Contact(customerId, form, clock.instant())).getId();
	}

	/** Changes the contact if {@code form.version()} is still current; answers its customer's id. */
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public long update(SignedInUser actor, long id, ContactForm form, Errors errors) {
		Contact contact = load(id);
		access.writable(actor, contact.getCustomerId());
		if (!Objects.equals(form.version(), contact.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(Contact.class, id);
		}
		ContactForm kept = keepingMobile(form, contact, errors);
		checkMobile(actor, kept, id, errors);
		if (!errors.hasErrors()) {
			contact.describe(kept, clock.instant());
			contacts.flush();
		}
		return contact.getCustomerId();
	}

	/**
	 * An edit that sends back the masked mobile it was shown leaves the mobile as it is; any other
	 * masked value is no mobile at all.
	 */
	private static ContactForm keepingMobile(ContactForm form, Contact contact, Errors errors) {
		if (!form.hasMaskedMobile()) {
			return form;
		}
		if (!form.mobile().equals(ContactView.mask(contact.getMobile()))) {
			errors.rejectValue("mobile", "contact.mobile.invalid");
			return form;
		}
		return form.withMobile(contact.getMobile());
	}

	/** Deletes the contact softly; answers its customer's id. */
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public long delete(SignedInUser actor, long id) {
		Contact contact = load(id);
		access.writable(actor, contact.getCustomerId());
		contact.delete(clock.instant());
		return contact.getCustomerId();
	}

	/** For a contact not saved yet (a lead being converted): a mobile any live customer's contact has blocks. */
	@Transactional(readOnly = true)
	public void checkNewMobile(SignedInUser actor, ContactForm form, Errors errors) {
		if (form.hasMaskedMobile()) {
			errors.rejectValue("mobile", "contact.mobile.invalid");
		}
		checkMobile(actor, form, null, errors);
	}

	/**
	 * A mobile is one live contact's (the database holds the rule, V26): the same mobile at another
	 * contact ({@code self} excepted) blocks; the message names its customer to those who may see it.
	 */
	private void checkMobile(SignedInUser actor, ContactForm form, Long self, Errors errors) {
		if (form.mobile() == null || errors.hasFieldErrors("mobile")) {
			return;
		}
		contacts.findByLiveMobile(form.mobile())
			.stream()
			.filter(other -> !Objects.equals(other.getId(), self))
			.map(other -> customers.findByIdAndDeletedAtIsNull(other.getCustomerId()))
			.flatMap(Optional::stream)
			.findFirst()
			.ifPresent(clash -> duplicates.clash("customer.duplicate.mobile", actor, clash).rejectOn(errors, "mobile"));
	}

	private Contact load(long id) {
		return contacts.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new);
	}
}

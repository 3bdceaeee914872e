package org.hutong.customers.contact;

import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerForm;
import org.hutong.customers.customer.CustomerManagement;
import org.hutong.identity.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * 新建客户 with its first contact, in one transaction: both are saved or neither.
 * Each is checked by its own use case ({@link CustomerManagement#create}, {@link ContactManagement#create}),
 * so the rules are those of creating them one after the other; the contact's problems are reported on
 * the {@link FirstContactForm}'s fields.
 */
@Service
@Transactional
public class NewCustomers {

	private final CustomerManagement customers;

	private final ContactManagement contacts;

	NewCustomers(CustomerManagement customers, ContactManagement contacts) {
		this.customers = customers;
		this.contacts = contacts;
	}

	/**
	 * Answers the new customer, or {@code null} when {@code errors} or {@code contactErrors} say why
	 * not; a contact that is not given is left out.
	 */
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public Customer create(SignedInUser actor, CustomerForm form, Errors errors, FirstContactForm contact,
			Errors contactErrors) {
		if (!contact.isGiven()) {
			return customers.create(actor, form, errors);
		}
		if (contact.contactName() == null && !contactErrors.hasFieldErrors("contactName")) {
			contactErrors.rejectValue("contactName", "contact.first.name.required");
		}
		Errors checked = new BeanPropertyBindingResult(contact.contact(), "contact");
		if (!contactErrors.hasFieldErrors("contactMobile")) {
			contacts.checkNewMobile(actor, contact.contact(), checked);
			copy(checked, contactErrors);
		}
		if (contactErrors.hasErrors()) {
			return null;
		}
		Customer customer = customers.create(actor, form, errors);
		if (customer == null) {
			return null;
		}
		Errors saved = new BeanPropertyBindingResult(contact.contact(), "contact");
		if (contacts.create(actor, customer.getId(), contact.contact(), saved) == null) {
			// refused only now (a contact saved meanwhile): the customer is not kept either
			copy(saved, contactErrors);
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return null;
		}
		return customer;
	}

	/** The contact use case's field errors, moved onto the first-contact fields of the customer form. */
	private static void copy(Errors from, Errors into) {
		for (FieldError error : from.getFieldErrors()) {
			String field = switch (error.getField()) {
				case "name" -> "contactName";
				case "mobile" -> "contactMobile";
				case "title" -> "contactTitle";
				default -> null;
			};
			if (field == null) {
				into.reject(error.getCode(), error.getArguments(), error.getDefaultMessage());
			}
			else {
				into.rejectValue(field, error.getCode(), error.getArguments(), error.getDefaultMessage());
			}
		}
		from.getGlobalErrors().forEach(error -> into.reject(error.getCode(), error.getArguments(), error.getDefaultMessage()));
	}
}

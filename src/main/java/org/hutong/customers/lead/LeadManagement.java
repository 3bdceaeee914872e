package org.hutong.customers.lead;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import org.hutong.customers.LeadConverted;
import org.hutong.customers.contact.ContactForm;
import org.hutong.customers.contact.ContactManagement;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerForm;
import org.hutong.customers.customer.CustomerManagement;
import org.hutong.customers.option.CustomerOptions;
import org.hutong.customers.option.OptionKind;
import org.hutong.identity.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * 线索 use cases: create (the creator owns it), update, mark invalid, delete, and convert into a
 * customer and a first contact through the customers' and contacts' own create paths, so the
 * duplicate checks answer exactly as there. A conversion that cannot be completed changes nothing.
 */
@Service
@Transactional
public class LeadManagement {

	private static final Map<String, String> CUSTOMER_FIELDS = Map.of("name", "name", "creditCode", "creditCode");

	private static final Map<String, String> CONTACT_FIELDS = Map.of("name", "contactName", "mobile", "mobile");

	private final LeadRepository leads;

	private final LeadAccess access;

	private final Conversions conversions;

	private final Clock clock;

	LeadManagement(LeadRepository leads, LeadAccess access, Conversions conversions, Clock clock) {
		this.leads = leads;
		this.access = access;
		this.conversions = conversions;
		this.clock = clock;
	}

	/** What converting needs from the rest of the module, bundled to keep the constructor short. */
	@Component
	record Conversions(CustomerManagement customers, ContactManagement contacts, ApplicationEventPublisher events,
			CustomerOptions options) {
	}

	/** Answers the new lead's id, or {@code null} when {@code errors} says why not. */
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public Long create(SignedInUser actor, LeadForm form, Errors errors) {
		checkStatus(form, LeadStatus.NEW, errors);
		conversions.options().check(OptionKind.SOURCE, form.source(), null, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return leads.save(new Lead(form, actor.userId(), clock.instant())).getId();
	}

	/** Changes the lead if {@code form.version()} is still current; a converted lead is read-only. */
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public void update(SignedInUser actor, long id, LeadForm form, Errors errors) {
		Lead lead = open(actor, id);
		if (!Objects.equals(form.version(), lead.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(Lead.class, id);
		}
		checkStatus(form, lead.getStatus(), errors);
		conversions.options().check(OptionKind.SOURCE, form.source(), lead.getSource(), errors);
		if (!errors.hasErrors()) {
			lead.describe(form, clock.instant());
			leads.flush();
		}
	}

	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public void markInvalid(SignedInUser actor, long id) {
		open(actor, id).markInvalid(clock.instant());
	}

	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public void delete(SignedInUser actor, long id) {
		open(actor, id).delete(clock.instant());
	}

	@Transactional(readOnly = true)
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public LeadForm formFor(SignedInUser actor, long id) {
		return LeadForm.of(open(actor, id));
	}

	@Transactional(readOnly = true)
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public ConversionForm conversionFor(SignedInUser actor, long id) {
		return ConversionForm.of(open(actor, id));
	}

	/**
	 * Makes the customer (owned by the actor) and, when the form names a person, its first contact;
	 * links the lead to both and publishes {@link LeadConverted}. Answers the customer's id, or
	 * {@code null} when {@code errors} (on the form's fields) says why not; then nothing is saved.
	 */
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public Long convert(SignedInUser actor, long id, ConversionForm form, Errors errors) {
		Lead lead = open(actor, id);
		if (form.mobile() != null && !form.hasContact()) {
			errors.rejectValue("contactName", "customer.required");
		}
		// a source deactivated since the lead was logged is not carried over to the new customer
		boolean sourceOffered = conversions.options().find(OptionKind.SOURCE, lead.getSource())
			.filter(option -> option.isActive()).isPresent();
		CustomerForm customer = form.customer(lead, sourceOffered ? lead.getSource() : null);
		ContactForm contact = form.contact();
		Errors customerErrors = new BeanPropertyBindingResult(customer, "customer");
		Errors contactErrors = new BeanPropertyBindingResult(contact, "contact");
		if (form.hasContact()) {
			conversions.contacts().checkNewMobile(actor, contact, contactErrors);
		}
		Customer created = errors.hasErrors() ? null : conversions.customers().create(actor, customer, customerErrors);
		Long customerId = created == null ? null : created.getId();
		Long contactId = customerId == null || contactErrors.hasErrors() || !form.hasContact() ? null
				: conversions.contacts().create(actor, customerId, contact, contactErrors);
		copy(customerErrors, errors, CUSTOMER_FIELDS);
		copy(contactErrors, errors, CONTACT_FIELDS);
		if (errors.hasErrors()) {
			undoIf(customerId != null);
			return null;
		}
		lead.convert(customerId, contactId, clock.instant());
		conversions.events().publishEvent(new LeadConverted(actor.tenantId(), id, customerId, contactId));
		return customerId;
	}

	private Lead open(SignedInUser actor, long id) {
		Lead lead = access.readable(actor, id);
		if (lead.isConverted()) {
			throw new LeadAlreadyConverted();
		}
		return lead;
	}

	/** Editing sets a workable status or keeps the current one; converting and 无效 are actions of their own. */
	private static void checkStatus(LeadForm form, LeadStatus current, Errors errors) {
		if (!form.status().isWorkable() && form.status() != current) {
			errors.rejectValue("status", "lead.status.notWorkable");
		}
	}

	/** The customer's or contact's errors on the conversion form's fields; others as errors of the whole form. */
	private static void copy(Errors from, Errors to, Map<String, String> fields) {
		for (FieldError error : from.getFieldErrors()) {
			String field = fields.get(error.getField());
			if (field == null) {
				to.reject(error.getCode(), error.getArguments(), error.getDefaultMessage());
			}
			else {
				to.rejectValue(field, error.getCode(), error.getArguments(), error.getDefaultMessage());
			}
		}
		from.getGlobalErrors().forEach(error -> to.reject(error.getCode(), error.getArguments(), error.getDefaultMessage()));
	}

	/** A customer made before the contact failed is rolled back with the transaction. */
	private static void undoIf(boolean somethingSaved) {
		if (somethingSaved) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		}
	}
}

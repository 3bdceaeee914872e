package org.hutong.customers.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.hutong.customers.FollowUpLogged;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerAccess;
import org.hutong.customers.customer.CustomerManagement;
import org.hutong.identity.SignedInUser;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 跟进记录 use cases. Whoever may change a customer logs follow-ups on it; logging moves the
 * customer's last and next follow-up and publishes {@link FollowUpLogged} in the same transaction.
 * Its author deletes a follow-up within a day, someone who sees all customers at any time.
 */
@Service
@Transactional
public class FollowUpManagement {

	private final FollowUpRepository followUps;

	private final CustomerAccess access;

	private final Parts parts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FollowUpManagement(FollowUpRepository followUps, CustomerAccess access, Parts parts,
			ApplicationEventPublisher events, Clock clock) {
		this.followUps = followUps;
		this.access = access;
		this.parts = parts;
		this.events = events;
		this.clock = clock;
	}

	/** What a follow-up involves besides itself, bundled to keep the constructor short. */
	@Component
	record Parts(ContactRepository contacts, Attachments attachments) {
	}

	/** Answers the new follow-up's id, or {@code null} when {@code errors} says why not. */
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public Long log(SignedInUser actor, long customerId, FollowUpForm form, Errors errors) {
		Customer customer = access.writable(actor, customerId);
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, EnterpriseZone.DEFAULT);
		Instant occurredAt = form.occurredAt() == null ? now : form.occurredAt().atZone(EnterpriseZone.DEFAULT).toInstant();
		check(form, customerId, occurredAt, now, today, errors);
		if (errors.hasErrors()) {
			return null;
		}
		FollowUp followUp = new FollowUp(customerId, form.kind(), form.content(), occurredAt, form.nextFollowUpOn(),
				actor.userId(), now, today);
		followUp.involve(form.contactIds());
		followUps.save(followUp);
		parts.attachments().attach(actor.tenantId(), followUp.getId(), form.attachments());
		customer.followedUp(followUp.getOccurredAt(), followUp.getNextFollowUpOn());
		events.publishEvent(new FollowUpLogged(actor.tenantId(), customerId, followUp.getId(), actor.userId(),
				followUp.getType().name(), followUp.getOccurredAt(), followUp.getNextFollowUpOn()));
		return followUp.getId();
	}

	/** Deletes the follow-up softly and recomputes its customer's last follow-up; answers the customer's id. */
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public long delete(SignedInUser actor, long id) {
		FollowUp followUp = followUps.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new);
		Customer customer = access.readable(actor, followUp.getCustomerId());
		if (!followUp.mayBeDeletedBy(actor.userId(), FollowUpViews.seesAll(actor), clock.instant())) {
			throw new AccessDeniedException("only its author within a day, or someone who sees all");
		}
		followUp.delete(clock.instant());
		followUps.flush();
		customer.lastFollowedUp(followUps.findLastOccurredAt(customer.getId()).orElse(null));
		return customer.getId();
	}

	/** What Bean Validation cannot check: times against the clock, contacts of this customer, the files. */
	private void check(FollowUpForm form, long customerId, Instant occurredAt, Instant now, LocalDate today,
			Errors errors) {
		if (FollowUp.isInTheFuture(occurredAt, now)) {
			errors.rejectValue("occurredAt", "followUp.occurredAt.future");
		}
		if (FollowUp.isInThePast(form.nextFollowUpOn(), today)) {
			errors.rejectValue("nextFollowUpOn", "followUp.next.past");
		}
		boolean foreign = form.contactIds().stream()
			.anyMatch(id -> parts.contacts().findByIdAndDeletedAtIsNull(id)
				.filter(contact -> contact.getCustomerId() == customerId)
				.isEmpty());
		if (foreign) {
			errors.rejectValue("contactIds", "followUp.contacts.invalid");
		}
		parts.attachments().check(form.attachments(), errors);
	}
}

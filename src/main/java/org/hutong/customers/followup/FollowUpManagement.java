package org.hutong.customers.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hutong.customers.FollowUpLogged;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerManagement;
import org.hutong.customers.lead.Lead;
import org.hutong.files.Upload;
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

	private final Subjects subjects;

	private final Parts parts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FollowUpManagement(FollowUpRepository followUps, Subjects subjects, Parts parts,
			ApplicationEventPublisher events, Clock clock) {
		this.followUps = followUps;
		this.subjects = subjects;
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
		return log(actor, customerId, null, form, errors);
	}

	/**
	 * A follow-up on a customer and one of its 商机: on both timelines. The sales module calls it once it
	 * checked the deal is the customer's and the actor may work it.
	 */
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public Long logOnDeal(SignedInUser actor, long customerId, long opportunityId, FollowUpForm form, Errors errors) {
		return log(actor, customerId, opportunityId, form, errors);
	}

	private Long log(SignedInUser actor, long customerId, Long opportunityId, FollowUpForm form, Errors errors) {
		Customer customer = subjects.customers().writable(actor, customerId);
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, EnterpriseZone.DEFAULT);
		Instant occurredAt = form.occurredAt() == null ? now : form.occurredAt().atZone(EnterpriseZone.DEFAULT).toInstant();
		List<Upload> uploads = check(form, customerId, occurredAt, now, today, errors);
		if (errors.hasErrors()) {
			return null;
		}
		FollowUp followUp = opportunityId == null
				? new FollowUp(customerId, form.kind(), form.content(), occurredAt, form.nextFollowUpOn(), actor.userId(),
						now, today)
				: FollowUp.onDeal(customerId, opportunityId, form.kind(), form.content(), occurredAt,
						form.nextFollowUpOn(), actor.userId(), now, today);
		followUp.involve(form.contactIds());
		followUps.save(followUp);
		parts.attachments().attach(actor.tenantId(), followUp.getId(), uploads);
		customer.followedUp(followUp.getOccurredAt(), followUp.getNextFollowUpOn());
		events.publishEvent(new FollowUpLogged(actor.tenantId(), customerId, followUp.getId(), actor.userId(),
				followUp.getType().name(), followUp.getOccurredAt(), followUp.getNextFollowUpOn()));
		return followUp.getId();
	}

	/**
	 * Logs a follow-up on a lead not yet converted, which anyone who sees the lead may do; moves the
	 * lead's last and next follow-up. Contacts belong to customers, so none may be ticked.
	 */
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public Long logOnLead(SignedInUser actor, long leadId, FollowUpForm form, Errors errors) {
		Lead lead = subjects.lead(actor, leadId);
		if (lead.isConverted()) {
			throw new AccessDeniedException("a converted lead's follow-ups are logged on its customer");
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, EnterpriseZone.DEFAULT);
		Instant occurredAt = form.occurredAt() == null ? now : form.occurredAt().atZone(EnterpriseZone.DEFAULT).toInstant();
		List<Upload> uploads = check(form, null, occurredAt, now, today, errors);
		if (errors.hasErrors()) {
			return null;
		}
		FollowUp followUp = followUps.save(FollowUp.onLead(leadId, form.kind(), form.content(), occurredAt,
				form.nextFollowUpOn(), actor.userId(), now, today));
		parts.attachments().attach(actor.tenantId(), followUp.getId(), uploads);
		lead.followedUp(followUp.getOccurredAt(), followUp.getNextFollowUpOn());
		return followUp.getId();
	}

	/** Deletes the follow-up softly and recomputes its customer's (or lead's) last follow-up; answers it. */
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public FollowUp delete(SignedInUser actor, long id) {
		FollowUp followUp = followUps.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new);
		subjects.requireReadable(actor, followUp);
		if (!followUp.mayBeDeletedBy(actor.userId(), FollowUpViews.seesAll(actor), clock.instant())) {
			throw new AccessDeniedException("only its author within a day, or someone who sees all");
		}
		followUp.delete(clock.instant());
		followUps.flush();
		if (followUp.getCustomerId() != null) {
			subjects.customers().readable(actor, followUp.getCustomerId())
				.lastFollowedUp(followUps.findLastOccurredAt(followUp.getCustomerId()).orElse(null));
		}
		if (followUp.getLeadId() != null) {
			subjects.lead(actor, followUp.getLeadId())
				.lastFollowedUp(followUps.findLastOccurredAtOfLead(followUp.getLeadId()).orElse(null));
		}
		return followUp;
	}

	/**
	 * What Bean Validation cannot check: times against the clock, contacts of this customer, the
	 * files; answers the files to attach.
	 */
	private List<Upload> check(FollowUpForm form, Long customerId, Instant occurredAt, Instant now, LocalDate today,
			Errors errors) {
		if (FollowUp.isInTheFuture(occurredAt, now)) {
			errors.rejectValue("occurredAt", "followUp.occurredAt.future");
		}
		if (FollowUp.isInThePast(form.nextFollowUpOn(), today)) {
			errors.rejectValue("nextFollowUpOn", "followUp.next.past");
		}
		boolean foreign = form.contactIds().stream()
			.anyMatch(id -> parts.contacts().findByIdAndDeletedAtIsNull(id)
				.filter(contact -> customerId != null && contact.getCustomerId() == customerId)
				.isEmpty());
		if (foreign) {
			errors.rejectValue("contactIds", "followUp.contacts.invalid");
		}
		return parts.attachments().check(form.attachments(), errors);
	}
}

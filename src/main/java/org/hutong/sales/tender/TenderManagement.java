package org.hutong.sales.tender;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.TenderResultRecorded;
import org.hutong.sales.opportunity.OpportunityDirectory;
import org.hutong.sales.opportunity.OpportunityDirectory.Deal;
import org.hutong.sales.opportunity.OpportunityManagement;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 招投标 use cases: record a tender on a deal, change it, take the go / no-go decision, record the
 * result — 中标 wins the deal, with the stage checks of any move — and delete it. A refusal goes on
 * the field it is about and nothing is saved; a stale version is a 409.
 */
@Service
@Transactional
@PreAuthorize(TenderPermissions.MAY_WRITE)
public class TenderManagement {

	/** Dates outside these years are typing mistakes (0001, 20266), not tenders. */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final TenderRepository tenders;

	private final TenderAccess access;

	private final OpportunityDirectory deals;

	private final OpportunityManagement opportunities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TenderManagement(TenderRepository tenders, TenderAccess access, OpportunityDirectory deals,
			OpportunityManagement opportunities, ApplicationEventPublisher events, Clock clock) {
		this.tenders = tenders;
		this.access = access;
		this.deals = deals;
		this.opportunities = opportunities;
		this.events = events;
		this.clock = clock;
	}

	public Long create(SignedInUser actor, TenderForm form, Errors errors) {
		Optional<Deal> deal = form.opportunityId() == null ? Optional.empty() : deals.readable(actor, form.opportunityId());
		if (form.opportunityId() != null && deal.isEmpty()) {
			errors.rejectValue("opportunityId", "tender.opportunity.unknown");
		}
		check(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Instant now = clock.instant();
		Tender tender = new Tender(deal.get().id(), deal.get().customerId(), deal.get().ownerId(), actor.userId(), now);
		tender.describe(form, instant(form.bidDeadline()), instant(form.openingAt()));
		return tenders.save(tender).getId();
	}

	/** Changes what the form holds; the deal stays the one the tender was recorded on. */
	public void update(SignedInUser actor, long id, TenderForm form, Errors errors) {
		Tender tender = access.writable(actor, id);
		fresh(tender, form.version());
		if (form.opportunityId() != null && form.opportunityId() != tender.getOpportunityId()) {
			errors.rejectValue("opportunityId", "tender.opportunity.fixed");
		}
		check(form, errors);
		if (errors.hasErrors()) {
			return;
		}
		tender.describe(form, instant(form.bidDeadline()), instant(form.openingAt()));
		tender.touch(clock.instant());
	}

	public void decide(SignedInUser actor, long id, DecisionForm form, Errors errors) {
		Tender tender = access.writable(actor, id);
		fresh(tender, form.version());
		if (tender.getResult().decided()) {
			errors.reject("tender.decision.afterResult");
			return;
		}
		tender.decide(form, actor.userId(), clock.instant());
	}

	/**
	 * The result from the 开标记录. 中标 moves the deal to 赢单 first: when the deal's stage checks refuse,
	 * nothing is recorded and the refusal is shown.
	 */
	public void record(SignedInUser actor, long id, ResultForm form, Errors errors) {
		Tender tender = access.writable(actor, id);
		fresh(tender, form.version());
		if (form.result() == TenderResult.PENDING) {
			errors.rejectValue("result", "tender.result.required");
		}
		if (form.result() == TenderResult.LOST && form.winner() == null) {
			errors.rejectValue("winner", "tender.winner.required");
		}
		if (form.result() == TenderResult.WON && tender.getDecision() == TenderDecision.NO_GO) {
			// the page shows no result form then, so the reason is the whole step's
			errors.reject("tender.result.noBid");
		}
		if (errors.hasErrors()) {
			return;
		}
		if (form.result() == TenderResult.WON) {
			opportunities.win(actor, tender.getOpportunityId(), tender.getTitle(), errors);
			if (errors.hasErrors()) {
				return;
			}
		}
		Instant now = clock.instant();
		tender.record(form, actor.userId(), now);
		events.publishEvent(new TenderResultRecorded(actor.tenantId(), tender.getId(), tender.getOpportunityId(),
				tender.getCustomerId(), tender.getTitle(), form.result().name(), form.winner(), form.winningPrice(),
				tender.getBidPrice(), tender.getOwnerId(), actor.userId(), now));
	}

	public void delete(SignedInUser actor, long id) {
		Tender tender = access.readable(actor, id);
		if (!access.mayDelete(actor, tender)) {
			throw new AccessDeniedException("only the owner's managers and the owner delete a tender");
		}
		tender.delete(clock.instant());
	}

	private static void fresh(Tender tender, Long version) {
		if (version != null && version != tender.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Tender.class, tender.getId());
		}
	}

	/** Dates in sensible years and in a sensible order: 开标 not before 投标截止, the bond back after it was paid. */
	private static void check(TenderForm form, Errors errors) {
		year("registrationDue", form.registrationDue(), errors);
		year("documentDue", form.documentDue(), errors);
		year("clarificationOn", form.clarificationOn(), errors);
		year("bidDeadline", form.bidDeadline() == null ? null : form.bidDeadline().toLocalDate(), errors);
		year("openingAt", form.openingAt() == null ? null : form.openingAt().toLocalDate(), errors);
		year("bondPaidOn", form.bondPaidOn(), errors);
		year("bondReturnedOn", form.bondReturnedOn(), errors);
		if (form.bidDeadline() != null && form.openingAt() != null && form.openingAt().isBefore(form.bidDeadline())
				&& !errors.hasFieldErrors("openingAt")) {
			errors.rejectValue("openingAt", "tender.opening.beforeDeadline");
		}
		if (form.bondReturnedOn() != null && !errors.hasFieldErrors("bondReturnedOn")) {
			if (form.bondPaidOn() == null) {
				errors.rejectValue("bondReturnedOn", "tender.bond.returnedUnpaid");
			}
			else if (form.bondReturnedOn().isBefore(form.bondPaidOn())) {
				errors.rejectValue("bondReturnedOn", "tender.bond.returnedBeforePaid");
			}
		}
		if (form.bondPaidOn() != null && (form.bondAmount() == null || form.bondAmount().signum() == 0)
				&& !errors.hasFieldErrors("bondAmount")) {
			errors.rejectValue("bondAmount", "tender.bond.amountRequired");
		}
	}

	private static void year(String field, LocalDate day, Errors errors) {
		if (day != null && (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "tender.date.range",
					new Object[] { String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR) }, null);
		}
	}

	private static Instant instant(LocalDateTime wall) {
		return wall == null ? null : wall.atZone(EnterpriseZone.DEFAULT).toInstant();
	}
}

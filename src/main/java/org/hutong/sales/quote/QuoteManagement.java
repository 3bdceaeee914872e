package org.hutong.sales.quote;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hutong.approvals.Approvals;
import org.hutong.approvals.OpenRequestExists;
import org.hutong.approvals.UnknownFlow;
import org.hutong.customers.CustomerDirectory;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.QuoteAccepted;
import org.hutong.sales.QuoteSent;
import org.hutong.sales.opportunity.OpportunityDirectory;
import org.hutong.shared.SubjectRef;
import org.hutong.tenancy.DailyNumbers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 报价单 use cases: create, change (a draft in place; one that went out becomes its next version),
 * ask for discount approval, send, record the customer's answer, delete. A discount beyond what the
 * sender's roles allow goes out only once approved. A refusal goes on the field it is about;
 * nothing is saved then.
 */
@Service
@Transactional
@PreAuthorize(QuotePermissions.MAY_WRITE)
public class QuoteManagement {

	/** Quote numbers: BJ-20261205-0001. */
	static final String NUMBER_PREFIX = "BJ";

	/** The furthest a validity date may lie ahead. */
	static final int MAX_VALID_YEARS = 2;

	private final QuoteRepository quotes;

	private final QuoteRevisionRepository revisions;

	private final QuoteAccess access;

	private final Parts parts;

	/** What the checks read and what the quote's steps reach: customers, deals, products, prices, approvals. */
	record Parts(CustomerDirectory customers, OpportunityDirectory deals, LinePricing pricing, DiscountLimits limits, Approvals approvals, DailyNumbers numbers, QuoteSettings settings,
			ApplicationEventPublisher events, Clock clock) {
	}

	QuoteManagement(QuoteRepository quotes, QuoteRevisionRepository revisions, QuoteAccess access,
			CustomerDirectory customers, OpportunityDirectory deals, LinePricing pricing, DiscountLimits limits, Approvals approvals, DailyNumbers numbers, QuoteSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.quotes = quotes;
		this.revisions = revisions;
		this.access = access;
		this.parts = new Parts(customers, deals, pricing, limits, approvals, numbers, settings, events, clock);
	}

	/** A new draft V1; answers its id, or null when {@code errors} says why not. */
	public Long create(SignedInUser actor, QuoteForm form, Errors errors) {
		List<LinePricing.Priced> priced = check(actor, form, null, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Instant now = parts.clock().instant();
		Quote quote = new Quote(parts.numbers().next(NUMBER_PREFIX, now), form.customerId(), form.opportunityId(),
				actor.userId(), actor.userId(), now);
		quote.describe(withValidity(form), priced);
		quotes.save(quote);
		revisions.save(new QuoteRevision(quote, List.of(), actor.userId(), now));
		return quote.getId();
	}

	/**
	 * Changes a quote if the version edited is still current (a stale one is a 409). A draft changes in
	 * place; a quote that went out becomes its next version, a draft, with what changed kept; an
	 * accepted one stays as accepted.
	 */
	public void update(SignedInUser actor, long id, QuoteForm form, Errors errors) {
		Quote quote = access.writable(actor, id);
		if (!Objects.equals(form.version(), quote.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(Quote.class, id);
		}
		if (!quote.getStatus().revisable()) {
			errors.reject("quote.accepted.locked");
			return;
		}
		List<LinePricing.Priced> priced = check(actor, form, quote, errors);
		if (errors.hasErrors()) {
			return;
		}
		Instant now = parts.clock().instant();
		QuoteChanges.Snapshot before = QuoteChanges.Snapshot.of(quote);
		boolean revising = quote.getStatus() != QuoteStatus.DRAFT;
		if (revising) {
			quote.nextRevision();
		}
		if (quote.getCustomerId() != form.customerId() || !Objects.equals(quote.getOpportunityId(), form.opportunityId())) {
			quote.changeCustomer(form.customerId(), form.opportunityId());
		}
		quote.describe(form, priced);
		quote.touch(now);
		List<QuoteChange> changes = QuoteChanges.between(before, QuoteChanges.Snapshot.of(quote));
		if (revising) {
			revisions.save(new QuoteRevision(quote, changes, actor.userId(), now));
		}
		else {
			revisions.findByQuoteIdAndRevision(quote.getId(), quote.getRevision()).ifPresent(current -> current
				.restate(quote, quote.getRevision() == 1 ? List.of() : QuoteChanges.fold(current.getChanges(), changes)));
		}
	}

	/**
	 * 提交折扣审批: a request on the enterprise's quote discount flow, with the discount and the amount as
	 * the fields its conditions read. Refused when the discount needs none, or one is under way.
	 */
	public void requestApproval(SignedInUser actor, long id, long version, Errors errors) {
		Quote quote = current(actor, id, version);
		if (quote.getStatus() != QuoteStatus.DRAFT) {
			errors.reject("quote.approval.draftOnly");
			return;
		}
		if (quote.getApproval() == QuoteApproval.PENDING) {
			errors.reject("quote.approval.pending");
			return;
		}
		BigDecimal limit = parts.limits().of(actor);
		if (quote.discountCleared(limit)) {
			errors.reject("quote.approval.notNeeded", new Object[] { limit.stripTrailingZeros().toPlainString() }, null);
			return;
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put(QuoteApprovalFlow.QUOTE, quote.getId());
		fields.put(QuoteApprovalFlow.CUSTOMER, parts.customers().find(quote.getCustomerId()).map(c -> c.name()).orElse(""));
		fields.put(QuoteApprovalFlow.AMOUNT, quote.getTotal());
		fields.put(QuoteApprovalFlow.DISCOUNT, quote.getDiscountRate());
		fields.put(QuoteApprovalFlow.LIMIT, limit);
		try {
			long requestId = parts.approvals().request(new SubjectRef(QuoteLinks.KIND, quote.getId()),
					QuoteApprovalFlow.KEY, quote.getNumber() + " · " + quote.getTitle(), fields).value();
			quote.approvalAsked(requestId);
			quote.touch(parts.clock().instant());
		}
		catch (UnknownFlow missing) {
			errors.reject("quote.approval.noFlow");
		}
		catch (OpenRequestExists open) {
			errors.reject("quote.approval.pending");
		}
	}

	/** 发送: a draft with lines, still valid, whose discount the sender may give or that was approved. */
	public void send(SignedInUser actor, long id, long version, Errors errors) {
		Quote quote = current(actor, id, version);
		if (quote.getStatus() != QuoteStatus.DRAFT) {
			errors.reject("quote.send.draftOnly");
			return;
		}
		if (quote.getLines().isEmpty()) {
			errors.reject("quote.lines.required");
		}
		if (quote.getValidUntil() != null && quote.getValidUntil().isBefore(LocalDate.now(parts.clock()))) {
			errors.reject("quote.validUntil.passed");
		}
		BigDecimal limit = parts.limits().of(actor);
		if (!quote.discountCleared(limit)) {
			errors.reject(quote.getApproval() == QuoteApproval.PENDING ? "quote.approval.pending" : "quote.approval.needed",
					new Object[] { quote.getDiscountRate().stripTrailingZeros().toPlainString(),
							limit.stripTrailingZeros().toPlainString() }, null);
		}
		if (errors.hasErrors()) {
			return;
		}
		Instant now = parts.clock().instant();
		quote.send(now);
		parts.events().publishEvent(new QuoteSent(actor.tenantId(), quote.getId(), quote.getNumber(),
				quote.getCustomerId(), quote.getOpportunityId(), quote.getTotal(), quote.getOwnerId(), actor.userId(), now));
	}

	/** The customer's answer to a sent quote: 已接受 or 已拒绝. */
	public void answer(SignedInUser actor, long id, long version, boolean accepted, Errors errors) {
		Quote quote = current(actor, id, version);
		if (quote.getStatus() != QuoteStatus.SENT) {
			errors.reject("quote.answer.sentOnly");
			return;
		}
		Instant now = parts.clock().instant();
		quote.answer(accepted ? QuoteStatus.ACCEPTED : QuoteStatus.REJECTED, now);
		if (accepted) {
			parts.events().publishEvent(new QuoteAccepted(actor.tenantId(), quote.getId(), quote.getNumber(),
					quote.getCustomerId(), quote.getOpportunityId(), quote.getTotal(), quote.getOwnerId(), actor.userId(),
					now));
		}
	}

	public void delete(SignedInUser actor, long id) {
		Quote quote = access.readable(actor, id);
		if (!access.mayDelete(actor, quote)) {
			throw new AccessDeniedException("only the owner's data scope deletes a quote");
		}
		quote.delete(parts.clock().instant());
	}

	private Quote current(SignedInUser actor, long id, long version) {
		Quote quote = access.writable(actor, id);
		if (quote.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Quote.class, id);
		}
		return quote;
	}

	private QuoteForm withValidity(QuoteForm form) {
		return form.validUntil() != null ? form
				: form.validUntil(LocalDate.now(parts.clock()).plusDays(parts.settings().validDays()));
	}

	/** The form's references checked and its lines priced; empty with {@code errors} when refused. */
	private List<LinePricing.Priced> check(SignedInUser actor, QuoteForm form, Quote current, Errors errors) {
		if (form.customerId() == null) {
			return List.of();
		}
		boolean sameCustomer = current != null && current.getCustomerId() == form.customerId();
		if (!sameCustomer && !parts.customers().canRead(actor, form.customerId())) {
			errors.rejectValue("customerId", "quote.customer.unknown");
		}
		boolean sameDeal = current != null && Objects.equals(current.getOpportunityId(), form.opportunityId());
		if (form.opportunityId() != null && !sameDeal) {
			var deal = parts.deals().readable(actor, form.opportunityId());
			if (deal.isEmpty()) {
				errors.rejectValue("opportunityId", "quote.opportunity.unknown");
			}
			else if (deal.get().customerId() != form.customerId()) {
				errors.rejectValue("opportunityId", "quote.opportunity.otherCustomer");
			}
		}
		LocalDate today = LocalDate.now(parts.clock());
		if (form.validUntil() != null
				&& (form.validUntil().isBefore(today) || form.validUntil().isAfter(today.plusYears(MAX_VALID_YEARS)))) {
			errors.rejectValue("validUntil", "quote.validUntil.range", new Object[] { MAX_VALID_YEARS }, null);
		}
		if (form.lines().isEmpty()) {
			errors.rejectValue("lines", "quote.lines.required");
		}
		List<LinePricing.Priced> priced = price(form, errors);
		return errors.hasErrors() ? List.of() : priced;
	}

	/** The form's lines priced by {@link LinePricing}, each with the header discount off it. */
	private List<LinePricing.Priced> price(QuoteForm form, Errors errors) {
		return parts.pricing().price(form.customerId(), form.lines().stream().map(QuoteLineForm::line).toList(),
				form.headerDiscountOrZero(), "quote", errors);
	}
}

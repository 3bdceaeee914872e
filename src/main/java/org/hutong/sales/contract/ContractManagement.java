package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.approvals.Approvals;
import org.hutong.approvals.OpenRequestExists;
import org.hutong.approvals.UnknownFlow;
import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerSummary;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.ContractSubmitted;
import org.hutong.sales.opportunity.OpportunityDetails;
import org.hutong.sales.opportunity.OpportunityView;
import org.hutong.sales.pipeline.StageOutcome;
import org.hutong.sales.product.ProductSearch;
import org.hutong.sales.product.ProductView;
import org.hutong.sales.quote.QuoteDetails;
import org.hutong.sales.quote.QuoteMath;
import org.hutong.sales.quote.QuoteStatus;
import org.hutong.sales.quote.QuoteView;
import org.hutong.shared.SubjectRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 合同 use cases: make one from an accepted quote (its lines taken over as quoted) or from a won deal
 * (its lines priced with each product's tax rate), change a draft's header, submit it to 合同审批,
 * delete a draft. A refusal goes on the field or the step it is about; nothing is saved then.
 */
@Service
@Transactional
@PreAuthorize(ContractPermissions.MAY_WRITE)
public class ContractManagement {

	/** Dates a contract may carry: anything else is a typing slip (0001, 9999). */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final ContractRepository contracts;

	private final ContractAccess access;

	private final Parts parts;

	/** What making and submitting a contract reads and reaches. */
	record Parts(QuoteDetails quotes, OpportunityDetails deals, ProductSearch products, CustomerDirectory customers,
			Approvals approvals, ContractNumbers numbers, ApplicationEventPublisher events, Clock clock) {
	}

	ContractManagement(ContractRepository contracts, ContractAccess access, QuoteDetails quotes,
			OpportunityDetails deals, ProductSearch products, CustomerDirectory customers, Approvals approvals,
			ContractNumbers numbers, ApplicationEventPublisher events, Clock clock) {
		this.contracts = contracts;
		this.access = access;
		this.parts = new Parts(quotes, deals, products, customers, approvals, numbers, events, clock);
	}

	/** A draft from an accepted quote, its lines as quoted; answers its id, or null when {@code errors} says why not. */
	public Long fromQuote(SignedInUser actor, long quoteId, Errors errors) {
		QuoteView quote = parts.quotes().one(actor, quoteId);
		if (quote.row().status() != QuoteStatus.ACCEPTED) {
			errors.reject("contract.quote.notAccepted");
			return null;
		}
		var taken = contracts.findFirstByQuoteIdAndDeletedAtIsNull(quoteId);
		if (taken.isPresent()) {
			errors.reject("contract.quote.taken", new Object[] { taken.get().getNumber() }, null);
			return null;
		}
		List<ContractLine.Priced> lines = quote.lines().stream()
			.map(l -> new ContractLine.Priced(l.productId(), l.name(), l.spec(), l.unit(), l.quantity(), l.unitPrice(),
					l.discount(), l.taxRate(), l.net(), l.tax(), l.total()))
			.toList();
		return create(actor, new Contract.Origin(quote.row().title(), quote.row().customerId(),
				quote.row().opportunityId(), quoteId, quote.row().discountRate()), lines);
	}

	/** A draft from a won deal, its product lines priced by the quote's rules with each product's tax rate. */
	public Long fromDeal(SignedInUser actor, long dealId, Errors errors) {
		OpportunityView deal = parts.deals().one(actor, dealId);
		if (deal.row().outcome() != StageOutcome.WON) {
			errors.reject("contract.deal.notWon");
			return null;
		}
		if (deal.lines().isEmpty()) {
			errors.reject("contract.deal.noLines");
			return null;
		}
		Map<Long, ProductView> products = parts.products().live(deal.lines().stream()
			.map(OpportunityView.Line::productId).collect(Collectors.toSet()));
		List<ContractLine.Priced> lines = deal.lines().stream().map(line -> priced(line, products.get(line.productId())))
			.toList();
		BigDecimal listed = lines.stream().map(l -> l.quantity().multiply(l.unitPrice())).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal net = lines.stream().map(ContractLine.Priced::net).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal discount = listed.signum() <= 0 ? BigDecimal.ZERO
				: listed.subtract(net).multiply(BigDecimal.valueOf(100)).divide(listed, 2, java.math.RoundingMode.HALF_UP);
		return create(actor, new Contract.Origin(deal.row().name(), deal.row().customerId(), dealId, null,
				discount.max(BigDecimal.ZERO)), lines);
	}

	/** Changes a draft's header if the version edited is still current (a stale one is a 409). */
	public void update(SignedInUser actor, long id, ContractForm form, Errors errors) {
		Contract contract = access.writable(actor, id);
		if (!Objects.equals(form.version(), contract.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(Contract.class, id);
		}
		if (!contract.getStatus().editable()) {
			errors.reject("contract.locked");
			return;
		}
		check(form, errors);
		if (!errors.hasErrors()) {
			contract.describe(form, parts.clock().instant());
		}
	}

	/**
	 * Sets a draft's 回款条款, all at once or none: the engine's check refuses shares that do not add
	 * up (with the difference), a fixed-date term without its date, a 质保金 term without its warranty
	 * and the like, each on the row and field it is about.
	 */
	public void setTerms(SignedInUser actor, long id, TermsForm form, Errors errors) {
		Contract contract = access.writable(actor, id);
		if (!Objects.equals(form.version(), contract.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(Contract.class, id);
		}
		if (!contract.getStatus().editable()) {
			errors.reject("contract.locked");
			return;
		}
		var batches = BatchShares.parse(form.batches());
		if (batches.isEmpty()) {
			errors.rejectValue("batches", "batch.format", new Object[] { BatchShares.MAX_BATCHES }, null);
			return;
		}
		TermProblems.report(contract.paymentTerms(form.terms(), batches.get()).check(), errors);
		if (!errors.hasErrors()) {
			contract.replaceTerms(form.terms(), batches.get(), parts.clock().instant());
		}
	}

	/** 提交审批: a draft with its signing date, an amount and its 回款条款 goes to 合同审批; it takes effect once approved. */
	public void submit(SignedInUser actor, long id, long version, Errors errors) {
		Contract contract = current(actor, id, version);
		if (contract.getStatus() != ContractStatus.DRAFT) {
			errors.reject("contract.submit.draftOnly");
			return;
		}
		if (contract.getSignedOn() == null) {
			errors.reject("contract.submit.signedOn");
			return;
		}
		if (contract.getTotal().signum() <= 0) {
			errors.reject("contract.submit.amount");
			return;
		}
		if (contract.getTerms().isEmpty()) {
			errors.reject("contract.submit.terms");
			return;
		}
		if (!ContractDrafts.termsFit(contract)) {
			errors.reject("contract.submit.termsOff");
			return;
		}
		CustomerSummary customer = parts.customers().find(contract.getCustomerId()).orElse(null);
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put(ContractApprovalFlow.CONTRACT, contract.getId());
		fields.put(ContractApprovalFlow.CUSTOMER, customer == null ? "" : customer.name());
		fields.put(ContractApprovalFlow.LEVEL, customer == null || customer.level() == null ? "" : customer.level());
		fields.put(ContractApprovalFlow.AMOUNT, contract.getAmountCny());
		fields.put(ContractApprovalFlow.DISCOUNT, contract.getDiscountRate());
		try {
			long requestId = parts.approvals().request(new SubjectRef(ContractLinks.KIND, contract.getId()),
					ContractApprovalFlow.KEY, contract.getNumber() + " · " + contract.getTitle(), fields).value();
			Instant now = parts.clock().instant();
			contract.submitted(requestId, now);
			parts.events().publishEvent(new ContractSubmitted(actor.tenantId(), contract.getId(), contract.getNumber(),
					contract.getCustomerId(), contract.getAmountCny(), contract.getOwnerId(), actor.userId(), now));
		}
		catch (UnknownFlow missing) {
			errors.reject("contract.submit.noFlow");
		}
		catch (OpenRequestExists open) {
			errors.reject("contract.submit.pending");
		}
	}

	/** 终止合同: a contract in effect ends early, with the reason (at most 200 characters). */
	public void terminate(SignedInUser actor, long id, long version, String reason, Errors errors) {
		Contract contract = current(actor, id, version);
		if (contract.getStatus() != ContractStatus.EFFECTIVE && contract.getStatus() != ContractStatus.EXECUTING) {
			errors.reject("contract.terminate.notInEffect");
			return;
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 200) {
			errors.rejectValue("reason", "contract.terminate.reason");
			return;
		}
		contract.terminate(why, parts.clock().instant());
	}

	/** Into the recycle bin: drafts only — a contract that went to approval is a record to keep. */
	public void delete(SignedInUser actor, long id, Errors errors) {
		Contract contract = access.writable(actor, id);
		if (contract.getStatus() != ContractStatus.DRAFT) {
			errors.reject("contract.delete.draftOnly");
			return;
		}
		contract.delete(parts.clock().instant());
	}

	private Long create(SignedInUser actor, Contract.Origin origin, List<ContractLine.Priced> lines) {
		Instant now = parts.clock().instant();
		Contract contract = new Contract(parts.numbers().next(now), origin, actor.userId(),
				actor.userId(), now);
		contract.takeLines(lines);
		return contracts.save(contract).getId();
	}

	private static ContractLine.Priced priced(OpportunityView.Line line, ProductView product) {
		BigDecimal taxRate = product == null ? new BigDecimal("13") : product.taxRate();
		QuoteMath.LineAmounts amounts = QuoteMath.line(line.quantity(), line.unitPrice(), line.unitPrice(),
				line.discount(), taxRate, BigDecimal.ZERO);
		return new ContractLine.Priced(line.productId(), line.name(), line.spec(), line.unit(), line.quantity(),
				line.unitPrice(), line.discount(), taxRate, amounts.net(), amounts.tax(), amounts.total());
	}

	/** Dates within 2000–2100, the term not ending before it starts, a rate for a foreign currency. */
	private void check(ContractForm form, Errors errors) {
		checkYear(errors, "signedOn", form.signedOn());
		checkYear(errors, "startsOn", form.startsOn());
		checkYear(errors, "endsOn", form.endsOn());
		if (form.startsOn() != null && form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
			errors.rejectValue("endsOn", "contract.endsOn.beforeStart");
		}
		boolean foreign = form.currency() != null && !Contract.CNY.equals(form.currency());
		if (foreign && form.cnyRate() == null) {
			errors.rejectValue("cnyRate", "contract.rate.required");
		}
		if (form.currency() != null && !CURRENCIES.contains(form.currency())) {
			errors.rejectValue("currency", "contract.currency.invalid");
		}
	}

	/** The currencies a contract may be in; CNY first. */
	static final Set<String> CURRENCIES = new java.util.LinkedHashSet<>(List.of("CNY", "USD", "EUR", "HKD", "JPY", "GBP"));

	private static void checkYear(Errors errors, String field, LocalDate day) {
		if (day != null && (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR)) {
			errors.rejectValue(field, "contract.date.range", new Object[] { String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR) }, null);
		}
	}

	private Contract current(SignedInUser actor, long id, long version) {
		Contract contract = access.writable(actor, id);
		if (contract.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Contract.class, id);
		}
		return contract;
	}
}

package org.hutong.sales.receipt;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.PaymentReceived;
import org.hutong.sales.collection.Allocation;
import org.hutong.sales.contract.ContractFulfilment;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.tenancy.DailyNumbers;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 回款: the owner records what came in; finance confirms it (then it counts) or sends it back. A
 * receipt is never for more than the contract still has to collect, and confirming one is checked
 * again under the contract's row lock against what is confirmed by then, so two confirmations at
 * the same moment cannot together collect beyond the contract's amount.
 */
@Service
@Transactional
public class ReceiptManagement {

	/** Receipt numbers: SK-20261207-0001. */
	static final String NUMBER_PREFIX = "SK";

	private final ReceiptRepository receipts;

	private final ContractFulfilment contracts;

	private final DailyNumbers numbers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReceiptManagement(ReceiptRepository receipts, ContractFulfilment contracts, DailyNumbers numbers,
			ApplicationEventPublisher events, Clock clock) {
		this.receipts = receipts;
		this.contracts = contracts;
		this.numbers = numbers;
		this.events = events;
		this.clock = clock;
	}

	/** Records a receipt (the owner's side, or finance's), to be confirmed; answers its id, or null when {@code errors} says why not. */
	@PreAuthorize(ContractPermissions.MAY_RECORD_RECEIPTS)
	public Long record(SignedInUser actor, long contractId, ReceiptForm form, Errors errors) {
		ContractFulfilment.Fulfilled contract = contracts.locked(actor, contractId);
		if (!contract.inEffect()) {
			errors.reject("receipt.contract.notInEffect");
			return null;
		}
		checkDays(form, errors);
		if (form.amount() != null && form.amount().compareTo(contract.uncollected()) > 0) {
			errors.rejectValue("amount", "receipt.amount.overRemaining", new Object[] { money(contract.uncollected()) }, null);
		}
		Map<Integer, BigDecimal> spread = errors.hasErrors() ? Map.of() : spread(contract, form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Instant now = clock.instant();
		return receipts.save(new Receipt(contractId, numbers.next(NUMBER_PREFIX, now), form, spread, actor.userId(), now))
			.getId();
	}

	/** 确认到账: counts from now; refused when the contract would be collected beyond its amount. */
	@PreAuthorize(ContractPermissions.MAY_CONFIRM_RECEIPTS)
	public void confirm(SignedInUser actor, long receiptId, long version, Errors errors) {
		Receipt receipt = pending(receiptId, version, errors);
		if (receipt == null) {
			return;
		}
		ContractFulfilment.Fulfilled contract = contracts.locked(actor, receipt.getContractId());
		java.util.Map<Integer, BigDecimal> byTerm = new java.util.HashMap<>();
		receipt.getAllocations().forEach(a -> byTerm.merge(a.getTermPosition(), a.getAmount(), BigDecimal::add));
		if (!contracts.collect(contract.id(), receipt.getAmount(), byTerm)) {
			errors.reject("receipt.overCollected", new Object[] { money(contract.uncollected()) }, null);
			return;
		}
		Instant now = clock.instant();
		receipt.confirm(actor.userId(), now);
		events.publishEvent(new PaymentReceived(actor.tenantId(), receipt.getId(), receipt.getNumber(), contract.id(),
				contract.number(), contract.customerId(), receipt.getAmount(), contract.ownerId(), actor.userId(), now));
	}

	/** 退回: not what came in (a duplicate, a wrong amount); it never counts. */
	@PreAuthorize(ContractPermissions.MAY_CONFIRM_RECEIPTS)
	public void reject(SignedInUser actor, long receiptId, long version, String why, Errors errors) {
		Receipt receipt = pending(receiptId, version, errors);
		if (receipt == null) {
			return;
		}
		contracts.locked(actor, receipt.getContractId());
		String reason = why == null || why.isBlank() ? null : why.strip();
		if (reason == null || reason.length() > 200) {
			errors.rejectValue("rejection", "receipt.rejection.required");
			return;
		}
		receipt.reject(actor.userId(), reason, clock.instant());
	}

	private Receipt pending(long receiptId, long version, Errors errors) {
		Receipt receipt = receipts.findById(receiptId).orElseThrow(RecordNotFound::new);
		if (receipt.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Receipt.class, receiptId);
		}
		if (receipt.getStatus() != ReceiptStatus.RECORDED) {
			errors.reject("receipt.decided");
			return null;
		}
		return receipt;
	}

	/**
	 * How the receipt is spread over the terms: as given (adding up to the amount, no term beyond what
	 * it still waits for), else the oldest due first — terms with a due day by that day, then the
	 * others in order.
	 */
	private Map<Integer, BigDecimal> spread(ContractFulfilment.Fulfilled contract, ReceiptForm form, Errors errors) {
		Map<Integer, BigDecimal> open = openByTerm(contract);
		if (!form.allocations().isEmpty()) {
			return given(form, open, errors);
		}
		return Allocation.oldestDueFirst(form.amount(),
				contract.plan().stream().map(due -> new Allocation.Slot(due.term(), due.dueDate())).toList(), open);
	}

	private static Map<Integer, BigDecimal> given(ReceiptForm form, Map<Integer, BigDecimal> open, Errors errors) {
		Allocation.Given given = Allocation.asGiven(form.allocations().stream()
			.map(a -> new Allocation.Part(a.term(), a.amount())).toList(), open);
		for (Allocation.Problem problem : given.problems()) {
			String at = "allocations[" + problem.index() + "].";
			if (problem.kind() == Allocation.Problem.Kind.UNKNOWN_TERM) {
				errors.rejectValue(at + "term", "receipt.allocation.unknownTerm");
			}
			else {
				errors.rejectValue(at + "amount", "receipt.allocation.overTerm", new Object[] { money(problem.open()) }, null);
			}
		}
		if (!given.addsUpTo(form.amount())) {
			errors.rejectValue("allocations", "receipt.allocation.sum",
					new Object[] { money(given.sum()), money(form.amount()) }, null);
		}
		return given.spread();
	}

	/** Each term's installments (batches summed) less what confirmed or waiting receipts already put on it. */
	private Map<Integer, BigDecimal> openByTerm(ContractFulfilment.Fulfilled contract) {
		Map<Integer, BigDecimal> open = new HashMap<>();
		contract.plan().forEach(due -> open.merge(due.term(), due.amount(), BigDecimal::add));
		for (Receipt receipt : receipts.findByContractIdOrderById(contract.id())) {
			if (receipt.getStatus() == ReceiptStatus.REJECTED) {
				continue;
			}
			receipt.getAllocations().forEach(a -> open.computeIfPresent(a.getTermPosition(), (term, left) -> left.subtract(a.getAmount())));
		}
		return open;
	}

	/** Days of this century that have come; a draft matures after it is issued. */
	private void checkDays(ReceiptForm form, Errors errors) {
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		if (form.receivedOn() != null && (form.receivedOn().getYear() < 2000 || form.receivedOn().isAfter(today))) {
			errors.rejectValue("receivedOn", "receipt.day.range", new Object[] { today.toString() }, null);
		}
		if (form.method() != ReceiptMethod.DRAFT) {
			return;
		}
		if (form.draftNumber() == null) {
			errors.rejectValue("draftNumber", "receipt.draft.required");
		}
		if (form.draftBank() == null) {
			errors.rejectValue("draftBank", "receipt.draft.required");
		}
		if (form.draftIssuedOn() == null) {
			errors.rejectValue("draftIssuedOn", "receipt.draft.required");
		}
		if (form.draftMaturesOn() == null) {
			errors.rejectValue("draftMaturesOn", "receipt.draft.required");
		}
		else if (form.draftIssuedOn() != null && !form.draftMaturesOn().isAfter(form.draftIssuedOn())) {
			errors.rejectValue("draftMaturesOn", "receipt.draft.maturesBeforeIssue");
		}
		else if (form.draftMaturesOn().getYear() > 2100 || (form.draftIssuedOn() != null && form.draftIssuedOn().getYear() < 2000)) {
			errors.rejectValue("draftMaturesOn", "receipt.draft.range");
		}
	}

	private static String money(BigDecimal amount) {
		return String.format(java.util.Locale.ROOT, "%,.2f", amount);
	}
}

package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hutong.approvals.ApprovalDecided;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.Approvals;
import org.hutong.approvals.OpenRequestExists;
import org.hutong.approvals.UnknownFlow;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.ContractAmended;
import org.hutong.sales.collection.Batch;
import org.hutong.shared.SubjectRef;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * 补充协议: a contract in effect changes only through one — a new amount and the terms as they are to
 * be, approved on its own (补充协议审批) before it applies. The terms must add up to the new amount,
 * the amount may not fall below what is collected, and a term something was collected on may not be
 * dropped, nor may the batches change in a way that strands a delivery or acceptance already recorded
 * for a batch (or for the whole contract); checked when it is proposed and again, under the contract's
 * row lock, when it is approved.
 */
@Service
@Transactional
public class ContractAmendments {

	private final ContractAmendmentRepository amendments;

	private final ContractRepository contracts;

	private final ContractAccess access;

	private final Approvals approvals;

	private final RecordedBatches recorded;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ContractAmendments(ContractAmendmentRepository amendments, ContractRepository contracts, ContractAccess access,
			Approvals approvals, RecordedBatches recorded, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		this.amendments = amendments;
		this.contracts = contracts;
		this.access = access;
		this.approvals = approvals;
		this.recorded = recorded;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(ContractPermissions.MAY_READ)
	public AmendmentView of(SignedInUser user, long contractId) {
		Contract contract = access.readable(user, contractId);
		var rows = amendments.findByContractIdOrderByIdDesc(contractId).stream()
			.map(a -> new AmendmentView.Row(a.getId(), a.getNumber(), a.getReason(), a.getSignedOn(), a.getBeforeTotal(),
					a.getAfterTotal(), a.difference(), a.getBeforeTerms(), a.getAfterTerms(), a.getBeforeBatches(), a.getAfterBatches(), a.getStatus(),
					a.getApprovalRequestId(), a.getCreatedAt(), a.getDecidedAt()))
			.toList();
		boolean pending = rows.stream().anyMatch(r -> r.status() == AmendmentStatus.APPROVING);
		return new AmendmentView(contractId, contract.getCurrency(),
				user.can(ContractPermissions.WRITE) && inEffect(contract) && !pending, rows);
	}

	/** The form to start from: the contract's amount and terms as they are. */
	@Transactional(readOnly = true)
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	public AmendmentForm draft(SignedInUser user, long contractId) {
		Contract contract = access.writable(user, contractId);
		return new AmendmentForm(null, null, contract.getTotal(), null,
				contract.getTerms().stream().map(ContractTerm::form).toList(), contract.getVersion(),
				Objects.requireNonNullElse(BatchShares.format(contract.batches()), ""));
	}

	/** Proposes the amendment and sends it to its approval; answers its id, or null when {@code errors} says why not. */
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	public Long propose(SignedInUser actor, long contractId, AmendmentForm form, Errors errors) {
		// locked before anything else reads it: a copy read earlier in this transaction would be stale once the lock is ours
		Contract contract = contracts.lockById(contractId).filter(c -> access.mayRead(actor, c))
			.orElseThrow(RecordNotFound::new);
		if (!actor.can(ContractPermissions.WRITE)) {
			throw new AccessDeniedException("contract is read-only for this user");
		}
		if (form.version() != null && form.version() != contract.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Contract.class, contractId);
		}
		if (!inEffect(contract)) {
			errors.reject("amendment.notInEffect");
			return null;
		}
		// one at a time: asked before the approvals module is, which would refuse it only by an exception
		if (amendments.existsByContractIdAndStatus(contractId, AmendmentStatus.APPROVING)) {
			errors.reject("amendment.pending");
			return null;
		}
		List<Batch> batches = batches(contract, form, errors);
		check(contract, form, batches, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Instant now = clock.instant();
		String number = contract.getNumber() + "-BC" + (amendments.countByContractId(contractId) + 1);
		ContractAmendment amendment = amendments.save(new ContractAmendment(contract, number, form, batches,
				actor.userId(), now));
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put(AmendmentApprovalFlow.CONTRACT, contract.getId());
		fields.put(AmendmentApprovalFlow.AMOUNT, cny(contract, form.total()));
		fields.put(AmendmentApprovalFlow.DIFFERENCE, cny(contract, form.total().subtract(contract.getTotal())));
		fields.put(AmendmentApprovalFlow.REASON, form.reason());
		try {
			amendment.submitted(approvals.request(new SubjectRef(ContractLinks.KIND, contract.getId()),
					AmendmentApprovalFlow.KEY, number + " · " + contract.getTitle(), fields).value());
		}
		catch (UnknownFlow missing) {
			errors.reject("amendment.noFlow");
		}
		catch (OpenRequestExists open) {
			errors.reject("amendment.pending");
		}
		if (errors.hasErrors()) {
			amendments.delete(amendment);
			return null;
		}
		return amendment.getId();
	}

	/** Outside a transaction of its own: the enterprise has to be set before the session opens. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (!AmendmentApprovalFlow.KEY.equals(decided.flowKey())) {
			return;
		}
		TenantContext.runAs(decided.tenantId(), () -> transactions.executeWithoutResult(status -> amendments
			.findByApprovalRequestId(decided.requestId())
			.filter(amendment -> amendment.getStatus() == AmendmentStatus.APPROVING)
			.ifPresent(amendment -> decide(amendment, decided))));
	}

	private void decide(ContractAmendment amendment, ApprovalDecided decided) {
		if (decided.outcome() != ApprovalStatus.APPROVED) {
			amendment.decided(decided.outcome() == ApprovalStatus.REJECTED ? AmendmentStatus.REJECTED
					: AmendmentStatus.WITHDRAWN, decided.occurredAt());
			return;
		}
		Contract contract = contracts.lockById(amendment.getContractId()).orElse(null);
		// what happened since it was proposed may no longer allow it: more collected, a batch delivered
		if (contract == null || contract.getCollected().compareTo(amendment.getAfterTotal()) > 0 || dropsCollected(contract,
				amendment.getAfterTerms().size())
				|| !RecordedBatches.fit(recorded.of(contract.getId()), amendment.afterBatches())) {
			amendment.decided(AmendmentStatus.REFUSED, decided.occurredAt());
			return;
		}
		BigDecimal before = contract.getTotal();
		contract.amend(AmendedTotal.of(contract, amendment.getAfterTotal(), amendment.getTaxRate(), amendment.afterBatches()),
				amendment.getAfterTerms(), decided.occurredAt());
		amendment.decided(AmendmentStatus.APPROVED, decided.occurredAt());
		events.publishEvent(new ContractAmended(decided.tenantId(), contract.getId(), contract.getNumber(),
				amendment.getId(), amendment.getNumber(), before, contract.getTotal(), contract.getCustomerId(),
				contract.getOwnerId(), decided.occurredAt()));
	}

	/** The batches it is to deliver in: as typed, or the contract's when the form does not say; null when unreadable. */
	private List<Batch> batches(Contract contract, AmendmentForm form, Errors errors) {
		if (form.batches() == null) {
			return contract.batches();
		}
		var batches = BatchShares.parse(form.batches());
		if (batches.isEmpty()) {
			errors.rejectValue("batches", "batch.format", new Object[] { BatchShares.MAX_BATCHES }, null);
			return null;
		}
		if (!RecordedBatches.fit(recorded.of(contract.getId()), batches.get())) {
			errors.rejectValue("batches", "amendment.batches.recorded");
		}
		return batches.get();
	}

	private void check(Contract contract, AmendmentForm form, List<Batch> batches, Errors errors) {
		if (form.signedOn() != null && (form.signedOn().getYear() < ContractManagement.FIRST_YEAR
				|| form.signedOn().getYear() > ContractManagement.LAST_YEAR)) {
			errors.rejectValue("signedOn", "contract.date.range", new Object[] {
					String.valueOf(ContractManagement.FIRST_YEAR), String.valueOf(ContractManagement.LAST_YEAR) }, null);
		}
		if (form.total() == null || errors.hasFieldErrors("total")) {
			return;
		}
		if (form.total().compareTo(contract.getCollected()) < 0) {
			errors.rejectValue("total", "amendment.total.belowCollected",
					new Object[] { String.format(java.util.Locale.ROOT, "%,.2f", contract.getCollected()) }, null);
		}
		if (form.terms().isEmpty()) {
			errors.reject("amendment.terms.required");
			return;
		}
		if (dropsCollected(contract, form.terms().size())) {
			errors.reject("amendment.terms.collectedDropped");
		}
		if (batches != null) {
			TermProblems.report(AmendedTotal.of(contract, form.total(), form.taxRate(), batches).terms(form.terms()).check(),
					errors);
		}
	}

	/** Whether keeping only the first {@code kept} terms would drop one that something was collected on. */
	private static boolean dropsCollected(Contract contract, int kept) {
		return contract.getTerms().stream().skip(kept).anyMatch(t -> t.getCollected().signum() > 0);
	}

	private static BigDecimal cny(Contract contract, BigDecimal amount) {
		return amount.multiply(contract.getCnyRate()).setScale(2, java.math.RoundingMode.HALF_UP);
	}

	private static boolean inEffect(Contract contract) {
		return contract.getStatus() == ContractStatus.EFFECTIVE || contract.getStatus() == ContractStatus.EXECUTING;
	}
}

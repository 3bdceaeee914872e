package org.hutong.sales.contract;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.hutong.identity.SignedInUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 新建合同 without a quote or a deal to take it from, and the 合同明细 of a draft changed: lines added,
 * changed or removed, the amount, untaxed amount and tax following them and the 回款计划 with them.
 * Once submitted the lines stay as they are (after effect a change is a 补充协议). A refusal goes on the
 * field it is about; nothing is saved then.
 */
@Service
@Transactional
@PreAuthorize(ContractPermissions.MAY_WRITE)
public class ContractDrafts {

	private final ContractRepository contracts;

	private final ContractAccess access;

	private final ContractLines lines;

	private final ContractNumbers numbers;

	private final Clock clock;

	ContractDrafts(ContractRepository contracts, ContractAccess access, ContractLines lines, ContractNumbers numbers,
			Clock clock) {
		this.contracts = contracts;
		this.access = access;
		this.lines = lines;
		this.numbers = numbers;
		this.clock = clock;
	}

	/** A new draft of the user's: answers its id, or null when {@code errors} says why not. */
	public Long create(SignedInUser actor, NewContractForm form, Errors errors) {
		ContractLines.Priced priced = form.customerId() == null ? null
				: lines.price(form.customerId(), form.lines(), errors);
		Contract.Origin origin = lines.origin(actor, form, priced == null ? null : priced.discountRate(), errors);
		if (origin == null || priced == null || errors.hasErrors()) {
			return null;
		}
		Instant now = clock.instant();
		Contract contract = new Contract(numbers.next(now), origin, actor.userId(), actor.userId(), now);
		contract.takeLines(priced.lines());
		return contracts.save(contract).getId();
	}

	/**
	 * Replaces a draft's lines if the version edited is still current (a stale one is a 409). Answers
	 * whether its 回款条款 still add up to the new amount — terms of fixed amounts may not; the draft then
	 * cannot be submitted until they are set again.
	 */
	public boolean setLines(SignedInUser actor, long id, LinesForm form, Errors errors) {
		Contract contract = access.writable(actor, id);
		if (!Objects.equals(form.version(), contract.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(Contract.class, id);
		}
		if (!contract.getStatus().editable()) {
			errors.reject("contract.lines.draftOnly");
			return false;
		}
		ContractLines.Priced priced = lines.price(contract.getCustomerId(), form.lines(), errors);
		if (priced == null) {
			return false;
		}
		contract.reline(priced.lines(), priced.discountRate(), clock.instant());
		return termsFit(contract);
	}

	/** Whether the draft's terms (if any) add up to its amount. */
	static boolean termsFit(Contract contract) {
		return contract.getTerms().isEmpty() || contract.paymentTerms().check().isValid();
	}
}

package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.collection.Installment;
import org.hutong.sales.collection.TriggerEvent;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract's 质保金 terms as the retention module keeps them: the amount held back, the base it is
 * taken of, the warranty (from final acceptance) and the day it is released — and the bank guarantee
 * (保函) that lets a customer pay the retention now. {@link #of(long)} reads without a user: the
 * retention module calls it from its event listeners, and its pages only after {@link #readable}.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ContractRetentions {

	private final ContractRepository contracts;

	private final ContractAccess access;

	private final ContractSchedule schedule;

	private final Clock clock;

	ContractRetentions(ContractRepository contracts, ContractAccess access, ContractSchedule schedule, Clock clock) {
		this.contracts = contracts;
		this.access = access;
		this.schedule = schedule;
		this.clock = clock;
	}

	/**
	 * One 质保金 term.
	 *
	 * @param term the term's index in the contract's plan, from 0
	 * @param untaxedBase whether its percent is of the amount before tax
	 * @param warrantyStartsOn the final acceptance the warranty runs from, null before it
	 * @param releaseOn the day it falls due (warranty end plus the term's offset), null before acceptance
	 * @param collected what finance confirmed against it
	 */
	public record Retained(long contractId, int term, String name, BigDecimal amount, boolean untaxedBase,
			int warrantyMonths, LocalDate warrantyStartsOn, LocalDate releaseOn, BigDecimal collected, long ownerId,
			long customerId, String contractNumber, String currency) {

		public boolean settled() {
			return collected.compareTo(amount) >= 0;
		}
	}

	/** The contract, if the user may see it: its id back, or "not found". */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	@PreAuthorize(ContractPermissions.MAY_READ)
	public long readable(SignedInUser user, long contractId) {
		return access.readable(user, contractId).getId();
	}

	/** The contract's 质保金 terms; none for a contract not in effect (its terms may still change). */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public List<Retained> of(long contractId) {
		Contract contract = contracts.findById(contractId).orElseThrow(RecordNotFound::new);
		if (contract.isDeleted() || contract.getEffectiveAt() == null) {
			return List.of();
		}
		List<Installment> plan = schedule.of(contract);
		LocalDate accepted = contract.eventDates().dates()
			.get(new org.hutong.sales.collection.EventDates.Event(TriggerEvent.FINAL_ACCEPTANCE, null));
		List<Retained> found = new ArrayList<>();
		for (int index = 0; index < contract.getTerms().size(); index++) {
			ContractTerm term = contract.getTerms().get(index);
			if (!term.retains()) {
				continue;
			}
			int at = index;
			List<Installment> parts = plan.stream().filter(i -> i.term() == at).toList();
			BigDecimal amount = parts.stream().map(Installment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
			LocalDate release = parts.stream().map(Installment::dueDate).filter(java.util.Objects::nonNull)
				.min(LocalDate::compareTo).orElse(null);
			found.add(new Retained(contract.getId(), index, term.getName(), amount, term.isUntaxedBase(),
					term.getWarrantyMonths() == null ? 0 : term.getWarrantyMonths(), accepted, release,
					term.getCollected(), contract.getOwnerId(), contract.getCustomerId(), contract.getNumber(),
					contract.getCurrency()));
		}
		return found;
	}

	/**
	 * Our bank guarantee (质量保函) reached the customer on that day (or, with none, was returned): terms
	 * that wait for it may be collected from then on.
	 */
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	public void guaranteeReceived(long contractId, LocalDate day) {
		Instant now = clock.instant();
		contracts.findById(contractId).orElseThrow(RecordNotFound::new).guaranteeReceived(day, now);
	}
}

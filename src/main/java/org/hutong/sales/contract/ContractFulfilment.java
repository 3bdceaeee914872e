package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.collection.TriggerEvent;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract as deliveries and acceptances work it: its lines, locked while goods are booked against
 * them, and the events they report — all shipped, all arrived, accepted — which the payment terms
 * count from. Only a contract in effect is delivered; its first delivery makes it 执行中.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@PreAuthorize(ContractPermissions.MAY_READ)
public class ContractFulfilment {

	private final ContractRepository contracts;

	private final ContractAccess access;

	private final Clock clock;

	private final ContractSchedule schedule;

	ContractFulfilment(ContractRepository contracts, ContractAccess access, Clock clock, ContractSchedule schedule) {
		this.contracts = contracts;
		this.access = access;
		this.clock = clock;
		this.schedule = schedule;
	}

	/** A contract line: what was contracted of it. */
	public record Line(long id, String name, String spec, String unit, BigDecimal quantity) {
	}

	/**
	 * The contract being delivered or accepted.
	 *
	 * @param inEffect whether goods may go out under it (已生效 or 执行中)
	 * @param batches the numbers of the batches it delivers in; none when it delivers at once
	 */
	public record Fulfilled(long id, String number, long customerId, long ownerId, boolean inEffect, List<Line> lines,
			BigDecimal total, BigDecimal collected, String currency, List<Due> plan, List<Integer> batches) {

		public BigDecimal uncollected() {
			return total.subtract(collected);
		}
	}

	/** A term's installment as a receipt is spread over them: its position, name, amount and due day (null before its event). */
	public record Due(int term, String name, BigDecimal amount, LocalDate dueDate) {
	}

	/** The contract the user may see, read. */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public Fulfilled readable(SignedInUser user, long id) {
		return of(access.readable(user, id));
	}

	/** The contract the user may work (or confirm receipts or issue invoices of), locked until the caller's transaction ends. */
	@PreAuthorize(ContractPermissions.MAY_RECORD_RECEIPTS + " or " + ContractPermissions.MAY_ISSUE_INVOICES)
	public Fulfilled locked(SignedInUser user, long id) {
		// locked before anything else reads it: a copy read earlier in this transaction would be stale once the lock is ours
		Contract contract = contracts.lockById(id).filter(c -> access.mayRead(user, c)).orElseThrow(RecordNotFound::new);
		if (!user.can(ContractPermissions.WRITE) && !user.can(ContractPermissions.CONFIRM_RECEIPTS)
				&& !user.can(ContractPermissions.ISSUE_INVOICES)) {
			throw new AccessDeniedException("contract is read-only for this user");
		}
		return of(contract);
	}

	/** Something the terms wait for happened on that day (or, with none, has not happened after all). */
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	public void occurred(long id, TriggerEvent kind, LocalDate day) {
		occurred(id, kind, null, day);
	}

	/** Something the terms wait for happened to one batch (null: to the whole contract) on that day, or has not. */
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	public void occurred(long id, TriggerEvent kind, Integer batch, LocalDate day) {
		contracts.findById(id).orElseThrow(RecordNotFound::new).occurred(kind, batch, day, clock.instant());
	}

	/**
	 * Finance confirmed a receipt: the contract's collected sum (and its terms', by index from 0) grows by it, or — when that would go
	 * beyond the contract's amount — nothing changes and false is answered. Under the lock the caller
	 * took with {@link #locked}, so two confirmations at once are added one after the other.
	 */
	@PreAuthorize(ContractPermissions.MAY_CONFIRM_RECEIPTS)
	public boolean collect(long id, BigDecimal amount, java.util.Map<Integer, BigDecimal> byTerm) {
		return contracts.findById(id).orElseThrow(RecordNotFound::new).collect(amount, byTerm, clock.instant());
	}

	/**
	 * What of a contract read (or locked) in this transaction is invoiced: the issued sum, each term's
	 * share of it (by index from 0), the tax rate its lines carry — the one of the largest line,
	 * 13 % without lines — and its lines with their amounts with tax and rates, in order.
	 */
	public record Invoicing(BigDecimal invoiced, List<BigDecimal> termsInvoiced, BigDecimal taxRate,
			List<Rated> lines) {
	}

	/** A contract line as an invoice's row is made from it: its name, amount with tax and tax rate. */
	public record Rated(String name, BigDecimal total, BigDecimal taxRate) {
	}

	/** The contract's invoicing; the caller read or locked the contract first with {@link #readable} or {@link #locked}. */
	public Invoicing invoicing(long id) {
		Contract c = contracts.findById(id).orElseThrow(RecordNotFound::new);
		BigDecimal rate = c.getLines().stream().max(java.util.Comparator.comparing(ContractLine::getTotal))
			.map(ContractLine::getTaxRate).orElse(new BigDecimal("13"));
		return new Invoicing(c.getInvoiced(), c.getTerms().stream().map(ContractTerm::getInvoiced).toList(), rate,
				c.getLines().stream().map(l -> new Rated(l.getName(), l.getTotal(), l.getTaxRate())).toList());
	}

	/**
	 * Finance issued an invoice (or, with a negative amount, voided one): the contract's invoiced sum
	 * and its terms' grow by it, and its 开票 day — what terms triggered by an invoice, or waiting for
	 * one, count from — becomes {@code firstIssuedOn}, the earliest invoice still issued (none: no 开票
	 * yet). Answers false, changing nothing, when that would invoice beyond the contract's amount.
	 * Under the lock the caller took with {@link #locked}.
	 */
	@PreAuthorize(ContractPermissions.MAY_ISSUE_INVOICES)
	public boolean invoiced(long id, BigDecimal amount, java.util.Map<Integer, BigDecimal> byTerm, LocalDate firstIssuedOn) {
		return contracts.findById(id).orElseThrow(RecordNotFound::new).invoice(amount, byTerm, firstIssuedOn, clock.instant());
	}

	/** Goods went out: an effective contract is 执行中 from now. */
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	public void executing(long id) {
		contracts.findById(id).orElseThrow(RecordNotFound::new).executing(clock.instant());
	}

	private Fulfilled of(Contract c) {
		boolean inEffect = c.getStatus() == ContractStatus.EFFECTIVE || c.getStatus() == ContractStatus.EXECUTING;
		return new Fulfilled(c.getId(), c.getNumber(), c.getCustomerId(), c.getOwnerId(), inEffect,
				c.getLines().stream().map(l -> new Line(l.getId(), l.getName(), l.getSpec(), l.getUnit(), l.getQuantity()))
					.toList(),
				c.getTotal(), c.getCollected(), c.getCurrency(),
				schedule.of(c).stream().map(i -> new Due(i.term(), i.name(), i.amount(), i.dueDate())).toList(),
				c.batches().stream().map(org.hutong.sales.collection.Batch::number).toList());
	}
}

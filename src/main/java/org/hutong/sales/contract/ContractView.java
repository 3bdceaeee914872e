package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.hutong.sales.collection.Batch;
import org.hutong.sales.collection.Installment;

/**
 * A contract on its own page and in the API: the row, the header, the lines and sums, where its
 * approval stands, and what the reader may do. Collected is the sum of the receipts finance confirmed.
 *
 * @param rejection why the last 合同审批 sent it back, when it did
 * @param plan the 回款计划: each term's installments with their amounts and due dates as of today
 * @param termsCollected what confirmed receipts put on each term, by the term's index
 * @param invoiced the sum of the invoices finance issued (开票记录)
 * @param termsInvoiced what issued invoices put on each term, by the term's index
 * @param terminatedReason why it was ended early (已终止), when it was
 * @param termsFit whether its 回款条款, if any, add up to its amount (terms of fixed amounts may not,
 *     once a draft's lines changed)
 */
public record ContractView(ContractRow row, String opportunityName, String quoteNumber, LocalDate startsOn,
		String ourSignatory, String customerSignatory, BigDecimal cnyRate, BigDecimal netTotal, BigDecimal taxTotal,
		BigDecimal discountRate, Integer warrantyMonths, String deliveryAddress, String remarks, Long approvalRequestId,
		String rejection, Instant submittedAt, Instant effectiveAt, Instant createdAt, List<Line> lines,
		List<Installment> plan, List<BigDecimal> termsCollected, BigDecimal collected, boolean mayWrite,
		BigDecimal invoiced, List<BigDecimal> termsInvoiced, String terminatedReason, List<Batch> batches,
		boolean termsFit) {

	public record Line(int position, Long productId, String name, String spec, String unit, BigDecimal quantity,
			BigDecimal unitPrice, BigDecimal discount, BigDecimal taxRate, BigDecimal net, BigDecimal tax,
			BigDecimal total) {
	}

	public long id() {
		return row.id();
	}

	public long version() {
		return row.version();
	}

	public BigDecimal outstanding() {
		return row.total().subtract(collected).max(BigDecimal.ZERO);
	}

	/** Collected as a share of the amount, 0–100, for the progress bar. */
	public int collectedPercent() {
		if (row.total().signum() <= 0) {
			return 0;
		}
		return collected.multiply(BigDecimal.valueOf(100)).divide(row.total(), 0, java.math.RoundingMode.DOWN)
			.min(BigDecimal.valueOf(100)).intValue();
	}

	/** The installment to show on the first screen — the earliest of a term not yet settled — or {@code null}. */
	@JsonProperty("next")
	public Installment next() {
		return ContractSchedule.next(plan.stream().filter(i -> !settled(i.term())).toList());
	}

	/** Whether confirmed receipts cover all of the term's installments. */
	public boolean settled(int term) {
		BigDecimal owed = plan.stream().filter(i -> i.term() == term).map(Installment::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return term < termsCollected.size() && termsCollected.get(term).compareTo(owed) >= 0;
	}

	/** What confirmed receipts put on the term. */
	public BigDecimal collectedOn(int term) {
		return term < termsCollected.size() ? termsCollected.get(term) : BigDecimal.ZERO;
	}

	/** What issued invoices put on the term. */
	public BigDecimal invoicedOn(int term) {
		return term < termsInvoiced.size() ? termsInvoiced.get(term) : BigDecimal.ZERO;
	}

	/** Whether issued invoices cover all of the term's installments. */
	public boolean invoicedFully(int term) {
		BigDecimal owed = plan.stream().filter(i -> i.term() == term).map(Installment::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return owed.signum() > 0 && invoicedOn(term).compareTo(owed) >= 0;
	}

	public boolean foreignCurrency() {
		return !Contract.CNY.equals(row.currency());
	}
}

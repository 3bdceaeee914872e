package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.hutong.sales.collection.Batch;
import org.hutong.sales.collection.ContractTerms;
import org.hutong.sales.collection.EventDates;
import org.hutong.sales.collection.TriggerEvent;

/**
 * 合同: what a customer signed, taken over from an accepted quote or a won deal with its lines, or
 * made new with lines of its own. A draft changes in place, its lines too; it takes effect only
 * through an approved 合同审批, and a rejected or withdrawn one returns it to draft. Its sums are
 * those of its rounded lines; a foreign-currency contract keeps its currency and the rate to CNY
 * entered on it, and {@code amountCny} is the total at that rate, rounded to the fen.
 */
@Entity
@Table(name = "sales_contract")
public class Contract {

	public static final String CNY = "CNY";

	private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private String number;

	private String title;

	@Column(name = "customer_id")
	private long customerId;

	@Column(name = "opportunity_id")
	private Long opportunityId;

	@Column(name = "quote_id")
	private Long quoteId;

	@Column(name = "owner_id")
	private long ownerId;

	@Enumerated(EnumType.STRING)
	private ContractStatus status;

	@Column(name = "signed_on")
	private LocalDate signedOn;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Column(name = "our_signatory")
	private String ourSignatory;

	@Column(name = "customer_signatory")
	private String customerSignatory;

	private String currency;

	@Column(name = "cny_rate")
	private BigDecimal cnyRate;

	@Column(name = "net_total")
	private BigDecimal netTotal;

	@Column(name = "tax_total")
	private BigDecimal taxTotal;

	private BigDecimal total;

	@Column(name = "amount_cny")
	private BigDecimal amountCny;

	@Column(name = "discount_rate")
	private BigDecimal discountRate;

	private BigDecimal collected = BigDecimal.ZERO.setScale(2);

	/** The sum of the invoices finance issued (开票) and did not void. */
	private BigDecimal invoiced = BigDecimal.ZERO.setScale(2);

	@Column(name = "warranty_months")
	private Integer warrantyMonths;

	/** The day our bank guarantee (保函) reached the customer: terms that wait for one may be collected. */
	@Column(name = "guarantee_received_on")
	private LocalDate guaranteeReceivedOn;

	@Column(name = "terminated_reason")
	private String terminatedReason;

	@Column(name = "terminated_at")
	private Instant terminatedAt;

	/** 分批交付: the batches' shares, "40/60"; null when the contract delivers at once (see {@link BatchShares}). */
	@Column(name = "batch_shares")
	private String batchShares;

	@Column(name = "delivery_address")
	private String deliveryAddress;

	private String remarks;

	@Column(name = "approval_request_id")
	private Long approvalRequestId;

	private String rejection;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "effective_at")
	private Instant effectiveAt;

	/** When it became 已完成: everything shipped and the whole amount collected. */
	@Column(name = "completed_at")
	private Instant completedAt;

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ContractLine> lines = new ArrayList<>();

	@OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ContractTerm> terms = new ArrayList<>();

	@OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ContractEvent> events = new ArrayList<>();

	/** 变更记录 of the 回款计划: due days that moved; written, never changed. */
	@OneToMany(mappedBy = "contract", cascade = CascadeType.PERSIST)
	@OrderBy("id")
	private List<ContractTermChange> termChanges = new ArrayList<>();

	protected Contract() {
	}

	/** Where a contract comes from: its customer, the deal and quote it was made from, if any, and its currency. */
	record Origin(String title, long customerId, Long opportunityId, Long quoteId, BigDecimal discountRate,
			String currency, BigDecimal cnyRate) {

		Origin(String title, long customerId, Long opportunityId, Long quoteId, BigDecimal discountRate) {
			this(title, customerId, opportunityId, quoteId, discountRate, CNY, BigDecimal.ONE);
		}
	}

	Contract(String number, Origin origin, long ownerId, long author, Instant now) {
		this.number = number;
		this.title = origin.title();
		this.customerId = origin.customerId();
		this.opportunityId = origin.opportunityId();
		this.quoteId = origin.quoteId();
		this.discountRate = origin.discountRate();
		this.ownerId = ownerId;
		this.status = ContractStatus.DRAFT;
		this.currency = origin.currency();
		this.cnyRate = origin.cnyRate();
		this.createdBy = author;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The lines taken over, in order, and the sums of their rounded amounts. */
	void takeLines(List<ContractLine.Priced> priced) {
		lines.clear();
		BigDecimal zero = BigDecimal.ZERO.setScale(2);
		netTotal = zero;
		taxTotal = zero;
		total = zero;
		for (ContractLine.Priced line : priced) {
			lines.add(new ContractLine(this, lines.size() + 1, line));
			netTotal = netTotal.add(line.net());
			taxTotal = taxTotal.add(line.tax());
			total = total.add(line.total());
		}
		convert();
	}

	/** A draft's lines changed (see {@link ContractDrafts}): the sums, the discount and the 回款计划 follow them. */
	void reline(List<ContractLine.Priced> priced, BigDecimal discount, Instant now) {
		takeLines(priced);
		this.discountRate = discount;
		touch(now);
	}

	/** The header as the form has it, checked already. */
	void describe(ContractForm form, Instant now) {
		this.title = form.title();
		this.signedOn = form.signedOn();
		this.startsOn = form.startsOn();
		this.endsOn = form.endsOn();
		this.ourSignatory = form.ourSignatory();
		this.customerSignatory = form.customerSignatory();
		this.currency = form.currency() == null ? CNY : form.currency();
		this.cnyRate = CNY.equals(this.currency) ? BigDecimal.ONE : form.cnyRate();
		this.warrantyMonths = form.warrantyMonths();
		this.deliveryAddress = form.deliveryAddress();
		this.remarks = form.remarks();
		convert();
		touch(now);
	}

	/** The 回款条款 in order and the batches they are paid by, checked already by {@link #paymentTerms(List, List)}. */
	void replaceTerms(List<TermForm> forms, List<Batch> batches, Instant now) {
		this.batchShares = BatchShares.format(batches);
		terms.clear();
		for (TermForm form : forms) {
			terms.add(new ContractTerm(this, terms.size() + 1, form));
		}
		touch(now);
	}

	/** The contract's terms as the payment-term engine reads them: its amount, untaxed amount, terms and batches. */
	ContractTerms paymentTerms() {
		return paymentTerms(terms.stream().map(ContractTerm::form).toList(), batches());
	}

	/** These forms and batches as the contract's terms would be, to check before they are saved. */
	ContractTerms paymentTerms(List<TermForm> forms, List<Batch> batches) {
		return ContractTerms.of(total, forms.stream().map(ContractTerm::payment).toList()).withUntaxedAmount(netTotal)
			.inBatches(batches);
	}

	/** The batches it delivers in, numbered from 1; none when it delivers at once. */
	public List<Batch> batches() {
		return BatchShares.parse(batchShares).orElse(List.of());
	}

	/**
	 * What the payment terms count from: the signing date, the day the approval made it effective,
	 * and the events deliveries and acceptances recorded.
	 */
	EventDates eventDates() {
		EventDates dates = EventDates.none();
		if (signedOn != null) {
			dates = dates.with(TriggerEvent.SIGNING, signedOn);
		}
		if (effectiveAt != null) {
			dates = dates.with(TriggerEvent.APPROVAL, effectiveAt.atZone(ZONE).toLocalDate());
		}
		for (ContractEvent event : events) {
			dates = event.batch() == null ? dates.with(event.getKind(), event.getOnDay())
					: dates.with(event.getKind(), event.batch(), event.getOnDay());
		}
		return dates.withGuaranteeReceived(guaranteeReceivedOn);
	}

	/** The event happened on that day, or — with no day — has not happened (a delivery undone). */
	void occurred(TriggerEvent kind, LocalDate day, Instant now) {
		occurred(kind, null, day, now);
	}

	/** The event of one batch (null: of the whole contract) happened on that day, or — with no day — has not. */
	void occurred(TriggerEvent kind, Integer batch, LocalDate day, Instant now) {
		var held = events.stream().filter(e -> e.getKind() == kind && java.util.Objects.equals(e.batch(), batch))
			.findFirst();
		if (day == null) {
			held.ifPresent(events::remove);
		}
		else if (held.isPresent()) {
			held.get().moveTo(day);
		}
		else {
			events.add(new ContractEvent(this, kind, batch, day));
		}
		refreshPlan(kind, now);
		touch(now);
	}

	/**
	 * A 补充协议 applied: the new amount, the batches and the terms as it has them,
	 * each term keeping what was collected on it. Checked before: never below what is collected.
	 */
	void amend(AmendedTotal amount, List<TermForm> forms, Instant now) {
		this.batchShares = BatchShares.format(amount.batches());
		this.netTotal = amount.net();
		this.taxTotal = amount.tax();
		this.total = amount.total();
		convert();
		for (int index = 0; index < forms.size(); index++) {
			if (index < terms.size()) {
				terms.get(index).revise(forms.get(index));
			}
			else {
				terms.add(new ContractTerm(this, index + 1, forms.get(index)));
			}
		}
		while (terms.size() > forms.size()) {
			terms.remove(terms.size() - 1);
		}
		touch(now);
	}

	/** 终止: ended early, with the reason; what it still owes stays owed. */
	void terminate(String reason, Instant now) {
		this.status = ContractStatus.TERMINATED;
		this.terminatedReason = reason;
		this.terminatedAt = now;
		touch(now);
	}

	public String getTerminatedReason() {
		return terminatedReason;
	}

	/** Our bank guarantee reached the customer on that day, or (none) was given back. */
	void guaranteeReceived(LocalDate day, Instant now) {
		this.guaranteeReceivedOn = day;
		touch(now);
	}

	/** What is still to be collected: the amount less the confirmed receipts. */
	BigDecimal uncollected() {
		return total.subtract(collected);
	}

	/**
	 * A confirmed receipt, spread over the terms by their index in order (from 0): refused (false,
	 * nothing changed) when it would collect beyond the amount.
	 */
	boolean collect(BigDecimal amount, java.util.Map<Integer, BigDecimal> byTerm, Instant now) {
		if (amount.compareTo(uncollected()) > 0) {
			return false;
		}
		collected = collected.add(amount);
		byTerm.forEach((index, part) -> {
			if (index >= 0 && index < terms.size()) {
				terms.get(index).collect(part);
			}
		});
		// everything shipped and the whole amount collected: the contract is done (已完成)
		boolean shipped = events.stream().anyMatch(e -> e.getKind() == TriggerEvent.DELIVERY && e.batch() == null);
		if (shipped && collected.compareTo(total) >= 0 && status == ContractStatus.EXECUTING) {
			status = ContractStatus.COMPLETED;
			completedAt = now;
		}
		touch(now);
		return true;
	}

	/**
	 * An invoice issued (or, negative, voided), spread over the terms by their index in order (from
	 * 0); {@code firstIssuedOn} is the day of the earliest invoice still issued — the 开票 the terms
	 * count from — or null when none is left. Refused (false, nothing changed) when it would invoice
	 * beyond the amount.
	 */
	boolean invoice(BigDecimal amount, java.util.Map<Integer, BigDecimal> byTerm, LocalDate firstIssuedOn, Instant now) {
		if (amount.compareTo(total.subtract(invoiced)) > 0) {
			return false;
		}
		invoiced = invoiced.add(amount);
		byTerm.forEach((index, part) -> {
			if (index >= 0 && index < terms.size()) {
				terms.get(index).invoice(part);
			}
		});
		occurred(TriggerEvent.INVOICE_ISSUED, firstIssuedOn, now);
		return true;
	}

	/** The first delivery went out: an effective contract is being carried out. */
	void executing(Instant now) {
		if (status == ContractStatus.EFFECTIVE) {
			status = ContractStatus.EXECUTING;
			touch(now);
		}
	}

	void submitted(long requestId, Instant now) {
		this.status = ContractStatus.APPROVING;
		this.approvalRequestId = requestId;
		this.rejection = null;
		this.submittedAt = now;
		touch(now);
	}

	/** The 合同审批 ended; a decision for another request than the one waited for changes nothing. */
	boolean decided(long requestId, boolean approved, String why, Instant now) {
		if (status != ContractStatus.APPROVING || approvalRequestId == null || approvalRequestId != requestId) {
			return false;
		}
		this.status = approved ? ContractStatus.EFFECTIVE : ContractStatus.DRAFT;
		this.rejection = approved ? null : why;
		if (approved) {
			this.effectiveAt = now;
		}
		touch(now);
		return true;
	}

	void delete(Instant now) {
		this.deletedAt = now;
		touch(now);
	}

	/**
	 * A contract that took effect before the enterprise kept its contracts here (a legacy contract,
	 * the demo's older ones): 已生效 since that day without a 合同审批 in Hutong.
	 */
	void effectiveSince(Instant since, Instant now) {
		if (status == ContractStatus.DRAFT) {
			this.status = ContractStatus.EFFECTIVE;
			this.effectiveAt = since;
			touch(now);
		}
	}

	/** Every change goes through here, and so does the 回款计划 the terms keep for the receivables. */
	void touch(Instant now) {
		this.updatedAt = now;
		refreshPlan(null, now);
	}

	/** The 回款计划 kept on the terms, refreshed (see {@link ContractPlan}). */
	void refreshPlan(TriggerEvent cause, Instant now) {
		ContractPlan.refresh(this, cause, now);
	}

	private void convert() {
		this.amountCny = total == null ? null : total.multiply(cnyRate).setScale(2, RoundingMode.HALF_UP);
	}

	public Long getId() {
		return id;
	}

	public String getNumber() {
		return number;
	}

	public String getTitle() {
		return title;
	}

	public long getCustomerId() {
		return customerId;
	}

	public Long getOpportunityId() {
		return opportunityId;
	}

	public Long getQuoteId() {
		return quoteId;
	}

	public long getOwnerId() {
		return ownerId;
	}

	public ContractStatus getStatus() {
		return status;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public String getOurSignatory() {
		return ourSignatory;
	}

	public String getCustomerSignatory() {
		return customerSignatory;
	}

	public String getCurrency() {
		return currency;
	}

	public BigDecimal getCnyRate() {
		return cnyRate;
	}

	public BigDecimal getNetTotal() {
		return netTotal;
	}

	public BigDecimal getTaxTotal() {
		return taxTotal;
	}

	public BigDecimal getTotal() {
		return total;
	}

	public BigDecimal getAmountCny() {
		return amountCny;
	}

	public BigDecimal getDiscountRate() {
		return discountRate;
	}

	public BigDecimal getCollected() {
		return collected;
	}

	public BigDecimal getInvoiced() {
		return invoiced;
	}

	public Integer getWarrantyMonths() {
		return warrantyMonths;
	}

	public String getDeliveryAddress() {
		return deliveryAddress;
	}

	public String getRemarks() {
		return remarks;
	}

	public Long getApprovalRequestId() {
		return approvalRequestId;
	}

	public String getRejection() {
		return rejection;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getEffectiveAt() {
		return effectiveAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public boolean isDeleted() {
		return deletedAt != null;
	}

	public long getVersion() {
		return version;
	}

	public List<ContractLine> getLines() {
		return lines;
	}

	public List<ContractTerm> getTerms() {
		return terms;
	}

	List<ContractTermChange> termChanges() {
		return termChanges;
	}
}

package org.hutong.sales.quote;

import java.math.BigDecimal;
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

/**
 * 报价单: a priced offer to one customer, perhaps for one 商机. A draft is changed in place; once it
 * went out, changing it makes its next version (V2 …), a draft again. A discount beyond what the
 * owner may give needs an approved request before it is sent; the approval holds up to the rate
 * approved, so a revision that discounts no deeper keeps it.
 */
@Entity
@Table(name = "sales_quote")
public class Quote {

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

	@Column(name = "owner_id")
	private long ownerId;

	@Enumerated(EnumType.STRING)
	private QuoteStatus status;

	private int revision;

	@Column(name = "header_discount")
	private BigDecimal headerDiscount;

	@Column(name = "reference_total")
	private BigDecimal referenceTotal;

	@Column(name = "net_total")
	private BigDecimal netTotal;

	@Column(name = "tax_total")
	private BigDecimal taxTotal;

	private BigDecimal total;

	@Column(name = "discount_rate")
	private BigDecimal discountRate;

	@Column(name = "valid_until")
	private LocalDate validUntil;

	@Column(name = "delivery_terms")
	private String deliveryTerms;

	@Column(name = "payment_terms")
	private String paymentTerms;

	private String remarks;

	@Enumerated(EnumType.STRING)
	private QuoteApproval approval;

	@Column(name = "approval_request_id")
	private Long approvalRequestId;

	@Column(name = "approved_discount")
	private BigDecimal approvedDiscount;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

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

	@OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<QuoteLine> lines = new ArrayList<>();

	protected Quote() {
	}

	Quote(String number, long customerId, Long opportunityId, long ownerId, long author, Instant now) {
		this.number = number;
		this.customerId = customerId;
		this.opportunityId = opportunityId;
		this.ownerId = ownerId;
		this.status = QuoteStatus.DRAFT;
		this.revision = 1;
		this.approval = QuoteApproval.NONE;
		this.createdBy = author;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The form's fields and its priced lines, checked already. */
	void describe(QuoteForm form, List<LinePricing.Priced> priced) {
		this.title = form.title();
		this.headerDiscount = form.headerDiscountOrZero();
		this.validUntil = form.validUntil();
		this.deliveryTerms = form.deliveryTerms();
		this.paymentTerms = form.paymentTerms();
		this.remarks = form.remarks();
		lines.clear();
		int position = 1;
		for (LinePricing.Priced line : priced) {
			lines.add(new QuoteLine(this, position++, line));
		}
		QuoteMath.Totals totals = QuoteMath.totals(priced.stream().map(LinePricing.Priced::amounts).toList());
		this.referenceTotal = totals.reference();
		this.netTotal = totals.net();
		this.taxTotal = totals.tax();
		this.total = totals.total();
		this.discountRate = totals.discountRate();
		if (approval == QuoteApproval.APPROVED && discountRate.compareTo(approvedDiscount) > 0) {
			// discounting deeper than approved asks for approval again
			this.approval = QuoteApproval.NONE;
		}
		if (approval == QuoteApproval.REJECTED) {
			this.approval = QuoteApproval.NONE;
		}
	}

	void changeCustomer(long newCustomerId, Long newOpportunityId) {
		this.customerId = newCustomerId;
		this.opportunityId = newOpportunityId;
	}

	/** A quote that went out becomes its next version, a draft, when it is changed. */
	void nextRevision() {
		this.revision++;
		this.status = QuoteStatus.DRAFT;
		this.sentAt = null;
		this.decidedAt = null;
	}

	void approvalAsked(long requestId) {
		this.approval = QuoteApproval.PENDING;
		this.approvalRequestId = requestId;
	}

	/** The request's outcome; a request the quote no longer waits for (an older one) changes nothing. */
	boolean approvalDecided(long requestId, QuoteApproval outcome) {
		if (approvalRequestId == null || approvalRequestId != requestId || approval != QuoteApproval.PENDING) {
			return false;
		}
		this.approval = outcome;
		this.approvedDiscount = outcome == QuoteApproval.APPROVED ? discountRate : null;
		return true;
	}

	void send(Instant now) {
		this.status = QuoteStatus.SENT;
		this.sentAt = now;
		touch(now);
	}

	void answer(QuoteStatus answer, Instant now) {
		this.status = answer;
		this.decidedAt = now;
		touch(now);
	}

	void expire(Instant now) {
		this.status = QuoteStatus.EXPIRED;
		touch(now);
	}

	void delete(Instant now) {
		this.deletedAt = now;
		touch(now);
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	/** Whether the discount may go out as it is: within the owner's limit, or approved up to it. */
	boolean discountCleared(BigDecimal limit) {
		return discountRate.compareTo(limit) <= 0
				|| (approval == QuoteApproval.APPROVED && discountRate.compareTo(approvedDiscount) <= 0);
	}

	boolean isDeleted() {
		return deletedAt != null;
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

	public long getOwnerId() {
		return ownerId;
	}

	public QuoteStatus getStatus() {
		return status;
	}

	public int getRevision() {
		return revision;
	}

	public BigDecimal getHeaderDiscount() {
		return headerDiscount;
	}

	public BigDecimal getReferenceTotal() {
		return referenceTotal;
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

	public BigDecimal getDiscountRate() {
		return discountRate;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public String getDeliveryTerms() {
		return deliveryTerms;
	}

	public String getPaymentTerms() {
		return paymentTerms;
	}

	public String getRemarks() {
		return remarks;
	}

	public QuoteApproval getApproval() {
		return approval;
	}

	public Long getApprovalRequestId() {
		return approvalRequestId;
	}

	public BigDecimal getApprovedDiscount() {
		return approvedDiscount;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

	public List<QuoteLine> getLines() {
		return List.copyOf(lines);
	}
}

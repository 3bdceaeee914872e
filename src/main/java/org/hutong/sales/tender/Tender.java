package org.hutong.sales.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
 * 招投标: a tender on one 商机, from the notice to the result. Open while its result is pending and we
 * did not decide against bidding; its bid bond is outstanding from the day it was paid until the day
 * it came back.
 */
@Entity
@Table(name = "sales_tender")
public class Tender {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "opportunity_id")
	private long opportunityId;

	@Column(name = "customer_id")
	private long customerId;

	@Column(name = "owner_id")
	private long ownerId;

	private String title;

	private String tenderer;

	private String agency;

	@Column(name = "notice_number")
	private String noticeNumber;

	@Column(name = "notice_url")
	private String noticeUrl;

	@Column(name = "registration_due")
	private LocalDate registrationDue;

	@Column(name = "document_due")
	private LocalDate documentDue;

	@Column(name = "clarification_on")
	private LocalDate clarificationOn;

	@Column(name = "bid_deadline")
	private Instant bidDeadline;

	@Column(name = "opening_at")
	private Instant openingAt;

	@Column(name = "bond_amount")
	private BigDecimal bondAmount;

	@Column(name = "bond_paid_on")
	private LocalDate bondPaidOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "bond_method")
	private BondMethod bondMethod;

	@Column(name = "bond_returned_on")
	private LocalDate bondReturnedOn;

	@Column(name = "bid_price")
	private BigDecimal bidPrice;

	@Enumerated(EnumType.STRING)
	private TenderDecision decision;

	/** The checklist items that hold, comma-separated. */
	private String checklist;

	@Column(name = "decision_note")
	private String decisionNote;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Enumerated(EnumType.STRING)
	private TenderResult result;

	private String winner;

	@Column(name = "winning_price")
	private BigDecimal winningPrice;

	@Column(name = "result_note")
	private String resultNote;

	@Column(name = "result_by")
	private Long resultBy;

	@Column(name = "result_at")
	private Instant resultAt;

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

	@OneToMany(mappedBy = "tender", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<TenderLot> lots = new ArrayList<>();

	protected Tender() {
	}

	Tender(long opportunityId, long customerId, long ownerId, long author, Instant now) {
		this.opportunityId = opportunityId;
		this.customerId = customerId;
		this.ownerId = ownerId;
		this.createdBy = author;
		this.createdAt = now;
		this.updatedAt = now;
		this.decision = TenderDecision.UNDECIDED;
		this.result = TenderResult.PENDING;
	}

	/** What the form holds; the dates come already in instants for the two with a time. */
	void describe(TenderForm form, Instant bidDeadline, Instant openingAt) {
		this.title = form.title();
		this.tenderer = form.tenderer();
		this.agency = form.agency();
		this.noticeNumber = form.noticeNumber();
		this.noticeUrl = form.noticeUrl();
		this.registrationDue = form.registrationDue();
		this.documentDue = form.documentDue();
		this.clarificationOn = form.clarificationOn();
		this.bidDeadline = bidDeadline;
		this.openingAt = openingAt;
		this.bondAmount = form.bondAmount();
		this.bondPaidOn = form.bondPaidOn();
		this.bondMethod = form.bondMethod();
		this.bondReturnedOn = form.bondReturnedOn();
		this.bidPrice = form.bidPrice();
		lots(form.lots());
	}

	/** The lots in the form's order; a lot kept at its place keeps what the 开标记录 said of it. */
	private void lots(List<TenderLotForm> wanted) {
		while (lots.size() > wanted.size()) {
			lots.remove(lots.size() - 1);
		}
		for (int i = 0; i < wanted.size(); i++) {
			TenderLotForm lot = wanted.get(i);
			String name = lot.name() == null ? "#" + (i + 1) : lot.name();
			if (i < lots.size()) {
				lots.get(i).describe(name, lot.ourPrice());
			}
			else {
				lots.add(new TenderLot(this, i + 1, name, lot.ourPrice()));
			}
		}
	}

	void decide(DecisionForm form, long by, Instant now) {
		this.decision = form.decision();
		this.checklist = form.checked().isEmpty() ? null
				: form.checked().stream().map(Enum::name).collect(Collectors.joining(","));
		this.decisionNote = form.note();
		this.decidedBy = by;
		this.decidedAt = now;
		touch(now);
	}

	void record(ResultForm form, long by, Instant now) {
		this.result = form.result();
		this.winner = form.winner();
		this.winningPrice = form.winningPrice();
		this.resultNote = form.note();
		this.resultBy = by;
		this.resultAt = now;
		for (int i = 0; i < lots.size() && i < form.lots().size(); i++) {
			lots.get(i).opened(form.lots().get(i).winner(), form.lots().get(i).winningPrice());
		}
		touch(now);
	}

	void delete(Instant now) {
		this.deletedAt = now;
		touch(now);
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	public boolean isOpen() {
		return result == TenderResult.PENDING && decision != TenderDecision.NO_GO;
	}

	/** The bond was paid and has not come back. */
	public boolean bondOutstanding() {
		return bondPaidOn != null && bondReturnedOn == null && bondAmount != null && bondAmount.signum() > 0;
	}

	public Set<ChecklistItem> checkedItems() {
		if (checklist == null || checklist.isBlank()) {
			return EnumSet.noneOf(ChecklistItem.class);
		}
		return Arrays.stream(checklist.split(",")).map(ChecklistItem::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ChecklistItem.class)));
	}

	public Long getId() {
		return id;
	}

	public long getOpportunityId() {
		return opportunityId;
	}

	public long getCustomerId() {
		return customerId;
	}

	public long getOwnerId() {
		return ownerId;
	}

	public String getTitle() {
		return title;
	}

	public String getTenderer() {
		return tenderer;
	}

	public String getAgency() {
		return agency;
	}

	public String getNoticeNumber() {
		return noticeNumber;
	}

	public String getNoticeUrl() {
		return noticeUrl;
	}

	public LocalDate getRegistrationDue() {
		return registrationDue;
	}

	public LocalDate getDocumentDue() {
		return documentDue;
	}

	public LocalDate getClarificationOn() {
		return clarificationOn;
	}

	public Instant getBidDeadline() {
		return bidDeadline;
	}

	public Instant getOpeningAt() {
		return openingAt;
	}

	public BigDecimal getBondAmount() {
		return bondAmount;
	}

	public LocalDate getBondPaidOn() {
		return bondPaidOn;
	}

	public BondMethod getBondMethod() {
		return bondMethod;
	}

	public LocalDate getBondReturnedOn() {
		return bondReturnedOn;
	}

	public BigDecimal getBidPrice() {
		return bidPrice;
	}

	public TenderDecision getDecision() {
		return decision;
	}

	public String getDecisionNote() {
		return decisionNote;
	}

	public Long getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public TenderResult getResult() {
		return result;
	}

	public String getWinner() {
		return winner;
	}

	public BigDecimal getWinningPrice() {
		return winningPrice;
	}

	public String getResultNote() {
		return resultNote;
	}

	public Long getResultBy() {
		return resultBy;
	}

	public Instant getResultAt() {
		return resultAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getDeletedAt() {
		return deletedAt;
	}

	public long getVersion() {
		return version;
	}

	public List<TenderLot> getLots() {
		return lots;
	}
}

package org.hutong.sales.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
import org.hutong.sales.pipeline.StageOutcome;

/**
 * 商机: a deal with one customer on one pipeline, at one stage. While open it moves among the open
 * stages; 赢单 and 输单 close it (输单 with a reason and the competitor who won), and reopening puts it
 * back at an open stage. Its amount is entered, or the sum of its product lines when it has them.
 */
@Entity
@Table(name = "sales_opportunity")
public class Opportunity {

	static final int NAME_LENGTH = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private String name;

	@Column(name = "customer_id")
	private long customerId;

	@Column(name = "owner_id")
	private long ownerId;

	@Column(name = "pipeline_id")
	private long pipelineId;

	@Column(name = "stage_id")
	private long stageId;

	private BigDecimal amount;

	@Column(name = "amount_from_lines")
	private boolean amountFromLines;

	@Column(name = "expected_close")
	private LocalDate expectedClose;

	private String source;

	private String competitors;

	@Column(name = "next_step")
	private String nextStep;

	private String remarks;

	@Enumerated(EnumType.STRING)
	private StageOutcome outcome;

	@Column(name = "lost_reason_id")
	private Long lostReasonId;

	@Column(name = "won_by")
	private String wonBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "forecast_category")
	private ForecastCategory forecastCategory = ForecastCategory.PIPELINE;

	@Column(name = "stage_entered_at")
	private Instant stageEnteredAt;

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

	@OneToMany(mappedBy = "opportunity", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<OpportunityLine> lines = new ArrayList<>();

	@OneToMany(mappedBy = "opportunity", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<OpportunityContact> contacts = new ArrayList<>();

	@OneToMany(mappedBy = "opportunity", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<OpportunityMember> members = new ArrayList<>();

	protected Opportunity() {
	}

	Opportunity(long customerId, long ownerId, long pipelineId, long stageId, long author, Instant now) {
		this.customerId = customerId;
		this.ownerId = ownerId;
		this.pipelineId = pipelineId;
		this.stageId = stageId;
		this.createdBy = author;
		this.createdAt = now;
		this.updatedAt = now;
		this.stageEnteredAt = now;
	}

	/** The fields of the form, checked already; the customer and the pipeline are set apart. */
	void describe(OpportunityForm form) {
		this.name = form.name();
		this.expectedClose = form.expectedClose();
		this.source = form.source();
		this.competitors = form.competitors();
		this.nextStep = form.nextStep();
		this.remarks = form.remarks();
	}

	void changeCustomer(long newCustomerId) {
		this.customerId = newCustomerId;
	}

	void changeOwner(long newOwnerId) {
		this.ownerId = newOwnerId;
	}

	/** Product lines replace the old ones; with lines the amount is their sum, without them the one entered. */
	void price(List<LineForm> newLines, BigDecimal entered) {
		lines.clear();
		int position = 1;
		for (LineForm line : newLines) {
			lines.add(new OpportunityLine(this, position++, line.productId(), line.quantity(), line.unitPrice(),
					line.discountOrZero()));
		}
		this.amountFromLines = !lines.isEmpty();
		this.amount = amountFromLines ? LineForm.sum(newLines) : entered;
	}

	/** Contacts kept in place where they stay, so the unique (opportunity, contact) never sees a duplicate. */
	void involve(Map<Long, ContactRole> roles) {
		contacts.removeIf(contact -> !roles.containsKey(contact.getContactId()));
		Map<Long, OpportunityContact> kept = contacts.stream()
			.collect(Collectors.toMap(OpportunityContact::getContactId, Function.identity()));
		roles.forEach((contactId, role) -> {
			if (kept.containsKey(contactId)) {
				kept.get(contactId).cast(role);
			}
			else {
				contacts.add(new OpportunityContact(this, contactId, role));
			}
		});
	}

	void staff(Set<Long> userIds) {
		members.removeIf(member -> !userIds.contains(member.getUserId()));
		Set<Long> kept = members.stream().map(OpportunityMember::getUserId).collect(Collectors.toSet());
		userIds.stream().filter(userId -> !kept.contains(userId) && userId != ownerId)
			.forEach(userId -> members.add(new OpportunityMember(this, userId)));
	}

	/** Into another open stage of its pipeline; answers the seconds it stayed in the stage it leaves. */
	long enter(long newStageId, Instant now) {
		long dwell = Math.max(0, now.getEpochSecond() - stageEnteredAt.getEpochSecond());
		this.stageId = newStageId;
		this.stageEnteredAt = now;
		touch(now);
		return dwell;
	}

	long win(long wonStageId, Instant now) {
		long dwell = enter(wonStageId, now);
		this.outcome = StageOutcome.WON;
		this.closedAt = now;
		this.lostReasonId = null;
		this.wonBy = null;
		return dwell;
	}

	long lose(long lostStageId, long reasonId, String winner, Instant now) {
		long dwell = enter(lostStageId, now);
		this.outcome = StageOutcome.LOST;
		this.closedAt = now;
		this.lostReasonId = reasonId;
		this.wonBy = winner;
		return dwell;
	}

	long reopen(long openStageId, Instant now) {
		long dwell = enter(openStageId, now);
		this.outcome = null;
		this.closedAt = null;
		this.lostReasonId = null;
		this.wonBy = null;
		return dwell;
	}

	void delete(Instant now) {
		this.deletedAt = now;
		touch(now);
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	void categorize(ForecastCategory category, Instant now) {
		this.forecastCategory = category;
		touch(now);
	}

	public ForecastCategory getForecastCategory() {
		return forecastCategory;
	}

	boolean isOpen() {
		return outcome == null;
	}

	boolean isDeleted() {
		return deletedAt != null;
	}

	/** Whether the user is on the team (the owner or a member): they see it whatever their data scope. */
	boolean isOnTeam(long userId) {
		return ownerId == userId || members.stream().anyMatch(member -> member.getUserId() == userId);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public long getCustomerId() {
		return customerId;
	}

	public long getOwnerId() {
		return ownerId;
	}

	public long getPipelineId() {
		return pipelineId;
	}

	public long getStageId() {
		return stageId;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public boolean isAmountFromLines() {
		return amountFromLines;
	}

	public LocalDate getExpectedClose() {
		return expectedClose;
	}

	public String getSource() {
		return source;
	}

	public String getCompetitors() {
		return competitors;
	}

	public String getNextStep() {
		return nextStep;
	}

	public String getRemarks() {
		return remarks;
	}

	public StageOutcome getOutcome() {
		return outcome;
	}

	public Long getLostReasonId() {
		return lostReasonId;
	}

	public String getWonBy() {
		return wonBy;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Instant getStageEnteredAt() {
		return stageEnteredAt;
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

	public List<OpportunityLine> getLines() {
		return List.copyOf(lines);
	}

	public List<OpportunityContact> getContacts() {
		return List.copyOf(contacts);
	}

	public List<OpportunityMember> getMembers() {
		return List.copyOf(members);
	}
}

package org.hutong.projects.gate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.TenantId;

/**
 * A phase's gate review (阶段评审): requested by the project's manager, scored by each gatekeeper,
 * decided once by one of them. Its approval request is how the gatekeepers are told and where it shows in
 * their 审批 inbox; the decision itself is kept here.
 */
@Entity
@Table(name = "projects_gate")
public class Gate {

	static final int COMMENT_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "project_id")
	private long projectId;

	@Column(name = "phase_id")
	private long phaseId;

	@Column(name = "phase_name")
	private String phaseName;

	@Enumerated(EnumType.STRING)
	private GateStatus status = GateStatus.OPEN;

	@Enumerated(EnumType.STRING)
	private GateOutcome outcome;

	@Column(name = "approval_request_id")
	private Long approvalRequestId;

	@Column(name = "requested_by")
	private long requestedBy;

	@Column(name = "requested_at")
	private Instant requestedAt;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_comment")
	private String decisionComment;

	@Column(name = "hold_until")
	private LocalDate holdUntil;

	@Column(name = "hold_reminded")
	private boolean holdReminded;

	@Version
	private long version;

	@OneToMany(mappedBy = "gate", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 20)
	private List<GateScore> scores = new ArrayList<>();

	protected Gate() {
	}

	Gate(long projectId, long phaseId, String phaseName, long requestedBy, Instant now) {
		this.projectId = projectId;
		this.phaseId = phaseId;
		this.phaseName = phaseName;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
	}

	void awaiting(long approvalRequestId) {
		this.approvalRequestId = approvalRequestId;
	}

	/** The gatekeeper's scoring, new or replaced. */
	GateScore scoreOf(long gatekeeperId) {
		return score(gatekeeperId).orElseGet(() -> {
			GateScore score = new GateScore(this, gatekeeperId);
			scores.add(score);
			return score;
		});
	}

	public Optional<GateScore> score(long gatekeeperId) {
		return scores.stream().filter(s -> s.getGatekeeperId() == gatekeeperId).findFirst();
	}

	void decide(GateOutcome outcome, Long by, String comment, LocalDate holdUntil, Instant now) {
		if (status != GateStatus.OPEN) {
			throw new IllegalStateException("gate " + id + " is not open");
		}
		this.status = GateStatus.DECIDED;
		this.outcome = outcome;
		this.decidedBy = by;
		this.decisionComment = comment;
		this.holdUntil = outcome == GateOutcome.HOLD ? holdUntil : null;
		this.decidedAt = now;
	}

	void withdrawn(Instant now) {
		status = GateStatus.WITHDRAWN;
		decidedAt = now;
	}

	void reminded() {
		holdReminded = true;
	}

	public boolean isOpen() {
		return status == GateStatus.OPEN;
	}

	public Long getId() {
		return id;
	}

	public long getProjectId() {
		return projectId;
	}

	public long getPhaseId() {
		return phaseId;
	}

	public String getPhaseName() {
		return phaseName;
	}

	public GateStatus getStatus() {
		return status;
	}

	public GateOutcome getOutcome() {
		return outcome;
	}

	public Long getApprovalRequestId() {
		return approvalRequestId;
	}

	public long getRequestedBy() {
		return requestedBy;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public Long getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecisionComment() {
		return decisionComment;
	}

	public LocalDate getHoldUntil() {
		return holdUntil;
	}

	public long getVersion() {
		return version;
	}

	public List<GateScore> getScores() {
		return scores;
	}
}

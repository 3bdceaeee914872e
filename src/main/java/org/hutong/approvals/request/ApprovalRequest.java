package org.hutong.approvals.request;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.hutong.approvals.ApprovalCcd;
import org.hutong.approvals.ApprovalDecided;
import org.hutong.approvals.ApprovalReminded;
import org.hutong.approvals.ApprovalRequested;
import org.hutong.approvals.ApprovalReturned;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.ApprovalStepDecided;
import org.hutong.approvals.flow.FlowJson;
import org.hutong.approvals.route.Route;
import org.hutong.shared.SubjectRef;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 审批单: one run of a flow version, with its route for the current round and the nodes passed and
 * open in it. Transitions are package-private and guarded; each registers its event, published when
 * the repository saves the request inside the action's transaction.
 */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest extends AbstractAggregateRoot<ApprovalRequest> {

	static final Duration REMIND_EVERY = Duration.ofHours(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private String number;

	@Column(name = "flow_id")
	private long flowId;

	@Column(name = "flow_key")
	private String flowKey;

	@Column(name = "flow_version_id")
	private long flowVersionId;

	@Column(name = "subject_type")
	private String subjectType;

	@Column(name = "subject_id")
	private Long subjectId;

	@Column(name = "submitter_id")
	private long submitterId;

	@Column(name = "submitter_department_id")
	private Long submitterDepartmentId;

	private String title;

	private String summary;

	@Column(name = "field_values")
	private String values;

	private String route;

	@Column(name = "passed_nodes")
	private String passedNodes = "";

	@Column(name = "active_nodes")
	private String activeNodes = "";

	@Enumerated(EnumType.STRING)
	private ApprovalStatus status;

	private int round;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "reminded_at")
	private Instant remindedAt;

	@Column(name = "acted_at")
	private Instant actedAt;

	@Version
	private long version;

	protected ApprovalRequest() {
	}

	ApprovalRequest(RequestDraft draft, Route route, Instant now) {
		this.number = draft.number();
		this.flowId = draft.flowId();
		this.flowKey = draft.flowKey();
		this.flowVersionId = draft.flowVersionId();
		this.subjectType = draft.subject() == null ? null : draft.subject().type();
		this.subjectId = draft.subject() == null ? null : draft.subject().id();
		this.submitterId = draft.submitterId();
		this.submitterDepartmentId = draft.submitterDepartmentId();
		this.title = draft.title();
		this.summary = draft.summary();
		this.values = FlowJson.write(draft.values());
		this.route = FlowJson.write(route);
		this.status = ApprovalStatus.PENDING;
		this.round = 1;
		this.submittedAt = now.truncatedTo(ChronoUnit.MICROS);
		this.actedAt = submittedAt;
	}

	/** Registers {@link ApprovalRequested}; called once the request has its id. */
	void submitted(Instant now) {
		registerEvent(new ApprovalRequested(tenantId, id, number, flowKey, subject(), submitterId, round, now));
	}

	/**
	 * Marks an action, so the version moves even when nothing else did; later than the last one by a
	 * microsecond at least, as a fixed clock in tests would otherwise leave the row unchanged.
	 */
	void touch(Instant now) {
		Instant at = now.truncatedTo(ChronoUnit.MICROS);
		this.actedAt = at.isAfter(actedAt) ? at : actedAt.plus(1, ChronoUnit.MICROS);
	}

	void activate(String nodeId) {
		requireStatus(ApprovalStatus.PENDING);
		activeNodes = NodeIds.with(activeNodes, nodeId);
	}

	void pass(String nodeId) {
		activeNodes = NodeIds.without(activeNodes, nodeId);
		passedNodes = NodeIds.with(passedNodes, nodeId);
	}

	void approve(Instant now) {
		end(ApprovalStatus.APPROVED, now);
	}

	void reject(Instant now) {
		end(ApprovalStatus.REJECTED, now);
	}

	void withdraw(Instant now) {
		end(ApprovalStatus.WITHDRAWN, now);
	}

	private void end(ApprovalStatus outcome, Instant now) {
		if (!status.isOpen()) {
			throw new RequestNotOpen(id);
		}
		this.status = outcome;
		this.decidedAt = now.truncatedTo(ChronoUnit.MICROS);
		this.activeNodes = "";
		registerEvent(new ApprovalDecided(tenantId, id, flowKey, subject(), outcome, submitterId, now));
	}

	/** 退回 to the submitter: nothing is open until they resubmit. */
	void returnToSubmitter(long actorId, Instant now) {
		requireStatus(ApprovalStatus.PENDING);
		this.status = ApprovalStatus.RETURNED;
		this.activeNodes = "";
		registerEvent(new ApprovalReturned(tenantId, id, null, actorId, submitterId, now));
	}

	/** 退回 to a node passed in this round: it and every node passed after it run again. */
	void returnTo(String nodeId, long actorId, Instant now) {
		requireStatus(ApprovalStatus.PENDING);
		if (!NodeIds.list(passedNodes).contains(nodeId)) {
			throw new NotAnEarlierNode(nodeId);
		}
		passedNodes = NodeIds.before(passedNodes, nodeId);
		activeNodes = "";
		registerEvent(new ApprovalReturned(tenantId, id, nodeId, actorId, submitterId, now));
	}

	/** The values as kept once their files are claimed (each attachment with its name as uploaded). */
	void keep(Map<String, Object> claimed) {
		this.values = FlowJson.write(claimed);
	}

	/** Values an approver changed while deciding (the fields their node lets them edit); the route stays. */
	void edit(Map<String, Object> newValues) {
		if (status != ApprovalStatus.PENDING) {
			throw new RequestNotOpen(id);
		}
		this.values = FlowJson.write(newValues);
	}

	/** A new round after a return or a rejection, with the changed values and their new route. */
	void resubmit(Map<String, Object> newValues, Route newRoute, Instant now) {
		if (status != ApprovalStatus.RETURNED && status != ApprovalStatus.REJECTED) {
			throw new RequestNotOpen(id);
		}
		this.values = FlowJson.write(newValues);
		this.route = FlowJson.write(newRoute);
		this.passedNodes = "";
		this.activeNodes = "";
		this.status = ApprovalStatus.PENDING;
		this.decidedAt = null;
		this.round++;
		submitted(now);
	}

	/** 催办: at most once an hour; answers when the next reminder is allowed. */
	Instant remind(List<Long> assignees, Instant now) {
		requireStatus(ApprovalStatus.PENDING);
		if (remindedAt != null && now.isBefore(remindedAt.plus(REMIND_EVERY))) {
			throw new RemindTooSoon(remindedAt.plus(REMIND_EVERY));
		}
		this.remindedAt = now.truncatedTo(ChronoUnit.MICROS);
		registerEvent(new ApprovalReminded(tenantId, id, assignees, now));
		return remindedAt.plus(REMIND_EVERY);
	}

	/** A node's reminder timer fired: the assignee is reminded, whatever the submitter's hourly limit. */
	void reminded(List<Long> assignees, Instant now) {
		registerEvent(new ApprovalReminded(tenantId, id, assignees, now));
	}

	void stepDecided(String nodeId, long actorId, String action, Long targetUserId, Instant now) {
		registerEvent(new ApprovalStepDecided(tenantId, id, nodeId, actorId, action, targetUserId, now));
	}

	void ccd(String nodeId, List<Long> recipients, Instant now) {
		registerEvent(new ApprovalCcd(tenantId, id, nodeId, recipients, now));
	}

	private void requireStatus(ApprovalStatus expected) {
		if (status != expected) {
			throw new RequestNotOpen(id);
		}
	}

	public SubjectRef subject() {
		return subjectType == null ? null : new SubjectRef(subjectType, subjectId);
	}

	public Route route() {
		return FlowJson.read(route, Route.class);
	}

	public Map<String, Object> values() {
		return FlowJson.values(values);
	}

	/** The nodes passed in this round, in the order they passed. */
	public List<String> passedNodes() {
		return NodeIds.list(passedNodes);
	}

	public Set<String> activeNodes() {
		return Set.copyOf(NodeIds.list(activeNodes));
	}

	public Long getId() {
		return id;
	}

	public String getNumber() {
		return number;
	}

	public long getFlowId() {
		return flowId;
	}

	public String getFlowKey() {
		return flowKey;
	}

	public long getFlowVersionId() {
		return flowVersionId;
	}

	public long getSubmitterId() {
		return submitterId;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public ApprovalStatus getStatus() {
		return status;
	}

	public int getRound() {
		return round;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	/** When the submitter may 催办 again; {@code null} when they have not reminded yet. */
	public Instant nextReminderAllowedAt() {
		return remindedAt == null ? null : remindedAt.plus(REMIND_EVERY);
	}

	public long getVersion() {
		return version;
	}
}

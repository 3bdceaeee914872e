package org.hutong.approvals.request;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

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
import org.hutong.approvals.delegation.Delegations;

/**
 * One person's part in one visit of a node. Tasks added by 加签 point at the task that added them;
 * a 转交 closes the task and opens the same place for the new assignee.
 */
@Entity
@Table(name = "approval_task")
public class ApprovalTask {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "request_id")
	private long requestId;

	private int round;

	@Column(name = "node_id")
	private String nodeId;

	private int visit;

	@Column(name = "assignee_id")
	private long assigneeId;

	@Column(name = "delegated_from_id")
	private Long delegatedFromId;

	@Column(name = "added_by_task_id")
	private Long addedByTaskId;

	private int position;

	@Enumerated(EnumType.STRING)
	private TaskState state;

	private String comment;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Version
	private long version;

	protected ApprovalTask() {
	}

	/** Where a task sits: its request, round, node and visit of the node. */
	record Place(long requestId, int round, String nodeId, int visit) {
	}

	/** A task for the assignee, who holds it as a delegate when {@code assignee.delegatedFromId()} is set. */
	ApprovalTask(Place place, Delegations.Assignee assignee, Long addedByTaskId, int position, TaskState state) {
		this.requestId = place.requestId();
		this.round = place.round();
		this.nodeId = place.nodeId();
		this.visit = place.visit();
		this.assigneeId = assignee.userId();
		this.delegatedFromId = assignee.delegatedFromId();
		this.addedByTaskId = addedByTaskId;
		this.position = position;
		this.state = state;
	}

	Place place() {
		return new Place(requestId, round, nodeId, visit);
	}

	boolean isPendingFor(long userId, long request) {
		return state == TaskState.PENDING && assigneeId == userId && requestId == request;
	}

	void open() {
		this.state = TaskState.PENDING;
	}

	void hold() {
		this.state = TaskState.ON_HOLD;
	}

	void decide(TaskState outcome, String comment, Instant now) {
		this.state = outcome;
		this.comment = comment;
		this.decidedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	void cancel(Instant now) {
		if (state.isOpen()) {
			decide(TaskState.CANCELLED, null, now);
		}
	}

	public Long getId() {
		return id;
	}

	public long getRequestId() {
		return requestId;
	}

	public int getRound() {
		return round;
	}

	public String getNodeId() {
		return nodeId;
	}

	public int getVisit() {
		return visit;
	}

	public long getAssigneeId() {
		return assigneeId;
	}

	public Long getDelegatedFromId() {
		return delegatedFromId;
	}

	public Long getAddedByTaskId() {
		return addedByTaskId;
	}

	public int getPosition() {
		return position;
	}

	public TaskState getState() {
		return state;
	}

	public String getComment() {
		return comment;
	}
}

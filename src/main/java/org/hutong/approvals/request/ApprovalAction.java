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

import org.hibernate.annotations.TenantId;

/** One row of a request's history (the timeline): who did what, at which node, when; never changed. */
@Entity
@Table(name = "approval_action")
public class ApprovalAction {

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

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "on_behalf_of_id")
	private Long onBehalfOfId;

	@Enumerated(EnumType.STRING)
	private ActionKind action;

	private String comment;

	@Column(name = "target_node_id")
	private String targetNodeId;

	@Column(name = "target_user_id")
	private Long targetUserId;

	@Column(name = "occurred_at")
	private Instant at;

	protected ApprovalAction() {
	}

	/** What happened; the request, round and time are added by {@link History}. */
	record Entry(String nodeId, Long actorId, ActionKind action, String comment, String targetNodeId, Long targetUserId,
			Long onBehalfOfId) {

		Entry(String nodeId, Long actorId, ActionKind action, String comment, String targetNodeId, Long targetUserId) {
			this(nodeId, actorId, action, comment, targetNodeId, targetUserId, null);
		}

		static Entry of(ActionKind action, String nodeId, Long actorId) {
			return new Entry(nodeId, actorId, action, null, null, null);
		}

		/** The same, done by the actor as the delegate of {@code delegatorId} ({@code null}: in their own name). */
		Entry onBehalfOf(Long delegatorId) {
			return new Entry(nodeId, actorId, action, comment, targetNodeId, targetUserId, delegatorId);
		}
	}

	ApprovalAction(long requestId, int round, Entry entry, Instant now) {
		this.requestId = requestId;
		this.round = round;
		this.nodeId = entry.nodeId();
		this.actorId = entry.actorId();
		this.onBehalfOfId = entry.onBehalfOfId();
		this.action = entry.action();
		this.comment = entry.comment();
		this.targetNodeId = entry.targetNodeId();
		this.targetUserId = entry.targetUserId();
		this.at = now.truncatedTo(ChronoUnit.MICROS);
	}

	public Long getId() {
		return id;
	}

	public int getRound() {
		return round;
	}

	public String getNodeId() {
		return nodeId;
	}

	public Long getActorId() {
		return actorId;
	}

	/** Whose task the actor decided, when they decided it as that person's delegate (由 李明 代 王芳 审批). */
	public Long getOnBehalfOfId() {
		return onBehalfOfId;
	}

	public ActionKind getAction() {
		return action;
	}

	public String getComment() {
		return comment;
	}

	public String getTargetNodeId() {
		return targetNodeId;
	}

	public Long getTargetUserId() {
		return targetUserId;
	}

	public Instant getAt() {
		return at;
	}
}

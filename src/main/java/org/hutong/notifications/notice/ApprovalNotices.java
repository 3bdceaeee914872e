package org.hutong.notifications.notice;

import java.util.ArrayList;
import java.util.List;

import org.hutong.approvals.ApprovalCcd;
import org.hutong.approvals.ApprovalDelegated;
import org.hutong.approvals.ApprovalDecided;
import org.hutong.approvals.ApprovalReminded;
import org.hutong.approvals.ApprovalRequested;
import org.hutong.approvals.ApprovalReturned;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.ApprovalStepDecided;
import org.hutong.approvals.ApprovalsAwaiting;
import org.hutong.approvals.PendingApprovals;
import org.hutong.tenancy.TenantContext;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The approvals' events as notices, each linking to the 审批单: approvers when a task becomes theirs
 * (submitted, the step moved on, returned to their node, handed or added to them, reminded), the
 * submitter on each approval, return and the outcome, CC recipients. A task's notice is keyed by the
 * task, so whichever event finds it pending first tells its assignee and later ones (or a replay) add
 * nothing. After commit, async and in the publication registry; no outer transaction (see {@link FeedNotices}).
 */
@Component
class ApprovalNotices {

	private final Notifying notifying;

	private final PendingApprovals pending;

	ApprovalNotices(Notifying notifying, PendingApprovals pending) {
		this.notifying = notifying;
		this.pending = pending;
	}

	@Async
	@TransactionalEventListener
	void on(ApprovalRequested event) {
		notifying.deliver(newTasks(event.tenantId(), event.requestId(), null, null, null));
	}

	@Async
	@TransactionalEventListener
	void on(ApprovalStepDecided event) {
		List<Notice> notices = new ArrayList<>(newTasks(event.tenantId(), event.requestId(), event.action(),
				event.targetUserId(), event.actorId()));
		if ("APPROVE".equals(event.action())) {
			brief(event.tenantId(), event.requestId()).ifPresent(request -> notices.add(notice(event.tenantId(),
					request.submitterId(), NotificationKind.APPROVAL_STEP_APPROVED, event.actorId(), request,
					"step:" + event.nodeId() + ":" + event.actorId() + ":" + event.occurredAt().toEpochMilli())));
		}
		notifying.deliver(notices);
	}

	@Async
	@TransactionalEventListener
	void on(ApprovalReturned event) {
		List<Notice> notices = new ArrayList<>(newTasks(event.tenantId(), event.requestId(), null, null, null));
		brief(event.tenantId(), event.requestId()).ifPresent(request -> notices.add(notice(event.tenantId(),
				event.submitterId(), NotificationKind.APPROVAL_RETURNED, event.actorId(), request,
				"returned:" + event.occurredAt().toEpochMilli())));
		notifying.deliver(notices);
	}

	/** The outcome, to the submitter; a withdrawal is the submitter's own doing and tells nobody. */
	@Async
	@TransactionalEventListener
	void on(ApprovalDecided event) {
		NotificationKind kind = event.outcome() == ApprovalStatus.APPROVED ? NotificationKind.APPROVAL_APPROVED
				: event.outcome() == ApprovalStatus.REJECTED ? NotificationKind.APPROVAL_REJECTED : null;
		if (kind != null) {
			brief(event.tenantId(), event.requestId()).ifPresent(request -> notifying.deliver(notice(event.tenantId(),
					event.submitterId(), kind, null, request, "decided:" + event.occurredAt().toEpochMilli())));
		}
	}

	@Async
	@TransactionalEventListener
	void on(ApprovalCcd event) {
		brief(event.tenantId(), event.requestId()).ifPresent(request -> notifying.deliver(event.recipientIds()
			.stream()
			.map(user -> notice(event.tenantId(), user, NotificationKind.APPROVAL_CC, request.submitterId(), request,
					"cc:" + event.nodeId() + ":" + event.occurredAt().toEpochMilli()))
			.toList()));
	}

	/** 催办 by the submitter or a node's timeout: sent by nobody in particular. */
	@Async
	@TransactionalEventListener
	void on(ApprovalReminded event) {
		brief(event.tenantId(), event.requestId()).ifPresent(request -> notifying.deliver(event.assigneeIds()
			.stream()
			.map(user -> notice(event.tenantId(), user, NotificationKind.APPROVAL_REMINDED, null, request,
					"reminded:" + event.occurredAt().toEpochMilli()))
			.toList()));
	}

	/** The morning digest: one a day per approver, naming the first few waiting. */
	@Async
	@TransactionalEventListener
	void on(ApprovalsAwaiting event) {
		notifying.deliver(new Notice(event.tenantId(), event.approverId(), NotificationKind.APPROVAL_DIGEST, null, null,
				null, null, event.day(), String.join("；", event.titles()), ApprovalLinks.DIGEST + event.day()));
	}

	/** 委托: the delegate hears who hands them approvals, and for which days. */
	@Async
	@TransactionalEventListener
	void on(ApprovalDelegated event) {
		notifying.deliver(new Notice(event.tenantId(), event.delegateId(), NotificationKind.APPROVAL_DELEGATED,
				event.delegatorId(), null, null, null, event.startsOn(), event.startsOn() + " ~ " + event.endsOn(),
				ApprovalLinks.DELEGATION + event.delegationId()));
	}

	/**
	 * A notice for each task pending now, keyed by the task; the one handed or added to {@code target}
	 * says so and names who did it, the others name the submitter.
	 */
	private List<Notice> newTasks(long tenantId, long requestId, String action, Long target, Long actor) {
		return TenantContext.callAs(tenantId, () -> pending.about(requestId).map(request -> pending.pendingOn(requestId)
			.stream()
			.map(task -> {
				NotificationKind kind = kindFor(action, target, task.assigneeId());
				Long by = kind == NotificationKind.APPROVAL_PENDING ? Long.valueOf(request.submitterId()) : actor;
				return notice(tenantId, task.assigneeId(), kind, by, request, "task:" + task.taskId());
			})
			.toList()).orElse(List.of()));
	}

	private static NotificationKind kindFor(String action, Long target, long assignee) {
		if (target == null || target != assignee) {
			return NotificationKind.APPROVAL_PENDING;
		}
		return "TRANSFER".equals(action) ? NotificationKind.APPROVAL_TRANSFERRED : NotificationKind.APPROVAL_ADDED_SIGNER;
	}

	private java.util.Optional<PendingApprovals.Item> brief(long tenantId, long requestId) {
		return TenantContext.callAs(tenantId, () -> pending.about(requestId));
	}

	private static Notice notice(long tenantId, long recipient, NotificationKind kind, Long actor,
			PendingApprovals.Item request, String cause) {
		return new Notice(tenantId, recipient, kind, actor, null, null, null, null,
				request.number() + " " + request.title(), ApprovalLinks.key(request.requestId(), cause));
	}
}

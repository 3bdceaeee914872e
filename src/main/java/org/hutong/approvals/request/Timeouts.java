package org.hutong.approvals.request;

import java.time.Instant;

import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.route.RouteStep;
import org.springframework.stereotype.Component;

/**
 * What a due timer does, in its enterprise and the poller's transaction: remind the assignee (and
 * schedule the next reminder up to the node's count), or approve or reject the task on the engine's
 * behalf. A task no longer pending is left alone. Locks the request row like every action.
 */
@Component
class Timeouts {

	private final ApprovalRequestRepository requests;

	private final ApprovalTaskRepository tasks;

	private final Progress progress;

	private final Timers timers;

	Timeouts(ApprovalRequestRepository requests, ApprovalTaskRepository tasks, Progress progress, Timers timers) {
		this.requests = requests;
		this.tasks = tasks;
		this.progress = progress;
		this.timers = timers;
	}

	void fire(Timers.DueTimer timer) {
		Long requestId = tasks.requestOf(timer.taskId()).orElse(null);
		if (requestId == null) {
			return;
		}
		ApprovalRequest request = requests.lockById(requestId).orElseThrow();
		ApprovalTask task = tasks.findById(timer.taskId()).orElseThrow();
		if (task.getState() != TaskState.PENDING) {
			return;
		}
		RouteStep step = request.route().step(task.getNodeId()).orElseThrow();
		Instant now = progress.now();
		switch (timer.kind()) {
			case REMIND -> remind(request, task, step, timer, now);
			case AUTO_APPROVE -> approve(request, task, step, now);
			case AUTO_REJECT -> reject(request, task, now);
		}
		request.touch(now);
		progress.dropTimers(request);
		requests.save(request);
	}

	private void remind(ApprovalRequest request, ApprovalTask task, RouteStep step, Timers.DueTimer timer, Instant now) {
		request.reminded(java.util.List.of(task.getAssigneeId()), now);
		progress.record(request, new ApprovalAction.Entry(task.getNodeId(), null, ActionKind.REMIND, null, null,
				task.getAssigneeId()), now);
		FlowNode.Timeout timeout = step.timeout();
		if (timeout != null && timers.firedReminders(task.getId()) < timeout.maxReminders()) {
			// counted from when this one was due, so a late poller does not stretch the rhythm
			timers.schedule(task.getId(), Timers.Kind.REMIND, timer.dueAt().plusSeconds(60L * timeout.remindEveryMinutes()));
		}
	}

	private void approve(ApprovalRequest request, ApprovalTask task, RouteStep step, Instant now) {
		task.decide(TaskState.APPROVED, null, now);
		progress.record(request, ApprovalAction.Entry.of(ActionKind.TIMEOUT_APPROVE, task.getNodeId(), null), now);
		if (step.mode() == FlowNode.Mode.ANY) {
			progress.closeOthers(task, now);
		}
		progress.approved(request, task, now);
	}

	private void reject(ApprovalRequest request, ApprovalTask task, Instant now) {
		task.decide(TaskState.REJECTED, null, now);
		progress.record(request, ApprovalAction.Entry.of(ActionKind.TIMEOUT_REJECT, task.getNodeId(), null), now);
		progress.closeAll(request, now);
		request.reject(now);
	}
}

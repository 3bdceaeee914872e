package org.hutong.approvals.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.delegation.Delegations;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.route.Route;
import org.hutong.approvals.route.RouteStep;
import org.springframework.stereotype.Component;

/**
 * The engine: moves a locked request along its route. Opens the steps that are ready (tasks for
 * approvers, CC rows, the auto rules' passes and rejections), counts a node as passed when its mode
 * says so, and ends the request approved when the route is complete. Callers hold the request's
 * row lock and save the request afterwards, which publishes what it registered.
 */
@Component
class Progress {

	private final ApprovalTaskRepository tasks;

	private final History history;

	private final Timers timers;

	private final Delegations delegations;

	private final Clock clock;

	Progress(ApprovalTaskRepository tasks, History history, Timers timers, Delegations delegations, Clock clock) {
		this.tasks = tasks;
		this.history = history;
		this.timers = timers;
		this.delegations = delegations;
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	void advance(ApprovalRequest request, Instant now) {
		while (request.getStatus() == ApprovalStatus.PENDING) {
			Route route = request.route();
			Set<String> passed = Set.copyOf(request.passedNodes());
			Set<String> active = request.activeNodes();
			List<RouteStep> ready = route.ready(passed).stream().filter(s -> !active.contains(s.nodeId())).toList();
			if (ready.isEmpty()) {
				if (route.complete(passed)) {
					history.record(request, ApprovalAction.Entry.of(ActionKind.APPROVED, null, null), now);
					request.approve(now);
				}
				return;
			}
			boolean moved = false;
			for (RouteStep step : ready) {
				moved |= open(request, step, now);
			}
			if (!moved) {
				return;
			}
		}
	}

	/** Opens a step; answers whether it was passed (or rejected) at once. */
	private boolean open(ApprovalRequest request, RouteStep step, Instant now) {
		if (request.getStatus() != ApprovalStatus.PENDING) {
			return true;
		}
		if (step.kind() == RouteStep.Kind.CC) {
			step.people().forEach(person -> history.record(request,
					new ApprovalAction.Entry(step.nodeId(), null, ActionKind.CC, null, null, person), now));
			request.ccd(step.nodeId(), step.people(), now);
			request.pass(step.nodeId());
			return true;
		}
		if (step.outcome() == RouteStep.Outcome.AUTO_PASS) {
			history.record(request, ApprovalAction.Entry.of(ActionKind.AUTO_PASS, step.nodeId(), null), now);
			request.pass(step.nodeId());
			return true;
		}
		if (step.outcome() == RouteStep.Outcome.AUTO_REJECT) {
			history.record(request, ApprovalAction.Entry.of(ActionKind.AUTO_REJECT, step.nodeId(), null), now);
			request.reject(now);
			return true;
		}
		openTasks(request, step, now);
		return false;
	}

	private void openTasks(ApprovalRequest request, RouteStep step, Instant now) {
		request.activate(step.nodeId());
		var place = new ApprovalTask.Place(request.getId(), request.getRound(), step.nodeId(),
				tasks.lastVisit(request.getId(), step.nodeId()) + 1);
		for (int i = 0; i < step.people().size(); i++) {
			boolean inTurn = step.mode() != FlowNode.Mode.SEQUENTIAL || i == 0;
			ApprovalTask task = tasks.save(new ApprovalTask(place,
					delegations.assigneeFor(step.people().get(i), request.getSubmitterId()), null, i,
					inTurn ? TaskState.PENDING : TaskState.WAITING));
			if (inTurn) {
				startTimers(task, step, now);
			}
		}
	}

	/** Opens a task that comes to its turn (依次, or back from a signer added before it). */
	void reopen(ApprovalTask task, RouteStep step, Instant now) {
		task.open();
		startTimers(task, step, now);
	}

	private void startTimers(ApprovalTask task, RouteStep step, Instant now) {
		FlowNode.Timeout timeout = step.timeout();
		if (timeout == null) {
			return;
		}
		if (timeout.remindEveryMinutes() > 0 && timeout.maxReminders() > 0) {
			timers.schedule(task.getId(), Timers.Kind.REMIND, now.plusSeconds(60L * timeout.remindEveryMinutes()));
		}
		if (timeout.afterMinutes() > 0 && timeout.action() != null) {
			Timers.Kind kind = timeout.action() == FlowNode.TimeoutAction.AUTO_APPROVE ? Timers.Kind.AUTO_APPROVE
					: Timers.Kind.AUTO_REJECT;
			timers.schedule(task.getId(), kind, now.plusSeconds(60L * timeout.afterMinutes()));
		}
	}

	/** After a task of the node was approved: hands the turn on, or passes the node and moves on. */
	void approved(ApprovalRequest request, ApprovalTask task, Instant now) {
		RouteStep step = request.route().step(task.getNodeId()).orElseThrow();
		List<ApprovalTask> visit = visit(task);
		if (task.getAddedByTaskId() != null) {
			ApprovalTask parent = tasks.findById(task.getAddedByTaskId()).orElseThrow();
			if (parent.getState() == TaskState.ON_HOLD) {
				if (NodeCount.addedBy(parent, visit).stream().noneMatch(t -> t.getState().isOpen())) {
					reopen(parent, step, now);
				}
				return;
			}
		}
		if (NodeCount.passes(step, visit)) {
			visit.forEach(t -> t.cancel(now));
			history.record(request, ApprovalAction.Entry.of(ActionKind.NODE_PASSED, step.nodeId(), null), now);
			request.pass(step.nodeId());
			advance(request, now);
		}
		else {
			NodeCount.nextInTurn(step, visit).ifPresent(next -> reopen(next, step, now));
		}
	}

	/** 或签: once one approver decides, the others' tasks close as 已由他人处理. */
	void closeOthers(ApprovalTask decided, Instant now) {
		List<ApprovalTask> visit = visit(decided);
		Long root = NodeCount.root(decided, visit).getId();
		visit.stream().filter(t -> !root.equals(NodeCount.root(t, visit).getId())).forEach(t -> t.cancel(now));
	}

	List<ApprovalTask> visit(ApprovalTask task) {
		return tasks.findByRequestIdAndNodeIdAndVisitOrderByPositionAscIdAsc(task.getRequestId(), task.getNodeId(),
				task.getVisit());
	}

	/** Closes every open task of the request (rejected, returned, withdrawn) and drops their timers. */
	void closeAll(ApprovalRequest request, Instant now) {
		tasks.findByRequestIdAndStateInOrderByIdAsc(request.getId(), TaskState.OPEN).forEach(t -> t.cancel(now));
		dropTimers(request);
	}

	ApprovalAction record(ApprovalRequest request, ApprovalAction.Entry entry, Instant now) {
		return history.record(request, entry, now);
	}

	List<ApprovalAction> history(ApprovalRequest request) {
		return history.of(request.getId());
	}

	/** Who has a task to decide now: whom a 催办 reminds. */
	List<Long> pendingAssignees(ApprovalRequest request) {
		return tasks.findByRequestIdAndStateInOrderByIdAsc(request.getId(), Set.of(TaskState.PENDING))
			.stream().map(ApprovalTask::getAssigneeId).distinct().toList();
	}

	/** Writes pending changes, then drops the timers of tasks no longer pending. */
	void dropTimers(ApprovalRequest request) {
		tasks.flush();
		timers.cancelClosed(request.getId());
	}
}

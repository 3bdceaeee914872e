package org.hutong.approvals.request;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.route.RouteStep;

/**
 * Whether one visit of a node has passed, from its tasks: 依次 when every approver in turn has,
 * 会签 when all (or the pass ratio) have, 或签 when one has. A task counts as approved only when the
 * signers it added have approved too, so 加签 after me holds the node until my signer decides.
 */
final class NodeCount {

	private NodeCount() {
	}

	static boolean passes(RouteStep step, List<ApprovalTask> visit) {
		List<ApprovalTask> deciding = topLevel(visit).stream().filter(t -> t.getState() != TaskState.CANCELLED).toList();
		long approved = deciding.stream().filter(t -> approved(t, visit)).count();
		return switch (step.mode()) {
			case ANY -> approved > 0;
			case SEQUENTIAL -> !deciding.isEmpty() && approved == deciding.size();
			case ALL -> !deciding.isEmpty()
					&& approved * 100 >= (long) (step.passRatio() == null ? 100 : step.passRatio()) * deciding.size();
		};
	}

	/** For 依次: the next approver's task, once everyone before has approved. */
	static Optional<ApprovalTask> nextInTurn(RouteStep step, List<ApprovalTask> visit) {
		if (step.mode() != FlowNode.Mode.SEQUENTIAL) {
			return Optional.empty();
		}
		List<ApprovalTask> top = topLevel(visit);
		boolean turnDone = top.stream()
			.filter(t -> t.getState() != TaskState.WAITING && t.getState() != TaskState.CANCELLED)
			.allMatch(t -> approved(t, visit));
		return turnDone ? top.stream().filter(t -> t.getState() == TaskState.WAITING)
			.min(Comparator.comparingInt(ApprovalTask::getPosition)) : Optional.empty();
	}

	/** The task an added signer's task hangs from, up to the approver the node resolved. */
	static ApprovalTask root(ApprovalTask task, List<ApprovalTask> visit) {
		ApprovalTask current = task;
		while (current.getAddedByTaskId() != null) {
			Long parent = current.getAddedByTaskId();
			Optional<ApprovalTask> up = visit.stream().filter(t -> Objects.equals(t.getId(), parent)).findFirst();
			if (up.isEmpty()) {
				break;
			}
			current = up.get();
		}
		return current;
	}

	static List<ApprovalTask> addedBy(ApprovalTask task, List<ApprovalTask> visit) {
		return visit.stream()
			.filter(t -> Objects.equals(t.getAddedByTaskId(), task.getId()) && t.getState() != TaskState.TRANSFERRED)
			.toList();
	}

	private static boolean approved(ApprovalTask task, List<ApprovalTask> visit) {
		return task.getState() == TaskState.APPROVED && addedBy(task, visit).stream().allMatch(t -> approved(t, visit));
	}

	private static List<ApprovalTask> topLevel(List<ApprovalTask> visit) {
		return visit.stream().filter(t -> t.getAddedByTaskId() == null && t.getState() != TaskState.TRANSFERRED).toList();
	}
}

package org.hutong.approvals.inbox;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowRepository;
import org.hutong.approvals.request.ApprovalRequest;
import org.hutong.approvals.request.ApprovalTask;
import org.hutong.approvals.request.TaskState;
import org.hutong.identity.OrgChart;
import org.springframework.stereotype.Component;

/** Turns a page of requests into inbox items: flow and submitter names, and the viewer's pending task. */
@Component
class InboxItems {

	private final EntityManager entityManager;

	private final FlowRepository flows;

	private final OrgChart org;

	InboxItems(EntityManager entityManager, FlowRepository flows, OrgChart org) {
		this.entityManager = entityManager;
		this.flows = flows;
		this.org = org;
	}

	List<InboxItem> of(long userId, InboxTab tab, List<ApprovalRequest> requests) {
		if (requests.isEmpty()) {
			return List.of();
		}
		List<Long> ids = requests.stream().map(ApprovalRequest::getId).toList();
		Map<Long, String> flowNames = flows.findAllById(requests.stream().map(ApprovalRequest::getFlowId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Flow::getId, Flow::getName));
		Map<Long, ApprovalTask> mine = tab == InboxTab.PENDING ? pendingTasks(userId, ids) : Map.of();
		Map<Long, OrgChart.Member> people = org.members(Stream.concat(
				requests.stream().map(ApprovalRequest::getSubmitterId),
				mine.values().stream().map(ApprovalTask::getDelegatedFromId).filter(Objects::nonNull)).toList());
		return requests.stream().map(request -> {
			ApprovalTask task = mine.get(request.getId());
			OrgChart.Member submitter = people.get(request.getSubmitterId());
			return new InboxItem(request.getId(), request.getNumber(), request.getTitle(), request.getSummary(),
					flowNames.get(request.getFlowId()), submitter == null ? null : submitter.displayName(),
					request.getSubmittedAt(), request.getStatus(), task == null ? null : task.getId(), request.getVersion(),
					task != null && commentRequired(request, task), delegatedFrom(task, people));
		}).toList();
	}

	private Map<Long, ApprovalTask> pendingTasks(long userId, List<Long> requestIds) {
		return entityManager
			.createQuery("select t from ApprovalTask t where t.assigneeId = :me and t.state = :state"
					+ " and t.requestId in :ids order by t.id", ApprovalTask.class)
			.setParameter("me", userId)
			.setParameter("state", TaskState.PENDING)
			.setParameter("ids", requestIds)
			.getResultList()
			.stream()
			.collect(Collectors.toMap(ApprovalTask::getRequestId, Function.identity(), (first, later) -> first));
	}

	/** Whose task a delegate holds (委托), by name. */
	private static String delegatedFrom(ApprovalTask task, Map<Long, OrgChart.Member> people) {
		OrgChart.Member from = task == null || task.getDelegatedFromId() == null ? null : people.get(task.getDelegatedFromId());
		return from == null ? null : from.displayName();
	}

	/** Whether 同意 needs more than the list's button: a comment or a signature the node asks for. */
	private static boolean commentRequired(ApprovalRequest request, ApprovalTask task) {
		return request.route().step(task.getNodeId()).map(step -> step.commentRequired() || step.signatureRequired())
			.orElse(false);
	}
}

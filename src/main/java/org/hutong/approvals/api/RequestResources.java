package org.hutong.approvals.api;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.request.ActionKind;
import org.hutong.approvals.request.ApprovalAction;
import org.hutong.approvals.request.ApprovalActionRepository;
import org.hutong.approvals.request.ApprovalRequest;
import org.hutong.approvals.request.ApprovalRequestRepository;
import org.hutong.approvals.request.ApprovalTask;
import org.hutong.approvals.request.ApprovalTaskRepository;
import org.hutong.approvals.request.FieldAccess;
import org.hutong.approvals.request.TaskState;
import org.hutong.approvals.route.RouteStep;
import org.hutong.identity.Colleagues;
import org.hutong.web.RecordNotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests as the API shows them, to those who may see them: the submitter, anyone with a task on it
 * (or on whose behalf one was), anyone it was copied to, and the approvals administrator. To anyone
 * else a request does not exist (404), as it does not to another enterprise.
 */
@Component
@Transactional(readOnly = true)
class RequestResources {

	private static final Set<TaskState> CURRENT = Set.of(TaskState.PENDING, TaskState.WAITING, TaskState.ON_HOLD);

	private final ApprovalRequestRepository requests;

	private final ApprovalTaskRepository tasks;

	private final ApprovalActionRepository actions;

	private final Colleagues colleagues;

	private final FieldAccess fieldAccess;

	RequestResources(ApprovalRequestRepository requests, ApprovalTaskRepository tasks, ApprovalActionRepository actions,
			Colleagues colleagues, FieldAccess fieldAccess) {
		this.requests = requests;
		this.tasks = tasks;
		this.actions = actions;
		this.colleagues = colleagues;
		this.fieldAccess = fieldAccess;
	}

	record Summary(long id, String number, String flowKey, String title, String summary, ApprovalStatus status,
			long submitterId, String submitterName, Instant submittedAt, int round, long version) {
	}

	record Task(long id, String nodeId, String nodeName, long assigneeId, String assigneeName, Long delegatedFromId,
			TaskState state, boolean mine) {
	}

	record Entry(long id, int round, String nodeId, ActionKind action, Long actorId, String actorName, String comment, String targetNodeId, Long targetUserId, String targetUserName, Instant at) {
	}

	record Detail(long id, String number, String flowKey, String title, String summary, ApprovalStatus status,
			long submitterId, String submitterName, Instant submittedAt, int round, long version,
			Map<String, Object> values, List<Task> currentTasks, List<Entry> history) {
	}

	/** A predicted step: who decides (or is copied), after the flow's automatic rules. */
	record Step(String nodeId, String name, RouteStep.Kind kind, FlowNode.Mode mode, RouteStep.Outcome outcome,
			List<Colleagues.Colleague> people) {
	}

	List<Step> steps(List<RouteStep> steps) {
		Set<Long> people = new HashSet<>();
		steps.forEach(step -> people.addAll(step.people()));
		Map<Long, String> names = colleagues.names(people);
		return steps.stream()
			.map(s -> new Step(s.nodeId(), s.name(), s.kind(), s.mode(), s.outcome(),
					s.people().stream().map(p -> new Colleagues.Colleague(p, names.get(p))).toList()))
			.toList();
	}

	List<Summary> summaries(List<ApprovalRequest> rows) {
		Set<Long> people = new HashSet<>();
		rows.forEach(r -> people.add(r.getSubmitterId()));
		Map<Long, String> names = colleagues.names(people);
		return rows.stream().map(r -> summary(r, names)).toList();
	}

	/** The request if the caller may see it, else {@link RecordNotFound}. */
	ApprovalRequest visible(ApiCaller caller, long id) {
		ApprovalRequest request = requests.findById(id).orElseThrow(RecordNotFound::new);
		if (caller.admin() || request.getSubmitterId() == caller.id()) {
			return request;
		}
		boolean hasTask = tasks.findByRequestIdOrderByIdAsc(id).stream()
			.anyMatch(t -> t.getAssigneeId() == caller.id() || Long.valueOf(caller.id()).equals(t.getDelegatedFromId()));
		boolean copied = actions.findByRequestIdOrderByIdAsc(id).stream()
			.anyMatch(a -> a.getAction() == ActionKind.CC && Long.valueOf(caller.id()).equals(a.getTargetUserId()));
		if (!hasTask && !copied) {
			throw new RecordNotFound();
		}
		return request;
	}

	Detail detail(ApiCaller caller, long id) {
		ApprovalRequest r = visible(caller, id);
		List<ApprovalTask> all = tasks.findByRequestIdOrderByIdAsc(id);
		List<ApprovalTask> current = all.stream().filter(t -> CURRENT.contains(t.getState())).toList();
		List<ApprovalAction> timeline = actions.findByRequestIdOrderByIdAsc(id);
		Set<Long> people = new HashSet<>(Set.of(r.getSubmitterId()));
		current.forEach(t -> people.add(t.getAssigneeId()));
		timeline.forEach(a -> {
			addIfSet(people, a.getActorId());
			addIfSet(people, a.getTargetUserId());
		});
		Map<Long, String> names = colleagues.names(people);
		return new Detail(r.getId(), r.getNumber(), r.getFlowKey(), r.getTitle(), r.getSummary(), r.getStatus(),
				r.getSubmitterId(), names.get(r.getSubmitterId()), r.getSubmittedAt(), r.getRound(), r.getVersion(),
				shownValues(r, all, caller), taskViews(caller, r, current, names), entries(timeline, names));
	}

	/** The values without the fields the caller's node hides, as the request page leaves them out. */
	private Map<String, Object> shownValues(ApprovalRequest r, List<ApprovalTask> all, ApiCaller caller) {
		Set<String> hidden = fieldAccess.hidden(r, all, caller.id());
		Map<String, Object> shown = new LinkedHashMap<>(r.values());
		shown.keySet().removeAll(hidden);
		return shown;
	}

	private static List<Task> taskViews(ApiCaller caller, ApprovalRequest r, List<ApprovalTask> current,
			Map<Long, String> names) {
		var route = r.route();
		return current.stream()
			.map(t -> new Task(t.getId(), t.getNodeId(), route.step(t.getNodeId()).map(s -> s.name()).orElse(null),
					t.getAssigneeId(), names.get(t.getAssigneeId()), t.getDelegatedFromId(), t.getState(),
					t.getAssigneeId() == caller.id()))
			.toList();
	}

	private static List<Entry> entries(List<ApprovalAction> timeline, Map<Long, String> names) {
		return timeline.stream()
			.map(a -> new Entry(a.getId(), a.getRound(), a.getNodeId(), a.getAction(), a.getActorId(),
					a.getActorId() == null ? null : names.get(a.getActorId()), a.getComment(),
					a.getTargetNodeId(), a.getTargetUserId(),
					a.getTargetUserId() == null ? null : names.get(a.getTargetUserId()), a.getAt()))
			.toList();
	}

	/** The caller's task waiting for their decision on the request, or {@code null}. */
	Long myPendingTask(ApiCaller caller, long requestId) {
		return tasks.findByRequestIdAndStateInOrderByIdAsc(requestId, List.of(TaskState.PENDING)).stream()
			.filter(t -> t.getAssigneeId() == caller.id())
			.map(ApprovalTask::getId)
			.findFirst()
			.orElse(null);
	}

	long versionOf(long requestId) {
		return requests.findById(requestId).orElseThrow(RecordNotFound::new).getVersion();
	}

	private static Summary summary(ApprovalRequest r, Map<Long, String> names) {
		return new Summary(r.getId(), r.getNumber(), r.getFlowKey(), r.getTitle(), r.getSummary(), r.getStatus(),
				r.getSubmitterId(), names.get(r.getSubmitterId()), r.getSubmittedAt(), r.getRound(), r.getVersion());
	}

	private static void addIfSet(Set<Long> people, Long id) {
		if (id != null) {
			people.add(id);
		}
	}
}

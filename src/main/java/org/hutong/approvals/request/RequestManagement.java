package org.hutong.approvals.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.route.RouteStep;
import org.hutong.approvals.delegation.Delegations;
import org.hutong.approvals.file.ApprovalFiles;
import org.hutong.identity.OrgChart;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What approvers do with their tasks: 同意, 拒绝, 转交, 加签 before or after, 退回. Every action locks
 * the request row first (SELECT … FOR UPDATE), then re-checks that the task is still the actor's and
 * pending ({@link TaskNoLongerYours} otherwise) and that the request is the version the actor saw
 * ({@link StaleApprovalException}); so of two approvers of one 或签 acting at once exactly one counts.
 */
@Service
@Transactional
public class RequestManagement {

	private final ApprovalRequestRepository requests;

	private final ApprovalTaskRepository tasks;

	private final Progress progress;

	private final OrgChart org;

	private final Delegations delegations;

	private final FieldAccess access;

	private final ApprovalFiles files;

	private final Clock clock;

	RequestManagement(ApprovalRequestRepository requests, ApprovalTaskRepository tasks, Progress progress, OrgChart org,
			Delegations delegations, FieldAccess access, ApprovalFiles files, Clock clock) {
		this.access = access;
		this.files = files;
		this.requests = requests;
		this.tasks = tasks;
		this.progress = progress;
		this.org = org;
		this.delegations = delegations;
		this.clock = clock;
	}

	/** Who acts, on which task of which request, as of which request version. */
	public record TaskAction(long actorId, long requestId, long taskId, long expectedVersion, String comment) {
	}

	private record Locked(ApprovalRequest request, ApprovalTask task, RouteStep step, Instant now) {
	}

	public void approve(TaskAction action) {
		approve(action, FieldEdit.NONE, DecisionFiles.NONE);
	}

	public void approve(TaskAction action, FieldEdit edit) {
		approve(action, edit, DecisionFiles.NONE);
	}

	/**
	 * 同意 with changes to the fields the node lets its approver edit, already checked against the
	 * form; a change to any other field is refused ({@link FieldNotEditable}) and changes nothing.
	 */
	public void approve(TaskAction action, FieldEdit edit, DecisionFiles attached) {
		Locked locked = lock(action);
		requireComment(locked.step(), action.comment());
		requireSignature(locked.step(), attached);
		applyEdit(locked, action, edit);
		locked.task().decide(TaskState.APPROVED, action.comment(), locked.now());
		attach(locked, decided(locked, action, ActionKind.APPROVE, null), attached);
		if (locked.step().mode() == FlowNode.Mode.ANY) {
			progress.closeOthers(locked.task(), locked.now());
		}
		progress.approved(locked.request(), locked.task(), locked.now());
		finish(locked);
	}

	public void reject(TaskAction action) {
		reject(action, DecisionFiles.NONE);
	}

	public void reject(TaskAction action, DecisionFiles attached) {
		Locked locked = lock(action);
		requireComment(locked.step(), action.comment());
		requireSignature(locked.step(), attached);
		locked.task().decide(TaskState.REJECTED, action.comment(), locked.now());
		attach(locked, decided(locked, action, ActionKind.REJECT, null), attached);
		progress.closeAll(locked.request(), locked.now());
		locked.request().reject(locked.now());
		finish(locked);
	}

	/** 转交: my task goes to a colleague, in the same place of the node. */
	public void transfer(TaskAction action, long toUserId) {
		Locked locked = lock(action);
		requireColleague(action.actorId(), toUserId);
		ApprovalTask mine = locked.task();
		mine.decide(TaskState.TRANSFERRED, action.comment(), locked.now());
		ApprovalTask theirs = tasks.save(new ApprovalTask(mine.place(),
				delegations.assigneeFor(toUserId, locked.request().getSubmitterId()), mine.getAddedByTaskId(),
				mine.getPosition(), TaskState.PENDING));
		progress.reopen(theirs, locked.step(), locked.now());
		decided(locked, action, ActionKind.TRANSFER, toUserId);
		finish(locked);
	}

	/** 加签: a signer decides before my task comes back to me, or after my approval (which then waits for theirs). */
	public void addSigner(TaskAction action, long signerId, SignerPlace place) {
		Locked locked = lock(action);
		requireColleague(action.actorId(), signerId);
		ApprovalTask mine = locked.task();
		if (place == SignerPlace.BEFORE) {
			mine.hold();
		}
		else {
			mine.decide(TaskState.APPROVED, action.comment(), locked.now());
		}
		ApprovalTask signer = tasks.save(new ApprovalTask(mine.place(),
				delegations.assigneeFor(signerId, locked.request().getSubmitterId()), mine.getId(), mine.getPosition(),
				TaskState.PENDING));
		progress.reopen(signer, locked.step(), locked.now());
		decided(locked, action, place == SignerPlace.BEFORE ? ActionKind.ADD_SIGNER_BEFORE : ActionKind.ADD_SIGNER_AFTER,
				signerId);
		if (place == SignerPlace.AFTER && locked.step().mode() == FlowNode.Mode.ANY) {
			progress.closeOthers(mine, locked.now());
		}
		finish(locked);
	}

	/**
	 * 退回: to the submitter ({@code nodeId} {@code null}), who may resubmit, or to a node passed in
	 * this round, which decides again; every other open task of the request closes.
	 */
	public void returnTo(TaskAction action, String nodeId) {
		Locked locked = lock(action);
		ApprovalRequest request = locked.request();
		if (nodeId != null && !request.passedNodes().contains(nodeId)) {
			throw new NotAnEarlierNode(nodeId);
		}
		locked.task().decide(TaskState.RETURNED, action.comment(), locked.now());
		progress.record(request, new ApprovalAction.Entry(locked.task().getNodeId(), action.actorId(), ActionKind.RETURN,
				action.comment(), nodeId, null).onBehalfOf(locked.task().getDelegatedFromId()), locked.now());
		progress.closeAll(request, locked.now());
		if (nodeId == null) {
			request.returnToSubmitter(action.actorId(), locked.now());
		}
		else {
			request.returnTo(nodeId, action.actorId(), locked.now());
			progress.advance(request, locked.now());
		}
		finish(locked);
	}

	/**
	 * The form's values after an approver's edit: {@code values} is all of them, {@code derived} the
	 * keys computed from others (a total from its lines), which change with them.
	 */
	public record FieldEdit(Map<String, Object> values, Set<String> derived) {

		public static final FieldEdit NONE = new FieldEdit(null, Set.of());
	}

	private void applyEdit(Locked locked, TaskAction action, FieldEdit edit) {
		if (edit.values() == null) {
			return;
		}
		ApprovalRequest request = locked.request();
		Map<String, Object> before = request.values();
		Set<String> keys = new TreeSet<>(before.keySet());
		keys.addAll(edit.values().keySet());
		List<String> changed = keys.stream()
			.filter(key -> !Objects.equals(before.get(key), edit.values().get(key)) && !edit.derived().contains(key))
			.toList();
		if (changed.isEmpty()) {
			return;
		}
		Set<String> editable = access.editable(request, locked.task());
		changed.stream().filter(key -> !editable.contains(key)).findFirst().ifPresent(key -> {
			throw new FieldNotEditable(key);
		});
		request.edit(edit.values());
		progress.record(request, new ApprovalAction.Entry(locked.task().getNodeId(), action.actorId(), ActionKind.EDIT,
				String.join(",", changed), null, null).onBehalfOf(locked.task().getDelegatedFromId()), locked.now());
	}

	private Locked lock(TaskAction action) {
		ApprovalRequest request = requests.lockById(action.requestId())
			.orElseThrow(() -> new NoSuchElementException("approval request " + action.requestId()));
		ApprovalTask task = tasks.findById(action.taskId())
			.filter(t -> t.isPendingFor(action.actorId(), request.getId()))
			.orElseThrow(() -> new TaskNoLongerYours(action.taskId()));
		if (request.getVersion() != action.expectedVersion()) {
			throw new StaleApprovalException(request.getId());
		}
		RouteStep step = request.route().step(task.getNodeId()).orElseThrow();
		return new Locked(request, task, step, clock.instant());
	}

	private ApprovalAction decided(Locked locked, TaskAction action, ActionKind kind, Long targetUserId) {
		ApprovalAction recorded = progress.record(locked.request(), new ApprovalAction.Entry(locked.task().getNodeId(),
				action.actorId(), kind, action.comment(), null, targetUserId)
			.onBehalfOf(locked.task().getDelegatedFromId()), locked.now());
		locked.request().stepDecided(locked.task().getNodeId(), action.actorId(), kind.name(), targetUserId, locked.now());
		return recorded;
	}

	/** The files and signature of a decision: {@code files} the approver attached, {@code signature} their drawing. */
	public record DecisionFiles(List<Long> files, Long signature) {

		public static final DecisionFiles NONE = new DecisionFiles(List.of(), null);

		public DecisionFiles {
			files = files == null ? List.of() : List.copyOf(files);
		}
	}

	private void attach(Locked locked, ApprovalAction decision, DecisionFiles attached) {
		if (!attached.files().isEmpty() || attached.signature() != null) {
			files.attachToDecision(locked.request().getId(), locked.task().getAssigneeId(), decision.getId(),
					attached.files(), attached.signature());
		}
	}

	private static void requireSignature(RouteStep step, DecisionFiles attached) {
		if (step.signatureRequired() && attached.signature() == null) {
			throw new SignatureRequired();
		}
	}

	private void finish(Locked locked) {
		locked.request().touch(locked.now());
		progress.dropTimers(locked.request());
		requests.save(locked.request());
	}

	private static void requireComment(RouteStep step, String comment) {
		if (step.commentRequired() && (comment == null || comment.isBlank())) {
			throw new CommentRequired();
		}
	}

	private void requireColleague(long actorId, long userId) {
		if (userId == actorId || !org.members(List.of(userId)).containsKey(userId)) {
			throw new NotAnActiveColleague(userId);
		}
	}
}

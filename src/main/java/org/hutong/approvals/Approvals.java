package org.hutong.approvals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hutong.approvals.request.ApprovalRequest;
import org.hutong.approvals.request.ApprovalRequestRepository;
import org.hutong.approvals.request.ApprovalTask;
import org.hutong.approvals.request.ApprovalTaskRepository;
import org.hutong.approvals.request.RequestManagement;
import org.hutong.approvals.request.TaskState;
import org.hutong.approvals.request.RequestSubmission;
import org.hutong.approvals.request.Submitter;
import org.hutong.identity.SignedInUser;
import org.hutong.shared.SubjectRef;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How other modules ask for approval of their records: start a request for a subject (such as
 * {@code contract:42}) on a flow, with the fields its conditions read, and ask where it stands. The
 * answer comes as {@link ApprovalDecided}.
 */
@Service
@Transactional
public class Approvals {

	private final RequestSubmission submission;

	private final RequestManagement management;

	private final ApprovalTaskRepository tasks;

	private final ApprovalRequestRepository requests;

	private final SubjectFlows subjectFlows;

	private final Tenants tenants;

	private final TransactionTemplate transactions;

	Approvals(RequestSubmission submission, RequestManagement management, ApprovalTaskRepository tasks,
			ApprovalRequestRepository requests, SubjectFlows subjectFlows, Tenants tenants, TransactionTemplate transactions) {
		this.submission = submission;
		this.management = management;
		this.tasks = tasks;
		this.requests = requests;
		this.subjectFlows = subjectFlows;
		this.tenants = tenants;
		this.transactions = transactions;
	}

	/** Makes the subject's form and flow in the current enterprise unless it has them; changes neither when it does. */
	public void prepare(SubjectFlow flow) {
		subjectFlows.prepare(flow);
	}

	/**
	 * The subject's form and flow in every enterprise that lacks them, for a module's seed: inside the
	 * setting-up of a new enterprise, in it and in its transaction; at start, in each enterprise in
	 * turn, each in a transaction of its own.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public void prepareEverywhere(SubjectFlow flow) {
		if (TenantContext.current().isPresent()) {
			subjectFlows.prepare(flow);
			return;
		}
		for (Tenant tenant : tenants.all()) {
			TenantContext.runAs(tenant.getId(), () -> transactions.executeWithoutResult(status -> subjectFlows.prepare(flow)));
		}
	}

	/** Whether requests may be submitted on the flow: it exists and is enabled. */
	@Transactional(readOnly = true)
	public boolean accepts(String flowKey) {
		return subjectFlows.enabled(flowKey);
	}

	/**
	 * Submits a request for the signed-in user.
	 *
	 * @throws OpenRequestExists when the subject already has a request of this flow that has not ended
	 * @throws UnknownFlow when the flow is missing, disabled or not for this user
	 */
	public ApprovalRequestId request(SubjectRef subject, String flowKey, String title, Map<String, Object> fields) {
		SignedInUser user = signedIn();
		Submitter who = new Submitter(user.userId(), user.departmentId(),
				user.roles().stream().map(SignedInUser.RoleRef::id).collect(Collectors.toSet()));
		return new ApprovalRequestId(submission.submit(who, flowKey, subject, title, fields, Map.of()).getId());
	}

	/**
	 * Submits a request for the signed-in user to the approvers the module names, on a flow prepared
	 * with {@link SubjectFlow#approversGiven()}; any one of them decides.
	 */
	public ApprovalRequestId request(SubjectRef subject, String flowKey, String title, Map<String, Object> fields,
			List<Long> approvers) {
		SignedInUser user = signedIn();
		Submitter who = new Submitter(user.userId(), user.departmentId(),
				user.roles().stream().map(SignedInUser.RoleRef::id).collect(Collectors.toSet()));
		return new ApprovalRequestId(submission
			.submit(who, flowKey, subject, title, fields, Map.of(SubjectFlow.GIVEN_NODE, List.copyOf(approvers)))
			.getId());
	}

	/**
	 * The approver's decision on an open request, taken in the requesting module (a gate decided on its
	 * own page): their pending task is approved or rejected with the comment, which ends a 或签 request.
	 * The request is locked first; {@code false}, and nothing changed, when it has no task pending for
	 * them (it ended, or they are not among its approvers).
	 */
	public boolean decide(long requestId, long approverId, boolean approve, String comment) {
		Optional<ApprovalRequest> request = requests.lockById(requestId);
		if (request.isEmpty() || request.get().getStatus() != ApprovalStatus.PENDING) {
			return false;
		}
		Optional<ApprovalTask> task = tasks.findByRequestIdAndStateInOrderByIdAsc(requestId, List.of(TaskState.PENDING))
			.stream()
			.filter(t -> t.getAssigneeId() == approverId)
			.findFirst();
		if (task.isEmpty()) {
			return false;
		}
		var action = new RequestManagement.TaskAction(approverId, requestId, task.get().getId(),
				request.get().getVersion(), comment);
		if (approve) {
			management.approve(action);
		}
		else {
			management.reject(action);
		}
		return true;
	}

	/** The status of the subject's latest request of the flow, if it has one. */
	@Transactional(readOnly = true)
	public Optional<ApprovalStatus> statusOf(SubjectRef subject, String flowKey) {
		return requests.findBySubjectTypeAndSubjectIdAndFlowKeyOrderByIdDesc(subject.type(), subject.id(), flowKey)
			.stream()
			.findFirst()
			.map(r -> r.getStatus());
	}

	private static SignedInUser signedIn() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user)) {
			throw new IllegalStateException("approvals are requested by a signed-in user");
		}
		return user;
	}
}

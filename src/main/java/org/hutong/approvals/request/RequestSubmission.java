package org.hutong.approvals.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.hutong.approvals.OpenRequestExists;
import org.hutong.approvals.UnknownFlow;
import org.hutong.approvals.file.ApprovalFiles;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowRepository;
import org.hutong.approvals.flow.FlowRules;
import org.hutong.approvals.flow.FlowVersionRepository;
import org.hutong.approvals.route.RoutePredictions;
import org.hutong.approvals.route.Submission;
import org.hutong.shared.SubjectRef;
import org.hutong.tenancy.DailyNumbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What submitters do: submit (from a form or for another module's record), resubmit after a return
 * or rejection (a new round, history kept), 撤回 before the end, 催办 at most once an hour. Each
 * action on a request locks its row first, like the approvers' actions.
 */
@Service
@Transactional
public class RequestSubmission {

	private final FlowRepository flows;

	private final FlowVersionRepository versions;

	private final RoutePredictions routes;

	private final ApprovalRequestRepository requests;

	private final Progress progress;

	private final DailyNumbers numbering;

	private final ApprovalFiles files;

	RequestSubmission(FlowRepository flows, FlowVersionRepository versions, RoutePredictions routes,
			ApprovalRequestRepository requests, Progress progress, DailyNumbers numbering, ApprovalFiles files) {
		this.files = files;
		this.flows = flows;
		this.versions = versions;
		this.routes = routes;
		this.requests = requests;
		this.progress = progress;
		this.numbering = numbering;
	}

	/** A new request on the flow's current version; at most one open request per subject and flow. */
	public ApprovalRequest submit(Submitter who, String flowKey, SubjectRef subject, String title,
			Map<String, Object> values, Map<String, List<Long>> picks) {
		Flow flow = flows.lockByKey(flowKey).filter(Flow::isEnabled).orElseThrow(() -> new UnknownFlow(flowKey));
		Submission submission = routes.submission(flow, who.userId(), values, picks);
		if (!flow.getSubmitters().allows(submission.departmentChain(), who.roleIds())) {
			throw new UnknownFlow(flowKey);
		}
		if (subject != null) {
			requests.findBySubjectTypeAndSubjectIdAndFlowKeyOrderByIdDesc(subject.type(), subject.id(), flowKey).stream()
				.filter(r -> r.getStatus().isOpen())
				.findFirst()
				.ifPresent(open -> {
					throw new OpenRequestExists(open.getId());
				});
		}
		Instant now = progress.now();
		var draft = new RequestDraft(numbering.next(flow.getNumberPrefix(), now), flow.getId(), flow.getKey(),
				flow.getCurrentVersionId(), subject, who.userId(), submission.departmentId(), title(flow, title, values),
				field(values, flow.getSummaryField()), values);
		ApprovalRequest request = requests.saveAndFlush(
				new ApprovalRequest(draft, routes.plan(flow.getCurrentVersionId(), submission), now));
		request.keep(files.claim(request.getId(), who.userId(), values));
		progress.record(request, ApprovalAction.Entry.of(ActionKind.SUBMIT, null, who.userId()), now);
		request.submitted(now);
		progress.advance(request, now);
		return requests.save(request);
	}

	/** A new round with changed values, on the request's own flow version. */
	public void resubmit(long actorId, long requestId, long expectedVersion, Map<String, Object> values,
			Map<String, List<Long>> picks) {
		ApprovalRequest request = lock(actorId, requestId, expectedVersion);
		values = files.claim(requestId, actorId, values);
		Instant now = progress.now();
		Flow flow = flows.findById(request.getFlowId()).orElseThrow();
		request.resubmit(values, routes.plan(request.getFlowVersionId(), routes.submission(flow, actorId, values, picks)),
				now);
		progress.record(request, ApprovalAction.Entry.of(ActionKind.RESUBMIT, null, actorId), now);
		progress.advance(request, now);
		finish(request, now);
	}

	/** 撤回, as far as the flow's rule allows ({@link WithdrawNotAllowed} otherwise). */
	public void withdraw(long actorId, long requestId, long expectedVersion) {
		ApprovalRequest request = lock(actorId, requestId, expectedVersion);
		if (request.getStatus().isOpen() && !Withdrawals.allowed(rulesOf(request).withdrawal(), request,
				progress.history(request))) {
			throw new WithdrawNotAllowed(requestId);
		}
		Instant now = progress.now();
		progress.closeAll(request, now);
		request.withdraw(now);
		progress.record(request, ApprovalAction.Entry.of(ActionKind.WITHDRAW, null, actorId), now);
		finish(request, now);
	}

	/** 催办 the approvers with open tasks; answers when the next reminder is allowed ({@link RemindTooSoon} before). */
	public Instant remind(long actorId, long requestId) {
		ApprovalRequest request = requests.lockById(requestId).filter(r -> r.getSubmitterId() == actorId)
			.orElseThrow(() -> new NotTheSubmitter(requestId));
		Instant now = progress.now();
		Instant next = request.remind(progress.pendingAssignees(request), now);
		progress.record(request, ApprovalAction.Entry.of(ActionKind.REMIND, null, actorId), now);
		requests.save(request);
		return next;
	}

	private ApprovalRequest lock(long actorId, long requestId, long expectedVersion) {
		ApprovalRequest request = requests.lockById(requestId)
			.orElseThrow(() -> new NoSuchElementException("approval request " + requestId));
		if (request.getSubmitterId() != actorId) {
			throw new NotTheSubmitter(requestId);
		}
		if (request.getVersion() != expectedVersion) {
			throw new StaleApprovalException(requestId);
		}
		return request;
	}

	/** The rules of the version the request runs by (a later version of the flow does not change them). */
	public FlowRules rulesOf(ApprovalRequest request) {
		return versions.findById(request.getFlowVersionId())
			.map(version -> version.definition().rules())
			.orElse(FlowRules.defaults());
	}

	private void finish(ApprovalRequest request, Instant now) {
		request.touch(now);
		progress.dropTimers(request);
		requests.save(request);
	}

	private static String title(Flow flow, String title, Map<String, Object> values) {
		if (title != null && !title.isBlank()) {
			return title;
		}
		String fromField = field(values, flow.getTitleField());
		return fromField == null ? flow.getName() : fromField;
	}

	private static String field(Map<String, Object> values, String key) {
		Object value = key == null ? null : values.get(key);
		return value == null ? null : String.valueOf(value);
	}
}

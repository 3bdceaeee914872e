package org.hutong.approvals.api;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hutong.approvals.request.NotAnActiveColleague;
import org.hutong.approvals.request.ApproverEdits;
import org.hutong.approvals.request.RequestManagement;
import org.hutong.approvals.request.RequestManagement.DecisionFiles;
import org.hutong.approvals.request.RequestManagement.TaskAction;
import org.hutong.approvals.request.RequestSubmission;
import org.hutong.approvals.request.SignerPlace;
import org.hutong.approvals.request.StaleApprovalException;
import org.hutong.approvals.request.TaskNoLongerYours;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The actions on a request, each as of the version the caller read ({@code If-Match} or
 * {@code version}): a stale one answers 409 {@code stale} and changes nothing; a task someone else
 * decided meanwhile (或签, withdrawn, transferred, timed out) 409 {@code task-no-longer-yours}. Each
 * answers the request as it is now, with its new ETag.
 */
@RestController
@RequestMapping("/api/v1/approval-requests/{id}")
@Tag(name = "Approval requests")
@ApiResponse(responseCode = "409", description = "Stale version, or a task no longer yours (see code)",
		content = @Content(mediaType = "application/problem+json", examples = {
				@ExampleObject(name = "stale", value = """
						{"type": "urn:hutong:approvals:stale", "status": 409, "code": "stale",
						 "detail": "审批单已被他人更新，请刷新后重试"}"""),
				@ExampleObject(name = "task-no-longer-yours", value = """
						{"type": "urn:hutong:approvals:task-no-longer-yours", "status": 409,
						 "code": "task-no-longer-yours", "detail": "已由他人处理，或该审批已不再由你处理"}""") }))
class RequestActionApiController {

	private static final String DECIDE_EXAMPLE = """
			{"version": 3, "comment": "同意，按标准报销"}""";

	private final RequestResources views;

	private final RequestManagement management;

	private final RequestSubmission submission;

	private final CheckedValues checked;

	private final ApproverEdits edits;

	RequestActionApiController(RequestResources views, RequestManagement management, RequestSubmission submission,
			CheckedValues checked, ApproverEdits edits) {
		this.edits = edits;
		this.views = views;
		this.management = management;
		this.submission = submission;
		this.checked = checked;
	}

	/**
	 * What an action may carry. {@code taskId}: the task acted on (default: my pending task on the
	 * request); {@code userId}: whom to transfer to or add as signer; {@code place}: BEFORE or AFTER me;
	 * {@code nodeId}: the earlier node to return to (none: to the submitter); {@code values}: with
	 * 同意, changes to the fields my node lets me edit (others keep their value), with a resubmission
	 * its changed values, and {@code picks} its 发起人自选 people; {@code files} and {@code signature}:
	 * the ids of files uploaded for a 同意 or 拒绝 and of the handwritten signature a node may ask for.
	 */
	record Act(Long version, Long taskId, String comment, Long userId, SignerPlace place, String nodeId,
			Map<String, Object> values, Map<String, List<Long>> picks, List<Long> files, Long signature) {

		/** The files uploaded (POST /approvals/files) for a 同意 or 拒绝, and the signature among them. */
		DecisionFiles attached() {
			return new DecisionFiles(files, signature);
		}
	}

	@PostMapping("/approve")
	@Operation(summary = "同意 my task", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(examples = @ExampleObject(name = "approve", value = DECIDE_EXAMPLE))))
	@ApiResponse(responseCode = "422", description = "The node asks for a comment: errors.comment")
	ResponseEntity<RequestResources.Detail> approve(Authentication auth, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Act act) {
		return onTask(auth, id, ifMatch, act,
				task -> management.approve(task, edits.of(id, task.taskId(), act.values(), false), act.attached()));
	}

	@PostMapping("/reject")
	@Operation(summary = "拒绝 my task: the request ends rejected")
	ResponseEntity<RequestResources.Detail> reject(Authentication auth, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Act act) {
		return onTask(auth, id, ifMatch, act, task -> management.reject(task, act.attached()));
	}

	@PostMapping("/transfer")
	@Operation(summary = "转交 my task to a colleague (userId)")
	ResponseEntity<RequestResources.Detail> transfer(Authentication auth, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Act act) {
		return onTask(auth, id, ifMatch, act, action -> management.transfer(action, colleague(act)));
	}

	@PostMapping("/add-signer")
	@Operation(summary = "加签 a colleague (userId) before or after me (place)")
	ResponseEntity<RequestResources.Detail> addSigner(Authentication auth, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Act act) {
		SignerPlace place = act.place() == null ? SignerPlace.BEFORE : act.place();
		return onTask(auth, id, ifMatch, act, action -> management.addSigner(action, colleague(act), place));
	}

	@PostMapping("/return")
	@Operation(summary = "退回 to the submitter, or to an earlier node of this round (nodeId)")
	ResponseEntity<RequestResources.Detail> returnTo(Authentication auth, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Act act) {
		return onTask(auth, id, ifMatch, act, action -> management.returnTo(action, act.nodeId()));
	}

	@PostMapping("/withdraw")
	@Operation(summary = "撤回 my request before it ends")
	ResponseEntity<RequestResources.Detail> withdraw(Authentication auth, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody(required = false) Act act) {
		ApiCaller caller = visibleTo(auth, id);
		submission.withdraw(caller.id(), id, ExpectedVersion.of(ifMatch, act == null ? null : act.version()));
		return now(caller, id);
	}

	@PostMapping("/remind")
	@Operation(summary = "催办 the current approvers (at most once an hour: else 429 with nextAllowedAt)")
	ResponseEntity<RequestResources.Detail> remind(Authentication auth, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody(required = false) Act act) {
		ApiCaller caller = visibleTo(auth, id);
		if (ExpectedVersion.of(ifMatch, act == null ? null : act.version()) != views.versionOf(id)) {
			throw new StaleApprovalException(id);
		}
		submission.remind(caller.id(), id);
		return now(caller, id);
	}

	@PostMapping("/resubmit")
	@Operation(summary = "Resubmit after a return or rejection, with changed values (a new round)")
	ResponseEntity<RequestResources.Detail> resubmit(Authentication auth, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Act act) {
		ApiCaller caller = visibleTo(auth, id);
		long expected = ExpectedVersion.of(ifMatch, act.version());
		Map<String, Object> values = checked.ofFlow(views.visible(caller, id).getFlowId(), act.values());
		submission.resubmit(caller.id(), id, expected, values, act.picks() == null ? Map.of() : act.picks());
		return now(caller, id);
	}

	private ResponseEntity<RequestResources.Detail> onTask(Authentication auth, long id, String ifMatch, Act act,
			Consumer<TaskAction> work) {
		ApiCaller caller = visibleTo(auth, id);
		long expected = ExpectedVersion.of(ifMatch, act.version());
		Long taskId = act.taskId() != null ? act.taskId() : views.myPendingTask(caller, id);
		if (taskId == null) {
			throw new TaskNoLongerYours(0);
		}
		work.accept(new TaskAction(caller.id(), id, taskId, expected, act.comment()));
		return now(caller, id);
	}

	private ApiCaller visibleTo(Authentication auth, long id) {
		ApiCaller caller = ApiCaller.of(auth);
		views.visible(caller, id);
		return caller;
	}

	private ResponseEntity<RequestResources.Detail> now(ApiCaller caller, long id) {
		RequestResources.Detail detail = views.detail(caller, id);
		return ResponseEntity.ok().eTag(String.valueOf(detail.version())).body(detail);
	}

	private static long colleague(Act act) {
		if (act.userId() == null) {
			throw new NotAnActiveColleague(0);
		}
		return act.userId();
	}
}

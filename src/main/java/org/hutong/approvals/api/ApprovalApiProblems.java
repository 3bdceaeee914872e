package org.hutong.approvals.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;

import org.hutong.approvals.OpenRequestExists;
import org.hutong.approvals.UnknownFlow;
import org.hutong.approvals.delegation.DelegationRefused;
import org.hutong.approvals.file.NotYourFile;
import org.hutong.approvals.flow.FlowChanged;
import org.hutong.approvals.flow.FlowKeyTaken;
import org.hutong.approvals.flow.InvalidDefinition;
import org.hutong.approvals.request.ApproverEdits;
import org.hutong.approvals.request.CommentRequired;
import org.hutong.approvals.request.FieldNotEditable;
import org.hutong.approvals.request.NotAnActiveColleague;
import org.hutong.approvals.request.NotAnEarlierNode;
import org.hutong.approvals.request.NotTheSubmitter;
import org.hutong.approvals.request.RemindTooSoon;
import org.hutong.approvals.request.RequestNotOpen;
import org.hutong.approvals.request.SignatureRequired;
import org.hutong.approvals.request.StaleApprovalException;
import org.hutong.approvals.request.TaskNoLongerYours;
import org.hutong.approvals.request.WithdrawNotAllowed;
import org.hutong.web.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What the engine refuses, as problem+json with a localised detail, a stable {@code code} and a
 * {@code type} of its own ({@code urn:hutong:approvals:<code>}), so a client can tell a stale
 * version (read again) from a task someone else already decided (drop it from the list).
 */
@RestControllerAdvice(assignableTypes = { FlowApiController.class, FormApiController.class, RequestApiController.class,
		RequestActionApiController.class, DelegationApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApprovalApiProblems {

	private final ApiProblems problems;

	private final MessageSource messages;

	private final LocaleResolver locales;

	ApprovalApiProblems(ApiProblems problems, MessageSource messages, LocaleResolver locales) {
		this.problems = problems;
		this.messages = messages;
		this.locales = locales;
	}

	@ExceptionHandler(StaleApprovalException.class)
	ResponseEntity<ProblemDetail> stale(StaleApprovalException e, HttpServletRequest request) {
		return answer(request, HttpStatus.CONFLICT, "stale", e.messageCode(), new Object[0]);
	}

	@ExceptionHandler(FlowChanged.class)
	ResponseEntity<ProblemDetail> flowChanged(HttpServletRequest request) {
		return answer(request, HttpStatus.CONFLICT, "stale", "approvals.api.flow-changed", new Object[0]);
	}

	@ExceptionHandler(TaskNoLongerYours.class)
	ResponseEntity<ProblemDetail> noLongerYours(TaskNoLongerYours e, HttpServletRequest request) {
		return answer(request, HttpStatus.CONFLICT, "task-no-longer-yours", e.messageCode(), new Object[0]);
	}

	@ExceptionHandler(RequestNotOpen.class)
	ResponseEntity<ProblemDetail> notOpen(RequestNotOpen e, HttpServletRequest request) {
		return answer(request, HttpStatus.CONFLICT, "request-not-open", e.messageCode(), new Object[0]);
	}

	@ExceptionHandler(WithdrawNotAllowed.class)
	ResponseEntity<ProblemDetail> withdrawNotAllowed(WithdrawNotAllowed e, HttpServletRequest request) {
		return answer(request, HttpStatus.CONFLICT, "withdraw-not-allowed", e.messageCode(), new Object[0]);
	}

	@ExceptionHandler(OpenRequestExists.class)
	ResponseEntity<ProblemDetail> openExists(OpenRequestExists e, HttpServletRequest request) {
		ResponseEntity<ProblemDetail> answer = answer(request, HttpStatus.CONFLICT, "open-request-exists", e.messageCode(),
				new Object[0]);
		answer.getBody().setProperty("requestId", e.requestId());
		return answer;
	}

	@ExceptionHandler(FlowKeyTaken.class)
	ResponseEntity<ProblemDetail> keyTaken(HttpServletRequest request) {
		return field(request, "flow-key-taken", "key", "approvals.api.flow-key-taken");
	}

	@ExceptionHandler(RemindTooSoon.class)
	ResponseEntity<ProblemDetail> tooSoon(RemindTooSoon e, HttpServletRequest request) {
		ResponseEntity<ProblemDetail> answer = answer(request, HttpStatus.TOO_MANY_REQUESTS, "remind-too-soon",
				e.messageCode(), new Object[] { e.nextAllowedAt() });
		answer.getBody().setProperty("nextAllowedAt", e.nextAllowedAt().toString());
		return answer;
	}

	@ExceptionHandler(NotTheSubmitter.class)
	ResponseEntity<ProblemDetail> notTheSubmitter(NotTheSubmitter e, HttpServletRequest request) {
		return answer(request, HttpStatus.FORBIDDEN, "not-the-submitter", e.messageCode(), new Object[0]);
	}

	@ExceptionHandler({ NoSuchElementException.class, UnknownFlow.class })
	ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "not-found", "error.404.detail", new Object[0]);
	}

	/** A box or another parameter outside its choices. */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badParameter(HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "bad-request", "error.400.detail", new Object[0]);
	}

	@ExceptionHandler(ExpectedVersion.VersionRequired.class)
	ResponseEntity<ProblemDetail> versionRequired(HttpServletRequest request) {
		return answer(request, HttpStatus.PRECONDITION_REQUIRED, "version-required", "approvals.api.version-required",
				new Object[0]);
	}

	@ExceptionHandler(CommentRequired.class)
	ResponseEntity<ProblemDetail> commentRequired(CommentRequired e, HttpServletRequest request) {
		return field(request, "comment-required", "comment", e.messageCode());
	}

	@ExceptionHandler(NotAnEarlierNode.class)
	ResponseEntity<ProblemDetail> notEarlier(NotAnEarlierNode e, HttpServletRequest request) {
		return field(request, "not-an-earlier-node", "nodeId", e.messageCode());
	}

	@ExceptionHandler(NotAnActiveColleague.class)
	ResponseEntity<ProblemDetail> notAColleague(NotAnActiveColleague e, HttpServletRequest request) {
		return field(request, "not-an-active-colleague", "userId", e.messageCode());
	}

	@ExceptionHandler(DelegationRefused.class)
	ResponseEntity<ProblemDetail> delegationRefused(DelegationRefused e, HttpServletRequest request) {
		return field(request, "delegation-refused", e.field(), e.messageCode());
	}

	/** Each field path ({@code lines[0].amount}) with its localised message. */
	@ExceptionHandler(InvalidValues.class)
	ResponseEntity<ProblemDetail> invalidValues(InvalidValues e, HttpServletRequest request) {
		ResponseEntity<ProblemDetail> answer = answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "invalid-values",
				"approvals.api.invalid-values", new Object[0]);
		Map<String, String> errors = new LinkedHashMap<>();
		e.problems().forEach((path, problem) -> errors.put("values." + path, messages.getMessage(problem.messageKey(),
				problem.args().toArray(), problem.code(), locales.resolveLocale(request))));
		answer.getBody().setProperty("errors", errors);
		return answer;
	}

	/** An approver's edits, each field path ({@code values.total}) with its localised message. */
	@ExceptionHandler(ApproverEdits.Invalid.class)
	ResponseEntity<ProblemDetail> invalidEdits(ApproverEdits.Invalid e, HttpServletRequest request) {
		return invalidValues(new InvalidValues(e.problems()), request);
	}

	@ExceptionHandler(SignatureRequired.class)
	ResponseEntity<ProblemDetail> signatureRequired(SignatureRequired e, HttpServletRequest request) {
		return field(request, "signature-required", "signature", e.messageCode());
	}

	@ExceptionHandler(NotYourFile.class)
	ResponseEntity<ProblemDetail> notYourFile(NotYourFile e, HttpServletRequest request) {
		return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "not-your-file", e.messageCode(), new Object[0]);
	}

	@ExceptionHandler(FieldNotEditable.class)
	ResponseEntity<ProblemDetail> notEditable(FieldNotEditable e, HttpServletRequest request) {
		return field(request, "field-not-editable", "values." + e.field(), e.messageCode());
	}

	@ExceptionHandler(FlowBody.MissingField.class)
	ResponseEntity<ProblemDetail> missing(FlowBody.MissingField e, HttpServletRequest request) {
		return field(request, "required", e.field(), "approvals.api.required");
	}

	@ExceptionHandler(InvalidDefinition.class)
	ResponseEntity<ProblemDetail> invalidDefinition(InvalidDefinition e, HttpServletRequest request) {
		ResponseEntity<ProblemDetail> answer = answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "invalid-definition",
				"approvals.api.invalid-definition", new Object[0]);
		Map<String, String> errors = new LinkedHashMap<>();
		e.problems().forEach(problem -> errors.put("definition." + problem.field(), messages.getMessage(problem.code(),
				null, problem.code(), locales.resolveLocale(request))));
		answer.getBody().setProperty("errors", errors);
		return answer;
	}

	private ResponseEntity<ProblemDetail> field(HttpServletRequest request, String code, String field, String messageKey) {
		ResponseEntity<ProblemDetail> answer = answer(request, HttpStatus.UNPROCESSABLE_CONTENT, code, messageKey,
				new Object[0]);
		answer.getBody().setProperty("errors", Map.of(field, answer.getBody().getDetail()));
		return answer;
	}

	private ResponseEntity<ProblemDetail> answer(HttpServletRequest request, HttpStatus status, String code,
			String messageKey, Object[] args) {
		ProblemDetail problem = problems.problem(request, status, messageKey, args);
		problem.setType(URI.create("urn:hutong:approvals:" + code));
		problem.setProperty("code", code);
		return ResponseEntity.status(status).body(problem);
	}
}

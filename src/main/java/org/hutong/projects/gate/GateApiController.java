package org.hutong.projects.gate;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.gate.GateReviews.Decision;
import org.hutong.projects.gate.GateReviews.Scoring;
import org.hutong.projects.gate.GateViews.GateView;
import org.hutong.projects.gate.GateViews.GatesView;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * 阶段评审 through the API: a project's reviews and a request for the current phase's, one review (its
 * ETag the review's version), the caller's scoring and a gatekeeper's decision (If-Match optional; a
 * stale one 409). A refusal answers 400 problem+json naming the field ({@code met[12]},
 * {@code points[13]}, {@code outcome}, {@code comment}, {@code holdUntil}, {@code rework}) or, for the
 * review as a whole, in its detail; someone who is no gatekeeper 403; a project the caller may not see 404.
 */
@RestController
@Tag(name = "Project gate reviews", description = "阶段评审: a phase's gate reviewed by its gatekeepers, Go / Kill / Hold / Recycle")
@ApiResponse(responseCode = "404", description = "No such project or review, or one the caller may not see",
		content = @Content(mediaType = "application/problem+json"))
@PreAuthorize(ProjectPermissions.MAY_READ)
class GateApiController {

	private static final String REFUSED = """
			{"type": "about:blank", "status": 400, "title": "请求有误", "detail": "请检查标出的字段",
			 "errors": {"met[12]": "请回答「市场需求明确」：是或否"}}""";

	private final GateReviews reviews;

	private final GateViews views;

	GateApiController(GateReviews reviews, GateViews views) {
		this.reviews = reviews;
		this.views = views;
	}

	/** A gatekeeper's scoring: 是/否 (true/false) per must-meet criterion id, 1–5 per should-meet one. */
	record ScoreBody(Map<Long, Boolean> met, Map<Long, Integer> points, String comment) {
	}

	/** A decision: GO, KILL, HOLD (with holdUntil) or RECYCLE (with optional rework items), and a comment. */
	record DecisionBody(String outcome, String comment, LocalDate holdUntil, List<String> rework) {
	}

	@GetMapping("/api/v1/projects/{id}/gates")
	@Operation(summary = "The project's gate reviews, newest first, and whether the caller may request one")
	GatesView list(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return views.of(me, id);
	}

	@PostMapping("/api/v1/projects/{id}/gates")
	@Operation(summary = "Request the review of the project's current phase; its gatekeepers get an approval",
			description = "The manager or a 负责人 requests it once the phase's required deliverables each have a version.")
	@ApiResponse(responseCode = "201", description = "Requested; Location names the review")
	@ApiResponse(responseCode = "400", description = "Refused (deliverables missing, one open already, no gatekeepers)",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The caller does not lead the project",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<GateView> request(@AuthenticationPrincipal SignedInUser me, @PathVariable long id)
			throws BindException {
		long gate;
		try {
			gate = reviews.request(me, id);
		}
		catch (GateRefused refused) {
			throw problem(refused);
		}
		return found(ResponseEntity.created(URI.create("/api/v1/gates/" + gate)), views.one(me, gate));
	}

	@GetMapping("/api/v1/gates/{id}")
	@Operation(summary = "One review: criteria, every gatekeeper's scores with the weighted score, the decision",
			description = "The weighted score is Σ weight×score / Σ weight over the should-meet criteria; the ETag is "
					+ "what If-Match names.")
	ResponseEntity<GateView> get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return found(ResponseEntity.ok(), views.one(me, id));
	}

	@PutMapping("/api/v1/gates/{id}/scores/me")
	@Operation(summary = "The caller's scoring of an open review, replacing their earlier one")
	@ApiResponse(responseCode = "400", description = "A criterion unanswered or out of 1–5, or the review closed",
			content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = REFUSED)))
	@ApiResponse(responseCode = "403", description = "The caller is no gatekeeper of the phase",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<GateView> score(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody ScoreBody body) throws BindException {
		views.one(me, id);
		try {
			reviews.score(me, id, new Scoring(body.met(), body.points(), body.comment()));
		}
		catch (GateRefused refused) {
			throw problem(refused);
		}
		return found(ResponseEntity.ok(), views.one(me, id));
	}

	@PostMapping("/api/v1/gates/{id}/decision")
	@Operation(summary = "A gatekeeper's decision: GO enters the next phase, KILL ends the project, HOLD pauses it "
			+ "until holdUntil, RECYCLE keeps the phase with one rework task per item for the manager")
	@ApiResponse(responseCode = "400", description = "A field refused, or a must-meet criterion answered 否 for GO",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The caller is no gatekeeper of the phase",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "If-Match names an older version of the review",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<GateView> decide(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody DecisionBody body, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		views.one(me, id);
		GateOutcome outcome = Arrays.stream(GateOutcome.values())
			.filter(o -> o.name().equals(body.outcome()))
			.findFirst()
			.orElse(null);
		try {
			reviews.decide(me, id,
					new Decision(outcome, body.comment(), body.holdUntil(), body.rework(), Versions.fromIfMatch(ifMatch, null)));
		}
		catch (GateRefused refused) {
			throw problem(refused);
		}
		return found(ResponseEntity.ok(), views.one(me, id));
	}

	private static BindException problem(GateRefused refused) {
		MapBindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "gate");
		if (refused.field() == null) {
			errors.reject(refused.code(), refused.args(), null);
		}
		else {
			errors.addError(new FieldError("gate", refused.field(), null, false, new String[] { refused.code() },
					refused.args(), null));
		}
		return new BindException(errors);
	}

	private static ResponseEntity<GateView> found(ResponseEntity.BodyBuilder builder, GateView view) {
		return builder.eTag(String.valueOf(view.version())).body(view);
	}
}

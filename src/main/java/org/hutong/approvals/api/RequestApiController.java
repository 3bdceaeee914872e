package org.hutong.approvals.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hutong.approvals.UnknownFlow;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.request.RequestSubmission;
import org.hutong.approvals.route.RoutePredictions;
import org.hutong.approvals.route.RouteStep;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/approval-requests}: the inbox boxes with a cursor, a request with its current tasks
 * and history, submitting (values checked by the flow's form: 422 naming each field path), the
 * predicted route and my counts. The actions on a request are in {@link RequestActionApiController}.
 */
@RestController
@RequestMapping("/api/v1/approval-requests")
@Tag(name = "Approval requests", description = "审批单: inbox, submit, predicted route")
class RequestApiController {

	static final String SUBMIT_EXAMPLE = """
			{"flowKey": "expense", "title": "六月差旅报销",
			 "values": {"lines": [{"category": "TRAVEL", "date": "2026-06-01", "amount": "1280.00"}]},
			 "picks": {}}""";

	private final RequestListing listing;

	private final RequestResources views;

	private final CheckedValues checked;

	private final RequestSubmission submission;

	private final RoutePredictions routes;

	RequestApiController(RequestListing listing, RequestResources views, CheckedValues checked,
			RequestSubmission submission, RoutePredictions routes) {
		this.listing = listing;
		this.views = views;
		this.checked = checked;
		this.submission = submission;
		this.routes = routes;
	}

	/** One page of a box and the cursor of the next ({@code null} on the last). */
	record Listing(List<RequestResources.Summary> items, String next) {
	}

	/** What a submitter sends: {@code picks} are 发起人自选 approvers by node id. */
	record Submit(String flowKey, String title, Map<String, Object> values, Map<String, List<Long>> picks) {
	}

	@GetMapping
	@Operation(summary = "List a box of my approvals", description = "box: pending (待我审批), done (我已处理), "
			+ "mine (我发起的), cc (抄送我的); newest first; pass the previous page's next as after.")
	Listing list(Authentication auth, @RequestParam(defaultValue = "pending") String box,
			@RequestParam(required = false) String flow, @RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long after,
			@RequestParam(defaultValue = "" + RequestListing.PAGE_SIZE) int limit) {
		RequestListing.Box which = RequestListing.Box.valueOf(box.toUpperCase());
		var page = listing.page(ApiCaller.of(auth).id(),
				new RequestListing.Filter(which, flow, q, from, to, after, limit));
		return new Listing(views.summaries(page.rows()), page.next() == null ? null : String.valueOf(page.next()));
	}

	@GetMapping("/counts")
	@Operation(summary = "My inbox counts", description = "pending: tasks waiting for me; done: requests I decided; "
			+ "mine: my requests still running; cc: requests copied to me.")
	Map<String, Long> counts(Authentication auth) {
		return listing.counts(ApiCaller.of(auth).id());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A request with its values, status, version, current tasks and history",
			description = "The ETag is the version to send back with an action (If-Match or version).")
	ResponseEntity<RequestResources.Detail> get(Authentication auth, @PathVariable long id) {
		RequestResources.Detail detail = views.detail(ApiCaller.of(auth), id);
		return ResponseEntity.ok().eTag(String.valueOf(detail.version())).body(detail);
	}

	@PostMapping
	@Operation(summary = "Submit a request", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(examples = @ExampleObject(name = "报销", value = SUBMIT_EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Submitted; Location and ETag of the new request")
	@ApiResponse(responseCode = "422", description = "Values the form refuses, by field path under errors",
			content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = """
					{"type": "urn:hutong:approvals:invalid-values", "status": 422, "code": "invalid-values",
					 "errors": {"values.lines[0].amount": "请填写金额"}}""")))
	ResponseEntity<RequestResources.Detail> submit(Authentication auth, @RequestBody Submit body) {
		ApiCaller caller = ApiCaller.of(auth);
		Flow flow = checked.flow(body.flowKey());
		Map<String, Object> values = checked.of(flow, body.values());
		long id = submission.submit(caller.submitter(), flow.getKey(), null, body.title(), values, picks(body.picks()))
			.getId();
		RequestResources.Detail detail = views.detail(caller, id);
		return ResponseEntity.created(URI.create("/api/v1/approval-requests/" + id))
			.eTag(String.valueOf(detail.version()))
			.body(detail);
	}

	@PostMapping("/predict")
	@Operation(summary = "The predicted route for these values", description = "The exact approvers and CC "
			+ "recipients the values produce, after the automatic rules; nothing is saved.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "报销", value = SUBMIT_EXAMPLE))))
	List<RequestResources.Step> predict(Authentication auth, @RequestBody Submit body) {
		ApiCaller caller = ApiCaller.of(auth);
		Flow flow = checked.flow(body.flowKey());
		Map<String, Object> values = checked.of(flow, body.values());
		var submitter = routes.submission(flow, caller.id(), values, picks(body.picks()));
		if (!flow.getSubmitters().allows(submitter.departmentChain(), caller.submitter().roleIds())) {
			throw new UnknownFlow(flow.getKey());
		}
		List<RouteStep> steps = routes.predict(flow, caller.id(), values, picks(body.picks())).steps();
		return views.steps(steps);
	}

	private static Map<String, List<Long>> picks(Map<String, List<Long>> picks) {
		return picks == null ? Map.of() : picks;
	}
}

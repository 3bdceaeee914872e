package org.hutong.approvals.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/approval-flows}: the flows a user may submit (the approvals administrator: all), a
 * flow's current definition; for the administrator creating a flow, saving a changed one as a new
 * version ({@code If-Match}: stale answers 409), its versions and what changed between two.
 */
@RestController
@RequestMapping("/api/v1/approval-flows")
@Tag(name = "Approval flows", description = "审批流程: versioned node trees")
class FlowApiController {

	private final FlowViews views;

	private final FlowWrites writes;

	FlowApiController(FlowViews views, FlowWrites writes) {
		this.views = views;
		this.writes = writes;
	}

	@GetMapping
	@Operation(summary = "The flows I may submit (the approvals administrator: every flow)")
	List<FlowViews.Summary> list(Authentication auth) {
		return views.list(ApiCaller.of(auth));
	}

	@GetMapping("/{key}")
	@Operation(summary = "A flow with its current version's definition", description = "The ETag is the flow's "
			+ "version, to send as If-Match when saving a change.")
	ResponseEntity<FlowViews.Detail> get(Authentication auth, @PathVariable String key) {
		FlowViews.Detail detail = views.detail(ApiCaller.of(auth), key);
		return ResponseEntity.ok().eTag(String.valueOf(detail.version())).body(detail);
	}

	@PostMapping
	@PreAuthorize(ApiCaller.MAY_ADMINISTER)
	@Operation(summary = "Create a flow with its first version", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(examples = @ExampleObject(name = "合同审批", value = FlowBody.EXAMPLE))))
	@ApiResponse(responseCode = "422", description = "A required field missing or a definition the engine refuses, "
			+ "by field under errors")
	ResponseEntity<FlowViews.Detail> create(Authentication auth, @RequestBody FlowBody body) {
		ApiCaller caller = ApiCaller.of(auth);
		writes.create(body, caller.id());
		FlowViews.Detail detail = views.detail(caller, body.key());
		return ResponseEntity.created(URI.create("/api/v1/approval-flows/" + detail.key()))
			.eTag(String.valueOf(detail.version()))
			.body(detail);
	}

	@PutMapping("/{key}")
	@PreAuthorize(ApiCaller.MAY_ADMINISTER)
	@Operation(summary = "Save a changed flow as its next version", description = "Running requests keep the "
			+ "version they started with. If-Match (or version): the flow's version read; stale answers 409.")
	ResponseEntity<FlowViews.Detail> update(Authentication auth, @PathVariable String key,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody FlowBody body) {
		ApiCaller caller = ApiCaller.of(auth);
		writes.revise(key, ExpectedVersion.of(ifMatch, body.version()), body, caller.id());
		FlowViews.Detail detail = views.detail(caller, key);
		return ResponseEntity.ok().eTag(String.valueOf(detail.version())).body(detail);
	}

	@GetMapping("/{key}/versions")
	@PreAuthorize(ApiCaller.MAY_ADMINISTER)
	@Operation(summary = "A flow's versions, newest first")
	List<FlowViews.Version> versions(@PathVariable String key) {
		return views.versions(key);
	}

	@GetMapping("/{key}/diff")
	@PreAuthorize(ApiCaller.MAY_ADMINISTER)
	@Operation(summary = "What changed from one version to another", description = "Nodes added, removed or "
			+ "changed and flow-wide rules changed, each with a text in the caller's language.")
	List<FlowViews.Change> diff(@PathVariable String key, @RequestParam int from, @RequestParam int to, Locale locale) {
		return views.diff(key, from, to, locale);
	}
}

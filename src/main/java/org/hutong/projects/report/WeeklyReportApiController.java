package org.hutong.projects.report;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
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
 * 项目周报 through the API: a project's reports newest week first by cursor (drafts only for who leads
 * the project), one week's report, the week's facts for its writers, writing it (PUT, If-Match: 409 when
 * stale) and publishing it (POST, Idempotency-Key as for every POST). Refused fields answer 400
 * problem+json naming them; a project one may not see, a draft one may not write, a malformed or future
 * week 404.
 */
@RestController
@RequestMapping("/api/v1/projects/{id}/weekly-reports")
@Tag(name = "Weekly reports", description = "项目周报: a project's report per ISO week")
@ApiResponse(responseCode = "404", description = "No such project, week or report, or one the caller may not see",
		content = @Content(mediaType = "application/problem+json"))
@PreAuthorize(ProjectPermissions.MAY_READ)
class WeeklyReportApiController {

	private final WeeklyReports reports;

	private final WeeklyReportManagement management;

	WeeklyReportApiController(WeeklyReports reports, WeeklyReportManagement management) {
		this.reports = reports;
		this.management = management;
	}

	/** A page of reports and the cursor of the next ({@code null} on the last). */
	record ReportPageBody(List<ReportRow> items, String next) {
	}

	@GetMapping
	@Operation(summary = "The project's reports newest week first, by cursor (the last week of the page before)")
	ReportPageBody list(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") int size) {
		ReportList page = reports.page(me, id, cursor, size);
		return new ReportPageBody(page.rows(), page.next());
	}

	@GetMapping("/{week}")
	@Operation(summary = "One week's report (week like 2026-W50); the ETag is its version")
	ResponseEntity<ReportView> one(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable String week) {
		return viewed(me, id, week);
	}

	@GetMapping("/{week}/facts")
	@Operation(summary = "The week's completed tasks, hours per person, gate reviews and milestones, for who writes the report")
	WeekFacts facts(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable String week) {
		return reports.facts(me, id, week);
	}

	@PutMapping("/{week}")
	@Operation(summary = "Write the week's report (a new one is a draft): summary ≤ 500, doneText and nextPlan ≤ 4000, risks ≤ 2000; If-Match its version")
	@ApiResponse(responseCode = "400", description = "A field refused", content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The caller reads the project but does not lead it",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "If-Match names an older version",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<ReportView> write(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable String week, @RequestBody ReportForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) throws BindException {
		ReportForm versioned = form.withVersion(Versions.fromIfMatch(ifMatch, form.version()));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "report");
		if (management.save(me, id, week, versioned, errors) == null) {
			throw new BindException(errors);
		}
		return viewed(me, id, week);
	}

	@PostMapping("/{week}/publish")
	@Operation(summary = "Publish the week's report (it needs a summary); If-Match its version (optional)")
	@ApiResponse(responseCode = "400", description = "No summary yet", content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "If-Match names an older version",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<ReportView> publish(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable String week, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new ReportForm(null, null, null, null, null), "report");
		if (!management.publish(me, id, week, Versions.fromIfMatch(ifMatch, null), errors)) {
			throw new BindException(errors);
		}
		return viewed(me, id, week);
	}

	private ResponseEntity<ReportView> viewed(SignedInUser me, long id, String week) {
		ReportRow row = reports.stored(me, id, week);
		ReportView view = ReportView.of(id, row, reports.formOf(id, reports.week(week)));
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}
}

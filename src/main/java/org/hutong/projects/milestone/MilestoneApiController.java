package org.hutong.projects.milestone;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 里程碑 through the API: a project's milestones by due day (keyset cursor {@code dueOn~id}), one
 * added, one read (its ETag the version), replaced with If-Match (stale: 409) and reached by hand with
 * a note. Bad input answers 400 problem+json naming the field; a project the caller may not see 404;
 * a reader who may not edit or reach 403.
 */
@RestController
@Tag(name = "Project milestones", description = "里程碑: a project's milestones, reached automatically or by hand")
@ApiResponse(responseCode = "404", description = "No such project or milestone, or one the caller may not see",
		content = @Content(mediaType = "application/problem+json"))
@PreAuthorize(ProjectPermissions.MAY_READ)
class MilestoneApiController {

	private final Milestones milestones;

	MilestoneApiController(Milestones milestones) {
		this.milestones = milestones;
	}

	/** One page of milestones and the cursor of the next ({@code null} on the last). */
	record Listing(java.util.List<MilestoneView> items, String next) {
	}

	@GetMapping("/api/v1/projects/{id}/milestones")
	@Operation(summary = "The project's milestones by due day; pass the answer's next as cursor for more")
	@ApiResponse(responseCode = "400", description = "A cursor that is not one answered",
			content = @Content(mediaType = "application/problem+json"))
	Listing list(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "50") int limit)
			throws BindException {
		Milestones.Page page = milestones.page(me, id, cursor(cursor), Math.max(1, Math.min(limit, 200)));
		return new Listing(page.items(), page.next());
	}

	@PostMapping("/api/v1/projects/{id}/milestones")
	@Operation(summary = "Add a milestone: name, dueOn, optional phaseId, taskIds and deliverableIds it waits for")
	@ApiResponse(responseCode = "201", description = "Added; Location names it")
	@ApiResponse(responseCode = "400", description = "A field refused", content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The caller only reads the project (观察者, a read share)",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<MilestoneView> create(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody MilestoneForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "milestone");
		Long created = milestones.create(me, id, form, errors);
		if (created == null) {
			throw new BindException(errors);
		}
		return found(ResponseEntity.created(URI.create("/api/v1/milestones/" + created)), milestones.one(me, created));
	}

	@GetMapping("/api/v1/milestones/{id}")
	@Operation(summary = "One milestone; the ETag is what If-Match names")
	ResponseEntity<MilestoneView> get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return found(ResponseEntity.ok(), milestones.one(me, id));
	}

	@PutMapping("/api/v1/milestones/{id}")
	@Operation(summary = "Replace a milestone's name, due day, phase and what it waits for; its baseline day stays")
	@ApiResponse(responseCode = "400", description = "A field refused", content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "If-Match names an older version",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<MilestoneView> update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody MilestoneForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "milestone");
		if (!milestones.update(me, id, form, Versions.fromIfMatch(ifMatch, null), errors)) {
			throw new BindException(errors);
		}
		return found(ResponseEntity.ok(), milestones.one(me, id));
	}

	@PostMapping("/api/v1/milestones/{id}/reach")
	@Operation(summary = "Mark the milestone reached by hand, with a note (the project's manager or 负责人)")
	@ApiResponse(responseCode = "400", description = "No note, or already reached",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The caller does not lead the project",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<MilestoneView> reach(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody ReachForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "reach");
		if (!milestones.reach(me, id, form.note(), errors)) {
			throw new BindException(errors);
		}
		return found(ResponseEntity.ok(), milestones.one(me, id));
	}

	private static Milestones.Cursor cursor(String cursor) throws BindException {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		int at = cursor.indexOf('~');
		try {
			return new Milestones.Cursor(LocalDate.parse(cursor.substring(0, at)), Long.parseLong(cursor.substring(at + 1)));
		}
		catch (DateTimeParseException | IndexOutOfBoundsException | NumberFormatException bad) {
			org.springframework.validation.MapBindingResult errors = new org.springframework.validation.MapBindingResult(
					java.util.Map.of("cursor", cursor), "listing");
			errors.rejectValue("cursor", "milestone.cursor.bad");
			throw new BindException(errors);
		}
	}

	private static ResponseEntity<MilestoneView> found(ResponseEntity.BodyBuilder builder, MilestoneView view) {
		return builder.eTag(String.valueOf(view.version())).body(view);
	}
}

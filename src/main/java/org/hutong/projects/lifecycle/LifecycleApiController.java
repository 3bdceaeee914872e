package org.hutong.projects.lifecycle;

import java.net.URI;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/lifecycle-templates}: the enterprise's templates (a handful, so no cursor), one by id;
 * for the projects settings permission a new template, one replaced whole (If-Match its version, 409
 * when stale), and applying it to running projects — a preview first, then the change. Bad input
 * answers 400 problem+json naming the field ({@code phases[1].criteria[0].weight}).
 */
@RestController
@RequestMapping("/api/v1/lifecycle-templates")
@Tag(name = "Lifecycle templates", description = "生命周期模板: phases, required deliverables and gates")
@ApiResponse(responseCode = "404", description = "No such template in the caller's enterprise",
		content = @Content(mediaType = "application/problem+json"))
class LifecycleApiController {

	private final LifecycleTemplates templates;

	private final TemplateEditing editing;

	private final TemplateRollouts rollouts;

	LifecycleApiController(LifecycleTemplates templates, TemplateEditing editing, TemplateRollouts rollouts) {
		this.templates = templates;
		this.editing = editing;
		this.rollouts = rollouts;
	}

	record Listing(List<TemplateView> items) {
	}

	/** The projects to preview or apply to; {@code version} the template's version the preview showed. */
	record Rollout(List<Long> projectIds, Long version) {

		List<Long> ids() {
			return projectIds == null ? List.of() : projectIds;
		}
	}

	record Previews(long templateId, long version, List<TemplateRollouts.Preview> items) {
	}

	record Outcomes(List<TemplateRollouts.Outcome> items) {
	}

	@GetMapping
	@PreAuthorize(ProjectPermissions.MAY_READ)
	@Operation(summary = "The enterprise's lifecycle templates")
	Listing list() {
		return new Listing(templates.all());
	}

	@GetMapping("/{id}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	@Operation(summary = "One template; the ETag is its version")
	ResponseEntity<TemplateView> get(@PathVariable long id) {
		TemplateView view = templates.one(id);
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}

	@PostMapping
	@PreAuthorize(ProjectPermissions.MAY_SETTLE)
	@Operation(summary = "A new template: name, description, phases (each with name, durationShare 1–100, "
			+ "gatekeeperRoleId, deliverables, gatekeeperIds, criteria of kind MUST or SHOULD with weight 1–100)")
	@ApiResponse(responseCode = "201", description = "Created; the ETag is its version")
	@ApiResponse(responseCode = "400", description = "A field refused", content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<TemplateView> create(@RequestBody TemplateForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "template");
		Long id = editing.create(form, errors);
		if (id == null) {
			throw new BindException(errors);
		}
		TemplateView view = templates.one(id);
		return ResponseEntity.created(URI.create("/api/v1/lifecycle-templates/" + id)).eTag(String.valueOf(view.version()))
			.body(view);
	}

	@PutMapping("/{id}")
	@PreAuthorize(ProjectPermissions.MAY_SETTLE)
	@Operation(summary = "The template replaced whole; phases and deliverables keep theirs by id. If-Match its version. "
			+ "Running projects do not move until the template is applied to them.")
	@ApiResponse(responseCode = "400", description = "A field refused", content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "If-Match names an older version",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<TemplateView> replace(@PathVariable long id, @RequestBody TemplateForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) throws BindException {
		TemplateForm versioned = new TemplateForm(form.name(), form.description(), form.phases(),
				Versions.fromIfMatch(ifMatch, form.version()));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "template");
		if (!editing.replace(id, versioned, errors)) {
			throw new BindException(errors);
		}
		TemplateView view = templates.one(id);
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}

	@PostMapping("/{id}/apply-preview")
	@PreAuthorize(ProjectPermissions.MAY_SETTLE)
	@Operation(summary = "What applying the template would change in each chosen project",
			description = "Per project the phase changes (ADDED, REMOVED, RENAMED, CHANGED, KEPT_DONE, KEPT_CURRENT, "
					+ "SKIPPED_PAST); refusal names the work on a phase it would remove (tasks, deliverables, gates, "
					+ "milestones, budget, costs, time); skipped=notFollowing for a project not running on this template.")
	Previews preview(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody Rollout body) {
		TemplateView view = templates.one(id);
		return new Previews(id, view.version(), rollouts.preview(me, id, body.ids()));
	}

	@PostMapping("/{id}/apply")
	@PreAuthorize(ProjectPermissions.MAY_SETTLE)
	@Operation(summary = "Apply the template to the chosen running projects; If-Match (or version) the template's "
			+ "version the preview showed. Refused projects are named with the reason; the others change.")
	@ApiResponse(responseCode = "409", description = "The template changed since the preview",
			content = @Content(mediaType = "application/problem+json"))
	Outcomes apply(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody Rollout body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return new Outcomes(rollouts.apply(me, id, Versions.fromIfMatch(ifMatch, body.version()), body.ids()));
	}
}

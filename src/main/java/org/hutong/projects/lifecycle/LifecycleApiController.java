package org.hutong.projects.lifecycle;

import java.util.List;

import org.hutong.projects.project.ProjectPermissions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/lifecycle-templates}: the enterprise's templates (a handful, so no cursor), and one by id. Read-only for now. */
@RestController
@RequestMapping("/api/v1/lifecycle-templates")
class LifecycleApiController {

	private final LifecycleTemplates templates;

	LifecycleApiController(LifecycleTemplates templates) {
		this.templates = templates;
	}

	record Listing(List<TemplateView> items) {
	}

	@GetMapping
	@PreAuthorize(ProjectPermissions.MAY_READ)
	Listing list() {
		return new Listing(templates.all());
	}

	@GetMapping("/{id}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	ResponseEntity<TemplateView> get(@PathVariable long id) {
		TemplateView view = templates.one(id);
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}
}

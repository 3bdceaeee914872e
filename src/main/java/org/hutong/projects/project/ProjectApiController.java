package org.hutong.projects.project;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.lifecycle.PhaseBar;
import org.hutong.projects.project.ProjectDetails.MemberView;
import org.hutong.projects.project.ProjectDetails.ProjectView;
import org.hutong.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/projects}: list (filters and the cursor {@code before}), get, create, update with
 * {@code If-Match}; the members ({@code /{id}/members}), shares ({@code /{id}/shares}) and the phase bar
 * ({@code /{id}/phases}). Invalid input answers 400 problem+json naming the fields; a stale
 * {@code If-Match} 409; a project the caller may not see 404.
 */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectApiController {

	private final ProjectSearch search;

	private final ProjectDetails details;

	private final ProjectManagement management;

	private final ProjectTeam team;

	ProjectApiController(ProjectSearch search, ProjectDetails details, ProjectManagement management, ProjectTeam team) {
		this.search = search;
		this.details = details;
		this.management = management;
		this.team = team;
	}

	/** One page of projects, the cursor of the next ({@code null} on the last), and on the first page how many match (capped). */
	record Listing(List<ProjectRow> items, Long next, Long total) {
	}

	@GetMapping
	@PreAuthorize(ProjectPermissions.MAY_READ)
	Listing list(@AuthenticationPrincipal SignedInUser me, @ModelAttribute ProjectFilter filter,
			@RequestParam(defaultValue = "" + ProjectSearch.PAGE_SIZE) int limit) {
		ProjectPage page = search.page(me, filter, limit);
		return new Listing(page.rows(), page.next() == null ? null : page.next().before(), page.total());
	}

	@GetMapping("/{id}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	ResponseEntity<ProjectView> get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return found(details.one(me, id));
	}

	@PostMapping
	@PreAuthorize(ProjectPermissions.MAY_CREATE)
	ResponseEntity<ProjectView> create(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody ProjectForm form)
			throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long id = management.create(me, form, errors);
		if (id == null) {
			throw new BindException(errors);
		}
		ProjectView view = details.one(me, id);
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).eTag(String.valueOf(view.version())).body(view);
	}

	@PutMapping("/{id}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	ResponseEntity<ProjectView> update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody ProjectForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, form.version());
		ProjectForm versioned = form.withVersion(version == null ? details.one(me, id).version() : version);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "form");
		management.update(me, id, versioned, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	@GetMapping("/{id}/members")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	List<MemberView> members(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return details.one(me, id).members();
	}

	@PostMapping("/{id}/members")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	List<MemberView> join(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody MemberForm form)
			throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "member");
		team.join(me, id, form.userId(), form.role(), errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return details.one(me, id).members();
	}

	@DeleteMapping("/{id}/members/{userId}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	ResponseEntity<Void> leave(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long userId)
			throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new MemberForm(userId, null, null), "member");
		team.leave(me, id, userId, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/shares")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	List<ProjectDetails.ShareView> share(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody MemberForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "share");
		team.share(me, id, form.userId(), form.access(), errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return details.one(me, id).shares();
	}

	@DeleteMapping("/{id}/shares/{userId}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	ResponseEntity<Void> unshare(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long userId) {
		team.unshare(me, id, userId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/phases")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	PhaseBar phases(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return details.one(me, id).phases();
	}

	private static ResponseEntity<ProjectView> found(ProjectView view) {
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}
}

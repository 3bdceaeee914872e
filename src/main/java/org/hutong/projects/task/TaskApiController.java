package org.hutong.projects.task;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tasks in the API: a project's tasks ({@code /api/v1/projects/{id}/tasks}: filters and the cursor
 * {@code before}, create) and board columns ({@code /task-columns}); one task ({@code /api/v1/tasks/{id}}:
 * get, PUT to replace, PATCH to change the fields given, both with {@code If-Match}), its move on the
 * board ({@code /move}: column, place and version) and the caller's open tasks ({@code /mine}). Invalid
 * input answers 400 problem+json naming the fields; a stale version 409; a task or project the caller
 * may not see 404.
 */
@RestController
@RequestMapping("/api/v1")
class TaskApiController {

	private final TaskSearch search;

	private final TaskManagement management;

	private final SpringValidatorAdapter validator;

	TaskApiController(TaskSearch search, TaskManagement management, jakarta.validation.Validator validator) {
		this.search = search;
		this.management = management;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** One page of tasks and the cursor of the next ({@code null} on the last). */
	record Listing(List<TaskRow> items, Long next) {
	}

	/** A board column: its id (for moves), name, category and how many tasks it holds. */
	record ColumnInfo(long id, String name, TaskCategory category, long count) {
	}

	@GetMapping("/projects/{id}/tasks")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	Listing list(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @ModelAttribute TaskFilter filter,
			@RequestParam(defaultValue = "" + TaskSearch.PAGE_SIZE) int limit) {
		TaskPage page = search.list(me, id, filter, limit);
		return new Listing(page.rows(), page.next());
	}

	@GetMapping("/projects/{id}/task-columns")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	List<ColumnInfo> columns(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return search.board(me, id).columns().stream()
			.map(c -> new ColumnInfo(c.id(), c.name(), c.category(), c.count())).toList();
	}

	@PostMapping("/projects/{id}/tasks")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	ResponseEntity<TaskView> create(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody TaskForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long taskId = management.create(me, id, form, errors);
		if (taskId == null) {
			throw new BindException(errors);
		}
		TaskView view = search.one(me, taskId);
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + taskId)).eTag(String.valueOf(view.version())).body(view);
	}

	@GetMapping("/tasks/mine")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	MyTasks mine(@AuthenticationPrincipal SignedInUser me) {
		return search.mine(me);
	}

	@GetMapping("/tasks/{id}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	ResponseEntity<TaskView> get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return found(search.one(me, id));
	}

	@PutMapping("/tasks/{id}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	ResponseEntity<TaskView> replace(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody TaskForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		return update(me, id, form, ifMatch);
	}

	/** Changes the fields the body gives; those it leaves out (or {@code null}) stay as they are. */
	@PatchMapping("/tasks/{id}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	ResponseEntity<TaskView> change(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody TaskForm change, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		TaskForm patched = search.one(me, id).form().patchedBy(change);
		BeanPropertyBindingResult invalid = new BeanPropertyBindingResult(patched, "form");
		validator.validate(patched, invalid);
		if (invalid.hasErrors()) {
			throw new BindException(invalid);
		}
		return update(me, id, patched, ifMatch);
	}

	@PostMapping("/tasks/{id}/move")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	ResponseEntity<TaskView> move(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody TaskMove move, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, move.version());
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(move, "move");
		management.move(me, id, move.columnId(), move.position(), version, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(search.one(me, id));
	}

	private ResponseEntity<TaskView> update(SignedInUser me, long id, TaskForm form, String ifMatch)
			throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, form.version());
		TaskForm versioned = form.withVersion(version == null ? search.one(me, id).version() : version);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "form");
		management.update(me, id, versioned, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(search.one(me, id));
	}

	private static ResponseEntity<TaskView> found(TaskView view) {
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}
}

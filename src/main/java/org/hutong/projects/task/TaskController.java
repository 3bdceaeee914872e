package org.hutong.projects.task;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.projects.time.TimeEntries;
import org.hutong.web.HtmxFragment;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's task list {@code /projects/{id}/tasks} (filters, "更多" by cursor), the task form (new and
 * edit, {@code /projects/tasks/{taskId}}) and 我的任务 {@code /projects/my-tasks}. A refusal shows the form
 * again with the reason by its field (422); a stale version says so (409).
 */
@Controller
@RequestMapping("/projects")
class TaskController {

	private final TaskSearch search;

	private final TaskManagement management;

	private final TaskDetails details;

	private final TimeEntries time;

	private final TaskAttachments attachments;

	TaskController(TaskSearch search, TaskManagement management, TaskDetails details, TimeEntries time,
			TaskAttachments attachments) {
		this.search = search;
		this.management = management;
		this.details = details;
		this.time = time;
		this.attachments = attachments;
	}

	@InitBinder({ "form", "filter" })
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/my-tasks")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String mine(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("mine", search.mine(me));
		return "projects/task/mine";
	}

	/** The list; a malformed filter shows all the project's tasks rather than an error. */
	@GetMapping("/{id}/tasks")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	@HtmxFragment("rows")
	String list(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@ModelAttribute("filter") TaskFilter filter, BindingResult malformed, Model model) {
		TaskFilter query = filter == null || malformed.hasErrors() ? TaskFilter.all() : filter;
		model.addAttribute("filter", query);
		model.addAttribute("project", search.project(me, id));
		model.addAttribute("page", search.list(me, id, query, TaskSearch.PAGE_SIZE));
		model.addAttribute("choices", search.choices(me, id));
		return "projects/task/list";
	}

	@GetMapping("/{id}/tasks/new")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String newForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam(required = false) Long column, Model model) {
		if (!search.project(me, id).mayWork()) {
			throw new AccessDeniedException("project work is read-only for this user");
		}
		model.addAttribute("form", TaskForm.blank(null, column));
		return form(me, id, null, model);
	}

	@PostMapping("/{id}/tasks")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String create(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("form") TaskForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Long taskId = errors.hasErrors() ? null : management.create(me, id, form, errors);
		if (taskId == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(me, id, null, model);
		}
		redirect.addFlashAttribute("notice", "task.saved");
		return "redirect:/projects/" + id + "/board#task-" + taskId;
	}

	@GetMapping("/tasks/{taskId}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String editForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long taskId, Model model) {
		TaskView task = search.one(me, taskId);
		model.addAttribute("form", task.form());
		model.addAttribute("logged", time.hoursOf(java.util.Set.of(taskId)).get(taskId));
		return form(me, task.projectId(), task, model);
	}

	@PostMapping("/tasks/{taskId}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String update(@AuthenticationPrincipal SignedInUser me, @PathVariable long taskId,
			@Validated @ModelAttribute("form") TaskForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		TaskView task = search.one(me, taskId);
		try {
			if (!errors.hasErrors()) {
				management.update(me, taskId, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("task.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(me, task.projectId(), task, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(me, task.projectId(), task, model);
		}
		redirect.addFlashAttribute("notice", "task.saved");
		return "redirect:/projects/" + task.projectId() + "/board#task-" + taskId;
	}

	/** Adds a subtask; htmx gets the details section back, with the refusal by its field (422). */
	@PostMapping("/tasks/{taskId}/subtasks")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	@HtmxFragment("details")
	String addSubtask(@AuthenticationPrincipal SignedInUser me, @PathVariable long taskId,
			@RequestParam(required = false) String title, Model model, HttpServletResponse response) {
		BindingResult errors = new BeanPropertyBindingResult(new Subtask(title), "subtask");
		management.createSubtask(me, taskId, title, errors);
		return detailed(me, taskId, errors, "subtaskProblem", model, response);
	}

	/** Adds a checklist item at the end. */
	@PostMapping("/tasks/{taskId}/checks")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	@HtmxFragment("details")
	String addCheck(@AuthenticationPrincipal SignedInUser me, @PathVariable long taskId,
			@RequestParam(required = false) String text, Model model, HttpServletResponse response) {
		BindingResult errors = new BeanPropertyBindingResult(new Check(text), "check");
		details.addCheck(me, taskId, text, errors);
		return detailed(me, taskId, errors, "checkProblem", model, response);
	}

	/** Ticks ({@code done=true}) or unticks a checklist item. */
	@PostMapping("/tasks/{taskId}/checks/{checkId}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	@HtmxFragment("details")
	String markCheck(@AuthenticationPrincipal SignedInUser me, @PathVariable long taskId, @PathVariable long checkId,
			@RequestParam(defaultValue = "false") boolean done, Model model, HttpServletResponse response) {
		details.markCheck(me, taskId, checkId, done);
		return detailed(me, taskId, null, null, model, response);
	}

	@PostMapping("/tasks/{taskId}/checks/{checkId}/delete")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	@HtmxFragment("details")
	String removeCheck(@AuthenticationPrincipal SignedInUser me, @PathVariable long taskId,
			@PathVariable long checkId, Model model, HttpServletResponse response) {
		details.removeCheck(me, taskId, checkId);
		return detailed(me, taskId, null, null, model, response);
	}

	record Subtask(String title) {
	}

	record Check(String text) {
	}

	private String detailed(SignedInUser me, long taskId, BindingResult errors, String problem, Model model,
			HttpServletResponse response) {
		if (errors != null && errors.hasErrors()) {
			model.addAttribute(problem, errors.getFieldErrors().get(0).getCode());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		TaskView task = search.one(me, taskId);
		model.addAttribute("form", task.form());
		model.addAttribute("logged", time.hoursOf(java.util.Set.of(taskId)).get(taskId));
		return form(me, task.projectId(), task, model);
	}

	private String form(SignedInUser me, long projectId, TaskView task, Model model) {
		model.addAttribute("project", search.project(me, projectId));
		model.addAttribute("task", task);
		model.addAttribute("details", task == null ? null : details.details(me, task.id()));
		model.addAttribute("attachments", task == null ? null : attachments.of(me, task.id()));
		model.addAttribute("choices", search.choices(me, projectId));
		return "projects/task/form";
	}
}

package org.hutong.projects.gantt;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.gantt.GanttPage.BaselineChoice;
import org.hutong.projects.gantt.GanttPage.DependencyView;
import org.hutong.projects.gantt.GanttPage.Line;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's plan through the API: its task dependencies (listed, added, removed), the scheduled plan
 * with its critical path and the comparison with a baseline, and baselines saved. Bad input answers 400
 * problem+json naming the field; a change the plan refuses (a cycle, a task before its predecessor allows
 * or outside its phase) and a dependency already there 409 with the reasons; a project the caller may
 * not see 404; a reader who may not plan 403.
 */
@RestController
@Tag(name = "Project plan", description = "甘特图: task dependencies, the scheduled plan with its critical path, baselines")
@ApiResponse(responseCode = "404", description = "No such project or dependency, or one the caller may not see",
		content = @Content(mediaType = "application/problem+json"))
@PreAuthorize(ProjectPermissions.MAY_READ)
class GanttApiController {

	private final Gantt gantt;

	private final ApiProblems problems;

	private final MessageSource messages;

	GanttApiController(Gantt gantt, ApiProblems problems, MessageSource messages) {
		this.gantt = gantt;
		this.problems = problems;
		this.messages = messages;
	}

	/** A change the plan refuses, answered 409 with each reason. */
	static final class Refused extends RuntimeException {

		private final transient Errors errors;

		Refused(Errors errors) {
			super("refused by the plan", null, false, false);
			this.errors = errors;
		}
	}

	@ExceptionHandler(Refused.class)
	ResponseEntity<ProblemDetail> refused(Refused refused, HttpServletRequest request) {
		List<String> reasons = refused.errors.getAllErrors().stream()
			.map(e -> messages.getMessage(e, LocaleContextHolder.getLocale())).toList();
		ProblemDetail problem = problems.problem(request, HttpStatus.CONFLICT, "gantt.api.refused");
		problem.setDetail(String.join(" ", reasons));
		problem.setProperty("reasons", reasons);
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		refused.errors.getFieldErrors()
			.forEach(e -> fields.putIfAbsent(e.getField(), messages.getMessage(e, LocaleContextHolder.getLocale())));
		if (!fields.isEmpty()) {
			problem.setProperty("errors", fields);
		}
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@GetMapping("/api/v1/projects/{id}/dependencies")
	@Operation(summary = "The project's task dependencies (finish-to-start with lag in days), in the order added")
	List<DependencyView> dependencies(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return gantt.dependencies(me, id);
	}

	@PostMapping("/api/v1/projects/{id}/dependencies")
	@Operation(summary = "Add a dependency: predecessorId, successorId (tasks of the project with dates), lagDays (default 0)")
	@ApiResponse(responseCode = "201", description = "Added; Location names it")
	@ApiResponse(responseCode = "400", description = "A field refused: missing, the same task, not the project's task, lag out of range",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The caller does not plan the project (only its manager, 负责人, 技术负责人)",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Already there, or the plan refuses it (a cycle, dates, phases)",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<DependencyView> link(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody DependencyForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "dependency");
		Long created = gantt.link(me, id, form, errors);
		if (created == null) {
			FieldError exists = errors.getFieldError("successorId");
			if (errors.hasGlobalErrors() || exists != null && "gantt.dependency.exists".equals(exists.getCode())) {
				throw new Refused(errors);
			}
			throw new BindException(errors);
		}
		DependencyView view = gantt.dependencies(me, id).stream().filter(d -> d.id() == created).findFirst().orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/dependencies/" + created)).body(view);
	}

	@DeleteMapping("/api/v1/projects/{id}/dependencies/{dependencyId}")
	@Operation(summary = "Remove a dependency")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "403", description = "The caller does not plan the project",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<Void> unlink(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long dependencyId) {
		gantt.unlink(me, id, dependencyId);
		return ResponseEntity.noContent().build();
	}

	/**
	 * The plan as scheduled.
	 *
	 * @param refusals why the stored plan cannot be scheduled (then items keep their own dates, none critical)
	 * @param criticalPath keys of the critical items in the plan's order
	 * @param finishSlipDays the project's finish against the baseline's, null without a baseline
	 */
	record PlanView(long projectId, LocalDate projectFinish, List<String> refusals, List<Line> items,
			List<String> criticalPath, BaselineChoice baseline, Long finishSlipDays, List<BaselineChoice> baselines,
			int undatedTasks) {
	}

	@GetMapping("/api/v1/projects/{id}/plan")
	@Operation(summary = "The scheduled plan: phases, milestones and tasks with dates, float, the critical path and "
			+ "the slip against a baseline (baselineId, default the newest)")
	PlanView plan(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) Long baselineId) {
		GanttPage page = gantt.page(me, id, baselineId);
		return new PlanView(id, page.projectFinish(),
				page.refusals().stream()
					.map(r -> messages.getMessage(r.messageKey(), r.messageArguments(), LocaleContextHolder.getLocale()))
					.toList(),
				page.lines(), page.lines().stream().filter(Line::critical).map(Line::key).toList(), page.baseline(),
				page.finishSlipDays(), page.baselines(), page.undated());
	}

	/** A baseline to save; without a name it is named by the day and time. */
	record BaselineForm(String name) {
	}

	@PostMapping("/api/v1/projects/{id}/baselines")
	@Operation(summary = "Save the plan's current dates as a baseline, compared by default from now on")
	@ApiResponse(responseCode = "201", description = "Saved; the answer is the plan compared with it")
	@ApiResponse(responseCode = "400", description = "A name too long, or nothing planned",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The caller does not plan the project",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<PlanView> baseline(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody(required = false) BaselineForm form) throws BindException {
		BaselineForm given = form == null ? new BaselineForm(null) : form;
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(given, "baseline");
		Long created = gantt.saveBaseline(me, id, given.name(), errors);
		if (created == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/plan?baselineId=" + created))
			.body(plan(me, id, created));
	}
}

package org.hutong.projects.gantt;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.gantt.GanttPage.Line;
import org.hutong.projects.project.ProjectPermissions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's 甘特图 page: on a desktop the chart (frappe-gantt, fed by {@code /data}) with bars the
 * planner drags — each drop posts the task's new dates and gets the server's answer — and the forms to
 * link tasks and save a baseline; on a phone the same schedule as a read-only timeline list by phase.
 * A refused form answers 422 with the page, the reasons next to the fields.
 */
@Controller
@RequestMapping("/projects/{id}/gantt")
@PreAuthorize(ProjectPermissions.MAY_READ)
class GanttController {

	private static final String PAGE = "projects/gantt/show";

	private final Gantt gantt;

	private final MessageSource messages;

	GanttController(Gantt gantt, MessageSource messages) {
		this.gantt = gantt;
		this.messages = messages;
	}

	@InitBinder("dependency")
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) Long baseline, Model model) {
		model.addAttribute("gantt", gantt.page(me, id, baseline));
		return PAGE;
	}

	/**
	 * One bar as frappe-gantt takes it, with what the page adds: its kind, the task's version, the
	 * baseline's dates and the slip in days.
	 */
	record Bar(String id, String name, LocalDate start, LocalDate end, int progress, String dependencies,
			String custom_class, String kind, Long version, LocalDate baseline_start, LocalDate baseline_end, Long slip,
			boolean critical) {
	}

	/** @param problems the stored plan's refusals, localised */
	record ChartData(boolean mayPlan, List<Bar> items, List<String> problems) {
	}

	@GetMapping("/data")
	@ResponseBody
	ChartData data(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) Long baseline) {
		GanttPage page = gantt.page(me, id, baseline);
		return new ChartData(page.mayPlan(), page.lines().stream().map(GanttController::bar).toList(),
				page.refusals().stream().map(r -> message(r.messageKey(), r.messageArguments())).toList());
	}

	/** frappe-gantt takes one class per bar: the critical path first, then done, then the kind. */
	private static Bar bar(Line line) {
		String css = line.critical() ? "gantt-critical"
				: line.done() ? "gantt-done" : "gantt-" + line.kind().toLowerCase(java.util.Locale.ROOT);
		return new Bar(line.key(), line.name(), line.start(), line.end(), line.progress(),
				String.join(",", line.predecessors()), css, line.kind(), line.version(), line.baselineStart(),
				line.baselineEnd(), line.slipDays(), line.critical());
	}

	/** The dates of a dragged bar: 200, or 422 / 409 with the reasons to show. */
	@PostMapping("/tasks/{taskId}/dates")
	@ResponseBody
	ResponseEntity<Map<String, Object>> move(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long taskId, @RequestParam(required = false) String start,
			@RequestParam(required = false) String end, @RequestParam(required = false) Long version) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "move");
		LocalDate from = day(start, "start", errors);
		LocalDate to = day(end, "end", errors);
		try {
			if (!errors.hasErrors() && gantt.move(me, id, taskId, from, to, version, errors)) {
				return ResponseEntity.ok(Map.of("moved", taskId));
			}
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("messages", List.of(message("gantt.move.stale", new Object[0]))));
		}
		return ResponseEntity.unprocessableContent().body(Map.of("messages", all(errors)));
	}

	@PostMapping("/dependencies")
	String link(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@ModelAttribute("dependency") DependencyForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors() || gantt.link(me, id, form, errors) == null) {
			return refused(me, id, model, response);
		}
		return saved(id, "gantt.dependency.saved", redirect);
	}

	@PostMapping("/dependencies/{dependencyId}/delete")
	String unlink(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long dependencyId,
			RedirectAttributes redirect) {
		gantt.unlink(me, id, dependencyId);
		return saved(id, "gantt.dependency.removed", redirect);
	}

	@PostMapping("/baselines")
	String baseline(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String name, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(Map.of("name", name == null ? "" : name)),
				"baseline");
		if (gantt.saveBaseline(me, id, name, errors) == null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "baseline", errors);
			return refused(me, id, model, response);
		}
		return saved(id, "gantt.baseline.saved", redirect);
	}

	private static String saved(long id, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/projects/" + id + "/gantt";
	}

	private String refused(SignedInUser me, long id, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("gantt", gantt.page(me, id, null));
		return PAGE;
	}

	private static LocalDate day(String text, String field, Errors errors) {
		if (text == null || text.isBlank()) {
			errors.rejectValue(field, "gantt.move.required");
			return null;
		}
		try {
			return LocalDate.parse(text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
		}
		catch (DateTimeParseException bad) {
			errors.rejectValue(field, "gantt.move.badDate");
			return null;
		}
	}

	private List<String> all(Errors errors) {
		return errors.getAllErrors().stream().map(e -> messages.getMessage(e, LocaleContextHolder.getLocale())).toList();
	}

	private String message(String key, Object[] args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}

package org.hutong.projects.time;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.HtmxFragment;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 工时表 {@code /projects/timesheet?week=2026-W49&day=…}: a grid of the week on wide screens and, on a
 * phone, the chosen day's tasks each with its hours; a cell is saved on its own (htmx swaps the sheet,
 * a refusal shows by the cell with 422, a stale cell 409). And a project's team week
 * {@code /projects/{id}/time?week=…} for who leads it.
 */
@Controller
@RequestMapping("/projects")
@PreAuthorize(ProjectPermissions.MAY_READ)
class TimesheetController {

	private final Timesheets sheets;

	private final TimeKeeping keeping;

	private final TeamWeeks teams;

	TimesheetController(Timesheets sheets, TimeKeeping keeping, TeamWeeks teams) {
		this.sheets = sheets;
		this.keeping = keeping;
		this.teams = teams;
	}

	@InitBinder("cell")
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/timesheet")
	@HtmxFragment("sheet")
	String sheet(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String week,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) Long task, Model model) {
		Week shown = day != null && week == null ? Week.of(day) : Week.parse(week, keeping.today());
		model.addAttribute("sheet", sheets.of(me, shown, day, task != null && keeping.mayLog(me, task) ? task : null));
		return "projects/time/timesheet";
	}

	/** Saves one cell; an htmx request gets the sheet back, a plain form the page again. */
	@PostMapping("/timesheet/cell")
	@HtmxFragment("sheet")
	String fill(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("cell") CellForm cell, BindingResult malformed,
			@RequestParam(required = false) String week,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, HttpServletResponse response) {
		BindingResult errors = malformed;
		if (!malformed.hasErrors()) {
			try {
				keeping.fill(me, cell, errors);
			}
			catch (OptimisticLockingFailureException stale) {
				errors.reject("time.stale");
				response.setStatus(HttpStatus.CONFLICT.value());
			}
		}
		LocalDate day = cell.day() == null ? keeping.today() : cell.day();
		Week shown = cell.day() == null ? Week.parse(week, keeping.today()) : Week.of(cell.day());
		if (errors.hasErrors()) {
			if (response.getStatus() != HttpStatus.CONFLICT.value()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			model.addAttribute("refused", cell);
		}
		else if (!"true".equals(htmx)) {
			return "redirect:/projects/timesheet?week=" + shown.name() + "&day=" + day;
		}
		// the saved task shows even when not among the open ones, but only once the actor may log on it
		Long saved = errors.hasFieldErrors("taskId") ? null : cell.taskId();
		model.addAttribute("sheet", sheets.of(me, shown, day, saved));
		return "projects/time/timesheet";
	}

	@GetMapping("/{id}/time")
	String team(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam(required = false) String week,
			Model model) {
		model.addAttribute("team", teams.of(me, id, Week.parse(week, keeping.today())));
		return "projects/time/team";
	}
}

package org.hutong.projects.report;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 项目周报 pages: a project's reports {@code /projects/{id}/reports} (newest week first, 更多 by cursor),
 * one week's {@code /projects/{id}/reports/{week}} (read, or for who leads the project the week's facts
 * above the form: 保存草稿 and 发布), and the leaders' page {@code /projects/reports?week=} of the week's
 * published reports. A refused field answers 422 with the form, a stale one 409.
 */
@Controller
@RequestMapping("/projects")
@PreAuthorize(ProjectPermissions.MAY_READ)
class WeeklyReportController {

	private final WeeklyReports reports;

	private final WeeklyReportManagement management;

	private final PublishedReports published;

	WeeklyReportController(WeeklyReports reports, WeeklyReportManagement management, PublishedReports published) {
		this.reports = reports;
		this.management = management;
		this.published = published;
	}

	@InitBinder("form")
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/reports")
	String board(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String week,
			@RequestParam(required = false) Long after, Model model) {
		model.addAttribute("board", published.of(me, week, after));
		return "projects/report/board";
	}

	@GetMapping("/{id}/reports")
	String list(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String before, Model model) {
		model.addAttribute("reports", reports.page(me, id, before, WeeklyReports.PAGE));
		return "projects/report/list";
	}

	@GetMapping("/{id}/reports/{week}")
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable String week, Model model) {
		ReportPage page = reports.one(me, id, week);
		model.addAttribute("page", page);
		if (page.form() != null) {
			model.addAttribute("form", page.form());
		}
		return "projects/report/show";
	}

	/** Saves the draft; with {@code publish} it is also published (which needs a 本周概述). */
	@PostMapping("/{id}/reports/{week}")
	String save(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable String week,
			@ModelAttribute("form") ReportForm form, BindingResult errors,
			@RequestParam(required = false) String publish, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		boolean publishing = publish != null;
		try {
			if (!errors.hasErrors() && publishing && form.summary() == null) {
				errors.rejectValue("summary", "report.summary.required");
			}
			if (!errors.hasErrors() && management.save(me, id, week, form, errors) != null && publishing) {
				management.publish(me, id, week, null, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("report.stale");
			response.setStatus(HttpStatus.CONFLICT.value());
			return again(me, id, week, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return again(me, id, week, model);
		}
		redirect.addFlashAttribute("notice", publishing ? "report.published" : "report.saved");
		return "redirect:/projects/" + id + "/reports/" + reports.week(week).name();
	}

	/** The page again with the form as sent (the model keeps it and its errors). */
	private String again(SignedInUser me, long id, String week, Model model) {
		model.addAttribute("page", reports.one(me, id, week));
		return "projects/report/show";
	}
}

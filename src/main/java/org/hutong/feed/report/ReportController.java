package org.hutong.feed.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.feed.post.FeedPermissions;
import org.hutong.identity.SignedInUser;
import org.hutong.web.EnterpriseZone;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 日报 / 周报: writing one ({@code /feed/reports/new}), and a leader's roster of who has and has not
 * submitted ({@code /feed/reports}), where an administrator also sets the daily due time.
 */
@Controller
class ReportController {

	private final ReportManagement management;

	private final ReportRoster roster;

	private final ReportSettings settings;

	private final ReportDraft draft;

	ReportController(ReportManagement management, ReportRoster roster, ReportSettings settings, ReportDraft draft) {
		this.management = management;
		this.roster = roster;
		this.settings = settings;
		this.draft = draft;
	}

	/** The form starts with the period's follow-ups and posts of the author, to edit before submitting. */
	@GetMapping("/feed/reports/new")
	@PreAuthorize(FeedPermissions.MAY_POST)
	String newForm(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String period,
			Model model, Locale locale) {
		ReportForm form = draft.of(me, period, locale);
		model.addAttribute("form", form);
		model.addAttribute("drafted", !form.done().isEmpty());
		return "feed/report/form";
	}

	@PostMapping("/feed/reports")
	@PreAuthorize(FeedPermissions.MAY_POST)
	String create(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("form") ReportForm form,
			BindingResult errors, HttpServletResponse response) {
		Long id = management.submit(me, form, errors);
		if (id == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "feed/report/form";
		}
		return "redirect:/feed/posts/" + id;
	}

	@GetMapping("/feed/reports")
	@PreAuthorize(FeedPermissions.MAY_READ)
	String roster(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		ReportPeriod chosen = ReportPeriod.WEEKLY.name().equals(period) ? ReportPeriod.WEEKLY : ReportPeriod.DAILY;
		LocalDate day = date == null ? LocalDate.now(EnterpriseZone.DEFAULT) : date;
		model.addAttribute("roster", roster.of(me, chosen, day));
		model.addAttribute("day", day);
		model.addAttribute("dueTime", settings.due());
		return "feed/report/roster";
	}

	@PostMapping("/feed/reports/due")
	@PreAuthorize("hasAuthority('" + FeedPermissions.ADMIN + "')")
	String due(@RequestParam String due) {
		try {
			settings.due(LocalTime.parse(due));
		}
		catch (DateTimeParseException unreadable) {
			return "redirect:/feed/reports?invalid";
		}
		return "redirect:/feed/reports";
	}
}

package org.hutong.projects.gate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.gate.GateReviews.Decision;
import org.hutong.projects.gate.GateReviews.Scoring;
import org.hutong.projects.project.ProjectPermissions;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 阶段评审 section of a project's page (loaded by it) with the 申请评审 button, and a review's page:
 * the criteria form for gatekeepers, every gatekeeper's scores with the weighted score, the decision
 * form. A refusal answers 422 with the reason next to its field (or above the form); someone who is
 * no gatekeeper gets 403, a decision on a review changed since it was shown 409.
 */
@Controller
@RequestMapping("/projects/{id}/gates")
@PreAuthorize(ProjectPermissions.MAY_READ)
class GateController {

	private final GateReviews reviews;

	private final GateViews views;

	GateController(GateReviews reviews, GateViews views) {
		this.reviews = reviews;
		this.views = views;
	}

	@GetMapping
	String section(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("gates", views.of(me, id));
		return "projects/gate/section";
	}

	@PostMapping
	String request(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		long gate;
		try {
			gate = reviews.request(me, id);
		}
		catch (GateRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("gates", views.of(me, id));
			model.addAttribute("refused", refused);
			return "projects/gate/refused";
		}
		redirect.addFlashAttribute("notice", "gate.requested");
		return "redirect:/projects/" + id + "/gates/" + gate;
	}

	@GetMapping("/{gateId}")
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long gateId,
			Model model) {
		model.addAttribute("gate", views.one(me, id, gateId));
		return "projects/gate/show";
	}

	@PostMapping("/{gateId}/scores")
	String score(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long gateId,
			@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		views.one(me, id, gateId);
		Map<Long, Boolean> met = new HashMap<>();
		Map<Long, Integer> points = new HashMap<>();
		form.forEach((key, value) -> {
			Long criterion = index(key, "met");
			if (criterion != null && ("true".equals(value) || "false".equals(value))) {
				met.put(criterion, Boolean.valueOf(value));
			}
			criterion = index(key, "points");
			if (criterion != null && value != null && value.matches("[1-5]")) {
				points.put(criterion, Integer.valueOf(value));
			}
		});
		try {
			reviews.score(me, gateId, new Scoring(met, points, form.get("comment")));
		}
		catch (GateRefused refused) {
			return refused(me, id, gateId, refused, form, model, response);
		}
		redirect.addFlashAttribute("notice", "gate.scored");
		return "redirect:/projects/" + id + "/gates/" + gateId;
	}

	@PostMapping("/{gateId}/decision")
	String decide(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long gateId,
			@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		views.one(me, id, gateId);
		GateOutcome outcome = Arrays.stream(GateOutcome.values())
			.filter(o -> o.name().equals(form.get("outcome")))
			.findFirst()
			.orElse(null);
		LocalDate holdUntil = null;
		String day = form.get("holdUntil");
		if (day != null && !day.isBlank()) {
			try {
				holdUntil = LocalDate.parse(day.strip());
			}
			catch (DateTimeParseException e) {
				return refused(me, id, gateId, new GateRefused("holdUntil", "holdUntil"), form, model, response);
			}
		}
		String rework = form.get("rework");
		List<String> items = rework == null ? List.of() : List.of(rework.split("\\R"));
		Long version;
		try {
			version = form.get("version") == null ? null : Long.valueOf(form.get("version"));
		}
		catch (NumberFormatException e) {
			version = null;
		}
		try {
			reviews.decide(me, gateId, new Decision(outcome, form.get("comment"), holdUntil, items, version));
		}
		catch (GateRefused refused) {
			return refused(me, id, gateId, refused, form, model, response);
		}
		redirect.addFlashAttribute("notice", "gate.decided");
		return "redirect:/projects/" + id + "/gates/" + gateId;
	}

	private String refused(SignedInUser me, long id, long gateId, GateRefused refused, Map<String, String> form,
			Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("gate", views.one(me, id, gateId));
		model.addAttribute("refused", refused);
		model.addAttribute("form", form);
		return "projects/gate/show";
	}

	/** The criterion id of a form key such as {@code met[12]}, or {@code null}. */
	static Long index(String key, String name) {
		if (!key.startsWith(name + "[") || !key.endsWith("]")) {
			return null;
		}
		try {
			return Long.valueOf(key.substring(name.length() + 1, key.length() - 1));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}

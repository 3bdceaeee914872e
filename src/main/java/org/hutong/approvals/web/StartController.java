package org.hutong.approvals.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hutong.approvals.file.NotYourFile;
import org.hutong.approvals.form.FormCheck;
import org.hutong.approvals.form.FormInput;
import org.hutong.approvals.form.FormValues;
import org.hutong.approvals.request.RequestSubmission;
import org.hutong.approvals.request.Submitter;
import org.hutong.approvals.route.RoutePredictions;
import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 发起审批: pick a flow, fill its form (drawn from the field definitions), see the predicted route
 * refresh as values change, submit. A refused form answers 422 with every value kept and each
 * message next to its field.
 */
@Controller
class StartController {

	/** Page parameters that are not form fields start with "_" (FormInput leaves them out). */
	static final String PICK = "_pick.";

	private final StartOptions options;

	private final FormValues formValues;

	private final RequestSubmission submission;

	private final RoutePredictions routes;

	private final RouteLines lines;

	private final PageSources sources;

	StartController(StartOptions options, FormValues formValues, RequestSubmission submission, RoutePredictions routes,
			RouteLines lines, PageSources sources) {
		this.options = options;
		this.formValues = formValues;
		this.submission = submission;
		this.routes = routes;
		this.lines = lines;
		this.sources = sources;
	}

	@GetMapping("/approvals/new")
	String choose(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("startable", options.startable(me));
		return "approvals/start/choose";
	}

	@GetMapping("/approvals/new/{flowKey}")
	String form(@PathVariable String flowKey, @AuthenticationPrincipal SignedInUser me, Model model) {
		var startable = options.startable(me, flowKey).orElseThrow(RecordNotFound::new);
		FormCheck check = formValues.check(startable.form(), Map.of());
		return draw(startable, FormState.empty(), me, Map.of(), check, model);
	}

	@PostMapping("/approvals/new/{flowKey}")
	String submit(@PathVariable String flowKey, @AuthenticationPrincipal SignedInUser me, HttpServletRequest request,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var startable = options.startable(me, flowKey).orElseThrow(RecordNotFound::new);
		Map<String, Object> raw = FormInput.fromParameters(request.getParameterMap());
		Map<String, List<Long>> picks = picks(request);
		FormCheck check = formValues.check(startable.form(), raw);
		if (!check.isValid()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			Map<String, Object> shown = new LinkedHashMap<>(raw);
			shown.put("_title", request.getParameter("_title"));
			return draw(startable, new FormState(shown, check.problems()), me, picks, check, model);
		}
		Submitter who = new Submitter(me.userId(), me.departmentId(),
				me.roles().stream().map(SignedInUser.RoleRef::id).collect(Collectors.toSet()));
		long id;
		try {
			id = submission.submit(who, flowKey, null, request.getParameter("_title"), check.storable(), picks).getId();
		}
		catch (NotYourFile notYours) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("refusal", notYours.messageCode());
			return draw(startable, new FormState(raw, Map.of()), me, picks, check, model);
		}
		redirect.addFlashAttribute("notice", "approvals.done.submit");
		return "redirect:/approvals/" + id;
	}

	/** The predicted route for the values as they stand, refreshed by htmx while the form is filled in. */
	@PostMapping("/approvals/new/{flowKey}/route")
	String route(@PathVariable String flowKey, @AuthenticationPrincipal SignedInUser me, HttpServletRequest request,
			Model model) {
		var startable = options.startable(me, flowKey).orElseThrow(RecordNotFound::new);
		FormCheck check = formValues.check(startable.form(), FormInput.fromParameters(request.getParameterMap()));
		model.addAttribute("route", lines.of(routes.predict(startable.flow(), me.userId(), check.storable(), picks(request)), me.userId()));
		model.addAttribute("pickNodes", options.pickNodes(startable.flow()));
		model.addAttribute("picks", picks(request));
		return "approvals/start/route";
	}

	private String draw(StartOptions.Startable startable, FormState state, SignedInUser me, Map<String, List<Long>> picks,
			FormCheck check, Model model) {
		model.addAttribute("flow", startable.flow());
		model.addAttribute("form", startable.form());
		model.addAttribute("state", state);
		model.addAttribute("choices", sources.choices(startable.form(), state));
		model.addAttribute("route", lines.of(routes.predict(startable.flow(), me.userId(), check.storable(), picks), me.userId()));
		model.addAttribute("pickNodes", options.pickNodes(startable.flow()));
		model.addAttribute("picks", picks);
		return "approvals/start/form";
	}

	private static Map<String, List<Long>> picks(HttpServletRequest request) {
		Map<String, List<Long>> picks = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith(PICK)) {
				List<Long> people = new ArrayList<>();
				for (String value : values) {
					if (value.matches("\\d{1,18}")) {
						people.add(Long.valueOf(value));
					}
				}
				picks.put(name.substring(PICK.length()), people);
			}
		});
		return picks;
	}
}

package org.hutong.approvals.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hutong.approvals.form.FormCheck;
import org.hutong.approvals.form.FormInput;
import org.hutong.approvals.form.FormValues;
import org.hutong.approvals.request.ApprovalRequest;
import org.hutong.approvals.request.ApprovalRequestRepository;
import org.hutong.approvals.request.RequestSubmission;
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

/** 重新提交 after a return or a rejection: the submitter's own form, filled with what the request holds. */
@Controller
class ResubmitController {

	private final ApprovalRequestRepository requests;

	private final PageSources sources;

	private final FormValues formValues;

	private final RequestSubmission submission;

	private final Actions actions;

	ResubmitController(ApprovalRequestRepository requests, PageSources sources, FormValues formValues,
			RequestSubmission submission, Actions actions) {
		this.requests = requests;
		this.sources = sources;
		this.formValues = formValues;
		this.submission = submission;
		this.actions = actions;
	}

	@GetMapping("/approvals/{id}/resubmit")
	String form(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model) {
		ApprovalRequest request = own(id, me);
		return draw(request, new FormState(request.values(), Map.of()), model);
	}

	@PostMapping("/approvals/{id}/resubmit")
	String resubmit(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, HttpServletRequest http,
			java.util.Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ApprovalRequest request = own(id, me);
		Map<String, Object> raw = FormInput.fromParameters(http.getParameterMap());
		FormCheck check = formValues.check(form(request), raw);
		if (!check.isValid()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return draw(request, new FormState(raw, check.problems()), model);
		}
		long version = parse(http.getParameter("_version"));
		var call = new Actions.Call(id, me, null, locale, model, response, redirect);
		return actions.act(call, () -> submission.resubmit(me.userId(), id, version, check.storable(), Map.of()),
				"approvals.done.resubmit");
	}

	private ApprovalRequest own(long id, SignedInUser me) {
		return requests.findById(id).filter(r -> r.getSubmitterId() == me.userId()).orElseThrow(RecordNotFound::new);
	}

	private org.hutong.approvals.form.FormDefinition form(ApprovalRequest request) {
		var flow = sources.flows().findById(request.getFlowId()).orElseThrow(RecordNotFound::new);
		return sources.forms().byKey(flow.getFormKey()).orElseThrow(RecordNotFound::new);
	}

	private String draw(ApprovalRequest request, FormState state, Model model) {
		model.addAttribute("flow", sources.flows().findById(request.getFlowId()).orElseThrow(RecordNotFound::new));
		model.addAttribute("form", form(request));
		model.addAttribute("state", state);
		model.addAttribute("choices", sources.choices(form(request), state));
		model.addAttribute("route", List.of());
		model.addAttribute("pickNodes", Map.of());
		model.addAttribute("picks", Map.of());
		model.addAttribute("action", "/approvals/" + request.getId() + "/resubmit");
		model.addAttribute("version", request.getVersion());
		return "approvals/start/form";
	}

	private static long parse(String version) {
		return version != null && version.matches("\\d{1,18}") ? Long.parseLong(version) : -1;
	}
}

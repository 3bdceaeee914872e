package org.hutong.approvals.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.approvals.request.RequestSubmission;
import org.hutong.identity.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The submitter's actions on a request's page: 撤回 before the end, 催办 at most once an hour. */
@Controller
class SubmitterController {

	private final RequestSubmission submission;

	private final Actions actions;

	SubmitterController(RequestSubmission submission, Actions actions) {
		this.submission = submission;
		this.actions = actions;
	}

	@PostMapping("/approvals/{id}/withdraw")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, @ModelAttribute ActionForm form,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var call = new Actions.Call(id, me, form, locale, model, response, redirect);
		return actions.act(call, () -> submission.withdraw(me.userId(), id, form.expectedVersion()),
				"approvals.done.withdraw");
	}

	@PostMapping("/approvals/{id}/remind")
	String remind(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, @ModelAttribute ActionForm form,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var call = new Actions.Call(id, me, form, locale, model, response, redirect);
		return actions.act(call, () -> submission.remind(me.userId(), id), "approvals.done.remind");
	}
}

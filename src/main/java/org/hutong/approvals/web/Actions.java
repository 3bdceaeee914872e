package org.hutong.approvals.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.approvals.request.ApproverEdits;
import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs an action from a request's page or the inbox and answers: back to the page with what was
 * done, or, refused, 409 with the message where the person acted (the page, or the inbox item).
 * Only the request's people reach its actions; anyone else, and another enterprise, gets 404.
 */
@Component
class Actions {

	private final RequestViews views;

	Actions(RequestViews views) {
		this.views = views;
	}

	/** One action's request: whose, on what, and where to answer. */
	record Call(long requestId, SignedInUser me, ActionForm form, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
	}

	String act(Call call, Runnable action, String done) {
		if (!views.mayView(call.requestId(), call.me().userId())) {
			throw new RecordNotFound();
		}
		try {
			action.run();
		}
		catch (ApproverEdits.Invalid invalid) {
			// the 同意 sheet opens again with what was typed and each message by its field
			call.response().setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			call.model().addAttribute("edits", new FormState(invalid.typed(), invalid.problems()));
			return answer(call);
		}
		catch (RuntimeException refused) {
			Refusal refusal = Refusal.of(refused).orElseThrow(() -> refused);
			call.response().setStatus(HttpStatus.CONFLICT.value());
			call.model().addAttribute("refusal", refusal);
			return answer(call);
		}
		if (call.form() != null && call.form().fromList()) {
			call.model().addAttribute("requestId", call.requestId());
			call.model().addAttribute("done", done);
			return "approvals/inbox/acted";
		}
		call.redirect().addFlashAttribute("notice", done);
		return "redirect:/approvals/" + call.requestId();
	}

	private String answer(Call call) {
		if (call.form() != null && call.form().fromList()) {
			call.model().addAttribute("requestId", call.requestId());
			return "approvals/inbox/acted";
		}
		call.model().addAttribute("view", views.view(call.requestId(), call.me().userId(), call.locale()));
		return "approvals/request/show";
	}
}

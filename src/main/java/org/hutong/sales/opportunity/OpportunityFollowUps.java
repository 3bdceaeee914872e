package org.hutong.sales.opportunity;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.customers.followup.FollowUpForm;
import org.hutong.customers.followup.FollowUpManagement;
import org.hutong.customers.followup.FollowUpPanel;
import org.hutong.customers.followup.FollowUpTimeline;
import org.hutong.customers.followup.FollowUpType;
import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
import org.hutong.web.RecordNotFound;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A deal's 跟进记录, with the customers module's own panel under the deal's URL: logging one here puts
 * it on the deal and on its customer's timeline. The deal is checked first — one the user may not
 * see is "not found" — and its customer is the follow-up's.
 */
@Controller
@RequestMapping("/sales/opportunities/{id}/follow-ups")
class OpportunityFollowUps {

	private static final String PANEL = "customers/followup/follow-ups";

	private final OpportunityDirectory deals;

	private final FollowUpManagement management;

	private final FollowUpTimeline timeline;

	OpportunityFollowUps(OpportunityDirectory deals, FollowUpManagement management, FollowUpTimeline timeline) {
		this.deals = deals;
		this.management = management;
		this.timeline = timeline;
	}

	@GetMapping
	@PreAuthorize(OpportunityPermissions.MAY_READ)
	@HtmxFragment("panel")
	String panel(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", FollowUpForm.blank());
		return show(me, id, model);
	}

	/** The next page of the deal's follow-ups, as entries to append. */
	@GetMapping("/more")
	@PreAuthorize(OpportunityPermissions.MAY_READ)
	String more(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String after, Model model) {
		OpportunityDirectory.Deal deal = readable(me, id);
		model.addAttribute("base", base(id));
		model.addAttribute("timeline", timeline.dealPage(me, deal.customerId(), id, after, 20));
		return "customers/followup/entries";
	}

	@PostMapping
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	@HtmxFragment("panel")
	String log(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("form") FollowUpForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		OpportunityDirectory.Deal deal = deals.writable(me, id);
		try {
			if (errors.hasErrors() || management.logOnDeal(me, deal.customerId(), id, form, errors) == null) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return show(me, id, model);
			}
		}
		catch (OptimisticLockingFailureException sameCustomerAtOnce) {
			errors.reject("customer.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(me, id, model);
		}
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
		model.addAttribute("form", FollowUpForm.blank());
		model.addAttribute("notice", "followUp.saved");
		return show(me, id, model);
	}

	private String show(SignedInUser me, long id, Model model) {
		OpportunityDirectory.Deal deal = readable(me, id);
		FollowUpPanel panel = timeline.dealPanel(me, deal.customerId(), id, base(id), me.can(OpportunityPermissions.WRITE));
		model.addAttribute("panel", panel);
		model.addAttribute("timeline", panel.timeline());
		model.addAttribute("base", panel.base());
		model.addAttribute("types", FollowUpType.values());
		return PANEL;
	}

	private OpportunityDirectory.Deal readable(SignedInUser me, long id) {
		return deals.readable(me, id).orElseThrow(RecordNotFound::new);
	}

	private static String base(long id) {
		return "/sales/opportunities/" + id;
	}
}

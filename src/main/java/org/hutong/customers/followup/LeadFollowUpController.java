package org.hutong.customers.followup;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.customers.customer.CustomerManagement;
import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 跟进记录 panel of a lead's page, loaded by htmx: the same form (without contacts), timeline and
 * attachments as on a customer. A converted lead shows its follow-ups read-only; they are on the
 * customer's timeline too.
 */
@Controller
class LeadFollowUpController {

	private final FollowUpManagement management;

	private final FollowUpTimeline timeline;

	LeadFollowUpController(FollowUpManagement management, FollowUpTimeline timeline) {
		this.management = management;
		this.timeline = timeline;
	}

	@GetMapping("/leads/{leadId}/follow-ups")
	@PreAuthorize(CustomerManagement.MAY_READ)
	@HtmxFragment("panel")
	String list(@AuthenticationPrincipal SignedInUser me, @PathVariable long leadId, Model model) {
		model.addAttribute("form", FollowUpForm.blank());
		return FollowUpController.show(timeline.leadPanel(me, leadId), model);
	}

	@GetMapping("/leads/{leadId}/follow-ups/more")
	@PreAuthorize(CustomerManagement.MAY_READ)
	String more(@AuthenticationPrincipal SignedInUser me, @PathVariable long leadId,
			@RequestParam(required = false) String after, Model model) {
		model.addAttribute("base", "/leads/" + leadId);
		model.addAttribute("timeline", timeline.leadPage(me, leadId, after, FollowUpTimeline.PAGE_SIZE));
		return FollowUpController.ENTRIES;
	}

	@PostMapping("/leads/{leadId}/follow-ups")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("panel")
	String create(@AuthenticationPrincipal SignedInUser me, @PathVariable long leadId,
			@Validated @ModelAttribute("form") FollowUpForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (errors.hasErrors() || management.logOnLead(me, leadId, form, errors) == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return FollowUpController.show(timeline.leadPanel(me, leadId), model);
		}
		model.addAttribute("notice", "followUp.saved");
		return FollowUpController.show(timeline.leadPanel(me, leadId), FollowUpController.blank(model));
	}
}

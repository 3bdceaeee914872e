package org.hutong.customers.followup;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.customers.customer.CustomerManagement;
import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 跟进记录 tab of a customer's page, loaded by htmx: the quick form on top, the timeline below
 * with "加载更多". Logging and deleting answer the whole panel; without htmx each is its own page.
 * Also 工作台's card of follow-ups due.
 */
@Controller
class FollowUpController {

	private static final String PANEL = "customers/followup/follow-ups";

	/** The timeline's next entries, to append: a template of their own. */
	static final String ENTRIES = "customers/followup/entries";

	/** The longest name fragment the 写跟进 chooser searches for; more is cut off. */
	private static final int MAX_QUERY = 50;

	private final FollowUpManagement management;

	private final FollowUpTimeline timeline;

	private final FollowUpsDue due;

	FollowUpController(FollowUpManagement management, FollowUpTimeline timeline, FollowUpsDue due) {
		this.management = management;
		this.timeline = timeline;
		this.due = due;
	}

	@GetMapping("/customers/{customerId}/follow-ups")
	@PreAuthorize(CustomerManagement.MAY_READ)
	@HtmxFragment("panel")
	String list(@AuthenticationPrincipal SignedInUser me, @PathVariable long customerId, Model model) {
		model.addAttribute("form", FollowUpForm.blank());
		return panel(me, customerId, model);
	}

	/** The next page of the timeline, as entries to append, with its own "加载更多". */
	@GetMapping("/customers/{customerId}/follow-ups/more")
	@PreAuthorize(CustomerManagement.MAY_READ)
	String more(@AuthenticationPrincipal SignedInUser me, @PathVariable long customerId,
			@RequestParam(required = false) String after, Model model) {
		model.addAttribute("base", "/customers/" + customerId);
		model.addAttribute("timeline", timeline.page(me, customerId, after, FollowUpTimeline.PAGE_SIZE));
		return ENTRIES;
	}

	@PostMapping("/customers/{customerId}/follow-ups")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("panel")
	String create(@AuthenticationPrincipal SignedInUser me, @PathVariable long customerId,
			@Validated @ModelAttribute("form") FollowUpForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		try {
			if (errors.hasErrors() || management.log(me, customerId, form, errors) == null) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return panel(me, customerId, model);
			}
		}
		catch (OptimisticLockingFailureException sameCustomerAtOnce) {
			errors.reject("customer.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return panel(me, customerId, model);
		}
		model.addAttribute("notice", "followUp.saved");
		return cleared(me, customerId, model);
	}

	@PostMapping("/follow-ups/{id}/delete")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("panel")
	String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		FollowUp deleted = management.delete(me, id);
		model.addAttribute("notice", "followUp.deleted");
		if (deleted.getCustomerId() == null) {
			return show(timeline.leadPanel(me, deleted.getLeadId()), blank(model));
		}
		if (deleted.getOpportunityId() != null) {
			// deleted from the deal's page, whose panel it replaces: the deal's URL is the base
			return show(timeline.dealPanel(me, deleted.getCustomerId(), deleted.getOpportunityId(),
					"/sales/opportunities/" + deleted.getOpportunityId(), true), blank(model));
		}
		return cleared(me, deleted.getCustomerId(), model);
	}

	/** The panel with a blank form, forgetting what was just submitted. */
	private String cleared(SignedInUser me, long customerId, Model model) {
		return panel(me, customerId, blank(model));
	}

	/** The model with a blank form instead of the one just submitted. */
	static Model blank(Model model) {
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
		return model.addAttribute("form", FollowUpForm.blank());
	}

	@GetMapping("/customers/home-card/follow-ups-due")
	@PreAuthorize(CustomerManagement.MAY_READ)
	String dueCard(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("card", due.card(me));
		return "customers/followup/due";
	}

	/** The card's 查看全部: every customer of mine due today or overdue, as the badge counts them. */
	@GetMapping("/customers/follow-ups-due")
	@PreAuthorize(CustomerManagement.MAY_READ)
	String dueList(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("card", due.all(me));
		return "customers/followup/due-list";
	}

	/** 写跟进 from 工作台: choose the customer; typing narrows the choices (htmx gets only them). */
	@GetMapping("/customers/follow-ups/new")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("choices")
	String choose(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String q, Model model) {
		String text = q == null || q.length() <= MAX_QUERY ? q : q.substring(0, MAX_QUERY);
		model.addAttribute("q", text == null ? "" : text);
		model.addAttribute("choices", due.choices(me, text));
		model.addAttribute("today", due.today());
		return "customers/followup/choose";
	}

	private String panel(SignedInUser me, long customerId, Model model) {
		return show(timeline.panel(me, customerId), model);
	}

	/** The panel of a customer or a lead: the same page, its URLs under {@link FollowUpPanel#base()}. */
	static String show(FollowUpPanel panel, Model model) {
		model.addAttribute("panel", panel);
		model.addAttribute("timeline", panel.timeline());
		model.addAttribute("base", panel.base());
		model.addAttribute("types", FollowUpType.values());
		return PANEL;
	}
}

package org.hutong.customers.customer;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
import org.hutong.web.RecordTab;
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
 * A customer's page: the header card with its actions, and the tabs, each loaded by htmx from its own
 * URL; the open tab is in the address ({@code ?tab=contacts}). The 详情 and 团队 tabs are here; a
 * tab's URL opened without htmx shows the page on that tab.
 */
@Controller
@RequestMapping("/customers/{id}")
class CustomerRecordController {

	static final String PAGE = "customers/customer/show";

	private final CustomerSearch search;

	private final CustomerManagement customers;

	private final Colleagues colleagues;

	private final CustomerTabs tabs;

	CustomerRecordController(CustomerSearch search, CustomerManagement customers, Colleagues colleagues,
			CustomerTabs tabs) {
		this.search = search;
		this.customers = customers;
		this.colleagues = colleagues;
		this.tabs = tabs;
	}

	/** A merged customer's page sends the reader on to the customer it was merged into. */
	@GetMapping
	@PreAuthorize(CustomerManagement.MAY_READ)
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String tab, @RequestParam(required = false) String kind, Model model,
			RedirectAttributes redirect) {
		Optional<Long> survivor = search.survivorOf(me, id);
		if (survivor.isPresent()) {
			redirect.addFlashAttribute("notice", "customer.mergedInto");
			return "redirect:/customers/" + survivor.get();
		}
		page(me, id, tab, model);
		// the 时间线's filter is in the address too, so a reload keeps it
		if ("timeline".equals(((RecordTab) model.getAttribute("tab")).key()) && kind != null
				&& kind.matches("[a-z][a-z0-9-]{0,29}")) {
			model.addAttribute("tabQuery", "kind=" + kind);
		}
		return PAGE;
	}

	@GetMapping("/details")
	@PreAuthorize(CustomerManagement.MAY_READ)
	@HtmxFragment("details")
	String details(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		return page(me, id, "details", model);
	}

	/** 团队: the owner (with 领取 · 退回公海 · 转移) and the 协作人. */
	@GetMapping("/team")
	@PreAuthorize(CustomerManagement.MAY_READ)
	@HtmxFragment("team-tab")
	String team(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		return page(me, id, "team", model);
	}

	/** Adds a 协作人 or changes their access; htmx gets the team panel back. */
	@PostMapping("/team")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("team")
	String share(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam long userId,
			@RequestParam TeamAccess access, Model model, HttpServletResponse response) {
		try {
			customers.share(me, id, userId, access);
		}
		catch (OwnerIsNotATeamMember owner) {
			model.addAttribute("teamProblem", "customer.team.owner");
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return page(me, id, "team", model);
	}

	@PostMapping("/team/{userId}/delete")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("team")
	String unshare(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long userId,
			Model model) {
		customers.unshare(me, id, userId);
		return page(me, id, "team", model);
	}

	private String page(SignedInUser me, long id, String tab, Model model) {
		CustomerDetail detail = search.detail(me, id);
		List<RecordTab> visible = tabs.visible(me::can);
		model.addAttribute("detail", detail);
		model.addAttribute("tabs", visible);
		model.addAttribute("tab", RecordTab.pick(visible, tab));
		model.addAttribute("colleagues", colleagues.active());
		model.addAttribute("accesses", TeamAccess.values());
		return PAGE;
	}
}

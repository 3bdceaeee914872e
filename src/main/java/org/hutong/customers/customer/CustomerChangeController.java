package org.hutong.customers.customer;

import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 修改记录 panel of a customer's page, loaded by htmx; "加载更多" appends the next page of rows.
 * A customer the viewer may not read is not found.
 */
@Controller
@RequestMapping("/customers/{id}/changes")
class CustomerChangeController {

	private static final String PAGE = "customers/customer/changes";

	private final CustomerHistory history;

	CustomerChangeController(CustomerHistory history) {
		this.history = history;
	}

	@GetMapping
	@PreAuthorize(CustomerManagement.MAY_READ)
	@HtmxFragment("change-panel")
	String panel(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("history", history.page(me, id, null, CustomerHistory.PAGE_SIZE));
		return PAGE;
	}

	@GetMapping("/more")
	@PreAuthorize(CustomerManagement.MAY_READ)
	String more(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String after, Model model) {
		model.addAttribute("history", history.page(me, id, after, CustomerHistory.PAGE_SIZE));
		return "customers/customer/change-entries";
	}
}

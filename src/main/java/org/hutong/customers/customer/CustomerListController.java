package org.hutong.customers.customer;

import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * 客户 list (我的 · 团队 · 公海): search as you type, the 筛选 sheet, on 团队 the 负责人 and 部门 filters
 * and how many customers each owner holds; "加载更多" by keyset.
 */
@Controller
class CustomerListController {

	private final CustomerSearch search;

	private final CustomerListChoices choices;

	CustomerListController(CustomerSearch search, CustomerListChoices choices) {
		this.search = search;
		this.choices = choices;
	}

	/** A malformed filter (an unknown level, say) shows the unfiltered list rather than an error. */
	@GetMapping("/customers")
	@PreAuthorize(CustomerManagement.MAY_READ)
	@HtmxFragment("rows")
	String list(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute("filter") CustomerFilter filter,
			BindingResult malformed, Model model) {
		CustomerFilter query = filter == null || malformed.hasErrors() ? CustomerFilter.none() : filter;
		CustomerPage page = search.page(me, query);
		model.addAttribute("filter", query);
		model.addAttribute("page", page);
		model.addAttribute("ownerCounts", choices.named(search.owners(me, query, page)));
		choices.addTo(model, me, query);
		return "customers/customer/list";
	}
}

package org.hutong.approvals.inbox;

import java.util.List;

import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowRepository;
import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * 审批 inbox: the four tabs with their counts, search as you type, 筛选 by flow and days, "加载更多";
 * on 待我审批 an 同意 button per item (two taps: open the list, approve).
 */
@Controller
class InboxController {

	private final InboxSearch search;

	private final FlowRepository flows;

	InboxController(InboxSearch search, FlowRepository flows) {
		this.search = search;
		this.flows = flows;
	}

	/** A malformed filter (a bad date, say) shows the tab unfiltered rather than an error. */
	@GetMapping("/approvals")
	@HtmxFragment("rows")
	String list(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") InboxFilter filter,
			BindingResult malformed, Model model) {
		InboxFilter query = filter == null || malformed.hasErrors()
				? InboxFilter.of(filter == null ? null : filter.tab()) : filter;
		List<Flow> allFlows = flows.findAll(Sort.by("id"));
		model.addAttribute("filter", query);
		model.addAttribute("page", search.page(me.userId(), query));
		model.addAttribute("counts", search.counts(me.userId()));
		model.addAttribute("tabs", InboxTab.values());
		model.addAttribute("flows", allFlows);
		return "approvals/inbox/list";
	}
}

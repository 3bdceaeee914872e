package org.hutong.customers.timeline;

import java.util.Optional;

import org.hutong.customers.customer.CustomerManagement;
import org.hutong.identity.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The 时间线 tab of a customer's page: its filter and first page for htmx, and "加载更多". A plain
 * request (no htmx) opens the customer's page on this tab.
 */
@Controller
class TimelineController {

	private final CustomerTimeline timeline;

	TimelineController(CustomerTimeline timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/customers/{id}/timeline")
	@PreAuthorize(CustomerManagement.MAY_READ)
	String tab(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String kind,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-Boosted", required = false) String boosted,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Model model) {
		TimelinePage page = timeline.page(me, id, kind, null, CustomerTimeline.PAGE_SIZE);
		// navigation (plain, boosted or a history restore) wants the whole page, on this tab
		if (!"true".equals(htmx) || "true".equals(boosted) || "true".equals(restore)) {
			return "redirect:" + UriComponentsBuilder.fromPath("/customers/" + id)
				.queryParam("tab", "timeline")
				.queryParamIfPresent("kind", Optional.ofNullable(page.kind()))
				.build()
				.toUriString();
		}
		model.addAttribute("timeline", page);
		model.addAttribute("kinds", timeline.kinds());
		return "customers/timeline/timeline";
	}

	@GetMapping("/customers/{id}/timeline/more")
	@PreAuthorize(CustomerManagement.MAY_READ)
	String more(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String after, Model model) {
		model.addAttribute("timeline", timeline.page(me, id, kind, after, CustomerTimeline.PAGE_SIZE));
		return "customers/timeline/entries";
	}
}

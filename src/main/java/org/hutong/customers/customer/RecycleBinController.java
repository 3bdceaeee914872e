package org.hutong.customers.customer;

import org.hutong.identity.SignedInUser;
import org.hutong.shared.Texts;
import org.hutong.web.HtmxFragment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 回收站 page ({@code /customers/recycle-bin?q=…}, searched by name as the user types, "加载更多" by keyset) with restore and, for
 * administrators, purge; {@link RecycleBinApiController} is the same through the API. A restore
 * that clashes with a live customer, or a purge of a customer others refer to, answers 409 naming why.
 */
@Controller
class RecycleBinController {

	private static final String PAGE = "customers/customer/recycle-bin";

	private final RecycleBin bin;

	RecycleBinController(RecycleBin bin) {
		this.bin = bin;
	}

	@GetMapping("/customers/recycle-bin")
	@PreAuthorize(RecycleBin.MAY_MANAGE)
	@HtmxFragment("bin-rows")
	String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String q,
			@RequestParam(required = false) String after, Model model) {
		model.addAttribute("bin", bin.page(me, q, after, CustomerSearch.PAGE_SIZE));
		model.addAttribute("first", after == null);
		model.addAttribute("q", Texts.clean(q));
		return PAGE;
	}

	@PostMapping("/customers/{id}/restore")
	@PreAuthorize(RecycleBin.MAY_MANAGE)
	String restore(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		bin.restore(me, id);
		redirect.addFlashAttribute("notice", "customer.restored");
		return "redirect:/customers/" + id;
	}

	@PostMapping("/customers/recycle-bin/{id}/purge")
	@PreAuthorize(RecycleBin.MAY_PURGE)
	String purge(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		bin.purge(me, id);
		redirect.addFlashAttribute("notice", "customer.purged");
		return "redirect:/customers/recycle-bin";
	}
}

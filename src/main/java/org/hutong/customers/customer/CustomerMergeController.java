package org.hutong.customers.customer;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 合并 from a customer's page: search the duplicate, preview what moves, confirm. The confirmation
 * carries both versions previewed, so a merge after either changed is a conflict (409). The API is
 * {@link CustomerMergeApiController}.
 */
@Controller
class CustomerMergeController {

	private static final String PAGE = "customers/customer/merge";

	private final CustomerMerging merging;

	private final CustomerSearch search;

	CustomerMergeController(CustomerMerging merging, CustomerSearch search) {
		this.merging = merging;
		this.search = search;
	}

	/** Without {@code otherId}: the search for the duplicate; with it, the preview. */
	@GetMapping("/customers/{id}/merge")
	@PreAuthorize(CustomerMerging.MAY_MERGE)
	String preview(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long otherId, Model model,
			HttpServletResponse response) {
		CustomerView survivor = search.one(me, id);
		model.addAttribute("survivor", survivor).addAttribute("q", q);
		if (otherId == null) {
			model.addAttribute("candidates", q == null || q.isBlank() ? List.of() : candidates(me, id, q));
			return PAGE;
		}
		MergeForm form = new MergeForm(otherId, survivor.version(), null);
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		MergePreview preview = merging.preview(me, id, form, errors);
		if (preview == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("preview", preview).addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		return PAGE;
	}

	@PostMapping("/customers/{id}/merge")
	@PreAuthorize(CustomerMerging.MAY_MERGE)
	String merge(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @ModelAttribute("form") MergeForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors() && merging.merge(me, id, form, errors)) {
				redirect.addFlashAttribute("notice", "customer.merged.notice");
				return "redirect:/customers/" + id;
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("customer.merge.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		model.addAttribute("survivor", search.one(me, id));
		return PAGE;
	}

	/** Owned and pool customers matching the text, the survivor itself left out. */
	private List<CustomerView> candidates(SignedInUser me, long id, String q) {
		List<CustomerView> found = new ArrayList<>();
		for (CustomerScope scope : List.of(CustomerScope.TEAM, CustomerScope.POOL)) {
			CustomerFilter filter = new CustomerFilter(scope, q, null, null, null, null, null, null, null, null, null,
					null, null, null);
			search.page(me, filter, 10).rows().stream().filter(row -> row.id() != id).forEach(found::add);
		}
		return found;
	}
}

package org.hutong.customers.customer;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.Colleagues;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ownership panel of a customer's page (领取 · 退回公海 · 转移 and the history), loaded by htmx.
 * A change redirects to the customer's page; a refused one shows the panel again with the reason.
 */
@Controller
@RequestMapping("/customers/{id}")
class OwnershipController {

	private static final String PAGE = "customers/customer/ownership";

	private final OwnershipManagement ownership;

	private final Colleagues colleagues;

	OwnershipController(OwnershipManagement ownership, Colleagues colleagues) {
		this.ownership = ownership;
		this.colleagues = colleagues;
	}

	@GetMapping("/ownership")
	@PreAuthorize(CustomerManagement.MAY_READ)
	@HtmxFragment("ownership-panel")
	String panel(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		return page(me, id, model);
	}

	@PostMapping("/claim")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("ownership-panel")
	String claim(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) Long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			ownership.claim(me, id, version);
		}
		catch (OwnershipRefused | OptimisticLockingFailureException refused) {
			return refused(me, id, refused, model, response);
		}
		return done(id, true, "customer.ownership.claimed", redirect);
	}

	@PostMapping("/release")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("ownership-panel")
	String release(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("releaseForm") ReleaseForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(me, id, model);
		}
		try {
			ownership.release(me, id, form);
		}
		catch (OwnershipRefused | OptimisticLockingFailureException refused) {
			return refused(me, id, refused, model, response);
		}
		return done(id, true, "customer.ownership.released", redirect);
	}

	@PostMapping("/transfer")
	@PreAuthorize(OwnershipManagement.MAY_TRANSFER)
	@HtmxFragment("ownership-panel")
	String transfer(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("transferForm") TransferForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(me, id, model);
		}
		boolean stillVisible;
		try {
			stillVisible = ownership.transfer(me, id, form);
		}
		catch (OwnershipRefused | OptimisticLockingFailureException refused) {
			return refused(me, id, refused, model, response);
		}
		return done(id, stillVisible, "customer.ownership.transferred", redirect);
	}

	private static String done(long id, boolean stillVisible, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		return stillVisible ? "redirect:/customers/" + id : "redirect:/customers";
	}

	/** The panel again with why not; when the customer is out of sight now (claimed by another), only why. */
	private String refused(SignedInUser me, long id, RuntimeException refused, Model model,
			HttpServletResponse response) {
		HttpStatus status = refused instanceof NotTheOwner ? HttpStatus.FORBIDDEN
				: refused instanceof NotAnActiveUser ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT;
		response.setStatus(status.value());
		model.addAttribute("problem", refused instanceof OwnershipRefused ownershipRefused
				? ownershipRefused.messageKey() : "customer.ownership.conflict");
		model.addAttribute("problemArgs", refused instanceof OwnershipRefused ownershipRefused
				? ownershipRefused.messageArgs() : new Object[0]);
		try {
			return page(me, id, model);
		}
		catch (RecordNotFound outOfSight) {
			return PAGE;
		}
	}

	private String page(SignedInUser me, long id, Model model) {
		OwnershipPanel panel = ownership.panel(me, id);
		model.addAttribute("panel", panel);
		if (!model.containsAttribute("releaseForm")) {
			model.addAttribute("releaseForm", ReleaseForm.blank());
		}
		if (!model.containsAttribute("transferForm")) {
			model.addAttribute("transferForm", TransferForm.blank());
		}
		if (panel.mayTransfer()) {
			model.addAttribute("transferees", colleagues.active()
				.stream()
				.filter(person -> !Long.valueOf(person.id()).equals(panel.ownerId()))
				.toList());
		}
		return PAGE;
	}
}

package org.hutong.sales.contract;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 补充协议 on a contract's page: the section it loads (each amendment with the amount and terms before
 * and after) and the form of a new one, which starts from the contract's amount and terms. A refused
 * form answers 422 with what was typed; a stale one 409.
 */
@Controller
class AmendmentController {

	private final ContractAmendments amendments;

	private final ContractDetails details;

	AmendmentController(ContractAmendments amendments, ContractDetails details) {
		this.amendments = amendments;
		this.details = details;
	}

	/** The form holds a list of nested records: built by their constructors only. */
	@InitBinder("amendment")
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/sales/contracts/{id}/amendments")
	@PreAuthorize(ContractPermissions.MAY_READ)
	String section(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("amendments", amendments.of(me, id));
		return "sales/contract/amendments";
	}

	@GetMapping("/sales/contracts/{id}/amendments/new")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String form(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("amendment", amendments.draft(me, id));
		return page(me, id, model);
	}

	@PostMapping("/sales/contracts/{id}/amendments")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String propose(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("amendment") AmendmentForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				amendments.propose(me, id, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("contract.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(me, id, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(me, id, model);
		}
		redirect.addFlashAttribute("notice", "amendment.submitted");
		return "redirect:/sales/contracts/" + id + "#amendments";
	}

	private String page(SignedInUser me, long id, Model model) {
		AmendmentForm form = (AmendmentForm) model.getAttribute("amendment");
		int held = form == null ? 0 : form.terms().size();
		model.addAttribute("draft", form);
		model.addAttribute("contract", details.one(me, id));
		model.addAttribute("rows", Math.min(TermsForm.MAX_TERMS, Math.max(4, held + 1)));
		return "sales/contract/amendment-form";
	}
}

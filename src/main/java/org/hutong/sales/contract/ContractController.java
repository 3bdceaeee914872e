package org.hutong.sales.contract;

import java.util.HashMap;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 合同 pages: the list ({@code /sales/contracts}, 我的 · 团队), a contract's page whose first phone
 * screen shows the amount, what is collected and outstanding and the step it may take, the header
 * form of a draft, and the buttons that make one from an accepted quote or a won deal (a new one and
 * a draft's lines: {@link ContractDraftController}). A refused form
 * answers 422 with every value kept, a stale one 409.
 */
@Controller
@RequestMapping("/sales/contracts")
class ContractController {

	private static final String SHOW = "sales/contract/show";

	private static final String FORM = "sales/contract/form";

	private static final String BASE = "/sales/contracts/";

	private final ContractSearch search;

	private final ContractDetails details;

	private final ContractManagement management;

	private final EnterpriseTemplates templates;

	private final ContractExpiry expiry;

	ContractController(ContractSearch search, ContractDetails details, ContractManagement management,
			EnterpriseTemplates templates, ContractExpiry expiry) {
		this.search = search;
		this.details = details;
		this.management = management;
		this.templates = templates;
		this.expiry = expiry;
	}

	/** The terms form holds a list of nested records: built by their constructors only. */
	@InitBinder("terms")
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	/** A malformed filter shows the unfiltered list rather than an error. */
	@GetMapping
	@PreAuthorize(ContractPermissions.MAY_READ)
	@HtmxFragment("rows")
	String list(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("filter") ContractFilter filter,
			BindingResult malformed, Model model) {
		ContractFilter query = filter == null || malformed.hasErrors() ? ContractFilter.none() : filter;
		model.addAttribute("filter", query);
		model.addAttribute("page", search.page(me, query, ContractSearch.PAGE_SIZE));
		model.addAttribute("scopes", ContractScope.values());
		model.addAttribute("statuses", ContractStatus.values());
		return "sales/contract/list";
	}

	/** The customer page's 合同 tab. */
	@GetMapping("/of-customer/{customerId}")
	@PreAuthorize(ContractPermissions.MAY_READ)
	String ofCustomer(@AuthenticationPrincipal SignedInUser me, @PathVariable long customerId, Model model) {
		model.addAttribute("rows", search.of(me, ContractFilter.ofCustomer(customerId)));
		model.addAttribute("newUrl", "/sales/contracts/new?customer=" + customerId);
		return "sales/contract/record-contracts";
	}

	/** The 合同 section of a deal's page. */
	@GetMapping("/of-opportunity/{opportunityId}")
	@PreAuthorize(ContractPermissions.MAY_READ)
	String ofOpportunity(@AuthenticationPrincipal SignedInUser me, @PathVariable long opportunityId, Model model) {
		model.addAttribute("rows", search.of(me, ContractFilter.ofOpportunity(opportunityId)));
		model.addAttribute("newUrl", "/sales/contracts/new?opportunity=" + opportunityId);
		return "sales/contract/record-contracts";
	}

	/** 转为合同 on an accepted quote: the new draft's form, or back to the quote with the reason. */
	@PostMapping("/from-quote/{quoteId}")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String fromQuote(@AuthenticationPrincipal SignedInUser me, @PathVariable long quoteId, RedirectAttributes redirect) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "source");
		Long id = management.fromQuote(me, quoteId, errors);
		return made(id, errors, "/sales/quotes/" + quoteId, redirect);
	}

	/** 生成合同 on a won deal. */
	@PostMapping("/from-deal/{dealId}")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String fromDeal(@AuthenticationPrincipal SignedInUser me, @PathVariable long dealId, RedirectAttributes redirect) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "source");
		Long id = management.fromDeal(me, dealId, errors);
		return made(id, errors, "/sales/opportunities/" + dealId, redirect);
	}

	@GetMapping("/{id}")
	@PreAuthorize(ContractPermissions.MAY_READ)
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		return shown(details.one(me, id), model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String editForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", details.formOf(me, id));
		return form(me, id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("form") ContractForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				management.update(me, id, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("contract.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(me, id, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(me, id, model);
		}
		redirect.addFlashAttribute("notice", "contract.saved");
		return "redirect:" + BASE + id;
	}

	/** 回款条款 of a draft; {@code template} fills the rows from one of the enterprise's templates (30/60/10 …) to edit before saving. */
	@GetMapping("/{id}/terms")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String termsForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String template, Model model) {
		model.addAttribute("terms", details.termsOf(me, id, template));
		return terms(me, id, model);
	}

	@PostMapping("/{id}/terms")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String saveTerms(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("terms") TermsForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				management.setTerms(me, id, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("contract.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return terms(me, id, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return terms(me, id, model);
		}
		redirect.addFlashAttribute("notice", "contract.terms.saved");
		return "redirect:" + BASE + id;
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String submit(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step(me, id, model, response, redirect, "contract.submitted",
				errors -> management.submit(me, id, version, errors));
	}

	@PostMapping("/{id}/terminate")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String terminate(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return step(me, id, model, response, redirect, "contract.terminated",
				errors -> management.terminate(me, id, version, reason, errors));
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "step");
		management.delete(me, id, errors);
		if (errors.hasErrors()) {
			return refused(me, id, errors, model, response);
		}
		redirect.addFlashAttribute("notice", "contract.deleted");
		return "redirect:/sales/contracts";
	}

	private String made(Long id, BindingResult errors, String source, RedirectAttributes redirect) {
		if (id == null) {
			redirect.addFlashAttribute("notice", errors.getGlobalError() == null ? "contract.refused"
					: errors.getGlobalError().getCode());
			return "redirect:" + source;
		}
		redirect.addFlashAttribute("notice", "contract.made");
		return "redirect:" + BASE + id + "/edit";
	}

	/** A step on the contract's page: refused, the page again with the reason, 422; stale, 409. */
	private String step(SignedInUser me, long id, Model model, HttpServletResponse response, RedirectAttributes redirect,
			String done, Consumer<BindingResult> work) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "step");
		try {
			work.accept(errors);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("contract.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		if (errors.hasErrors()) {
			return refused(me, id, errors, model, response);
		}
		redirect.addFlashAttribute("notice", done);
		return "redirect:" + BASE + id;
	}

	private String refused(SignedInUser me, long id, BindingResult errors, Model model, HttpServletResponse response) {
		if (response.getStatus() != HttpStatus.CONFLICT.value()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "step", errors);
		return shown(details.one(me, id), model);
	}

	/** The contract's page, saying when its end is near or past. */
	private String shown(ContractView contract, Model model) {
		model.addAttribute("contract", contract);
		model.addAttribute("endsInDays", expiry.daysLeft(contract.row()));
		return SHOW;
	}

	private String terms(SignedInUser me, long id, Model model) {
		TermsForm form = (TermsForm) model.getAttribute("terms");
		int held = form == null ? 0 : form.terms().size();
		model.addAttribute("draft", form == null ? new TermsForm(java.util.List.of(), null) : form);
		model.addAttribute("contract", details.one(me, id));
		model.addAttribute("templates", templates.all());
		model.addAttribute("rows", Math.min(TermsForm.MAX_TERMS, Math.max(4, held + 1)));
		return "sales/contract/terms";
	}

	private String form(SignedInUser me, long id, Model model) {
		model.addAttribute("contract", details.one(me, id));
		model.addAttribute("currencies", ContractManagement.CURRENCIES);
		return FORM;
	}
}

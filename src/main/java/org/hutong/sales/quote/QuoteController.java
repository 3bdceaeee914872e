package org.hutong.sales.quote;

import java.io.IOException;
import java.util.HashMap;

import jakarta.servlet.http.HttpServletRequest;
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
 * 报价单 pages: the list ({@code /sales/quotes}, 我的 · 团队), a quote's page with its lines, totals,
 * versions and the steps it may take (提交折扣审批, 发送, 客户接受 / 拒绝), the form, the PDF, and the
 * fragments a deal's page and a customer's 报价 tab load. A refused form answers 422 with every value
 * kept, a stale one 409.
 */
@Controller
@RequestMapping("/sales/quotes")
class QuoteController {

	private static final String FORM = "sales/quote/form";

	private static final String SHOW = "sales/quote/show";

	private static final String BASE = "/sales/quotes/";

	private final QuoteSearch search;

	private final QuoteDetails details;

	private final QuoteManagement management;

	private final QuoteChoices choices;

	private final QuotePrinting printing;

	QuoteController(QuoteSearch search, QuoteDetails details, QuoteManagement management, QuoteChoices choices,
			QuotePrinting printing) {
		this.search = search;
		this.details = details;
		this.management = management;
		this.choices = choices;
		this.printing = printing;
	}

	/** The form holds a list of nested records (lines): built by their constructors only. */
	@InitBinder("form")
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	/** A malformed filter shows the unfiltered list rather than an error. */
	@GetMapping
	@PreAuthorize(QuotePermissions.MAY_READ)
	@HtmxFragment("rows")
	String list(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("filter") QuoteFilter filter,
			BindingResult malformed, Model model) {
		QuoteFilter query = filter == null || malformed.hasErrors() ? QuoteFilter.none() : filter;
		model.addAttribute("filter", query);
		model.addAttribute("page", search.page(me, query, QuoteSearch.PAGE_SIZE));
		model.addAttribute("scopes", QuoteScope.values());
		model.addAttribute("statuses", QuoteStatus.values());
		return "sales/quote/list";
	}

	/** The customer page's 报价 tab. */
	@GetMapping("/of-customer/{customerId}")
	@PreAuthorize(QuotePermissions.MAY_READ)
	String ofCustomer(@AuthenticationPrincipal SignedInUser me, @PathVariable long customerId, Model model) {
		model.addAttribute("rows", search.of(me, QuoteFilter.ofCustomer(customerId)));
		model.addAttribute("newUrl", "/sales/quotes/new?customer=" + customerId);
		return "sales/quote/record-quotes";
	}

	/** The 报价单 section of a deal's page. */
	@GetMapping("/of-opportunity/{opportunityId}")
	@PreAuthorize(QuotePermissions.MAY_READ)
	String ofOpportunity(@AuthenticationPrincipal SignedInUser me, @PathVariable long opportunityId, Model model) {
		model.addAttribute("rows", search.of(me, QuoteFilter.ofOpportunity(opportunityId)));
		model.addAttribute("newUrl", "/sales/quotes/new?opportunity=" + opportunityId);
		return "sales/quote/record-quotes";
	}

	@GetMapping("/new")
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	String newForm(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) Long customer,
			@RequestParam(required = false) Long opportunity, Model model) {
		model.addAttribute("form", details.formFor(me, customer, opportunity));
		return form(me, null, model);
	}

	@PostMapping
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	String create(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("form") QuoteForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Long id = errors.hasErrors() ? null : management.create(me, form, errors);
		if (id == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(me, null, model);
		}
		redirect.addFlashAttribute("notice", "quote.saved");
		return "redirect:" + BASE + id;
	}

	@GetMapping("/{id}")
	@PreAuthorize(QuotePermissions.MAY_READ)
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("quote", details.one(me, id));
		return SHOW;
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	String editForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", details.formOf(me, id));
		return form(me, id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	String update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("form") QuoteForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				management.update(me, id, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("quote.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(me, id, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(me, id, model);
		}
		redirect.addFlashAttribute("notice", "quote.saved");
		return "redirect:" + BASE + id;
	}

	@PostMapping("/{id}/approval")
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	String requestApproval(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step(me, id, model, response, redirect, "quote.approval.asked",
				errors -> management.requestApproval(me, id, version, errors));
	}

	@PostMapping("/{id}/send")
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	String send(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step(me, id, model, response, redirect, "quote.sent",
				errors -> management.send(me, id, version, errors));
	}

	@PostMapping("/{id}/accept")
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	String accept(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step(me, id, model, response, redirect, "quote.accepted",
				errors -> management.answer(me, id, version, true, errors));
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	String reject(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step(me, id, model, response, redirect, "quote.rejected",
				errors -> management.answer(me, id, version, false, errors));
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		management.delete(me, id);
		redirect.addFlashAttribute("notice", "quote.deleted");
		return "redirect:/sales/quotes";
	}

	/** The quote as PDF on the enterprise's letterhead. */
	@GetMapping("/{id}/pdf")
	@PreAuthorize(QuotePermissions.MAY_READ)
	void pdf(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		printing.write(me, id, request, response);
	}

	/** The customer picker's matches for what was typed, among the customers the user may open. */
	@GetMapping("/customers")
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	String customers(@RequestParam(name = "_q", defaultValue = "") String typed, Model model) {
		String text = typed.strip();
		model.addAttribute("matches", text.isEmpty() ? java.util.List.of() : choices.customers(text));
		model.addAttribute("typed", !text.isEmpty());
		return "sales/opportunity/customer-matches";
	}

	/** A step on the quote's page: refused, the page again with the reason, 422; stale, 409. */
	private String step(SignedInUser me, long id, Model model, HttpServletResponse response, RedirectAttributes redirect,
			String done, java.util.function.Consumer<BindingResult> work) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "step");
		try {
			work.accept(errors);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("quote.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		if (errors.hasErrors()) {
			if (response.getStatus() != HttpStatus.CONFLICT.value()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "step", errors);
			model.addAttribute("quote", details.one(me, id));
			return SHOW;
		}
		redirect.addFlashAttribute("notice", done);
		return "redirect:" + BASE + id;
	}

	private String form(SignedInUser me, Long id, Model model) {
		QuoteForm form = (QuoteForm) model.getAttribute("form");
		if (form == null) {
			// a value that did not convert (a letter in a number) leaves no form; the binding result keeps what was typed
			form = QuoteForm.blank(null, null);
		}
		model.addAttribute("draft", form);
		model.addAttribute("quoteId", id);
		model.addAttribute("choices", choices.of(me, form));
		model.addAttribute("lineRows", Math.min(QuoteForm.MAX_LINES, Math.max(3, form.lines().size() + 2)));
		return FORM;
	}
}

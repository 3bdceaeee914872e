package org.hutong.sales.opportunity;

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
 * 商机 pages: the list ({@code /sales/opportunities}, the shared list pattern by scope 我的 · 团队),
 * a deal's page with its stage bar, the form, and the stage change every view posts to (the stage
 * bar, the phone's stage picker, a card dropped on the board). A refused form answers 422 with
 * every value kept, a stale one 409.
 */
@Controller
@RequestMapping("/sales/opportunities")
class OpportunityController {

	private static final String FORM = "sales/opportunity/form";

	private static final String SHOW = "sales/opportunity/show";

	private final OpportunitySearch search;

	private final OpportunityDetails details;

	private final OpportunityManagement management;

	private final OpportunityChoices choices;

	private final ForecastCategories forecasts;

	OpportunityController(OpportunitySearch search, OpportunityDetails details, OpportunityManagement management,
			OpportunityChoices choices, ForecastCategories forecasts) {
		this.forecasts = forecasts;
		this.search = search;
		this.details = details;
		this.management = management;
		this.choices = choices;
	}

	/** Forms hold lists of nested records (lines, contacts): built by their constructors only. */
	@InitBinder({ "form", "move" })
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	/** A malformed filter shows the unfiltered list rather than an error. */
	@GetMapping
	@PreAuthorize(OpportunityPermissions.MAY_READ)
	@HtmxFragment("rows")
	String list(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("filter") OpportunityFilter filter,
			BindingResult malformed, Model model) {
		OpportunityFilter query = filter == null || malformed.hasErrors() ? OpportunityFilter.none() : filter;
		model.addAttribute("filter", query);
		model.addAttribute("page", search.page(me, query, OpportunitySearch.PAGE_SIZE));
		model.addAttribute("pipelines", search.pipelines());
		model.addAttribute("scopes", OpportunityScope.values());
		model.addAttribute("statuses", OpportunityStatus.values());
		return "sales/opportunity/list";
	}

	/** The customer page's 商机 tab: the deals of the customer the reader may see. */
	@GetMapping("/of-customer/{customerId}")
	@PreAuthorize(OpportunityPermissions.MAY_READ)
	String ofCustomer(@AuthenticationPrincipal SignedInUser me, @PathVariable long customerId, Model model) {
		OpportunityFilter filter = OpportunityFilter.ofCustomer(customerId);
		model.addAttribute("customerId", customerId);
		model.addAttribute("page", search.page(me, filter, OpportunitySearch.MAX_LIMIT));
		return "sales/opportunity/customer-tab";
	}

	@GetMapping("/new")
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	String newForm(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) Long customer,
			Model model) {
		model.addAttribute("form", OpportunityForm.blank(customer));
		return form(me, null, model);
	}

	@PostMapping
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	String create(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("form") OpportunityForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Long id = errors.hasErrors() ? null : management.create(me, form, errors);
		if (id == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(me, null, model);
		}
		redirect.addFlashAttribute("notice", "opportunity.saved");
		return "redirect:/sales/opportunities/" + id;
	}

	@GetMapping("/{id}")
	@PreAuthorize(OpportunityPermissions.MAY_READ)
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		return show(me, id, model, null);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	String editForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", details.formOf(me, id));
		return form(me, id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	String update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("form") OpportunityForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				management.update(me, id, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("opportunity.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(me, id, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(me, id, model);
		}
		redirect.addFlashAttribute("notice", "opportunity.saved");
		return "redirect:/sales/opportunities/" + id;
	}

	/**
	 * A stage change. Refused (a stage's requirement, a missing lost reason) it shows the deal's page
	 * with the message by the stage form, 422; stale (someone moved it first), 409 with the stage now.
	 */
	@PostMapping("/{id}/stage")
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	String move(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("move") StageMove move, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				management.move(me, id, move, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("opportunity.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(me, id, model, move);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(me, id, model, move);
		}
		redirect.addFlashAttribute("notice", "opportunity.moved");
		return "redirect:/sales/opportunities/" + id;
	}

	/** The deal's 预测分类, from the picker on its page. */
	@PostMapping("/{id}/forecast")
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	String categorize(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String category, @RequestParam(required = false) Long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ForecastCategory chosen = java.util.Arrays.stream(ForecastCategory.values())
			.filter(value -> value.name().equals(category)).findFirst().orElse(null);
		BindingResult errors = new org.springframework.validation.MapBindingResult(
				new java.util.HashMap<>(java.util.Map.of("category", "")), "forecast");
		try {
			forecasts.categorize(me, id, chosen, version, errors);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("opportunity.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		if (errors.hasErrors()) {
			if (response.getStatus() != HttpStatus.CONFLICT.value()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "forecast", errors);
			return show(me, id, model, null);
		}
		redirect.addFlashAttribute("notice", "opportunity.forecast.saved");
		return "redirect:/sales/opportunities/" + id;
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		management.delete(me, id);
		redirect.addFlashAttribute("notice", "opportunity.deleted");
		return "redirect:/sales/opportunities";
	}

	/** The customer picker's matches for what was typed, among the customers the user may open. */
	@GetMapping("/customers")
	@PreAuthorize(OpportunityPermissions.MAY_WRITE)
	String customers(@RequestParam(name = "_q", defaultValue = "") String typed, Model model) {
		String text = typed.strip();
		model.addAttribute("matches", text.isEmpty() ? java.util.List.of() : choices.customers(text));
		model.addAttribute("typed", !text.isEmpty());
		return "sales/opportunity/customer-matches";
	}

	private String show(SignedInUser me, long id, Model model, StageMove move) {
		OpportunityView opportunity = details.one(me, id);
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("reasons", choices.lostReasons());
		if (move != null) {
			model.addAttribute("move", move);
		}
		return SHOW;
	}

	private String form(SignedInUser me, Long id, Model model) {
		OpportunityForm form = (OpportunityForm) model.getAttribute("form");
		if (form == null) {
			// a value that did not convert (a letter in a number) leaves no form; the binding result keeps what was typed
			form = OpportunityForm.blank(null);
		}
		model.addAttribute("draft", form);
		model.addAttribute("opportunityId", id);
		model.addAttribute("choices", choices.of(me, form));
		int lines = form.lines().size();
		// room for two more lines each time the form is drawn
		model.addAttribute("lineRows", Math.min(OpportunityForm.MAX_LINES, Math.max(2, lines + 2)));
		return FORM;
	}
}

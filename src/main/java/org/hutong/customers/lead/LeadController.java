package org.hutong.customers.lead;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.customers.customer.CustomerManagement;
import org.hutong.customers.option.CustomerOptions;
import org.hutong.customers.option.OptionKind;
import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
import org.hutong.web.RecordTab;
import org.springframework.beans.factory.ObjectProvider;
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

/** 线索 pages: the list, the lead's page, the form, mark invalid and delete. Converting has its own controller. */
@Controller
@RequestMapping("/leads")
class LeadController {

	private static final String FORM = "customers/lead/form";

	/** A lead's own tabs: 跟进 (the timeline of its follow-ups; the form opens as a sheet) and 详情. */
	private static final List<RecordTab> TABS = List.of(
			new RecordTab("lead", "follow-ups", "customer.tab.followUps", "/leads/{id}/follow-ups", 10, null,
					".follow-up-panel"),
			new RecordTab("lead", "details", "customer.tab.details", "/leads/{id}/details", 20, null));

	private final LeadManagement leads;

	private final LeadSearch search;

	private final CustomerOptions options;

	private final List<RecordTab> contributedTabs;

	LeadController(LeadManagement leads, LeadSearch search, CustomerOptions options,
			ObjectProvider<RecordTab> contributedTabs) {
		this.options = options;
		this.contributedTabs = contributedTabs.stream().toList();
		this.leads = leads;
		this.search = search;
	}

	/** A malformed filter (an unknown status, say) shows the unfiltered list rather than an error. */
	@GetMapping
	@PreAuthorize(CustomerManagement.MAY_READ)
	@HtmxFragment("rows")
	String list(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") LeadFilter filter,
			BindingResult malformed, Model model) {
		LeadFilter query = filter == null || malformed.hasErrors() ? LeadFilter.none() : filter;
		model.addAttribute("filter", query);
		model.addAttribute("page", search.page(me, query));
		model.addAttribute("statuses", LeadStatus.values());
		model.addAttribute("team", search.teamChoices(me));
		return "customers/lead/list";
	}

	@GetMapping("/new")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String newForm(Model model) {
		model.addAttribute("form", LeadForm.blank());
		return form(null, model);
	}

	@PostMapping
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String create(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("form") LeadForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Long id = errors.hasErrors() ? null : leads.create(me, form, errors);
		if (id == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(null, model);
		}
		redirect.addFlashAttribute("notice", "lead.saved");
		return "redirect:/leads/" + id;
	}

	/** The lead's page: header card, actions and tabs; the open tab is in the address ({@code ?tab=details}). */
	@GetMapping("/{id}")
	@PreAuthorize(CustomerManagement.MAY_READ)
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String tab, Model model) {
		List<RecordTab> tabs = RecordTab.of("lead", TABS, contributedTabs, me::can);
		model.addAttribute("lead", search.one(me, id));
		model.addAttribute("tabs", tabs);
		model.addAttribute("tab", RecordTab.pick(tabs, tab));
		return "customers/lead/show";
	}

	/** 详情: the lead's fields; without htmx, the lead's page on this tab. */
	@GetMapping("/{id}/details")
	@PreAuthorize(CustomerManagement.MAY_READ)
	@HtmxFragment("details")
	String details(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		return show(me, id, "details", model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String editForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", leads.formFor(me, id));
		return form(id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("form") LeadForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				leads.update(me, id, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("customer.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(id, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(id, model);
		}
		redirect.addFlashAttribute("notice", "lead.saved");
		return "redirect:/leads/" + id;
	}

	@PostMapping("/{id}/invalid")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	String markInvalid(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		leads.markInvalid(me, id);
		redirect.addFlashAttribute("notice", "lead.markedInvalid");
		return "redirect:/leads/" + id;
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		leads.delete(me, id);
		redirect.addFlashAttribute("notice", "lead.deleted");
		return "redirect:/leads";
	}

	private String form(Long id, Model model) {
		model.addAttribute("leadId", id);
		// a form whose values could not even be converted is absent; its errors are in the binding result
		LeadForm form = (LeadForm) model.getAttribute("form");
		model.addAttribute("sources", options.offered(OptionKind.SOURCE, form == null ? null : form.source()));
		LeadStatus current = form == null ? null : form.status();
		model.addAttribute("statuses", Arrays.stream(LeadStatus.values())
			.filter(status -> status.isWorkable() || status == current)
			.toList());
		return FORM;
	}
}

package org.hutong.customers.customer;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.customers.contact.FirstContactForm;
import org.hutong.customers.contact.NewCustomers;
import org.hutong.customers.option.CustomerOptions;
import org.hutong.customers.option.OptionKind;
import org.hutong.customers.region.Regions;
import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
import org.hutong.web.UniqueKeys;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 客户 pages: the form, delete and the team; the list is {@link CustomerListController}, the customer's page {@link CustomerRecordController}. */
@Controller
@RequestMapping("/customers")
class CustomerController {

	private static final String FORM = "customers/customer/form";

	private final CustomerManagement customers;

	private final CustomerSearch search;

	private final Regions regions;

	private final CustomerOptions options;

	private final UniqueKeys uniqueKeys;

	private final NewCustomers newCustomers;

	CustomerController(CustomerManagement customers, CustomerSearch search, Regions regions, CustomerOptions options,
			UniqueKeys uniqueKeys, NewCustomers newCustomers) {
		this.customers = customers;
		this.search = search;
		this.regions = regions;
		this.options = options;
		this.uniqueKeys = uniqueKeys;
		this.newCustomers = newCustomers;
	}

	@GetMapping("/new")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String newForm(Model model) {
		model.addAttribute("form", CustomerForm.blank());
		model.addAttribute("firstContact", FirstContactForm.none());
		return form(null, model);
	}

	/** Creates the customer, and its first contact when one was typed in: both or neither. */
	@PostMapping
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String create(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("form") CustomerForm form,
			BindingResult errors, @Validated @ModelAttribute("firstContact") FirstContactForm contact,
			BindingResult contactErrors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		// a form whose values could not even be converted is absent: only its errors are shown
		boolean readable = form != null && errors.getTarget() != null && contact != null
				&& contactErrors.getTarget() != null;
		Customer created = !readable ? null
				: uniqueKeys.attempt(() -> newCustomers.create(me, form, errors, contact, contactErrors), errors);
		if (created == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(null, model.addAttribute("similar", Duplicates.isOnlySimilar(errors)));
		}
		redirect.addFlashAttribute("notice", "customer.saved");
		return "redirect:/customers/" + created.getId();
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String editForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", customers.formFor(me, id));
		return form(id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("form") CustomerForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			// input that failed conversion (a version of "abc", say) is shown as such, not taken as stale
			if (form != null && !errors.hasErrors()) {
				uniqueKeys.attempt(() -> customers.update(me, id, form, errors), errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("customer.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(id, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(id, model.addAttribute("similar", Duplicates.isOnlySimilar(errors)));
		}
		redirect.addFlashAttribute("notice", "customer.saved");
		return "redirect:/customers/" + id;
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(CustomerManagement.MAY_DELETE)
	String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		customers.delete(me, id);
		redirect.addFlashAttribute("notice", "customer.deleted");
		return "redirect:/customers";
	}

	/** The form page, with the city and county choices of the region picked so far. */
	private String form(Long id, Model model) {
		CustomerForm form = (CustomerForm) model.getAttribute("form");
		model.addAttribute("customerId", id);
		model.addAttribute("provinces", regions.provinces());
		model.addAttribute("cities", form == null ? List.of() : regions.citiesOf(form.province()));
		model.addAttribute("counties", form == null ? List.of() : regions.countiesOf(form.city()));
		model.addAttribute("levels", options.offered(OptionKind.LEVEL, form == null ? null : form.level()));
		model.addAttribute("industries", options.offered(OptionKind.INDUSTRY, form == null ? null : form.industry()));
		model.addAttribute("sources", options.offered(OptionKind.SOURCE, form == null ? null : form.source()));
		model.addAttribute("statuses", CustomerStatus.values());
		return FORM;
	}
}

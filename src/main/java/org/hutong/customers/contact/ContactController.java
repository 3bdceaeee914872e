package org.hutong.customers.contact;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.customers.customer.CustomerManagement;
import org.hutong.identity.SignedInUser;
import org.hutong.web.UniqueKeys;
import org.hutong.web.HtmxFragment;
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

/**
 * The 联系人 tab of a customer's page, loaded and edited in place by htmx: every handler answers the
 * whole panel (the list, and the form while one is open), or its own page without htmx.
 */
@Controller
class ContactController {

	private static final String PANEL = "customers/contact/contacts";

	private final ContactManagement contacts;

	private final UniqueKeys uniqueKeys;

	ContactController(ContactManagement contacts, UniqueKeys uniqueKeys) {
		this.contacts = contacts;
		this.uniqueKeys = uniqueKeys;
	}

	@GetMapping("/customers/{customerId}/contacts")
	@PreAuthorize(CustomerManagement.MAY_READ)
	@HtmxFragment("contact-panel")
	String list(@AuthenticationPrincipal SignedInUser me, @PathVariable long customerId, Model model) {
		return panel(me, customerId, model);
	}

	@GetMapping("/customers/{customerId}/contacts/new")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("contact-panel")
	String newForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long customerId, Model model) {
		model.addAttribute("form", ContactForm.blank());
		return panel(me, customerId, model);
	}

	@PostMapping("/customers/{customerId}/contacts")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("contact-panel")
	String create(@AuthenticationPrincipal SignedInUser me, @PathVariable long customerId,
			@Validated @ModelAttribute("form") ContactForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (errors.hasErrors()
				|| uniqueKeys.attempt(() -> contacts.create(me, customerId, form, errors), errors) == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return panel(me, customerId, model);
		}
		return saved(me, customerId, model);
	}

	@GetMapping("/contacts/{id}/edit")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("contact-panel")
	String editForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", contacts.formFor(me, id));
		model.addAttribute("editing", id);
		return panel(me, contacts.get(me, id).customerId(), model);
	}

	@PostMapping("/contacts/{id}")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("contact-panel")
	String update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("form") ContactForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		long customerId = contacts.get(me, id).customerId();
		model.addAttribute("editing", id);
		try {
			if (!errors.hasErrors()) {
				uniqueKeys.attempt(() -> contacts.update(me, id, form, errors), errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("customer.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return panel(me, customerId, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return panel(me, customerId, model);
		}
		return saved(me, customerId, model);
	}

	@PostMapping("/contacts/{id}/delete")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("contact-panel")
	String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		long customerId = contacts.delete(me, id);
		model.addAttribute("notice", "contact.deleted");
		return panel(me, customerId, model);
	}

	/** The panel with the form closed and a notice. */
	private String saved(SignedInUser me, long customerId, Model model) {
		model.asMap().remove("form");
		model.asMap().remove("editing");
		model.addAttribute("notice", "contact.saved");
		return panel(me, customerId, model);
	}

	private String panel(SignedInUser me, long customerId, Model model) {
		model.addAttribute("panel", contacts.panel(me, customerId));
		return PANEL;
	}
}

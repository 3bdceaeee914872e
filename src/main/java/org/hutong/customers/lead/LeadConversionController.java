package org.hutong.customers.lead;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.customers.customer.CustomerManagement;
import org.hutong.customers.customer.Duplicates;
import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
import org.hutong.web.NextStep;
import org.hutong.web.UniqueKeys;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 转化为客户: the form, prefilled from the lead, and the conversion. Duplicates are shown next to the
 * field they concern; a similar name asks for confirmation, as on the customer form. Other modules
 * may offer a next step ({@link NextStep}, e.g. a first opportunity), which the form shows as options.
 */
@Controller
class LeadConversionController {

	private static final String FORM = "customers/lead/convert";

	private final LeadManagement leads;

	private final LeadSearch search;

	/** The steps after a conversion, as {@link NextStep#after()} names them. */
	static final String AFTER = "lead.converted";

	private final UniqueKeys uniqueKeys;

	private final List<NextStep> nextSteps;

	LeadConversionController(LeadManagement leads, LeadSearch search, UniqueKeys uniqueKeys,
			org.springframework.beans.factory.ObjectProvider<NextStep> nextSteps) {
		this.leads = leads;
		this.search = search;
		this.uniqueKeys = uniqueKeys;
		this.nextSteps = nextSteps.orderedStream().toList();
	}

	@GetMapping("/leads/{id}/convert")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("convert-editor")
	String convertForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", leads.conversionFor(me, id));
		return form(me, id, model);
	}

	@PostMapping("/leads/{id}/convert")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	@HtmxFragment("convert-editor")
	String convert(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("form") ConversionForm form, BindingResult errors, Model model,
			@RequestParam(name = "then", defaultValue = "") String then, HttpServletResponse response,
			RedirectAttributes redirect) {
		Long customerId = uniqueKeys.attempt(() -> leads.convert(me, id, form, errors), errors);
		if (customerId == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("similar", Duplicates.isOnlySimilar(errors));
			return form(me, id, model);
		}
		redirect.addFlashAttribute("notice", "lead.converted");
		return NextStep.chosen(steps(me), then).map(step -> "redirect:" + step.urlOf(customerId))
			.orElse("redirect:/customers/" + customerId);
	}

	/** What other modules offer to do with the new customer (sales: a first opportunity). */
	private List<NextStep> steps(SignedInUser me) {
		return NextStep.offered(AFTER, nextSteps, me::can);
	}

	private String form(SignedInUser me, long id, Model model) {
		model.addAttribute("lead", search.one(me, id));
		model.addAttribute("steps", steps(me));
		return FORM;
	}
}

package org.hutong.sales.contract;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.web.EnterpriseZone;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 合同设置 for those with {@code sales.contracts.settings}: the number rule with a live example, the
 * days ahead contracts' ends and terms' due days are reminded, and the list of term templates (edited
 * on their own pages, see {@link TermTemplateController}). A refused form answers 422 with every value
 * kept and nothing saved, a stale one 409.
 */
@Controller
@RequestMapping("/sales/contracts/settings")
@PreAuthorize(ContractPermissions.MAY_SET)
class ContractSettingsController {

	private static final String PAGE = "sales/contract/settings";

	private final ContractPolicies policies;

	private final EnterpriseTemplates templates;

	private final Clock clock;

	ContractSettingsController(ContractPolicies policies, EnterpriseTemplates templates, Clock clock) {
		this.policies = policies;
		this.templates = templates;
		this.clock = clock;
	}

	/** The settings form is a record: built by its constructor only. */
	@InitBinder("policy")
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	String show(Model model) {
		// the templates first: seeding them never changes the settings' version the form carries
		model.addAttribute("templates", templates.all());
		ContractPolicyForm form = policies.form();
		model.addAttribute("policy", form);
		return page(form, model);
	}

	@PostMapping
	String save(@Validated @ModelAttribute("policy") ContractPolicyForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return refused(form, model);
		}
		try {
			policies.save(form);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("contract.settings.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return refused(form, model);
		}
		redirect.addFlashAttribute("notice", "contract.settings.saved");
		return "redirect:/sales/contracts/settings";
	}

	/** The example number for the rule being typed, as the page shows it under the fields. */
	@GetMapping("/number-example")
	String example(@RequestParam(required = false) String numberPrefix,
			@RequestParam(required = false) String numberDate, @RequestParam(required = false) String numberDigits,
			Model model) {
		model.addAttribute("example", example(typed(numberPrefix, numberDate, numberDigits)));
		return "sales/contract/number-example";
	}

	private String refused(ContractPolicyForm form, Model model) {
		model.addAttribute("templates", templates.all());
		return page(form, model);
	}

	private String page(ContractPolicyForm form, Model model) {
		model.addAttribute("example", example(form));
		model.addAttribute("dateParts", NumberRule.DatePart.values());
		return PAGE;
	}

	/** The first number of today's period by the form's rule, or null while the rule is incomplete. */
	private String example(ContractPolicyForm form) {
		NumberRule rule = form == null ? null : form.numberRule();
		return rule == null ? null : rule.example(LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT)));
	}

	/** The rule as typed so far, leniently: anything unreadable leaves it incomplete. */
	private static ContractPolicyForm typed(String prefix, String date, String digits) {
		NumberRule.DatePart part = null;
		for (NumberRule.DatePart each : NumberRule.DatePart.values()) {
			if (each.name().equals(date)) {
				part = each;
			}
		}
		Integer width = digits != null && digits.strip().matches("\\d{1,2}") ? Integer.valueOf(digits.strip()) : null;
		return new ContractPolicyForm(prefix, part, width, ContractPolicy.DEFAULT_EXPIRY_DAYS,
				ContractPolicy.DEFAULT_DUE_SOON_DAYS, null);
	}
}

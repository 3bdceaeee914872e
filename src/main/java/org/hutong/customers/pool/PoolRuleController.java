package org.hutong.customers.pool;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 回收规则 page for the enterprise's administrator, and 工作台's 即将回收 card for everyone who reads customers. */
@Controller
class PoolRuleController {

	private static final String PAGE = "customers/pool/rules";

	private final PoolRules rules;

	private final ReclaimsDue reclaimsDue;

	PoolRuleController(PoolRules rules, ReclaimsDue reclaimsDue) {
		this.rules = rules;
		this.reclaimsDue = reclaimsDue;
	}

	@GetMapping("/customers/pool-rules")
	@PreAuthorize(PoolRules.MAY_ADMINISTER)
	String editForm(Model model) {
		model.addAttribute("form", rules.current());
		return PAGE;
	}

	@PostMapping("/customers/pool-rules")
	@PreAuthorize(PoolRules.MAY_ADMINISTER)
	String update(@Validated @ModelAttribute("form") PoolRuleForm form, BindingResult errors,
			HttpServletResponse response, RedirectAttributes redirect) {
		// a number that is not one (abc, 1e309) leaves the errors without a form to ask, only its field error
		if (errors.getTarget() != null && !errors.hasFieldErrors("warnDaysBefore") && !form.warnsBeforeReclaim()) {
			errors.rejectValue("warnDaysBefore", "poolRule.warnDaysBefore.beforeReclaim");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return PAGE;
		}
		try {
			rules.update(form);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("poolRule.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return PAGE;
		}
		redirect.addFlashAttribute("notice", "poolRule.saved");
		return "redirect:/customers/pool-rules";
	}

	@GetMapping("/customers/home-card/reclaims-due")
	@PreAuthorize("hasAuthority('customers.read')")
	String reclaimsDueCard(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("card", reclaimsDue.card(me));
		return "customers/pool/reclaims-due";
	}

	/** The card's 查看全部: every customer of mine the 回收规则 will soon take back, as the badge counts them. */
	@GetMapping("/customers/reclaims-due")
	@PreAuthorize("hasAuthority('customers.read')")
	String reclaimsDueList(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("card", reclaimsDue.all(me));
		return "customers/pool/reclaims-list";
	}
}

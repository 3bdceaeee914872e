package org.hutong.projects.time;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 人工成本费率 {@code /projects/cost-rates}: everyone's rate today and its history, and a new rate set. */
@Controller
@RequestMapping("/projects/cost-rates")
@PreAuthorize(ProjectPermissions.MAY_KEEP_COST_RATES)
class CostRateController {

	private final CostRates rates;

	private final TimeKeeping keeping;

	CostRateController(CostRates rates, TimeKeeping keeping) {
		this.rates = rates;
		this.keeping = keeping;
	}

	@InitBinder("form")
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("people", rates.people(keeping.today()));
		model.addAttribute("today", keeping.today());
		return "projects/time/cost-rates";
	}

	@PostMapping
	String set(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") CostRateForm form, BindingResult malformed,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (malformed.hasErrors() || rates.set(me, form, malformed) == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("chosen", form.userId());
			return list(model);
		}
		redirect.addFlashAttribute("notice", "rate.saved");
		return "redirect:/projects/cost-rates#person-" + form.userId();
	}
}

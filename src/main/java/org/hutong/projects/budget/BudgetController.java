package org.hutong.projects.budget;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * A project's 预算 page: budget against actual per category and phase, its lines (added and changed
 * by the manager or 负责人), its costs (a manual one entered with its document, deleted with a reason)
 * and the category set it follows. A refused form answers 422 with the page, the reason next to the field.
 */
@Controller
@RequestMapping("/projects/{id}/budget")
@PreAuthorize(ProjectPermissions.MAY_READ)
class BudgetController {

	private static final String PAGE = "projects/budget/show";

	private final Budgets budgets;

	private final Costs costs;

	private final CategorySets sets;

	BudgetController(Budgets budgets, Costs costs, CategorySets sets) {
		this.budgets = budgets;
		this.costs = costs;
		this.sets = sets;
	}

	@InitBinder({ "line", "cost" })
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("budget", budgets.of(me, id));
		return PAGE;
	}

	@PostMapping("/lines")
	String addLine(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("line") LineForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors() || budgets.save(me, id, null, form, null, errors) == null) {
			return refused(me, id, "new", model, response);
		}
		return saved(id, "budget.line.saved", redirect);
	}

	@PostMapping("/lines/{lineId}")
	String updateLine(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long lineId,
			@RequestParam(required = false) Integer version, @Validated @ModelAttribute("line") LineForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors() || budgets.save(me, id, lineId, form, version, errors) == null) {
			return refused(me, id, String.valueOf(lineId), model, response);
		}
		return saved(id, "budget.line.saved", redirect);
	}

	@PostMapping("/costs")
	String addCost(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("cost") CostForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors() || costs.add(me, id, form, errors) == null) {
			return refused(me, id, "cost", model, response);
		}
		return saved(id, "budget.cost.saved", redirect);
	}

	@PostMapping("/costs/{costId}/delete")
	String deleteCost(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long costId,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		MapBindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "removal");
		if (!costs.delete(me, id, costId, reason, errors)) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "removal", errors);
			return refused(me, id, "cost-" + costId, model, response);
		}
		return saved(id, "budget.cost.deleted", redirect);
	}

	@GetMapping("/costs/{costId}/document")
	ResponseEntity<Resource> document(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long costId) {
		return costs.document(me, id, costId).response();
	}

	@PostMapping("/set")
	String follow(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) Long setId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		MapBindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "set");
		if (!sets.follow(me, id, setId, errors)) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "set", errors);
			return refused(me, id, "set", model, response);
		}
		return saved(id, "budget.set.saved", redirect);
	}

	private static String saved(long id, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/projects/" + id + "/budget";
	}

	private String refused(SignedInUser me, long id, String refused, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("budget", budgets.of(me, id));
		model.addAttribute("refused", refused);
		return PAGE;
	}
}

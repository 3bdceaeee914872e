package org.hutong.projects.budget;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.projects.project.ProjectPermissions;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 预算科目 {@code /projects/budget-categories}, beside the project settings and for the same people:
 * the category sets and their categories, which set each 项目类型 follows. A refusal shows the page
 * again with the reason by its field (422); an edit made on a stale page says so (409).
 */
@Controller
@RequestMapping("/projects/budget-categories")
@PreAuthorize(ProjectPermissions.MAY_SETTLE)
class BudgetCategoryController {

	private static final String PAGE = "redirect:/projects/budget-categories";

	private final CategorySettings settings;

	BudgetCategoryController(CategorySettings settings) {
		this.settings = settings;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("settings", settings.view());
		return "projects/budget/categories";
	}

	@PostMapping("/sets")
	String addSet(@RequestParam(required = false) String name, @RequestParam(required = false) String labour,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step("set", Map.of("name", text(name), "labour", text(labour)), model, response, redirect,
				errors -> settings.addSet(name, labour, errors));
	}

	@PostMapping("/sets/{setId}/categories")
	String addCategory(@PathVariable long setId, @RequestParam(required = false) String name,
			@RequestParam(required = false) Long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return step("newCategory" + setId, Map.of("name", text(name)), model, response, redirect,
				errors -> settings.addCategory(setId, name, version, errors));
	}

	@PostMapping("/categories/{id}")
	String rename(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) Long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return step("category" + id, Map.of("name", text(name)), model, response, redirect,
				errors -> settings.rename(id, name, version, errors));
	}

	@PostMapping("/categories/{id}/move")
	String move(@PathVariable long id, @RequestParam(defaultValue = "up") String direction,
			@RequestParam(required = false) Long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return step("category" + id, Map.of(), model, response, redirect,
				errors -> settings.move(id, !"down".equals(direction), version));
	}

	@PostMapping("/categories/{id}/retire")
	String retire(@PathVariable long id, @RequestParam(defaultValue = "true") boolean retired,
			@RequestParam(required = false) Long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return step("category" + id, Map.of(), model, response, redirect,
				errors -> settings.retire(id, retired, version, errors));
	}

	@PostMapping("/categories/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step("category" + id, Map.of(), model, response, redirect,
				errors -> settings.delete(id, version, errors));
	}

	@PostMapping("/types/{typeId}")
	String assign(@PathVariable long typeId, @RequestParam(required = false) Long setId, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step("type" + typeId, Map.of("setId", setId == null ? "" : setId), model, response, redirect,
				errors -> settings.assign(typeId, setId, errors));
	}

	private String step(String form, Map<String, Object> typed, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Consumer<BindingResult> work) {
		BindingResult errors = new MapBindingResult(new HashMap<>(typed), form);
		try {
			work.accept(errors);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("budgetCategory.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + form, errors);
			model.addAttribute("refused", form);
			return show(model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + form, errors);
			model.addAttribute("refused", form);
			return show(model);
		}
		redirect.addFlashAttribute("notice", "budgetCategory.saved");
		return PAGE;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}

package org.hutong.sales.product;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /sales/products/settings}: the category tree (add under any node, rename, delete when
 * empty) and the unit list (add, remove). A refusal answers 422 with the message by its field.
 */
@Controller
@RequestMapping("/sales/products")
@PreAuthorize(ProductPermissions.MAY_WRITE)
class CatalogController {

	private static final String PAGE = "sales/product/settings";

	private final Catalog catalog;

	CatalogController(Catalog catalog) {
		this.catalog = catalog;
	}

	/** A category to add, or the new name of one. */
	record CategoryForm(String name, Long parentId) {
	}

	/** A unit to add. */
	record UnitForm(String name) {
	}

	@GetMapping("/settings")
	String settings(Model model) {
		model.addAttribute("category", new CategoryForm(null, null));
		model.addAttribute("unit", new UnitForm(null));
		return page(model);
	}

	/** A parent that is not even a number leaves no form to read: its message goes by the field. */
	@PostMapping("/categories")
	String addCategory(@ModelAttribute("category") CategoryForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			catalog.addCategory(form.name(), form.parentId(), errors);
		}
		return done(errors, "product.category.saved", model, response, redirect);
	}

	@PostMapping("/categories/{id}")
	String renameCategory(@PathVariable long id, @ModelAttribute("category") CategoryForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			catalog.renameCategory(id, form.name(), errors);
		}
		model.addAttribute("renaming", id);
		return done(errors, "product.category.saved", model, response, redirect);
	}

	@PostMapping("/categories/{id}/delete")
	String deleteCategory(@PathVariable long id, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CategoryForm none = new CategoryForm(null, null);
		BindingResult errors = new BeanPropertyBindingResult(none, "category");
		catalog.deleteCategory(id, errors);
		model.addAttribute("category", none);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "category", errors);
		return done(errors, "product.category.deleted", model, response, redirect);
	}

	@PostMapping("/units")
	String addUnit(@ModelAttribute("unit") UnitForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		catalog.addUnit(form.name(), errors);
		return done(errors, "product.unit.saved", model, response, redirect);
	}

	@PostMapping("/units/{id}/delete")
	String deleteUnit(@PathVariable long id, RedirectAttributes redirect) {
		catalog.deleteUnit(id);
		redirect.addFlashAttribute("notice", "product.unit.deleted");
		return "redirect:/sales/products/settings";
	}

	private String done(BindingResult errors, String notice, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			if (!model.containsAttribute("category")) {
				model.addAttribute("category", new CategoryForm(null, null));
			}
			if (!model.containsAttribute("unit")) {
				model.addAttribute("unit", new UnitForm(null));
			}
			return page(model);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/sales/products/settings";
	}

	private String page(Model model) {
		model.addAttribute("categories", catalog.tree());
		model.addAttribute("units", catalog.units());
		return PAGE;
	}
}

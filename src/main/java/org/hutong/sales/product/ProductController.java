package org.hutong.sales.product;

import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue's pages: {@code /sales/products} (the shared list pattern: search as you type, a
 * 筛选 sheet with category and status, load more; {@code ?deleted=true} the recycle bin), a product's
 * page, and the form. A refused form answers 422 with every value kept, a stale one 409.
 */
@Controller
@RequestMapping("/sales/products")
class ProductController {

	private static final String FORM = "sales/product/form";

	private final ProductSearch search;

	private final ProductManagement management;

	private final Catalog catalog;

	private final UniqueKeys uniqueKeys;

	private final ProductPhotos photos;

	ProductController(ProductSearch search, ProductManagement management, Catalog catalog, UniqueKeys uniqueKeys,
			ProductPhotos photos) {
		this.search = search;
		this.management = management;
		this.catalog = catalog;
		this.uniqueKeys = uniqueKeys;
		this.photos = photos;
	}

	/**
	 * The form is a record, built from the request by its constructor only: binding its parameter
	 * lines again by property would try to grow the list the constructor cleaned of blank lines.
	 */
	@InitBinder("form")
	void formByConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	/** A malformed filter shows the unfiltered list rather than an error. */
	@GetMapping
	@PreAuthorize(ProductPermissions.MAY_READ)
	@HtmxFragment("rows")
	String list(@Validated @ModelAttribute("filter") ProductFilter filter, BindingResult malformed, Model model) {
		ProductFilter query = filter == null || malformed.hasErrors() ? ProductFilter.none() : filter;
		model.addAttribute("filter", query);
		model.addAttribute("page", search.page(query, ProductSearch.PAGE_SIZE));
		model.addAttribute("categories", catalog.tree());
		return "sales/product/list";
	}

	@GetMapping("/new")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String newForm(Model model) {
		model.addAttribute("form", ProductForm.blank());
		return form(null, model);
	}

	@PostMapping
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String create(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("form") ProductForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Long id = errors.hasErrors() ? null : uniqueKeys.attempt(() -> management.create(me, form, errors), errors);
		if (id == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(null, model);
		}
		redirect.addFlashAttribute("notice", "product.saved");
		return "redirect:/sales/products/" + id;
	}

	@GetMapping("/{id}")
	@PreAuthorize(ProductPermissions.MAY_READ)
	String show(@PathVariable long id, Model model) {
		model.addAttribute("product", search.one(id));
		model.addAttribute("photos", photos.of(id));
		return "sales/product/show";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String editForm(@PathVariable long id, Model model) {
		ProductView product = search.one(id);
		model.addAttribute("form", new ProductForm(product.code(), product.name(), product.spec(), product.unit(),
				product.categoryId(), product.listPrice(), product.taxRate(), product.status(), product.description(),
				product.parameters(), product.version()));
		return form(id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("form") ProductForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				uniqueKeys.attempt(() -> management.update(me, id, form, errors), errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("product.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(id, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(id, model);
		}
		redirect.addFlashAttribute("notice", "product.saved");
		return "redirect:/sales/products/" + id;
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		management.delete(me, id);
		redirect.addFlashAttribute("notice", "product.deleted");
		return "redirect:/sales/products";
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String restore(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		management.restore(me, id);
		redirect.addFlashAttribute("notice", "product.restored");
		return "redirect:/sales/products/" + id;
	}

	private String form(Long id, Model model) {
		model.addAttribute("productId", id);
		ProductForm form = (ProductForm) model.getAttribute("form");
		model.addAttribute("units", catalog.units().stream().map(ProductUnit::getName).toList());
		model.addAttribute("currentUnit", form == null ? null : form.unit());
		model.addAttribute("categories", catalog.tree());
		model.addAttribute("statuses", ProductStatus.values());
		int lines = form == null ? 0 : form.parameters().size();
		// room for two more lines each time the form is drawn
		model.addAttribute("parameterRows", Math.min(ProductForm.MAX_PARAMETERS, Math.max(3, lines + 2)));
		model.addAttribute("parameterCount", lines);
		return FORM;
	}
}

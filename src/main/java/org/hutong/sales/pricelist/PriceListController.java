package org.hutong.sales.pricelist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.sales.product.ProductPermissions;
import org.hutong.sales.product.ProductSearch;
import org.hutong.sales.product.ProductView;
import org.hutong.shared.RecordLinks;
import org.hutong.web.EnterpriseZone;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 价格表 pages: the lists, one list with its prices (a line is added by product code), the form
 * with the levels and the customers it applies to (customers found as the user types, among those
 * they may open). Refusals answer 422 with the message by the field; a stale form 409.
 */
@Controller
@RequestMapping("/sales/price-lists")
class PriceListController {

	private static final String FORM = "sales/pricelist/form";

	private final PriceLists lists;

	private final ProductSearch products;

	private final List<RecordLinks> links;

	private final java.time.Clock clock;

	PriceListController(PriceLists lists, ProductSearch products, List<RecordLinks> links, java.time.Clock clock) {
		this.lists = lists;
		this.products = products;
		this.links = links;
		this.clock = clock;
	}

	/** A price line as the page sends it: the product by its code, the price as typed (read by {@link #amount}). */
	record PriceForm(String code, Long productId, String price) {
	}

	@GetMapping
	@PreAuthorize(ProductPermissions.MAY_READ)
	String list(Model model) {
		model.addAttribute("lists", lists.all());
		return "sales/pricelist/list";
	}

	@GetMapping("/new")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String newForm(Model model) {
		model.addAttribute("form", PriceListForm.blank(LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT))));
		return form(null, model);
	}

	@PostMapping
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String create(@Validated @ModelAttribute("form") PriceListForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Long id = errors.hasErrors() ? null : lists.create(form, errors);
		if (id == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(null, model);
		}
		redirect.addFlashAttribute("notice", "priceList.saved");
		return "redirect:/sales/price-lists/" + id;
	}

	@GetMapping("/{id}")
	@PreAuthorize(ProductPermissions.MAY_READ)
	String show(@PathVariable long id, Model model) {
		model.addAttribute("list", lists.one(id));
		if (!model.containsAttribute("price")) {
			model.addAttribute("price", new PriceForm(null, null, null));
		}
		return "sales/pricelist/show";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", lists.formOf(id));
		return form(id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String update(@PathVariable long id, @Validated @ModelAttribute("form") PriceListForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				lists.update(id, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("priceList.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(id, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(id, model);
		}
		redirect.addFlashAttribute("notice", "priceList.saved");
		return "redirect:/sales/price-lists/" + id;
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		lists.delete(id);
		redirect.addFlashAttribute("notice", "priceList.deleted");
		return "redirect:/sales/price-lists";
	}

	/** Sets a product's price on the list; the product is named by its code. Every refusal is told at once. */
	@PostMapping("/{id}/prices")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String price(@PathVariable long id, @ModelAttribute("price") PriceForm sent, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Long productId = products.byCode(sent.code()).map(ProductView::id).orElse(null);
		BigDecimal amount = amount(sent.price());
		PriceForm form = new PriceForm(sent.code(), productId, sent.price());
		BindingResult checked = new BeanPropertyBindingResult(form, "price");
		if (amount == null && sent.price() != null && !sent.price().isBlank()) {
			checked.rejectValue("price", "typeMismatch.price");
			if (productId == null) {
				checked.rejectValue("productId", "priceList.product.unknown");
			}
		}
		else {
			lists.price(id, productId, amount, checked);
		}
		if (checked.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("price", form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "price", checked);
			return show(id, model);
		}
		redirect.addFlashAttribute("notice", "priceList.price.saved");
		return "redirect:/sales/price-lists/" + id;
	}

	/** The price as typed, {@code 12,800.00} included; null when it is not a number. */
	static BigDecimal amount(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(typed.strip().replace(",", ""));
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	@PostMapping("/{id}/prices/{productId}/delete")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String removePrice(@PathVariable long id, @PathVariable long productId, RedirectAttributes redirect) {
		lists.removePrice(id, productId);
		redirect.addFlashAttribute("notice", "priceList.price.removed");
		return "redirect:/sales/price-lists/" + id;
	}

	/** The form's customer picker: customers the user may open whose name holds what was typed. */
	@GetMapping("/customers")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	String customers(@RequestParam(name = "_q", defaultValue = "") String typed, Model model) {
		String text = typed.strip();
		List<RecordLinks.RecordLink> found = text.isEmpty() ? List.of()
				: links.stream().filter(kind -> kind.kind().equals("customer")).findFirst()
					.map(kind -> kind.matching(text, 8)).orElse(List.of());
		model.addAttribute("matches", found);
		model.addAttribute("typed", !text.isEmpty());
		return "sales/pricelist/customers";
	}

	private String form(Long id, Model model) {
		model.addAttribute("listId", id);
		model.addAttribute("levels", lists.levels());
		PriceListForm form = (PriceListForm) model.getAttribute("form");
		model.addAttribute("chosen", form == null ? java.util.Map.of() : lists.customerNames(form.customerIds()));
		return FORM;
	}
}

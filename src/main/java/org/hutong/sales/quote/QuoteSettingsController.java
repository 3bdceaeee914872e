package org.hutong.sales.quote;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.web.RecordNotFound;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 报价设置 for those with {@code sales.quotes.settings}: the discount each role may give without
 * approval, and the letterhead quotes print on (texts, logo, seal).
 */
@Controller
@RequestMapping("/sales/quotes/settings")
@PreAuthorize(QuotePermissions.MAY_SET)
class QuoteSettingsController {

	private static final String PAGE = "sales/quote/settings";

	private static final String BACK = "redirect:/sales/quotes/settings";

	/** A limit as typed: a percent between 0 and 100 with at most two decimals, or blank for none. */
	private static final java.util.regex.Pattern PERCENT = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");

	private final DiscountLimits limits;

	private final Letterheads letterheads;

	QuoteSettingsController(DiscountLimits limits, Letterheads letterheads) {
		this.limits = limits;
		this.letterheads = letterheads;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("form", letterheads.form());
		return page(model, Map.of(), Map.of());
	}

	/** Every role's limit at once; a bad one is shown by its field and nothing is saved. */
	@PostMapping("/limits")
	String limits(@RequestParam Map<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Map<Long, BigDecimal> wanted = new LinkedHashMap<>();
		Map<Long, String> typed = new LinkedHashMap<>();
		Map<Long, String> errors = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (!name.startsWith("limit-") || !name.substring(6).matches("\\d{1,18}")) {
				return;
			}
			long roleId = Long.parseLong(name.substring(6));
			String text = value == null ? "" : value.strip().replace("%", "").strip();
			typed.put(roleId, value);
			if (text.isEmpty()) {
				wanted.put(roleId, null);
			}
			else if (!PERCENT.matcher(text).matches() || new BigDecimal(text).compareTo(new BigDecimal("100")) > 0) {
				errors.put(roleId, "quote.discount.range");
			}
			else {
				wanted.put(roleId, new BigDecimal(text));
			}
		});
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("form", letterheads.form());
			return page(model, typed, errors);
		}
		limits.set(wanted);
		redirect.addFlashAttribute("notice", "quote.settings.saved");
		return BACK;
	}

	@PostMapping("/letterhead")
	String letterhead(@Validated @ModelAttribute("form") LetterheadForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				letterheads.save(form);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("quote.letterhead.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(model, Map.of(), Map.of());
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, Map.of(), Map.of());
		}
		redirect.addFlashAttribute("notice", "quote.settings.saved");
		return BACK;
	}

	@PostMapping("/letterhead/{which}")
	String picture(@PathVariable String which, @RequestParam(name = "image", required = false) MultipartFile image,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		LetterheadImage kind = kind(which);
		BindingResult errors = new MapBindingResult(new LinkedHashMap<>(Map.of("image", "")), "picture");
		letterheads.picture(kind, image, errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "picture", errors);
			model.addAttribute("pictureFor", kind);
			model.addAttribute("form", letterheads.form());
			return page(model, Map.of(), Map.of());
		}
		redirect.addFlashAttribute("notice", "quote.settings.saved");
		return BACK;
	}

	@PostMapping("/letterhead/{which}/remove")
	String removePicture(@PathVariable String which, RedirectAttributes redirect) {
		letterheads.removePicture(kind(which));
		redirect.addFlashAttribute("notice", "quote.settings.saved");
		return BACK;
	}

	/** The current logo or seal, for the settings page's preview. */
	@GetMapping("/letterhead/{which}")
	void image(@PathVariable String which, HttpServletResponse response) throws IOException {
		LetterheadImage kind = kind(which);
		Letterheads.Printed printed = letterheads.printed();
		byte[] bytes = kind == LetterheadImage.LOGO ? printed.logo() : printed.seal();
		String type = kind == LetterheadImage.LOGO ? printed.logoType() : printed.sealType();
		if (bytes == null) {
			throw new RecordNotFound();
		}
		response.setContentType("PNG".equals(type) ? "image/png" : "image/jpeg");
		response.setHeader("Cache-Control", "private, no-cache");
		response.getOutputStream().write(bytes);
	}

	private String page(Model model, Map<Long, String> typed, Map<Long, String> errors) {
		model.addAttribute("limits", limits.all());
		model.addAttribute("typed", typed);
		model.addAttribute("limitErrors", errors);
		model.addAttribute("letterhead", letterheads.current().orElse(null));
		return PAGE;
	}

	private static LetterheadImage kind(String which) {
		return switch (which) {
			case "logo" -> LetterheadImage.LOGO;
			case "seal" -> LetterheadImage.SEAL;
			default -> throw new RecordNotFound();
		};
	}
}

package org.hutong.customers.option;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.web.UnreadableForm;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
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
 * 选项设置: the administrator's page for the 客户级别, 行业 and 来源 lists. Every change redirects back
 * to the page; invalid input re-renders it (422) with the error beside the list it concerns.
 */
@Controller
@RequestMapping("/customers/options")
@PreAuthorize(OptionManagement.MAY_ADMINISTER)
class OptionController {

	private static final String PAGE = "customers/option/options";

	private static final String BACK = "redirect:/customers/options";

	private final OptionManagement management;

	private final CustomerOptions options;

	OptionController(OptionManagement management, CustomerOptions options) {
		this.management = management;
		this.options = options;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", OptionForm.blank());
		return page(model);
	}

	@PostMapping("/{kind}")
	String add(@PathVariable OptionKind kind, @Validated @ModelAttribute("form") OptionForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) throws BindException {
		UnreadableForm.rejectIfAny(errors);
		if (errors.hasErrors() || management.add(kind, form, errors) == null) {
			return invalid(kind, null, model, response);
		}
		return done("option.saved", redirect);
	}

	@PostMapping("/{kind}/{id}")
	String rename(@PathVariable OptionKind kind, @PathVariable long id,
			@Validated @ModelAttribute("form") OptionForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws BindException {
		UnreadableForm.rejectIfAny(errors);
		try {
			if (!errors.hasErrors()) {
				management.rename(id, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("option.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("failedKind", kind).addAttribute("failedId", id);
			return page(model);
		}
		return errors.hasErrors() ? invalid(kind, id, model, response) : done("option.saved", redirect);
	}

	@PostMapping("/{kind}/{id}/move")
	String move(@PathVariable long id, @RequestParam boolean up) {
		management.move(id, up);
		return BACK;
	}

	@PostMapping("/{kind}/{id}/active")
	String activate(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
		management.activate(id, active);
		return done(active ? "option.activated" : "option.deactivated", redirect);
	}

	@PostMapping("/{kind}/{id}/delete")
	String delete(@PathVariable OptionKind kind, @PathVariable long id, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			management.delete(id);
		}
		catch (OptionInUse inUse) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("form", OptionForm.blank());
			model.addAttribute("failedKind", kind).addAttribute("inUse", inUse.uses());
			return page(model);
		}
		return done("option.deleted", redirect);
	}

	private String invalid(OptionKind kind, Long id, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("failedKind", kind).addAttribute("failedId", id);
		return page(model);
	}

	private static String done(String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		return BACK;
	}

	private String page(Model model) {
		model.addAttribute("kinds", OptionKind.values());
		model.addAttribute("lists", java.util.Arrays.stream(OptionKind.values()).map(options::all).toList());
		return PAGE;
	}
}

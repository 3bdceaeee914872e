package org.hutong.sales.contract;

import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 条款模板 on the 合同设置 page: add one, edit its name and terms with the rows of the contract terms
 * form, delete it, move it up or down the list the terms page offers. A template that does not add up
 * to 100 % is refused with the difference, every other problem by its row and field (422, values kept,
 * nothing saved); a stale one is 409.
 */
@Controller
@RequestMapping("/sales/contracts/settings/templates")
@PreAuthorize(ContractPermissions.MAY_SET)
class TermTemplateController {

	private static final String FORM = "sales/contract/template-form";

	private static final String BACK = "redirect:/sales/contracts/settings#templates";

	private static final Pattern ROW = Pattern.compile("terms\\[(\\d{1,2})\\]\\..+");

	private final EnterpriseTemplates templates;

	TermTemplateController(EnterpriseTemplates templates) {
		this.templates = templates;
	}

	/** The template form holds a list of nested records: built by their constructors only. */
	@InitBinder("template")
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("template", new TemplateForm(null, List.of(), null));
		return form(null, model, 0);
	}

	@PostMapping
	String create(@Validated @ModelAttribute("template") TemplateForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			templates.create(form, errors);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(null, model, sent(request));
		}
		redirect.addFlashAttribute("notice", "template.saved");
		return BACK;
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("template", templates.formOf(id));
		return form(id, model, 0);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Validated @ModelAttribute("template") TemplateForm form,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				templates.update(id, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("template.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(id, model, sent(request));
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(id, model, sent(request));
		}
		redirect.addFlashAttribute("notice", "template.saved");
		return BACK;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		templates.delete(id);
		redirect.addFlashAttribute("notice", "template.deleted");
		return BACK;
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam(defaultValue = "false") boolean up) {
		templates.move(id, up);
		return BACK;
	}

	/**
	 * The form page. A form whose values could not all be read (a share of "七十") was never built: its
	 * rows are then as many as were sent, each shown with what was typed.
	 */
	private String form(Long id, Model model, int sent) {
		TemplateForm form = (TemplateForm) model.getAttribute("template");
		int held = form == null ? Math.min(TermsForm.MAX_TERMS, sent) : form.terms().size();
		model.addAttribute("held", held);
		model.addAttribute("templateId", id);
		model.addAttribute("rows", Math.min(TermsForm.MAX_TERMS, Math.max(4, held + 1)));
		return FORM;
	}

	/** How many term rows the request sent: one past the highest row index named. */
	private static int sent(HttpServletRequest request) {
		int rows = 0;
		for (String name : Collections.list(request.getParameterNames())) {
			Matcher row = ROW.matcher(name);
			if (row.matches()) {
				rows = Math.max(rows, Integer.parseInt(row.group(1)) + 1);
			}
		}
		return rows;
	}
}

package org.hutong.approvals.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.approvals.form.FormCatalog;
import org.hutong.approvals.form.FormDefinition;
import org.hutong.approvals.form.FormDesignInvalid;
import org.hutong.approvals.form.FormManagement;
import org.hutong.approvals.form.FormProblem;
import org.hutong.approvals.form.RecordKinds;
import org.hutong.web.RecordNotFound;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 表单: the stock and own forms, and the builder. The whole form is the page's state: each step posts
 * it and gets it back changed; a save hands it to {@link FormManagement}, whose problems show next to
 * the fields they name.
 */
@Controller
@RequestMapping("/admin/approvals/forms")
@PreAuthorize(AdminPermissions.MAY_ADMINISTER)
class FormBuilderController {

	private static final String PAGE = "approvals/admin/form";

	private final FormCatalog catalog;

	private final FormManagement forms;

	private final RecordKinds records;

	FormBuilderController(FormCatalog catalog, FormManagement forms, RecordKinds records) {
		this.catalog = catalog;
		this.forms = forms;
		this.records = records;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("forms", catalog.all());
		return "approvals/admin/forms";
	}

	@GetMapping("/new")
	String blank(Model model) {
		FormBuilderForm form = new FormBuilderForm();
		form.step("add", 0);
		return page(form, null, List.of(), model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		FormDefinition form = catalog.byId(id).orElseThrow(RecordNotFound::new);
		return page(FormBuilderForm.of(form), form, List.of(), model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") FormBuilderForm form, @RequestParam(required = false) String op,
			@RequestParam(defaultValue = "0") int index, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if (op != null) {
			form.step(op, index);
			return page(form, null, List.of(), model);
		}
		try {
			forms.create(form.toDesign(null));
		}
		catch (FormDesignInvalid invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(form, null, invalid.problems(), model);
		}
		redirect.addFlashAttribute("notice", "approvals.admin.form.saved");
		return "redirect:/admin/approvals/forms";
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @ModelAttribute("form") FormBuilderForm form,
			@RequestParam(required = false) String op, @RequestParam(defaultValue = "0") int index,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		FormDefinition stored = catalog.byId(id).orElseThrow(RecordNotFound::new);
		if (op != null) {
			form.step(op, index);
			return page(form, stored, List.of(), model);
		}
		try {
			forms.edit(id, form.toDesign(stored.getDescriptionEn()));
		}
		catch (FormDesignInvalid invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(form, stored, invalid.problems(), model);
		}
		catch (OptimisticLockingFailureException stale) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return page(form, stored, List.of(), model);
		}
		redirect.addFlashAttribute("notice", "approvals.admin.form.saved");
		return "redirect:/admin/approvals/forms";
	}

	private String page(FormBuilderForm form, FormDefinition stored, List<FormProblem> problems, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("stored", stored);
		model.addAttribute("problems", new FormProblems(problems));
		model.addAttribute("recordKinds", records.names());
		return PAGE;
	}
}

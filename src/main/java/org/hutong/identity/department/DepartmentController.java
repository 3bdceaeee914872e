package org.hutong.identity.department;

import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.web.HtmxFragment;
import org.hutong.web.RecordNotFound;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 部门 pages: the tree, and the form that creates, edits and deletes a department. */
@Controller
@RequestMapping("/admin/departments")
class DepartmentController {

	private static final String LIST = "redirect:/admin/departments";

	private final DepartmentManagement departments;

	DepartmentController(DepartmentManagement departments) {
		this.departments = departments;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", departments.rows());
		return "identity/departments/list";
	}

	@GetMapping("/new")
	@PreAuthorize(DepartmentManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String newForm(@RequestParam(required = false) Long parent, Model model) {
		model.addAttribute("form", DepartmentForm.blank(parent));
		return page(null, model);
	}

	@PostMapping
	@PreAuthorize(DepartmentManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String create(@Validated @ModelAttribute("form") DepartmentForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors() && departments.create(form, errors) != null) {
			redirect.addFlashAttribute("notice", "admin.saved");
			return LIST;
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(null, model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(DepartmentManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", departments.formFor(id));
		return page(id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(DepartmentManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String update(@PathVariable long id, @Validated @ModelAttribute("form") DepartmentForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				departments.update(id, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("admin.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, model);
		}
		redirect.addFlashAttribute("notice", "admin.saved");
		return LIST;
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(DepartmentManagement.MAY_WRITE)
	String delete(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			departments.delete(id);
		}
		catch (DepartmentNotDeletable refused) {
			model.addAttribute("form", departments.formFor(id));
			model.addAttribute("problem", refused.messageKey());
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, model);
		}
		redirect.addFlashAttribute("notice", "admin.deleted");
		return LIST;
	}

	/** The form page; an edit offers every parent except the department itself and what is below it. */
	private String page(Long id, Model model) {
		DepartmentTree tree = departments.tree();
		if (id != null && !tree.contains(id)) {
			throw new RecordNotFound();
		}
		Set<Long> excluded = id == null ? Set.of() : tree.subtreeIds(id);
		model.addAttribute("departmentId", id);
		model.addAttribute("parents",
				tree.nodes().stream().filter(node -> !excluded.contains(node.department().getId())).toList());
		model.addAttribute("leaders", departments.leaders());
		return "identity/departments/form";
	}
}

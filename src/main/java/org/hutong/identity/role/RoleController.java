package org.hutong.identity.role;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.DataScope;
import org.hutong.web.HtmxFragment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 角色 pages: the list, and the form that creates, edits and deletes a role. */
@Controller
@RequestMapping("/admin/roles")
class RoleController {

	private static final String LIST = "redirect:/admin/roles";

	private final RoleManagement roles;

	RoleController(RoleManagement roles) {
		this.roles = roles;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", roles.rows());
		return "identity/roles/list";
	}

	@GetMapping("/new")
	@HtmxFragment("editor")
	String newForm(Model model) {
		model.addAttribute("form", roles.blank());
		return page(null, model);
	}

	@PostMapping
	@HtmxFragment("editor")
	String create(@Validated @ModelAttribute("form") RoleForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors() && roles.create(form, errors) != null) {
				redirect.addFlashAttribute("notice", "admin.saved");
				return LIST;
			}
		}
		catch (DataIntegrityViolationException sameNameAtOnce) {
			errors.rejectValue("name", "role.name.taken");
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(null, model);
	}

	@GetMapping("/{id}/edit")
	@HtmxFragment("editor")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", RoleForm.of(roles.role(id)));
		return page(id, model);
	}

	@PostMapping("/{id}")
	@HtmxFragment("editor")
	String update(@PathVariable long id, @Validated @ModelAttribute("form") RoleForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				roles.update(id, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("admin.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, model);
		}
		catch (DataIntegrityViolationException sameNameAtOnce) {
			errors.rejectValue("name", "role.name.taken");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, model);
		}
		redirect.addFlashAttribute("notice", "admin.saved");
		return LIST;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			roles.delete(id);
		}
		catch (RoleNotDeletable refused) {
			return refused(id, refused.messageKey(), model, response);
		}
		catch (DataIntegrityViolationException assignedMeanwhile) {
			return refused(id, "role.delete.inUse", model, response);
		}
		redirect.addFlashAttribute("notice", "admin.deleted");
		return LIST;
	}

	private String refused(long id, String messageKey, Model model, HttpServletResponse response) {
		model.addAttribute("form", RoleForm.of(roles.role(id)));
		model.addAttribute("problem", messageKey);
		response.setStatus(HttpStatus.CONFLICT.value());
		return page(id, model);
	}

	/** The form page; the administrator role's permissions and scope are shown, not offered. */
	private String page(Long id, Model model) {
		Role role = id == null ? null : roles.role(id);
		model.addAttribute("roleId", id);
		model.addAttribute("administrator", role != null && role.isAdministrator());
		model.addAttribute("catalogue", roles.catalogue());
		model.addAttribute("scopes", DataScope.values());
		return "identity/roles/form";
	}
}

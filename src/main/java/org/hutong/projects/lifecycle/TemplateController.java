package org.hutong.projects.lifecycle;

import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.Colleagues;
import org.hutong.identity.Roles;
import org.hutong.projects.project.ProjectPermissions;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 生命周期模板 pages: the list, one template with its phases, deliverables and gates (and their
 * template files), and a new template — empty or a copy — for whoever keeps the projects settings.
 */
@Controller
@RequestMapping("/projects/templates")
class TemplateController {

	private final LifecycleTemplates templates;

	private final TemplateEditing editing;

	private final Roles roles;

	private final Colleagues colleagues;

	TemplateController(LifecycleTemplates templates, TemplateEditing editing, Roles roles, Colleagues colleagues) {
		this.templates = templates;
		this.editing = editing;
		this.roles = roles;
		this.colleagues = colleagues;
	}

	@InitBinder("form")
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String list(Model model) {
		model.addAttribute("templates", templates.all());
		return "projects/lifecycle/templates";
	}

	@GetMapping("/{id}")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	String show(@PathVariable long id, Model model) {
		TemplateView template = templates.one(id);
		Set<Long> people = new HashSet<>();
		template.phases().forEach(phase -> people.addAll(phase.gate().gatekeeperIds()));
		model.addAttribute("template", template);
		model.addAttribute("roles", roles.all());
		model.addAttribute("people", colleagues.names(people));
		return "projects/lifecycle/template";
	}

	@GetMapping("/{id}/deliverables/{deliverableId}/file")
	@PreAuthorize(ProjectPermissions.MAY_READ)
	ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long deliverableId) {
		return editing.file(id, deliverableId).response();
	}

	@GetMapping("/new")
	@PreAuthorize(ProjectPermissions.MAY_SETTLE)
	String newForm(@RequestParam(required = false) Long copyFrom, Model model) {
		model.addAttribute("templates", templates.all());
		model.addAttribute("copyFrom", copyFrom);
		return "projects/lifecycle/new-template";
	}

	@PostMapping
	@PreAuthorize(ProjectPermissions.MAY_SETTLE)
	String create(@ModelAttribute("form") TemplateEdits.NewTemplate form, BindingResult errors, Model model,
			HttpServletResponse response) {
		Long id = errors.hasErrors() ? null : editing.create(form, errors);
		if (id == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return newForm(form.copyFrom(), model);
		}
		return "redirect:/projects/templates/" + id + "/edit";
	}
}

package org.hutong.projects.lifecycle;

import java.util.HashSet;
import java.util.Set;

import org.hutong.identity.Colleagues;
import org.hutong.identity.Roles;
import org.hutong.projects.project.ProjectPermissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** 生命周期模板 pages: the list and one template with its phases, deliverables and gates — read-only until the editor comes. */
@Controller
@RequestMapping("/projects/templates")
class TemplateController {

	private final LifecycleTemplates templates;

	private final Roles roles;

	private final Colleagues colleagues;

	TemplateController(LifecycleTemplates templates, Roles roles, Colleagues colleagues) {
		this.templates = templates;
		this.roles = roles;
		this.colleagues = colleagues;
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
}

package org.hutong.projects.lifecycle;

import java.util.List;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Applying a template to running projects {@code /projects/templates/{id}/apply}: choose among the
 * running projects that follow it, see per project what would change (and which are refused, and
 * why), then apply to the chosen ones on the version the preview showed.
 */
@Controller
@RequestMapping("/projects/templates/{id}/apply")
@PreAuthorize(ProjectPermissions.MAY_SETTLE)
class TemplateRolloutController {

	private final LifecycleTemplates templates;

	private final TemplateRollouts rollouts;

	TemplateRolloutController(LifecycleTemplates templates, TemplateRollouts rollouts) {
		this.templates = templates;
		this.rollouts = rollouts;
	}

	@GetMapping
	String choose(@PathVariable long id, Model model) {
		model.addAttribute("template", templates.one(id));
		model.addAttribute("running", rollouts.running(id));
		return "projects/lifecycle/apply";
	}

	@PostMapping("/preview")
	String preview(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(name = "projectId", required = false) List<Long> projectIds, Model model) {
		if (projectIds == null || projectIds.isEmpty()) {
			model.addAttribute("noneChosen", true);
			return choose(id, model);
		}
		model.addAttribute("template", templates.one(id));
		model.addAttribute("previews", rollouts.preview(me, id, projectIds));
		return "projects/lifecycle/apply-preview";
	}

	@PostMapping
	String apply(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(name = "projectId", required = false) List<Long> projectIds,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		List<TemplateRollouts.Outcome> outcomes = rollouts.apply(me, id, version, projectIds == null ? List.of() : projectIds);
		redirect.addFlashAttribute("outcomes", outcomes);
		return "redirect:/projects/templates/" + id;
	}
}

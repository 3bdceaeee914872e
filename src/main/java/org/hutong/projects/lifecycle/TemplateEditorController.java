package org.hutong.projects.lifecycle;

import java.util.HashMap;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.Colleagues;
import org.hutong.identity.Roles;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The template editor {@code /projects/templates/{id}/edit}: the template's name, and per phase its
 * name, share and gatekeeper role, order, required deliverables (with an optional template file),
 * gatekeepers and criteria — one small form per step, each naming the version it was made on (a
 * stale one answers 409). A refused step answers 422 with the editor and the reason by its field.
 */
@Controller
@RequestMapping("/projects/templates/{id}")
@PreAuthorize(ProjectPermissions.MAY_SETTLE)
class TemplateEditorController {

	private final LifecycleTemplates templates;

	private final TemplateEditing editing;

	private final Roles roles;

	private final Colleagues colleagues;

	TemplateEditorController(LifecycleTemplates templates, TemplateEditing editing, Roles roles, Colleagues colleagues) {
		this.templates = templates;
		this.editing = editing;
		this.roles = roles;
		this.colleagues = colleagues;
	}

	@InitBinder("form")
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("template", templates.one(id));
		model.addAttribute("roles", roles.all());
		model.addAttribute("people", colleagues.active());
		model.addAttribute("refused", "");
		return "projects/lifecycle/editor";
	}

	@PostMapping("/name")
	String rename(@PathVariable long id, @ModelAttribute("form") TemplateEdits.Naming form, BindingResult errors,
			Model model, HttpServletResponse response) {
		return errors.hasErrors() || !editing.rename(id, form, errors) ? refused(id, "naming", model, response)
				: edited(id, null);
	}

	@PostMapping("/phases")
	String addPhase(@PathVariable long id, @ModelAttribute("form") TemplateEdits.PhaseEdit form, BindingResult errors,
			Model model, HttpServletResponse response) {
		return errors.hasErrors() || !editing.addPhase(id, form, errors) ? refused(id, "phase-new", model, response)
				: edited(id, "phase-new");
	}

	@PostMapping("/phases/{phaseId}")
	String changePhase(@PathVariable long id, @PathVariable long phaseId,
			@ModelAttribute("form") TemplateEdits.PhaseEdit form, BindingResult errors, Model model,
			HttpServletResponse response) {
		return errors.hasErrors() || !editing.changePhase(id, phaseId, form, errors)
				? refused(id, "phase-" + phaseId, model, response) : edited(id, "phase-" + phaseId);
	}

	@PostMapping("/phases/{phaseId}/move")
	String movePhase(@PathVariable long id, @PathVariable long phaseId, @RequestParam int by,
			@RequestParam(required = false) Long version) {
		editing.movePhase(id, phaseId, by, version);
		return edited(id, "phase-" + phaseId);
	}

	@PostMapping("/phases/{phaseId}/remove")
	String removePhase(@PathVariable long id, @PathVariable long phaseId, @RequestParam(required = false) Long version,
			Model model, HttpServletResponse response) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");
		if (!editing.removePhase(id, phaseId, version, errors)) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			return refused(id, "phase-" + phaseId, model, response);
		}
		return edited(id, null);
	}

	@PostMapping("/phases/{phaseId}/deliverables")
	String addDeliverable(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long phaseId,
			@ModelAttribute("form") TemplateEdits.DeliverableAdd form, BindingResult errors, Model model,
			HttpServletResponse response) {
		return errors.hasErrors() || !editing.addDeliverable(me, id, phaseId, form, errors)
				? refused(id, "deliverable-" + phaseId, model, response) : edited(id, "phase-" + phaseId);
	}

	@PostMapping("/phases/{phaseId}/deliverables/{deliverableId}/remove")
	String removeDeliverable(@PathVariable long id, @PathVariable long phaseId, @PathVariable long deliverableId,
			@RequestParam(required = false) Long version) {
		editing.removeDeliverable(id, phaseId, deliverableId, version);
		return edited(id, "phase-" + phaseId);
	}

	@PostMapping("/phases/{phaseId}/gatekeepers")
	String addGatekeeper(@PathVariable long id, @PathVariable long phaseId,
			@ModelAttribute("form") TemplateEdits.GatekeeperAdd form, BindingResult errors, Model model,
			HttpServletResponse response) {
		return errors.hasErrors() || !editing.addGatekeeper(id, phaseId, form, errors)
				? refused(id, "gatekeeper-" + phaseId, model, response) : edited(id, "phase-" + phaseId);
	}

	@PostMapping("/phases/{phaseId}/gatekeepers/{userId}/remove")
	String removeGatekeeper(@PathVariable long id, @PathVariable long phaseId, @PathVariable long userId,
			@RequestParam(required = false) Long version) {
		editing.removeGatekeeper(id, phaseId, userId, version);
		return edited(id, "phase-" + phaseId);
	}

	@PostMapping("/phases/{phaseId}/criteria")
	String addCriterion(@PathVariable long id, @PathVariable long phaseId,
			@ModelAttribute("form") TemplateEdits.CriterionAdd form, BindingResult errors, Model model,
			HttpServletResponse response) {
		return errors.hasErrors() || !editing.addCriterion(id, phaseId, form, errors)
				? refused(id, "criterion-" + phaseId, model, response) : edited(id, "phase-" + phaseId);
	}

	@PostMapping("/phases/{phaseId}/criteria/{position}/remove")
	String removeCriterion(@PathVariable long id, @PathVariable long phaseId, @PathVariable int position,
			@RequestParam(required = false) Long version) {
		editing.removeCriterion(id, phaseId, position, version);
		return edited(id, "phase-" + phaseId);
	}

	private String refused(long id, String which, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		editForm(id, model);
		model.addAttribute("refused", which);
		return "projects/lifecycle/editor";
	}

	private static String edited(long id, String anchor) {
		return "redirect:/projects/templates/" + id + "/edit" + (anchor == null || anchor.equals("phase-new") ? "" : "#" + anchor);
	}
}

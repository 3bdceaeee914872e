package org.hutong.projects.milestone;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.RecordNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 里程碑 section of a project's page (loaded by it), its add form and reaching one by hand. A
 * refused form answers 422 with the section on a page of its own, the reason next to the field.
 */
@Controller
@RequestMapping("/projects/{id}/milestones")
@PreAuthorize(ProjectPermissions.MAY_READ)
class MilestoneController {

	private final Milestones milestones;

	MilestoneController(Milestones milestones) {
		this.milestones = milestones;
	}

	@InitBinder({ "milestone", "reach" })
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	String section(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("milestones", milestones.of(me, id));
		return "projects/milestone/section";
	}

	@PostMapping
	String create(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("milestone") MilestoneForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors() || milestones.create(me, id, form, errors) == null) {
			return refused(me, id, null, model, response);
		}
		redirect.addFlashAttribute("notice", "milestone.saved");
		return "redirect:/projects/" + id + "#milestones";
	}

	@PostMapping("/{milestoneId}/reach")
	String reach(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long milestoneId,
			@ModelAttribute("reach") ReachForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (milestones.one(me, milestoneId).projectId() != id) {
			throw new RecordNotFound();
		}
		if (!milestones.reach(me, milestoneId, form.note(), errors)) {
			return refused(me, id, milestoneId, model, response);
		}
		redirect.addFlashAttribute("notice", "milestone.reached.saved");
		return "redirect:/projects/" + id + "#milestone-" + milestoneId;
	}

	private String refused(SignedInUser me, long id, Long milestoneId, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("milestones", milestones.of(me, id));
		model.addAttribute("refusedMilestone", milestoneId);
		return "projects/milestone/refused";
	}
}

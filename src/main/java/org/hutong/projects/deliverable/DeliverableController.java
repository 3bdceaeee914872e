package org.hutong.projects.deliverable;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * The 交付物 section of a project's page (loaded by it), its upload and add forms and the downloads.
 * A refused form answers 422 with the section on a page of its own, the reason next to the field; a
 * file opens in the browser when it is a PDF or a picture and downloads otherwise.
 */
@Controller
@RequestMapping("/projects/{id}/deliverables")
@PreAuthorize(ProjectPermissions.MAY_READ)
class DeliverableController {

	private final Deliverables deliverables;

	DeliverableController(Deliverables deliverables) {
		this.deliverables = deliverables;
	}

	@InitBinder({ "deliverable", "version" })
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	String section(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("deliverables", deliverables.of(me, id));
		return "projects/deliverable/section";
	}

	@PostMapping
	String create(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("deliverable") DeliverableForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors() || deliverables.create(me, id, form, errors) == null) {
			return refused(me, id, null, model, response);
		}
		redirect.addFlashAttribute("notice", "deliverable.saved");
		return "redirect:/projects/" + id + "#deliverables";
	}

	@PostMapping("/{deliverableId}/versions")
	String upload(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long deliverableId,
			@Validated @ModelAttribute("version") VersionForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		deliverables.of(me, id, deliverableId);
		if (errors.hasErrors() || deliverables.upload(me, deliverableId, form, null, errors) == null) {
			return refused(me, id, deliverableId, model, response);
		}
		redirect.addFlashAttribute("notice", "deliverable.version.saved");
		return "redirect:/projects/" + id + "#deliverable-" + deliverableId;
	}

	@GetMapping("/{deliverableId}/versions/{number}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long deliverableId, @PathVariable int number) {
		deliverables.of(me, id, deliverableId);
		return deliverables.download(me, deliverableId, number).response();
	}

	private String refused(SignedInUser me, long id, Long deliverableId, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("deliverables", deliverables.of(me, id));
		model.addAttribute("refusedDeliverable", deliverableId);
		return "projects/deliverable/refused";
	}
}

package org.hutong.sales.attachment;

import java.util.HashMap;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.files.document.Documents;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
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
 * The 附件 section of a contract's page (loaded by it), its upload forms and the downloads. A refused
 * upload answers 422 with the section on a page of its own, the reason next to the field; a file
 * opens in the browser when it is a PDF or a picture and downloads otherwise, served as the type
 * recognised on upload, never sniffed.
 */
@Controller
@RequestMapping("/sales/contracts/{id}/attachments")
class ContractAttachmentController {

	private final ContractAttachments attachments;

	ContractAttachmentController(ContractAttachments attachments) {
		this.attachments = attachments;
	}

	@InitBinder({ "attachment", "version" })
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping
	@PreAuthorize(ContractPermissions.MAY_READ)
	String section(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("attachments", attachments.of(me, id));
		return "sales/attachment/section";
	}

	@PostMapping
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String upload(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("attachment") AttachmentForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors() || attachments.upload(me, id, form, errors) == null) {
			return refused(me, id, model, response);
		}
		redirect.addFlashAttribute("notice", "attachment.saved");
		return "redirect:/sales/contracts/" + id + "#attachments";
	}

	@PostMapping("/{documentId}/versions")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String addVersion(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long documentId,
			@Validated @ModelAttribute("version") AttachmentForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors() || attachments.addVersion(me, id, documentId, form, errors) == null) {
			model.addAttribute("refusedDocument", documentId);
			return refused(me, id, model, response);
		}
		redirect.addFlashAttribute("notice", "attachment.version.saved");
		return "redirect:/sales/contracts/" + id + "#attachments";
	}

	@PostMapping("/{documentId}/delete")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long documentId,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "removal");
		attachments.delete(me, id, documentId, errors);
		if (errors.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "removal", errors);
			return refused(me, id, model, response);
		}
		redirect.addFlashAttribute("notice", "attachment.deleted");
		return "redirect:/sales/contracts/" + id + "#attachments";
	}

	@GetMapping("/{documentId}/versions/{number}")
	@PreAuthorize(ContractPermissions.MAY_READ)
	ResponseEntity<Resource> download(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long documentId, @PathVariable int number) {
		return send(attachments.download(me, id, documentId, number));
	}

	/** The file with its type, inline (PDF, pictures) or as a download, its name RFC 5987-encoded. */
	static ResponseEntity<Resource> send(Documents.Download file) {
		return file.response();
	}

	private String refused(SignedInUser me, long id, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("attachments", attachments.of(me, id));
		return "sales/attachment/refused";
	}
}

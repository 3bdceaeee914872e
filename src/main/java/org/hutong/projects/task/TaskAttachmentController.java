package org.hutong.projects.task;

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
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 附件 of a task's page: attach a file, delete one, open one. A refused file answers 422 with the
 * attachments on a page of their own, the reason next to the field; a file opens in the browser when
 * it is a PDF or a picture and downloads otherwise, served as the type recognised on upload.
 */
@Controller
@RequestMapping("/projects/tasks/{taskId}/attachments")
@PreAuthorize(ProjectPermissions.MAY_READ)
class TaskAttachmentController {

	private final TaskAttachments attachments;

	private final TaskSearch search;

	TaskAttachmentController(TaskAttachments attachments, TaskSearch search) {
		this.attachments = attachments;
		this.search = search;
	}

	@InitBinder("attachment")
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@PostMapping
	String upload(@AuthenticationPrincipal SignedInUser me, @PathVariable long taskId,
			@ModelAttribute("attachment") TaskAttachmentForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		TaskView task = search.one(me, taskId);
		if (errors.hasErrors() || attachments.upload(me, taskId, form, errors) == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("task", task);
			model.addAttribute("attachments", attachments.of(me, taskId));
			return "projects/task/attachments-refused";
		}
		redirect.addFlashAttribute("notice", "taskAttachment.saved");
		return "redirect:/projects/tasks/" + taskId + "#task-attachments";
	}

	@PostMapping("/{attachmentId}/delete")
	String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long taskId, @PathVariable long attachmentId,
			RedirectAttributes redirect) {
		attachments.delete(me, taskId, attachmentId);
		redirect.addFlashAttribute("notice", "taskAttachment.deleted");
		return "redirect:/projects/tasks/" + taskId + "#task-attachments";
	}

	@GetMapping("/{attachmentId}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal SignedInUser me, @PathVariable long taskId,
			@PathVariable long attachmentId) {
		return attachments.download(me, taskId, attachmentId).response();
	}
}

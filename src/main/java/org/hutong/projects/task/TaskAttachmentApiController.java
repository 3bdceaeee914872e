package org.hutong.projects.task;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A task's 附件 through the API: {@code GET /api/v1/tasks/{id}/attachments} (who attached what, when,
 * how large), {@code POST} of a file as {@code multipart/form-data} (field {@code file}), the file's
 * bytes ({@code /{aid}/download}) and {@code DELETE /{aid}}. A file missing, too large, of a type not
 * allowed or disguised answers 400 problem+json naming the field; an observer's upload 403; a task the
 * caller may not see 404.
 */
@RestController
@RequestMapping("/api/v1/tasks/{id}/attachments")
@Tag(name = "Task attachments", description = "任务附件: photos, test reports, drawings attached to a task")
@ApiResponse(responseCode = "404", description = "No such task or attachment, or one the caller may not see",
		content = @Content(mediaType = "application/problem+json"))
@PreAuthorize(ProjectPermissions.MAY_READ)
class TaskAttachmentApiController {

	private final TaskAttachments attachments;

	TaskAttachmentApiController(TaskAttachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping
	@Operation(summary = "The task's attachments, the first attached first")
	TaskAttachmentsView list(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return attachments.of(me, id);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a file (field file)",
			description = "PDF, JPEG, PNG, WebP, DOC/DOCX or XLS/XLSX, recognised by their bytes and matching their "
					+ "extension, up to the size the enterprise allows (20 MB by default); pictures are stored without "
					+ "their metadata. The project's workers only.")
	@ApiResponse(responseCode = "201", description = "Attached; Location names the file")
	@ApiResponse(responseCode = "400", description = "The file refused", content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The caller only reads the project")
	ResponseEntity<TaskAttachmentsView.Attachment> upload(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@ModelAttribute TaskAttachmentForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "attachment");
		Long attachment = attachments.upload(me, id, form, errors);
		if (attachment == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + id + "/attachments/" + attachment + "/download"))
			.body(attachments.one(me, id, attachment));
	}

	@GetMapping("/{attachmentId}/download")
	@Operation(summary = "The file, as the type recognised on upload",
			description = "PDF and pictures come inline, Word and Excel files as attachments; the name as uploaded is in "
					+ "Content-Disposition.")
	@ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream"))
	ResponseEntity<Resource> download(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long attachmentId) {
		return attachments.download(me, id, attachmentId).response();
	}

	@DeleteMapping("/{attachmentId}")
	@Operation(summary = "Delete an attachment: its uploader, or whoever may change the project")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "403", description = "Neither its uploader nor one who may change the project")
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long attachmentId) {
		attachments.delete(me, id, attachmentId);
		return ResponseEntity.noContent().build();
	}
}

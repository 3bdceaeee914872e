package org.hutong.projects.deliverable;

import java.net.URI;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.Versions;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * 交付物 through the API: a project's deliverables per phase and a free one added, one deliverable
 * (its ETag the row version), a version uploaded as {@code multipart/form-data} (If-Match optional;
 * a stale one 409) and a version's bytes. A file of a type not allowed, disguised, too large or
 * missing, or a locked deliverable's version without a reason, answers 400 problem+json naming the
 * field; a project the caller may not see 404; a reader who may not upload 403.
 */
@RestController
@Tag(name = "Project deliverables", description = "交付物: a project's deliverables per phase, files with versions")
@ApiResponse(responseCode = "404", description = "No such project or deliverable, or one the caller may not see",
		content = @Content(mediaType = "application/problem+json"))
@PreAuthorize(ProjectPermissions.MAY_READ)
class DeliverableApiController {

	private static final String REFUSED = """
			{"type": "about:blank", "status": 400, "title": "请求有误", "detail": "请检查标出的字段",
			 "errors": {"file": "方案.pdf 的内容是 PNG，与文件扩展名不符，请检查后重新选择"}}""";

	private final Deliverables deliverables;

	DeliverableApiController(Deliverables deliverables) {
		this.deliverables = deliverables;
	}

	@GetMapping("/api/v1/projects/{id}/deliverables")
	@Operation(summary = "The project's deliverables per phase: required and added ones, with their versions",
			description = "Each phase counts its required deliverables and how many have a version (交付物 2/3).")
	DeliverablesView list(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return deliverables.of(me, id);
	}

	@PostMapping("/api/v1/projects/{id}/deliverables")
	@Operation(summary = "Add a deliverable to one of the project's phases: name, phaseId, optional description")
	@ApiResponse(responseCode = "201", description = "Added; Location names it")
	@ApiResponse(responseCode = "400", description = "A field refused", content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The caller only reads the project (观察者, a read share)",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<DeliverableView> create(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody DeliverableForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "deliverable");
		Long created = deliverables.create(me, id, form, errors);
		if (created == null) {
			throw new BindException(errors);
		}
		return found(ResponseEntity.created(URI.create("/api/v1/deliverables/" + created)), deliverables.one(me, created));
	}

	@GetMapping("/api/v1/deliverables/{id}")
	@Operation(summary = "One deliverable with its versions, newest first; the ETag is what If-Match names")
	ResponseEntity<DeliverableView> get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return found(ResponseEntity.ok(), deliverables.one(me, id));
	}

	@PostMapping(path = "/api/v1/deliverables/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload the deliverable's next version: file, optional note, and a reason once it is locked",
			description = "PDF, JPEG, PNG, WebP, DOC/DOCX or XLS/XLSX, recognised by their bytes and matching the name's "
					+ "extension, up to the size the enterprise allows (20 MB by default). Once its gate passed, the "
					+ "deliverable is locked and a new version is a 变更: field reason is required.")
	@ApiResponse(responseCode = "201", description = "Uploaded; Location names the new version's file")
	@ApiResponse(responseCode = "400", description = "A field refused",
			content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = REFUSED)))
	@ApiResponse(responseCode = "403", description = "The caller only reads the project (观察者, a read share)",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "If-Match names an older version of the deliverable",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<DeliverableView> upload(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @ModelAttribute VersionForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "version");
		Integer number = deliverables.upload(me, id, form, Versions.fromIfMatch(ifMatch, null), errors);
		if (number == null) {
			throw new BindException(errors);
		}
		return found(ResponseEntity.created(URI.create("/api/v1/deliverables/" + id + "/versions/" + number + "/content")),
				deliverables.one(me, id));
	}

	@GetMapping("/api/v1/deliverables/{id}/versions/{number}/content")
	@Operation(summary = "A version's file, as the type recognised on upload",
			description = "PDF and pictures come inline, Word and Excel files as attachments; the name as uploaded is in "
					+ "Content-Disposition.")
	@ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream"))
	ResponseEntity<Resource> content(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable int number) {
		return deliverables.download(me, id, number).response();
	}

	private static ResponseEntity<DeliverableView> found(ResponseEntity.BodyBuilder builder, DeliverableView view) {
		return builder.eTag(String.valueOf(view.rowVersion())).body(view);
	}
}

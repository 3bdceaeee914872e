package org.hutong.sales.attachment;

import java.net.URI;
import java.util.HashMap;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A contract's 附件 through the API: {@code GET /api/v1/contracts/{id}/attachments} (documents with
 * their versions, current first), {@code POST} of a new document and of a document's next version
 * as {@code multipart/form-data}, a version's bytes, and {@code DELETE} of a draft's document. A file
 * of a type not allowed, too large or missing, or a new document without a title, answers 400
 * problem+json naming the field; a contract the caller may not see 404.
 */
@RestController
@RequestMapping("/api/v1/contracts/{id}/attachments")
@Tag(name = "Contract attachments", description = "合同附件: scanned contracts, technical agreements … with versions")
@ApiResponse(responseCode = "404", description = "No such contract or document, or one the caller may not see",
		content = @Content(mediaType = "application/problem+json"))
class ContractAttachmentApiController {

	private static final String REFUSED = """
			{"type": "about:blank", "status": 400, "title": "请求有误", "detail": "请检查标出的字段",
			 "errors": {"file": "setup.pdf 不是允许的文件类型（PDF、图片、Word 或 Excel）"}}""";

	private final ContractAttachments attachments;

	ContractAttachmentApiController(ContractAttachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping
	@PreAuthorize(ContractPermissions.MAY_READ)
	@Operation(summary = "The contract's documents, each with its current version and the earlier ones")
	AttachmentsView list(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return attachments.of(me, id);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	@Operation(summary = "Upload a new document: title, file and an optional note; it is version 1",
			description = "PDF, JPEG, PNG, WebP, DOC/DOCX or XLS/XLSX, recognised by their bytes, up to the size the "
					+ "enterprise allows (20 MB by default); pictures are stored without their metadata.")
	@ApiResponse(responseCode = "201", description = "Uploaded; Location names the document's first version")
	@ApiResponse(responseCode = "400", description = "A field refused",
			content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = REFUSED)))
	ResponseEntity<AttachmentsView.Document> upload(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @ModelAttribute AttachmentForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "attachment");
		Long document = attachments.upload(me, id, form, errors);
		if (document == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.created(content(id, document, 1)).body(attachments.one(me, id, document));
	}

	@PostMapping(path = "/{documentId}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	@Operation(summary = "Upload the document's next version: file and an optional note (what changed)")
	@ApiResponse(responseCode = "201", description = "Uploaded; Location names the new version")
	@ApiResponse(responseCode = "400", description = "A field refused",
			content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = REFUSED)))
	ResponseEntity<AttachmentsView.Document> addVersion(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long documentId, @Valid @ModelAttribute AttachmentForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "version");
		Integer number = attachments.addVersion(me, id, documentId, form, errors);
		if (number == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.created(content(id, documentId, number)).body(attachments.one(me, id, documentId));
	}

	@GetMapping("/{documentId}/versions/{number}/content")
	@PreAuthorize(ContractPermissions.MAY_READ)
	@Operation(summary = "A version's file, as the type recognised on upload",
			description = "PDF and pictures come inline, Word and Excel files as attachments; the name as uploaded is in "
					+ "Content-Disposition.")
	@ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream"))
	ResponseEntity<Resource> content(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long documentId, @PathVariable int number) {
		return ContractAttachmentController.send(attachments.download(me, id, documentId, number));
	}

	@DeleteMapping("/{documentId}")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	@Operation(summary = "Delete a document of a draft contract",
			description = "Only while the contract is a draft (400 afterwards: a new version is the way); its versions "
					+ "are kept, hidden.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long documentId) throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "removal");
		attachments.delete(me, id, documentId, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return ResponseEntity.noContent().build();
	}

	private static URI content(long contract, long document, int number) {
		return URI.create("/api/v1/contracts/" + contract + "/attachments/" + document + "/versions/" + number + "/content");
	}
}

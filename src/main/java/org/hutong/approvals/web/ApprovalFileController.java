package org.hutong.approvals.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.hutong.approvals.file.ApprovalFile;
import org.hutong.approvals.file.ApprovalFiles;
import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 票据照片 and 附件 of approval forms: uploaded while the form is filled in (answering the chips
 * the form keeps, each with a hidden input of the field), and read back by the uploader, or once
 * submitted by whoever may see the request. Anyone else, and another enterprise, gets 404.
 */
@Controller
class ApprovalFileController {

	private final ApprovalFiles files;

	private final RequestViews views;

	ApprovalFileController(ApprovalFiles files, RequestViews views) {
		this.files = files;
		this.views = views;
	}

	/** One upload of one field; {@code target} is the field's name in the form ({@code lines[0].receipts}). */
	@PostMapping("/approvals/files")
	String upload(@AuthenticationPrincipal SignedInUser me, @RequestParam(name = "files", required = false)
			List<MultipartFile> sent, @RequestParam String target, Model model, HttpServletResponse response) {
		BindingResult errors = new BeanPropertyBindingResult(new Uploads(), "upload");
		List<ApprovalFile> kept = files.upload(me.userId(), sent == null ? List.of() : sent, errors);
		model.addAttribute("target", FormChoices.FIELD_NAME.matcher(target).matches() ? target : "files");
		model.addAttribute("files", kept);
		model.addAttribute("errors", errors.getFieldErrors("files"));
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return "approvals/file/chips";
	}

	@GetMapping("/approvals/files/{id}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean thumbnail) {
		ApprovalFile file = files.find(id).filter(f -> mayRead(f, me)).orElseThrow(RecordNotFound::new);
		ContentDisposition disposition = (file.getType().isImage() ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(file.getName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getType().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(files.open(file, thumbnail));
	}

	private boolean mayRead(ApprovalFile file, SignedInUser me) {
		return file.getRequestId() == null ? file.getUploadedBy() == me.userId()
				: views.mayView(file.getRequestId(), me.userId());
	}

	/** The target of the upload's field errors ({@code files}). */
	static final class Uploads {

		public List<MultipartFile> getFiles() {
			return List.of();
		}
	}
}

package org.hutong.customers.followup;

import java.nio.charset.StandardCharsets;

import org.hutong.customers.customer.CustomerManagement;
import org.hutong.identity.SignedInUser;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads a follow-up's attachment for whoever may read its customer (anyone else: 404). Images
 * show inline, everything else downloads; the type is the one recognised on upload, never sniffed
 * by the browser, and the original name travels RFC 5987-encoded.
 */
@Controller
class AttachmentController {

	private final FollowUpTimeline timeline;

	private final Attachments attachments;

	AttachmentController(FollowUpTimeline timeline, Attachments attachments) {
		this.timeline = timeline;
		this.attachments = attachments;
	}

	@GetMapping("/follow-ups/attachments/{id}")
	@PreAuthorize(CustomerManagement.MAY_READ)
	ResponseEntity<Resource> download(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		Attachment attachment = timeline.attachment(me, id);
		ContentDisposition disposition = (attachment.isImage() ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(attachment.getFileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.contentLength(attachment.getSize())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(attachments.open(attachment));
	}
}

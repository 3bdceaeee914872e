package org.hutong.feed.image;

import java.nio.charset.StandardCharsets;

import org.hutong.feed.post.FeedPermissions;
import org.hutong.feed.post.FeedReader;
import org.hutong.feed.post.Viewers;
import org.hutong.files.ImageCleaning;
import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
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
 * Serves a post's images and files to whoever may see the post (anyone else: 404). Images show
 * inline, other files download; the type is the one recognised on upload, never sniffed by the
 * browser, and the name travels RFC 5987-encoded with the characters that file systems or headers
 * treat specially replaced.
 */
@Controller
class FileController {

	private final PostAttachments attachments;

	private final FeedReader reader;

	private final Viewers viewers;

	FileController(PostAttachments attachments, FeedReader reader, Viewers viewers) {
		this.attachments = attachments;
		this.reader = reader;
		this.viewers = viewers;
	}

	@GetMapping("/feed/files/{id}")
	@PreAuthorize(FeedPermissions.MAY_READ)
	ResponseEntity<Resource> file(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return serve(me, id, false);
	}

	@GetMapping("/feed/files/{id}/thumbnail")
	@PreAuthorize(FeedPermissions.MAY_READ)
	ResponseEntity<Resource> thumbnail(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return serve(me, id, true);
	}

	/** The name without characters file systems or headers treat specially; the page shows the original, escaped. */
	static String safeName(String name) {
		return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
	}

	private ResponseEntity<Resource> serve(SignedInUser me, long id, boolean thumbnail) {
		PostFile file = attachments.find(id)
			.filter(f -> f.getPostId() != null && reader.one(viewers.of(me), f.getPostId()).isPresent())
			.orElseThrow(RecordNotFound::new);
		ContentDisposition disposition = (file.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(safeName(file.getFileName()), StandardCharsets.UTF_8)
			.build();
		Resource body = attachments.open(file, thumbnail);
		boolean small = thumbnail && file.getThumbKey() != null;
		String type = small ? ImageCleaning.thumbnailType(file.getContentType()) : file.getContentType();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(body);
	}
}

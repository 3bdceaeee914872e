package org.hutong.sales.attachment;

import jakarta.validation.constraints.Size;

import org.hutong.files.document.Documents;
import org.hutong.shared.Texts;
import org.springframework.web.multipart.MultipartFile;

/**
 * An upload to a contract: the first version of a new document (its {@code title} required), or the
 * next version of one (the title then unused), with the file and an optional note (what changed).
 */
public record AttachmentForm(@Size(max = Documents.MAX_TITLE, message = "{attachment.tooLong}") String title,
		@Size(max = Documents.MAX_NOTE, message = "{attachment.tooLong}") String note, MultipartFile file) {

	public AttachmentForm {
		title = Texts.clean(title);
		note = Texts.clean(note);
	}
}

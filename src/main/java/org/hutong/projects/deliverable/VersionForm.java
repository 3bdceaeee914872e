package org.hutong.projects.deliverable;

import jakarta.validation.constraints.Size;

import org.hutong.files.document.Documents;
import org.hutong.shared.Texts;
import org.springframework.web.multipart.MultipartFile;

/**
 * A deliverable's next version: the file, an optional note (what changed) and — once the deliverable
 * is locked — the 变更's reason, required then.
 */
public record VersionForm(@Size(max = Documents.MAX_NOTE, message = "{deliverable.tooLong}") String note,
		@Size(max = Deliverable.MAX_REASON, message = "{deliverable.tooLong}") String reason, MultipartFile file) {

	public VersionForm {
		note = Texts.clean(note);
		reason = Texts.clean(reason);
	}
}

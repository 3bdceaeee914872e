package org.hutong.projects.task;

import java.time.Instant;
import java.util.List;

/**
 * A task's 附件 as its page and the API show them, the first uploaded first, and what the reader may do.
 *
 * @param mayUpload whether the reader may attach files: the project's workers
 */
public record TaskAttachmentsView(long taskId, boolean mayUpload, List<Attachment> attachments) {

	public int count() {
		return attachments.size();
	}

	/**
	 * @param type what the file is ({@code PDF}, {@code JPEG} …), by its bytes
	 * @param inline whether a browser shows it (PDF and pictures) rather than downloading it
	 * @param mayDelete whether the reader may delete it: its uploader while they work on the project,
	 *        and whoever may change the project
	 */
	public record Attachment(long id, String fileName, String type, String contentType, long size, boolean inline,
			long uploadedBy, String uploadedByName, Instant uploadedAt, boolean mayDelete) {
	}
}

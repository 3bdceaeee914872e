package org.hutong.customers.followup;

/** An attachment as the timeline and the API list it; the bytes come from {@code /follow-ups/attachments/{id}}. */
public record AttachmentView(long id, String fileName, String contentType, long size, boolean image) {

	static AttachmentView of(Attachment a) {
		return new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSize(), a.isImage());
	}
}

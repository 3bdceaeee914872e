package org.hutong.sales.attachment;

import java.time.Instant;
import java.util.List;

/**
 * A contract's 附件 as its page and the API show them: each document with its current version first
 * and the earlier ones after it, and what the reader may do.
 *
 * @param mayWrite whether the reader may upload documents and versions
 * @param mayDelete whether the reader may delete documents: only while the contract is a draft
 */
public record AttachmentsView(long contractId, boolean mayWrite, boolean mayDelete, List<Document> documents) {

	/**
	 * @param current the newest version
	 * @param history the earlier versions, newest first
	 */
	public record Document(long id, String title, Version current, List<Version> history, long createdBy,
			String createdByName, Instant createdAt) {

		/** How many versions it has. */
		public int versions() {
			return current.number();
		}
	}

	/**
	 * @param type what the file is ({@code PDF}, {@code DOCX} …), by its bytes
	 * @param inline whether a browser shows it (PDF and pictures) rather than downloading it
	 */
	public record Version(int number, String fileName, String type, String contentType, long size, boolean inline,
			String note, long uploadedBy, String uploadedByName, Instant uploadedAt) {
	}
}

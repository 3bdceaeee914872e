package org.hutong.projects.deliverable;

import java.time.Instant;
import java.util.List;

/**
 * A deliverable as its project page and the API show it: its versions newest first, and what the
 * reader may do.
 *
 * @param required whether its phase requires it (copied from the lifecycle template)
 * @param lockedVersion the version its gate accepted, or {@code null} while it is not locked
 * @param mayUpload whether the reader may upload a version (a 变更 with a reason once it is locked)
 * @param rowVersion what {@code If-Match} names when uploading through the API
 */
public record DeliverableView(long id, long projectId, long phaseId, String phaseName, String name, String description,
		boolean required, DeliverableStatus status, Integer lockedVersion, boolean mayUpload, List<Version> versions,
		long rowVersion) {

	public boolean locked() {
		return lockedVersion != null;
	}

	/** The newest version, or {@code null} while there is none. */
	public Version current() {
		return versions.isEmpty() ? null : versions.get(0);
	}

	/** The earlier versions, newest first. */
	public List<Version> history() {
		return versions.size() < 2 ? List.of() : versions.subList(1, versions.size());
	}

	/**
	 * @param type what the file is ({@code PDF}, {@code PNG} …), by its bytes
	 * @param inline whether a browser shows it (PDF and pictures) rather than downloading it
	 * @param reason why it was uploaded after the lock (变更), or {@code null}
	 * @param accepted whether it is the version the gate accepted
	 */
	public record Version(int number, String fileName, String type, String contentType, long size, boolean inline,
			String note, String reason, boolean accepted, long uploadedBy, String uploadedByName, Instant uploadedAt) {
	}
}

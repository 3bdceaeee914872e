package org.hutong.files.document;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hutong.files.FileType;

/**
 * A live document as its owner shows it: the current version first, then the earlier ones. Who
 * uploaded is an id; the owning module puts names to them.
 *
 * @param versions newest first; never empty
 */
public record DocumentView(long id, Subject subject, String title, long createdBy, Instant createdAt,
		List<Version> versions) {

	/** Everyone who created these documents or uploaded a version of them: whose names the owner looks up at once. */
	public static Set<Long> people(Collection<DocumentView> documents) {
		Set<Long> people = new HashSet<>();
		for (DocumentView d : documents) {
			people.add(d.createdBy());
			d.versions().forEach(v -> people.add(v.uploadedBy()));
		}
		return people;
	}

	/** The newest version. */
	public Version current() {
		return versions.get(0);
	}

	/**
	 * @param type what the file is, by its bytes
	 */
	public record Version(int number, String fileName, FileType type, long size, String note, long uploadedBy,
			Instant uploadedAt) {

		/** Whether a browser shows it in place (PDF and pictures) rather than downloading it. */
		public boolean inline() {
			return Documents.INLINE.contains(type);
		}
	}
}

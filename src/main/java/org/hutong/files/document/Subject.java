package org.hutong.files.document;

/**
 * What a document belongs to: a kind the owning module names ({@code contract}, {@code deliverable}
 * …) and the id of its record. Documents of one subject are never reached through another.
 */
public record Subject(String kind, long id) {

	/** The longest kind its column takes. */
	static final int MAX_KIND = 30;

	public Subject {
		if (kind == null || kind.isBlank() || kind.length() > MAX_KIND) {
			throw new IllegalArgumentException("a subject kind of 1 to " + MAX_KIND + " characters");
		}
	}
}

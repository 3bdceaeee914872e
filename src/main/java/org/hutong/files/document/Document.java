package org.hutong.files.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.hutong.files.FileType;

/**
 * A document of a subject under a title, with its versions 1, 2, … as uploaded: the last is the
 * current one, and none is ever removed. Deleting the document hides it and keeps its rows and files.
 */
@Entity
@Table(name = "files_document")
class Document {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "subject_kind")
	private String subjectKind;

	@Column(name = "subject_id")
	private long subjectId;

	private String title;

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "deleted_by")
	private Long deletedBy;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
	@OrderBy("number desc")
	private List<DocumentVersion> versions = new ArrayList<>();

	protected Document() {
	}

	Document(Subject subject, String title, long author, Instant now) {
		this.subjectKind = subject.kind();
		this.subjectId = subject.id();
		this.title = title;
		this.createdBy = author;
		this.createdAt = now;
	}

	/** The next version, numbered after the last. */
	DocumentVersion add(StoredFile file, String note, long author, Instant now) {
		int number = versions.isEmpty() ? 1 : current().getNumber() + 1;
		DocumentVersion version = new DocumentVersion(this, number, file, note, author, now);
		versions.add(0, version);
		return version;
	}

	void delete(long by, Instant now) {
		this.deletedBy = by;
		this.deletedAt = now;
	}

	/** What a version's file is: its storage key, its name as uploaded, its type and size. */
	record StoredFile(String key, String name, FileType type, long size) {
	}

	Long getId() {
		return id;
	}

	Subject subject() {
		return new Subject(subjectKind, subjectId);
	}

	String getTitle() {
		return title;
	}

	long getCreatedBy() {
		return createdBy;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	boolean deleted() {
		return deletedAt != null;
	}

	/** The newest version; every document has one from its upload on. */
	DocumentVersion current() {
		return versions.get(0);
	}

	/** Newest first. */
	List<DocumentVersion> getVersions() {
		return versions;
	}
}

package org.hutong.files.document;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.hutong.files.FileType;

/** One upload of a document: its number, the file as uploaded (kept under a key we made), a note, who and when. */
@Entity
@Table(name = "files_document_version")
class DocumentVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "document_id")
	private Document document;

	private int number;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "file_key")
	private String fileKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "file_type")
	private FileType fileType;

	private long size;

	private String note;

	@Column(name = "uploaded_by")
	private long uploadedBy;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected DocumentVersion() {
	}

	DocumentVersion(Document document, int number, Document.StoredFile file, String note, long author,
			Instant now) {
		this.document = document;
		this.number = number;
		this.fileName = file.name();
		this.fileKey = file.key();
		this.fileType = file.type();
		this.size = file.size();
		this.note = note;
		this.uploadedBy = author;
		this.uploadedAt = now;
	}

	Long getId() {
		return id;
	}

	int getNumber() {
		return number;
	}

	String getFileName() {
		return fileName;
	}

	String getFileKey() {
		return fileKey;
	}

	FileType getFileType() {
		return fileType;
	}

	long getSize() {
		return size;
	}

	String getNote() {
		return note;
	}

	long getUploadedBy() {
		return uploadedBy;
	}

	Instant getUploadedAt() {
		return uploadedAt;
	}
}

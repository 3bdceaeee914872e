package org.hutong.sales.tender;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.hutong.files.FileType;

/** A file of a tender, as uploaded; the same kind and name again is its next {@code revision}. */
@Entity
@Table(name = "sales_tender_document")
public class TenderDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "tender_id")
	private long tenderId;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private String name;

	private int revision;

	@Column(name = "file_key")
	private String fileKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "file_type")
	private FileType fileType;

	private long size;

	@Column(name = "uploaded_by")
	private long uploadedBy;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected TenderDocument() {
	}

	TenderDocument(long tenderId, DocumentKind kind, String name, int revision, String fileKey, FileType fileType,
			long size, long uploadedBy, Instant uploadedAt) {
		this.tenderId = tenderId;
		this.kind = kind;
		this.name = name;
		this.revision = revision;
		this.fileKey = fileKey;
		this.fileType = fileType;
		this.size = size;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return id;
	}

	public long getTenderId() {
		return tenderId;
	}

	public DocumentKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public int getRevision() {
		return revision;
	}

	public String getFileKey() {
		return fileKey;
	}

	public FileType getFileType() {
		return fileType;
	}

	public long getSize() {
		return size;
	}

	public long getUploadedBy() {
		return uploadedBy;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}

package org.hutong.customers.followup;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.hutong.files.FileType;

/**
 * A file attached to a follow-up: the bytes live on disk under a random {@code storageKey}; the
 * name the user gave it is kept here only, and only ever sent back as a download name.
 */
@Entity
@Table(name = "customers_attachment")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "follow_up_id")
	private long followUpId;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	private long size;

	@Column(name = "storage_key")
	private String storageKey;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Attachment() {
	}

	Attachment(long followUpId, String fileName, FileType type, long size, String storageKey, Instant now) {
		this.followUpId = followUpId;
		this.fileName = fileName;
		this.contentType = type.contentType();
		this.size = size;
		this.storageKey = storageKey;
		this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	public Long getId() {
		return id;
	}

	public long getFollowUpId() {
		return followUpId;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public boolean isImage() {
		return contentType.startsWith("image/");
	}

	public long getSize() {
		return size;
	}

	String getStorageKey() {
		return storageKey;
	}
}

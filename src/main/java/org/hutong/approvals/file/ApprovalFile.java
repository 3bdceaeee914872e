package org.hutong.approvals.file;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

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

/** A file attached to an approval form: its uploader's until a request claims it on submission. */
@Entity
@Table(name = "approval_file")
public class ApprovalFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "uploaded_by")
	private long uploadedBy;

	@Column(name = "request_id")
	private Long requestId;

	private String name;

	@Enumerated(EnumType.STRING)
	private FileType type;

	@Column(name = "size_bytes")
	private long size;

	@Column(name = "storage_key")
	private String storageKey;

	@Column(name = "thumbnail_key")
	private String thumbnailKey;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "action_id")
	private Long actionId;

	private boolean signature;

	protected ApprovalFile() {
	}

	ApprovalFile(long uploadedBy, String name, FileType type, long size, String storageKey, String thumbnailKey,
			Instant now) {
		this.uploadedBy = uploadedBy;
		this.name = name;
		this.type = type;
		this.size = size;
		this.storageKey = storageKey;
		this.thumbnailKey = thumbnailKey;
		this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	/** Whether the request may take it: its submitter uploaded it, and no other request has it. */
	boolean claimableBy(long submitterId, long request) {
		return uploadedBy == submitterId && (requestId == null || requestId == request);
	}

	void claim(long request) {
		this.requestId = request;
	}

	/** Whether the approver may attach it to a decision: they uploaded it and nothing has it yet. */
	boolean attachableBy(long approverId) {
		return uploadedBy == approverId && requestId == null;
	}

	void attachTo(long request, long action, boolean isSignature) {
		this.requestId = request;
		this.actionId = action;
		this.signature = isSignature;
	}

	/** The history row (a decision) it belongs to, or {@code null} for a file of the form. */
	public Long getActionId() {
		return actionId;
	}

	public boolean isSignature() {
		return signature;
	}

	public Long getId() {
		return id;
	}

	public long getUploadedBy() {
		return uploadedBy;
	}

	public Long getRequestId() {
		return requestId;
	}

	public String getName() {
		return name;
	}

	public FileType getType() {
		return type;
	}

	public long getSize() {
		return size;
	}

	String getStorageKey() {
		return storageKey;
	}

	String getThumbnailKey() {
		return thumbnailKey;
	}
}

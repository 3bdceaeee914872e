package org.hutong.sales.attachment;

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
 * A document of a contract (合同扫描件, 技术协议 …) under a title, with its versions 1, 2, … as
 * uploaded: the last is the current one, and none is ever removed. Deleting the document (only while
 * the contract is a draft) hides it and keeps its rows and files.
 */
@Entity
@Table(name = "sales_contract_document")
class ContractDocument {

	static final int MAX_TITLE = 100;

	static final int MAX_NOTE = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "contract_id")
	private long contractId;

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

	protected ContractDocument() {
	}

	ContractDocument(long contractId, String title, long author, Instant now) {
		this.contractId = contractId;
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

	long getContractId() {
		return contractId;
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

	/** The newest version; every document has one from its upload on. */
	DocumentVersion current() {
		return versions.get(0);
	}

	/** Newest first. */
	List<DocumentVersion> getVersions() {
		return versions;
	}
}

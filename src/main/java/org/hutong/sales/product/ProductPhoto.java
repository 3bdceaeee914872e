package org.hutong.sales.product;

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

/** One photo of a product: the bytes and their thumbnail are in the files module's store, under random keys. */
@Entity
@Table(name = "sales_product_photo")
public class ProductPhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "product_id")
	private long productId;

	@Column(name = "file_name")
	private String fileName;

	@Enumerated(EnumType.STRING)
	@Column(name = "file_type")
	private FileType type;

	@Column(name = "size_bytes")
	private long size;

	@Column(name = "storage_key")
	private String storageKey;

	@Column(name = "thumbnail_key")
	private String thumbnailKey;

	@Column(name = "created_at")
	private Instant createdAt;

	protected ProductPhoto() {
	}

	ProductPhoto(long productId, String fileName, FileType type, long size, String storageKey, String thumbnailKey,
			Instant createdAt) {
		this.productId = productId;
		this.fileName = fileName;
		this.type = type;
		this.size = size;
		this.storageKey = storageKey;
		this.thumbnailKey = thumbnailKey;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public long getProductId() {
		return productId;
	}

	public String getFileName() {
		return fileName;
	}

	public FileType getType() {
		return type;
	}

	String getStorageKey() {
		return storageKey;
	}

	String getThumbnailKey() {
		return thumbnailKey;
	}
}

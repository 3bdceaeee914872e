package org.hutong.feed.image;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** An image or file of a post: its original name and type, and where its bytes (and thumbnail) are. */
@Entity
@Table(name = "feed_file")
public class PostFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "post_id")
	private Long postId;

	private boolean image;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	private long size;

	@Column(name = "storage_key")
	private String storageKey;

	@Column(name = "thumb_key")
	private String thumbKey;

	private int position;

	@Column(name = "created_at")
	private Instant createdAt;

	protected PostFile() {
	}

	PostFile(long postId, boolean image, String fileName, String contentType, long size, String storageKey,
			String thumbKey, int position, Instant createdAt) {
		this.postId = postId;
		this.image = image;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.storageKey = storageKey;
		this.thumbKey = thumbKey;
		this.position = position;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public Long getPostId() {
		return postId;
	}

	public boolean isImage() {
		return image;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSize() {
		return size;
	}

	String getStorageKey() {
		return storageKey;
	}

	String getThumbKey() {
		return thumbKey;
	}

	public int getPosition() {
		return position;
	}
}

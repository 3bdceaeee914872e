package org.hutong.feed.comment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** 评论: a comment on a post, or a reply to one (one level deep). Deleting is soft. */
@Entity
@Table(name = "feed_comment")
public class Comment {

	public static final int MAX_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "post_id")
	private Long postId;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(name = "author_id")
	private Long authorId;

	private String body;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	protected Comment() {
	}

	Comment(long postId, Long parentId, long authorId, String body, Instant createdAt) {
		this.postId = postId;
		this.parentId = parentId;
		this.authorId = authorId;
		this.body = body;
		this.createdAt = createdAt;
	}

	void delete(Instant now) {
		if (deletedAt == null) {
			deletedAt = now;
		}
	}

	public boolean isDeleted() {
		return deletedAt != null;
	}

	public Long getId() {
		return id;
	}

	public long getPostId() {
		return postId;
	}

	public Long getParentId() {
		return parentId;
	}

	public long getAuthorId() {
		return authorId;
	}

	public String getBody() {
		return body;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}

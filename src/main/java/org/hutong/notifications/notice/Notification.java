package org.hutong.notifications.notice;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * One notice in one person's inbox. Written once by {@link Notifying} (idempotently, by SQL) and then
 * only marked read; read here by id so the enterprise filter guards every lookup.
 */
@Entity
@Table(name = "notifications_notification")
public class Notification {

	@Id
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "recipient_id")
	private Long recipientId;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "post_id")
	private Long postId;

	@Column(name = "comment_id")
	private Long commentId;

	@Column(name = "customer_id")
	private Long customerId;

	@Column(name = "due_on")
	private LocalDate dueOn;

	private String excerpt;

	@Column(name = "source_key")
	private String sourceKey;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	public Long getId() {
		return id;
	}

	public Long getRecipientId() {
		return recipientId;
	}

	public NotificationKind getKind() {
		return kind;
	}

	public Long getActorId() {
		return actorId;
	}

	public Long getPostId() {
		return postId;
	}

	public Long getCommentId() {
		return commentId;
	}

	public Long getCustomerId() {
		return customerId;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public String getExcerpt() {
		return excerpt;
	}

	public String getSourceKey() {
		return sourceKey;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReadAt() {
		return readAt;
	}

	public boolean isRead() {
		return readAt != null;
	}

	/** Read now, unless it was read before (the first reading counts). */
	void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}
}

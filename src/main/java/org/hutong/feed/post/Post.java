package org.hutong.feed.post;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * 动态: what someone shared with the enterprise, or a system post made from another module's event.
 * Its author may change the text for {@link #EDIT_WINDOW} after posting and delete it any time; an
 * administrator may remove any post. Deleting is soft: a deleted post is gone from every view.
 */
@Entity
@Table(name = "feed_post")
public class Post {

	/** How long its author may still change what a post says. */
	public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

	/** A person's post or one the feed made from an event. */
	public enum Kind {
		POST, SYSTEM, REPORT
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "author_id")
	private Long authorId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String body;

	@Enumerated(EnumType.STRING)
	private Audience audience;

	@Column(name = "subject_type")
	private String subjectType;

	@Column(name = "subject_id")
	private Long subjectId;

	@Column(name = "system_key")
	private String systemKey;

	@Column(name = "system_args")
	private String systemArgs;

	@Column(name = "source_event")
	private String sourceEvent;

	@Column(name = "comment_count", insertable = false, updatable = false)
	private int commentCount;

	@Column(name = "like_count", insertable = false, updatable = false)
	private int likeCount;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "edited_at")
	private Instant editedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Version
	private long version;

	protected Post() {
	}

	/** A person's post. */
	public Post(long authorId, String body, Audience audience, String subjectType, Long subjectId, Instant now) {
		this.kind = Kind.POST;
		this.authorId = authorId;
		this.body = body;
		this.audience = audience;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.createdAt = now;
	}

	/** A system post on a record, its text a message key with arguments, made once per source event. */
	public static Post system(long authorId, String subjectType, long subjectId, String messageKey, String args,
			String sourceEvent, Instant at) {
		Post post = new Post(authorId, "", Audience.ENTERPRISE, subjectType, subjectId, at);
		post.kind = Kind.SYSTEM;
		post.systemKey = messageKey;
		post.systemArgs = args;
		post.sourceEvent = sourceEvent;
		return post;
	}

	/** A 日报 or 周报 for the author's managers (the audience rows name them); its fields live beside it. */
	public static Post report(long authorId, String body, Instant now) {
		Post post = new Post(authorId, body, Audience.PEOPLE, null, null, now);
		post.kind = Kind.REPORT;
		return post;
	}

	/** Whether the user may still change the text at this moment: the author, inside the window. */
	public boolean isEditableBy(long userId, Instant now) {
		return kind == Kind.POST && deletedAt == null && authorId == userId
				&& !now.isAfter(createdAt.plus(EDIT_WINDOW));
	}

	/** Changes the text; refused after the window or for anyone but the author. */
	void edit(long userId, String newBody, Instant now) {
		if (!isEditableBy(userId, now)) {
			throw new PostNotEditable();
		}
		this.body = newBody;
		this.editedAt = now;
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

	public long getAuthorId() {
		return authorId;
	}

	public Kind getKind() {
		return kind;
	}

	public String getBody() {
		return body;
	}

	public Audience getAudience() {
		return audience;
	}

	public String getSubjectType() {
		return subjectType;
	}

	public Long getSubjectId() {
		return subjectId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public int getCommentCount() {
		return commentCount;
	}

	public int getLikeCount() {
		return likeCount;
	}

	public long getVersion() {
		return version;
	}
}

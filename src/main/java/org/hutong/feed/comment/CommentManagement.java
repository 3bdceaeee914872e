package org.hutong.feed.comment;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.hutong.feed.CommentAdded;
import org.hutong.feed.CommentDeleted;
import org.hutong.feed.post.FeedReader;
import org.hutong.feed.post.Mentions;
import org.hutong.feed.post.PostRow;
import org.hutong.feed.post.PostText;
import org.hutong.feed.post.Viewer;
import org.hutong.feed.post.Viewers;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Commenting on posts one may see, replying one level deep, and deleting (own comments; any, for an
 * administrator). The post's comment count moves with atomic updates, so concurrent comments count right.
 */
@Service
@Transactional
public class CommentManagement {

	private final CommentRepository comments;

	private final FeedReader reader;

	private final Viewers viewers;

	private final Mentions mentions;

	private final Support support;

	CommentManagement(CommentRepository comments, FeedReader reader, Viewers viewers, Mentions mentions,
			Support support) {
		this.comments = comments;
		this.reader = reader;
		this.viewers = viewers;
		this.mentions = mentions;
		this.support = support;
	}

	/** SQL, events and the time, bundled to keep the constructor short. */
	@Component
	record Support(TenantJdbc jdbc, ApplicationEventPublisher events, Clock clock) {
	}

	/** Adds the comment and answers its id, or {@code null} with the reasons in {@code errors}. */
	public Long add(SignedInUser me, long postId, CommentForm form, Errors errors) {
		PostRow post = reader.one(viewers.of(me), postId).orElseThrow(RecordNotFound::new);
		if (!errors.hasFieldErrors("body") && (form.body() == null || form.body().isBlank())) {
			errors.rejectValue("body", "comment.body.required");
		}
		Comment parent = form.parentId() == null ? null
				: comments.findByIdAndDeletedAtIsNull(form.parentId()).filter(c -> c.getPostId() == postId).orElse(null);
		if (form.parentId() != null && parent == null) {
			errors.rejectValue("parentId", "comment.parent.invalid");
		}
		if (errors.hasErrors()) {
			return null;
		}
		// a reply to a reply joins the same thread: one level deep
		Long threadId = parent == null ? null : parent.getParentId() != null ? parent.getParentId() : parent.getId();
		Comment comment = comments.save(new Comment(postId, threadId, me.userId(), form.body().strip(),
				support.clock().instant()));
		move(postId, 1);
		Set<Long> told = mentions.inComment(me, post, comment.getId(), comment.getBody());
		support.events().publishEvent(new CommentAdded(me.tenantId(), postId, comment.getId(), post.authorId(),
				me.userId(), parent == null ? null : parent.getAuthorId(), told, new PostText(comment.getBody()).excerpt()));
		return comment.getId();
	}

	/** Deletes the comment and its replies; answers the post's id. */
	public long delete(SignedInUser me, long commentId) {
		Viewer viewer = viewers.of(me);
		Comment comment = comments.findByIdAndDeletedAtIsNull(commentId).orElseThrow(RecordNotFound::new);
		reader.one(viewer, comment.getPostId()).orElseThrow(RecordNotFound::new);
		if (comment.getAuthorId() != me.userId() && !viewer.isAdmin()) {
			throw new RecordNotFound();
		}
		List<Comment> gone = new java.util.ArrayList<>(comments.findByParentIdAndDeletedAtIsNull(commentId));
		gone.add(comment);
		gone.forEach(c -> {
			c.delete(support.clock().instant());
			support.events().publishEvent(new CommentDeleted(me.tenantId(), c.getPostId(), c.getId()));
		});
		move(comment.getPostId(), -gone.size());
		return comment.getPostId();
	}

	private void move(long postId, int delta) {
		support.jdbc()
			.sql("UPDATE feed_post SET comment_count = comment_count + :delta WHERE tenant_id = :tenantId AND id = :id")
			.param("delta", delta)
			.param("id", postId)
			.update();
	}
}

package org.hutong.notifications.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hutong.feed.CommentAdded;
import org.hutong.feed.CommentDeleted;
import org.hutong.feed.PostDeleted;
import org.hutong.feed.PostLiked;
import org.hutong.feed.PostPublished;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The feed's events as notices: @-mentions in posts and comments, comments on my post, replies to my
 * comment, likes of my post (one per liker, however often they like it again). Someone mentioned in
 * a comment on their own post is told once, as mentioned. Deleted posts and comments take their notices along.
 * <p>
 * Like {@code @ApplicationModuleListener} (after commit, async, kept in the publication registry until
 * done) but without an outer transaction: {@link Notifying} opens its own inside the event's
 * enterprise, because the persistence session takes its tenant when it opens.
 */
@Component
class FeedNotices {

	private final Notifying notifying;

	FeedNotices(Notifying notifying) {
		this.notifying = notifying;
	}

	@Async
	@TransactionalEventListener
	void on(PostPublished event) {
		notifying.deliver(nullSafe(event.mentionedUserIds()).stream()
			.map(user -> Notice.onPost(event.tenantId(), user, NotificationKind.MENTIONED, event.authorId(),
					event.postId(), null, event.excerpt(), "post:" + event.postId() + ":mentioned"))
			.toList());
	}

	@Async
	@TransactionalEventListener
	void on(CommentAdded event) {
		notifying.deliver(notices(event));
	}

	@Async
	@TransactionalEventListener
	void on(PostLiked event) {
		notifying.deliver(Notice.onPost(event.tenantId(), event.postAuthorId(), NotificationKind.LIKED,
				event.likerId(), event.postId(), null, null, "post:" + event.postId() + ":liked-by:" + event.likerId()));
	}

	@Async
	@TransactionalEventListener
	void on(PostDeleted event) {
		notifying.forgetPost(event.tenantId(), event.postId());
	}

	@Async
	@TransactionalEventListener
	void on(CommentDeleted event) {
		notifying.forgetComment(event.tenantId(), event.commentId());
	}

	/** Mentions first; then the replied-to author and the post's author, each told once and in one way. */
	static List<Notice> notices(CommentAdded event) {
		List<Notice> notices = new ArrayList<>();
		Set<Long> mentioned = nullSafe(event.mentionedUserIds());
		mentioned.forEach(user -> notices.add(onComment(event, user, NotificationKind.MENTIONED)));
		Long repliedTo = event.repliedToUserId();
		if (repliedTo != null && !mentioned.contains(repliedTo)) {
			notices.add(onComment(event, repliedTo, NotificationKind.REPLIED));
		}
		long postAuthor = event.postAuthorId();
		if (!mentioned.contains(postAuthor) && !Long.valueOf(postAuthor).equals(repliedTo)) {
			notices.add(onComment(event, postAuthor, NotificationKind.COMMENTED));
		}
		return notices;
	}

	private static Notice onComment(CommentAdded event, long recipient, NotificationKind kind) {
		return Notice.onPost(event.tenantId(), recipient, kind, event.authorId(), event.postId(), event.commentId(),
				event.excerpt(), "comment:" + event.commentId() + ":" + kind.name().toLowerCase());
	}

	private static Set<Long> nullSafe(Set<Long> ids) {
		return ids == null ? Set.of() : ids;
	}
}

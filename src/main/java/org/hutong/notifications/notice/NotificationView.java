package org.hutong.notifications.notice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One notice as the inbox and the API show it: who did what (the actor's name, or {@code null} for
 * reminders), an excerpt of the post, comment or the customer's name, and where it leads.
 *
 * @param target the page it links to: {@code /feed/posts/{id}}, {@code /customers/{id}}, {@code /approvals/{id}}, {@code /sales/quotes/{id}}, {@code /sales/tenders/{id}} or {@code /projects/tasks/{id}}
 * @param dueOn the follow-up day or the reclaim day of a reminder, else {@code null}
 */
public record NotificationView(long id, NotificationKind kind, Long actorId, String actorName, Long postId,
		Long commentId, Long customerId, LocalDate dueOn, String excerpt, String target, String sentence,
		Instant createdAt, Instant readAt) {

	static NotificationView of(Notification n, String actorName) {
		return new NotificationView(n.getId(), n.getKind(), n.getActorId(), actorName, n.getPostId(), n.getCommentId(),
				n.getCustomerId(), n.getDueOn(), n.getExcerpt(), target(n), sentence(n), n.getCreatedAt(), n.getReadAt());
	}

	public boolean read() {
		return readAt != null;
	}

	/**
	 * The bundle key of its sentence: a mention in a comment reads differently from one in a post, and
	 * a tender's reminder names its date (投标截止, 开标 …).
	 */
	private static String sentence(Notification n) {
		String key = "notification.kind." + n.getKind().name();
		if (n.getKind() == NotificationKind.MENTIONED && n.getCommentId() != null) {
			return key + ".comment";
		}
		String tenderDate = n.getKind() == NotificationKind.TENDER_DATE_DUE ? SalesLinks.tenderDate(n.getSourceKey()) : null;
		return tenderDate != null ? key + "." + tenderDate : key;
	}

	private static String target(Notification n) {
		String approval = ApprovalLinks.target(n.getSourceKey());
		if (approval != null) {
			return approval;
		}
		String quote = SalesLinks.target(n.getSourceKey());
		if (quote != null) {
			return quote;
		}
		String task = ProjectNotices.target(n.getSourceKey());
		if (task != null) {
			return task;
		}
		if (n.getPostId() != null) {
			return "/feed/posts/" + n.getPostId();
		}
		return n.getCustomerId() != null ? "/customers/" + n.getCustomerId() : "/notifications";
	}
}

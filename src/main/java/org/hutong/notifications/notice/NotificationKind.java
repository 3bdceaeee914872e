package org.hutong.notifications.notice;

/** What a notice is about; each has its sentence in the bundle ({@code notification.kind.…}). */
public enum NotificationKind {

	/** Someone @-mentioned the recipient in a post or a comment. */
	MENTIONED,

	/** Someone commented on the recipient's post. */
	COMMENTED,

	/** Someone replied to the recipient's comment. */
	REPLIED,

	/** Someone liked the recipient's post (one notice per liker and post). */
	LIKED,

	/** A customer of the recipient's is due for a follow-up today. */
	FOLLOW_UP_DUE,

	/** A customer of the recipient's goes back to the pool soon unless followed up. */
	RECLAIM_WARNING
}

/**
 * 通知 (notifications): a bell with the unread count and an inbox per person — mentions, comments,
 * replies and likes from the feed, and reminders the customers module sends (a follow-up due today, a
 * customer about to be reclaimed to the pool). Events in: the feed's {@code PostPublished},
 * {@code CommentAdded}, {@code PostLiked}, {@code PostDeleted}, {@code CommentDeleted}; customers'
 * {@code FollowUpDue}, {@code ReclaimWarned}; every approvals event (each notice links to its 审批单) and
 * the morning {@code ApprovalsAwaiting}; sales' {@code QuoteExpiring}, {@code TenderDateDue}, {@code OpportunityCloseDue},
 * {@code PaymentReceived}, {@code TermFallingDue}, {@code InvoiceIssued}, {@code RetentionReleased},
 * {@code GuaranteeExpiring} and {@code ContractExpiring}; projects' {@code TaskAssigned}. Pushes content-free Server-Sent Events to signed-in
 * browsers, across nodes through the database (ADR 0016). Publishes nothing; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "tenancy", "identity", "web", "customers", "feed", "approvals", "sales", "projects" })
package org.hutong.notifications;

/**
 * 企业朋友圈 (the company feed): posts with images, files, #topics and @mentions, seen by the whole
 * enterprise, chosen departments or chosen people; comments and likes; feeds attached to records
 * (a customer's, a deal's, a quote's, a contract's with its 发货单 and 回款, a project's, a task's); system posts made from other modules' events. Events out:
 * {@link org.hutong.feed.PostPublished}, {@link org.hutong.feed.CommentAdded},
 * {@link org.hutong.feed.PostLiked}, {@link org.hutong.feed.PostDeleted},
 * {@link org.hutong.feed.CommentDeleted}. Nothing depends on the feed; it only listens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feed",
		allowedDependencies = { "shared", "tenancy", "identity", "web", "customers", "files", "sales", "projects" })
package org.hutong.feed;

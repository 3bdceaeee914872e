package org.hutong.feed.like;

import java.util.List;

import org.hutong.feed.post.FeedPermissions;
import org.hutong.feed.post.Viewers;
import org.hutong.identity.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/posts/{id}/likes}: who liked a post; {@code PUT} likes it as the caller,
 * {@code DELETE} takes the like back — both idempotent, both answer the new count.
 */
@RestController
class LikeApiController {

	private final Likes likes;

	private final Viewers viewers;

	LikeApiController(Likes likes, Viewers viewers) {
		this.likes = likes;
		this.viewers = viewers;
	}

	/** The post's like count after the change. */
	record LikeCount(long postId, int likeCount) {
	}

	@GetMapping("/api/v1/posts/{postId}/likes")
	@PreAuthorize(FeedPermissions.MAY_READ)
	List<Likes.Liker> list(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId) {
		return likes.likers(viewers.of(me), postId);
	}

	@PutMapping("/api/v1/posts/{postId}/likes")
	@PreAuthorize(FeedPermissions.MAY_READ)
	LikeCount like(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId) {
		return new LikeCount(postId, likes.like(viewers.of(me), postId));
	}

	@DeleteMapping("/api/v1/posts/{postId}/likes")
	@PreAuthorize(FeedPermissions.MAY_READ)
	LikeCount unlike(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId) {
		return new LikeCount(postId, likes.unlike(viewers.of(me), postId));
	}
}

package org.hutong.feed.comment;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.hutong.feed.post.FeedPermissions;
import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/posts/{id}/comments}: a post's comments, oldest first, each with its replies; add
 * one (with {@code parentId} to reply); delete one's own (an administrator: any). A post the caller
 * may not see answers 404.
 */
@RestController
class CommentApiController {

	private final CommentManagement management;

	private final CommentThread thread;

	CommentApiController(CommentManagement management, CommentThread thread) {
		this.management = management;
		this.thread = thread;
	}

	@GetMapping("/api/v1/posts/{postId}/comments")
	@PreAuthorize(FeedPermissions.MAY_READ)
	List<CommentView> list(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId) {
		return thread.of(me, postId);
	}

	@PostMapping("/api/v1/posts/{postId}/comments")
	@PreAuthorize(FeedPermissions.MAY_READ)
	ResponseEntity<CommentView> create(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId,
			@Valid @RequestBody CommentForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long id = management.add(me, postId, form, errors);
		if (id == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.created(URI.create("/api/v1/posts/" + postId + "/comments/" + id))
			.body(thread.one(me, id));
	}

	@DeleteMapping("/api/v1/posts/{postId}/comments/{id}")
	@PreAuthorize(FeedPermissions.MAY_READ)
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId,
			@PathVariable long id) {
		if (thread.of(me, postId).stream().flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c),
				c.replies().stream())).noneMatch(c -> c.id() == id)) {
			throw new RecordNotFound();
		}
		management.delete(me, id);
		return ResponseEntity.noContent().build();
	}
}

package org.hutong.feed.comment;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.feed.post.FeedPermissions;
import org.hutong.identity.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Commenting from a post's page: htmx swaps the comments section (the new comment shows, the form
 * clears); without htmx the post's page comes back. Invalid comments re-render with the message (422).
 */
@Controller
class CommentController {

	private static final String SECTION = "feed/post/comments";

	private final CommentManagement management;

	private final CommentThread thread;

	CommentController(CommentManagement management, CommentThread thread) {
		this.management = management;
		this.thread = thread;
	}

	@PostMapping("/feed/posts/{postId}/comments")
	@PreAuthorize(FeedPermissions.MAY_READ)
	String create(@AuthenticationPrincipal SignedInUser me, @PathVariable long postId,
			@Validated @ModelAttribute("commentForm") CommentForm form, BindingResult errors, Model model,
			HttpServletResponse response, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		if (management.add(me, postId, form, errors) == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return section(me, postId, model);
		}
		if (htmx == null) {
			return "redirect:/feed/posts/" + postId + "#comments";
		}
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "commentForm");
		model.addAttribute("commentForm", CommentForm.blank());
		return section(me, postId, model);
	}

	@PostMapping("/feed/comments/{id}/delete")
	@PreAuthorize(FeedPermissions.MAY_READ)
	String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		long postId = management.delete(me, id);
		if (htmx == null) {
			return "redirect:/feed/posts/" + postId + "#comments";
		}
		model.addAttribute("commentForm", CommentForm.blank());
		return section(me, postId, model);
	}

	private String section(SignedInUser me, long postId, Model model) {
		List<CommentView> comments = thread.of(me, postId);
		model.addAttribute("postId", postId);
		model.addAttribute("thread", comments);
		// the post's count above the comments follows along (an out-of-band swap)
		model.addAttribute("commentCount", comments.size() + comments.stream().mapToInt(c -> c.replies().size()).sum());
		return SECTION;
	}
}

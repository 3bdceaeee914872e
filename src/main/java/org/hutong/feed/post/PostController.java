package org.hutong.feed.post;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.feed.comment.CommentForm;
import org.hutong.feed.comment.CommentThread;
import org.hutong.feed.like.Likes;
import org.hutong.identity.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One post ({@code /feed/posts/{id}}) with its comments and likes; changing its text within the edit
 * window and deleting it. A post the user may not see is a 404, never a 403.
 */
@Controller
class PostController {

	static final String SHOW = "feed/post/show";

	private final FeedStream stream;

	private final PostManagement management;

	private final CommentThread comments;

	private final Viewers viewers;

	private final Likes likes;

	PostController(FeedStream stream, PostManagement management, CommentThread comments, Viewers viewers, Likes likes) {
		this.stream = stream;
		this.management = management;
		this.comments = comments;
		this.viewers = viewers;
		this.likes = likes;
	}

	@GetMapping("/feed/posts/{id}")
	@PreAuthorize(FeedPermissions.MAY_READ)
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		return show(me, id, model, new PostEditForm(null));
	}

	@PostMapping("/feed/posts/{id}/edit")
	@PreAuthorize(FeedPermissions.MAY_POST)
	String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam String body, Model model,
			HttpServletResponse response) {
		PostEditForm form = new PostEditForm(body);
		BindingResult errors = new BeanPropertyBindingResult(form, "editForm");
		try {
			management.edit(me, id, body, errors);
		}
		catch (PostNotEditable tooLate) {
			errors.reject("post.edit.closed");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "editForm", errors);
			model.addAttribute("editFailed", true);
			return show(me, id, model, form);
		}
		return "redirect:/feed/posts/" + id;
	}

	@PostMapping("/feed/posts/{id}/delete")
	@PreAuthorize(FeedPermissions.MAY_READ)
	String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestHeader(name = "HX-Target", required = false) String target, HttpServletResponse response) {
		management.delete(viewers.of(me), id);
		if (target != null && target.startsWith("post-")) {
			response.setStatus(HttpStatus.OK.value());
			return "feed/post/deleted";
		}
		return "redirect:/feed";
	}

	@PostMapping("/feed/posts/{id}/like")
	@PreAuthorize(FeedPermissions.MAY_READ)
	String like(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		likes.like(viewers.of(me), id);
		return likeButton(me, id, model, htmx);
	}

	@PostMapping("/feed/posts/{id}/unlike")
	@PreAuthorize(FeedPermissions.MAY_READ)
	String unlike(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		likes.unlike(viewers.of(me), id);
		return likeButton(me, id, model, htmx);
	}

	@GetMapping("/feed/posts/{id}/likes")
	@PreAuthorize(FeedPermissions.MAY_READ)
	String likers(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("likers", likes.likers(viewers.of(me), id));
		return "feed/post/likers";
	}

	private String likeButton(SignedInUser me, long id, Model model, String htmx) {
		if (htmx == null) {
			return "redirect:/feed/posts/" + id;
		}
		model.addAttribute("post", stream.one(me, id));
		return "feed/post/like";
	}

	private String show(SignedInUser me, long id, Model model, PostEditForm form) {
		PostView post = stream.read(me, id);
		model.addAttribute("post", post);
		model.addAttribute("editForm", form.body() == null ? new PostEditForm(post.text()) : form);
		model.addAttribute("thread", comments.of(me, id));
		model.addAttribute("likers", likes.likers(viewers.of(me), id));
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", CommentForm.blank());
		}
		return SHOW;
	}
}

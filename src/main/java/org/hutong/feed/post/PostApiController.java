package org.hutong.feed.post;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/posts}: the posts the caller may see, newest first, filtered like the page
 * ({@code view=all|mine|mentions}, {@code topic}, {@code subject=customer:42}, {@code author}, {@code q})
 * and paged by cursor ({@code after}, from the previous page's {@code next}) with {@code limit} up to
 * 100. Create with JSON, or with {@code multipart/form-data} carrying the same fields plus
 * {@code images} (up to 9 JPEG/PNG/WebP) and {@code files}. A post the caller may not see answers 404;
 * invalid input 400 problem+json naming each field under {@code errors}.
 */
@RestController
class PostApiController {

	private final FeedStream stream;

	private final PostManagement management;

	private final Viewers viewers;

	PostApiController(FeedStream stream, PostManagement management, Viewers viewers) {
		this.stream = stream;
		this.management = management;
		this.viewers = viewers;
	}

	/** One page of posts and the cursor of the next ({@code null} on the last). */
	record Listing(List<PostView> items, Long next) {
	}

	@GetMapping("/api/v1/posts")
	@PreAuthorize(FeedPermissions.MAY_READ)
	Listing list(@AuthenticationPrincipal SignedInUser me, FeedFilter filter,
			@RequestParam(defaultValue = "" + FeedStream.PAGE_SIZE) int limit) {
		FeedStream.Page page = stream.page(me, filter, limit);
		return new Listing(page.posts(), page.next());
	}

	@GetMapping("/api/v1/posts/{id}")
	@PreAuthorize(FeedPermissions.MAY_READ)
	PostView get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return stream.read(me, id);
	}

	@PostMapping(path = "/api/v1/posts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(FeedPermissions.MAY_POST)
	ResponseEntity<PostView> create(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody PostForm form)
			throws BindException {
		return created(me, form);
	}

	@PostMapping(path = "/api/v1/posts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(FeedPermissions.MAY_POST)
	ResponseEntity<PostView> upload(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute PostForm form)
			throws BindException {
		return created(me, form);
	}

	@DeleteMapping("/api/v1/posts/{id}")
	@PreAuthorize(FeedPermissions.MAY_READ)
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		management.delete(viewers.of(me), id);
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<PostView> created(SignedInUser me, PostForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long id = management.publish(me, form, errors);
		if (id == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.created(URI.create("/api/v1/posts/" + id)).body(stream.one(me, id));
	}
}

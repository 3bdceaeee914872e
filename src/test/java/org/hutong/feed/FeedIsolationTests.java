package org.hutong.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.TestUsers;
import org.hutong.feed.comment.Comment;
import org.hutong.feed.comment.CommentForm;
import org.hutong.feed.comment.CommentManagement;
import org.hutong.feed.image.PostFile;
import org.hutong.feed.like.Likes;
import org.hutong.feed.post.Post;
import org.hutong.feed.post.PostForm;
import org.hutong.feed.post.PostManagement;
import org.hutong.feed.post.Viewers;
import org.hutong.identity.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BeanPropertyBindingResult;

/** Posts, their comments, likes and images stay inside their enterprise: by id, on their pages, through the API. */
class FeedIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	@Autowired
	PostManagement posts;

	@Autowired
	CommentManagement comments;

	@Autowired
	Likes likes;

	@Autowired
	Viewers viewers;

	private final Map<Long, Long> postOfComment = new ConcurrentHashMap<>();

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("post", this::newPost, id -> visible(Post.class, id), id -> get("/feed/posts/{id}", id),
						id -> get("/api/v1/posts/{id}", id)),
				new Isolated("post likes", this::likedPost, id -> visible(Post.class, id),
						id -> get("/feed/posts/{id}/likes", id), id -> get("/api/v1/posts/{id}/likes", id)),
				new Isolated("comment", this::newComment, id -> visible(Comment.class, id),
						id -> get("/feed/posts/{id}", postOfComment.get(id)),
						id -> get("/api/v1/posts/{id}/comments", postOfComment.get(id))),
				new Isolated("image", this::newImage, id -> visible(PostFile.class, id), id -> get("/feed/files/{id}", id),
						null));
	}

	@Test
	void thePeoplePickerNeverOffersPeopleOfAnotherEnterprise() throws Exception {
		String ours = page(get("/feed/people").param("q", "zjg"), "demo");
		String theirs = page(get("/feed/people").param("q", "zjg"), "demo2");
		assertThat(ours).contains("周建国");
		assertThat(theirs).doesNotContain("周建国").doesNotContain("data-pick-id");
		assertThat(page(get("/feed/people").param("q", "xtgly"), "demo"))
			.doesNotContain("系统管理员");
		assertThat(page(get("/feed/people").param("q", "xtgly"), "demo2"))
			.contains("系统管理员");
	}

	private String page(MockHttpServletRequestBuilder request,
			String tenant) throws Exception {
		return mvc.perform(request.with(new TestUsers(userDetails).as(tenant, "admin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private boolean visible(Class<?> type, long id) {
		entityManager.clear();
		return entityManager.find(type, id) != null;
	}

	private SignedInUser admin() {
		return new TestUsers(userDetails).load("demo", "admin");
	}

	private long newPost() {
		PostForm form = PostForm.text("隔离动态 #隔离 @周建国");
		return posts.publish(admin(), form, new BeanPropertyBindingResult(form, "form"));
	}

	private long likedPost() {
		long id = newPost();
		likes.like(viewers.of(admin()), id);
		return id;
	}

	private long newComment() {
		long post = newPost();
		CommentForm form = new CommentForm("隔离评论", null);
		long id = comments.add(admin(), post, form, new BeanPropertyBindingResult(form, "form"));
		postOfComment.put(id, post);
		return id;
	}

	private long newImage() {
		try {
			byte[] jpeg = org.hutong.files.TestImages.jpegWithExif(40, 30);
			PostForm form = new PostForm("隔离图片", "ENTERPRISE", List.of(), List.of(), null,
					List.of(new MockMultipartFile("images", "隔离.jpg", "image/jpeg", jpeg)), List.of());
			long post = posts.publish(admin(), form, new BeanPropertyBindingResult(form, "form"));
			entityManager.flush();
			return entityManager.createQuery("select f.id from PostFile f where f.postId = :id", Long.class)
				.setParameter("id", post)
				.getSingleResult();
		}
		catch (Exception failed) {
			throw new IllegalStateException(failed);
		}
	}
}

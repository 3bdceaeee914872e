package org.hutong.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.feed.comment.CommentForm;
import org.hutong.feed.comment.CommentManagement;
import org.hutong.feed.like.Likes;
import org.hutong.feed.post.FeedReader;
import org.hutong.feed.post.PostManagement;
import org.hutong.feed.post.Viewers;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantJdbc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;

/** Posting from the page, what the text becomes, deleting, and counts under concurrent likes and comments. */
@HutongTest
class FeedPostTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PostManagement posts;

	@Autowired
	CommentManagement comments;

	@Autowired
	Likes likes;

	@Autowired
	Viewers viewers;

	@Autowired
	OrgChart org;

	@Autowired
	TenantJdbc jdbc;

	FeedFixtures feed;

	@BeforeEach
	void setUp() {
		feed = new FeedFixtures(userDetails, transactions, posts, org);
	}

	@Test
	void peopleThatAreNotIdsAreABadRequestNotA500() throws Exception {
		mvc.perform(post("/feed/posts").param("body", "给谁看").param("audience", "PEOPLE").param("userIds", "abc")
			.with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void postingFromThePageShowsThePostWithTopicAndMentionLinks() throws Exception {
		String marker = "调试完成" + System.nanoTime();
		mvc.perform(post("/feed/posts").param("body", marker + " #现场调试 @李明 详见 https://example.com/a?b=1&c=2")
			.param("audience", "ENTERPRISE").header("HX-Request", "true")
			.with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString(marker)))
			.andExpect(content().string(containsString("href=\"/feed?topic=%E7%8E%B0%E5%9C%BA%E8%B0%83%E8%AF%95\"")))
			.andExpect(content().string(containsString("class=\"mention\"")))
			.andExpect(content().string(containsString("href=\"https://example.com/a?b=1&amp;c=2\"")));
		mvc.perform(get("/feed").param("topic", "现场调试").with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(content().string(containsString(marker)));
		mvc.perform(get("/feed").param("view", "mentions").with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(content().string(containsString(marker)));
	}

	@Test
	void anEmptyOrTooLongPostIsRefusedWithAMessage() throws Exception {
		mvc.perform(post("/feed/posts").param("body", "   ").with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("field-error")));
		mvc.perform(post("/feed/posts").param("body", "长".repeat(5001))
			.with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void scriptInTextTopicsAndMentionsIsShownInert() throws Exception {
		long id = feed.post("sales", "<script>alert(1)</script> #<img/src=x/onerror=alert(2)># @<b>王芳 "
				+ "https://x.example/\"><svg/onload=alert(3)> #a\"onmouseover=\"alert(4)");
		mvc.perform(get("/feed/posts/{id}", id).with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<img/src=x"))))
			.andExpect(content().string(not(containsString("<svg/onload"))))
			.andExpect(content().string(not(containsString("<b>王芳"))))
			.andExpect(content().string(not(containsString("\"onmouseover"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void aDeletedPostLeavesEveryViewAndOnlyItsAuthorOrAnAdminMayDeleteIt() throws Exception {
		String marker = "即将删除" + System.nanoTime();
		long id = feed.post("sales", marker + " #删除测试");
		mvc.perform(post("/feed/posts/{id}/delete", id).with(new TestUsers(userDetails).as("demo", "sales2")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/feed/posts/{id}/delete", id).with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/feed/posts/{id}", id).with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isNotFound());
		for (String query : List.of("view=mine", "topic=删除测试", "q=" + marker)) {
			mvc.perform(get("/feed?" + query).with(new TestUsers(userDetails).as("demo", "sales")))
				.andExpect(content().string(not(containsString("id=\"post-" + id + "\""))));
		}
		long other = feed.post("sales", "管理员删除 " + System.nanoTime());
		mvc.perform(post("/feed/posts/{id}/delete", other).with(new TestUsers(userDetails).as("demo", "admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/feed/posts/{id}", other).with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aTextSearchReadsOneWindowOfTheStreamAndGoesOnBelowItWhenAskedForMore() throws Exception {
		String word = "窗口" + System.nanoTime();
		long hidden = feed.post("sales", "很早以前的 " + word);
		SignedInUser sales = feed.user("demo", "sales");
		List<Map<String, Object>> newer = IntStream.range(0, FeedReader.SEARCH_WINDOW)
			.mapToObj(i -> Map.<String, Object>of("author", sales.userId(), "body", "后来的动态 " + i))
			.toList();
		jdbc.batch(sales.tenantId(), "INSERT INTO feed_post (tenant_id, author_id, kind, body, audience, created_at) "
				+ "VALUES (:tenantId, :author, 'POST', :body, 'ENTERPRISE', CURRENT_TIMESTAMP)", newer);
		try {
			searchBelowTheWindow(word, hidden);
		}
		finally {
			// other tests read the demo stream's first pages
			jdbc.sql(sales.tenantId(), "DELETE FROM feed_post WHERE tenant_id = :tenantId AND body LIKE '后来的动态 %'")
				.update();
		}
	}

	private void searchBelowTheWindow(String word, long hidden) throws Exception {
		String first = mvc.perform(get("/feed").param("q", word).with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"post-" + hidden + "\""))))
			.andExpect(content().string(containsString("在更早的动态中继续搜索")))
			.andReturn().getResponse().getContentAsString();
		Matcher more = Pattern.compile("href=\"/feed/more\\?([^\"]*)\"").matcher(first);
		assertThat(more.find()).as("a link that searches below the window").isTrue();
		mvc.perform(get(URI.create("/feed/more?" + more.group(1).replace("&amp;", "&"))).header("HX-Request", "true")
			.with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"post-" + hidden + "\"")));
	}

	@Test
	void newerPostsComeAsAFragmentOfOnlyTheNewOnes() throws Exception {
		long older = feed.post("sales", "较早的 " + System.nanoTime());
		String marker = "较新的" + System.nanoTime();
		long newer = feed.post("manager", marker);
		mvc.perform(get("/feed/posts/newer").param("after", String.valueOf(older))
			.header("HX-Request", "true").with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"post-" + newer + "\"")))
			.andExpect(content().string(not(containsString("id=\"post-" + older + "\""))))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void eachLiveAnswerMovesTheLiveElementPastTheNewestSoTheNextEventAddsNothingTwice() throws Exception {
		long older = feed.post("sales", "较早的 " + System.nanoTime());
		long newest = feed.post("manager", "较新的 " + System.nanoTime());
		long author = feed.user("demo", "manager").userId();
		mvc.perform(get("/feed/posts/newer").param("after", String.valueOf(older)).param("author", String.valueOf(author))
			.header("HX-Request", "true").with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(content().string(containsString("id=\"feed-live\" hx-swap-oob=\"true\"")))
			.andExpect(content().string(containsString("after=" + newest + "&amp;")))
			.andExpect(content().string(containsString("author=" + author)))
			.andExpect(content().string(not(containsString("id=\"feed-empty\""))));
		mvc.perform(get("/feed/posts/newer").param("after", String.valueOf(newest))
			.header("HX-Request", "true").with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(content().string(not(containsString("feed-live"))))
			.andExpect(content().string(not(containsString("<li"))));
		mvc.perform(get("/feed/posts/newer").param("after", "0")
			.header("HX-Request", "true").with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(content().string(containsString("id=\"feed-empty\" hx-swap-oob=\"delete\"")));
	}

	@Test
	void concurrentLikesAndCommentsKeepTheCountsRight() throws Exception {
		long id = feed.post("sales", "并发点赞 " + System.nanoTime());
		List<String> people = List.of("admin", "manager", "sales", "sales2", "rd", "finance", "sales", "manager");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Object>> work = new java.util.ArrayList<>();
			for (String username : people) {
				SignedInUser user = feed.user("demo", username);
				work.add(() -> feed.as(user, () -> likes.like(viewers.of(user), id)));
				work.add(() -> feed.as(user, () -> {
					CommentForm form = new CommentForm("并发评论", null);
					return comments.add(user, id, form, new BeanPropertyBindingResult(form, "form"));
				}));
			}
			for (Future<Object> done : pool.invokeAll(work)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		SignedInUser sales = feed.user("demo", "sales");
		int[] counts = feed.as(sales, () -> jdbc.sql("SELECT like_count, comment_count FROM feed_post "
				+ "WHERE tenant_id = :tenantId AND id = :id").param("id", id)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single());
		assertThat(counts[0]).as("likes, one per person").isEqualTo(6);
		assertThat(counts[1]).as("comments").isEqualTo(8);
		assertThat(feed.as(sales, () -> likes.likers(viewers.of(sales), id))).hasSize(6);
	}

	@Test
	void deletingACommentTakesItAndItsRepliesOutOfTheCount() throws Exception {
		long id = feed.post("sales", "评论计数 " + System.nanoTime());
		SignedInUser manager = feed.user("demo", "manager");
		SignedInUser rd = feed.user("demo", "rd");
		CommentForm first = new CommentForm("第一条 <i>评论</i>", null);
		long comment = feed.as(manager, () -> comments.add(manager, id, first, new BeanPropertyBindingResult(first, "f")));
		CommentForm reply = new CommentForm("回复 @李明", comment);
		feed.as(rd, () -> comments.add(rd, id, reply, new BeanPropertyBindingResult(reply, "f")));
		mvc.perform(get("/feed/posts/{id}", id).with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(content().string(containsString("第一条 &lt;i&gt;评论&lt;/i&gt;")))
			.andExpect(content().string(containsString("评论 2")));
		mvc.perform(post("/feed/comments/{id}/delete", comment).with(new TestUsers(userDetails).as("demo", "rd")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/feed/comments/{id}/delete", comment).header("HX-Request", "true")
			.with(new TestUsers(userDetails).as("demo", "manager")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("第一条"))));
		mvc.perform(get("/feed/posts/{id}", id).with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(content().string(containsString("评论 0")));
	}

	@Test
	void aLikeTogglesInPlaceAndCommentingUpdatesTheCount() throws Exception {
		long id = feed.post("sales", "点赞切换 " + System.nanoTime());
		mvc.perform(post("/feed/posts/{id}/like", id).header("HX-Request", "true")
			.with(new TestUsers(userDetails).as("demo", "rd")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-pressed=\"true\"")))
			.andExpect(content().string(containsString("赞 1")))
			.andExpect(content().string(containsString("/unlike")));
		mvc.perform(post("/feed/posts/{id}/unlike", id).header("HX-Request", "true")
			.with(new TestUsers(userDetails).as("demo", "rd")).with(csrf()))
			.andExpect(content().string(containsString("赞 0")));
		mvc.perform(post("/feed/posts/{id}/comments", id).param("body", "好的").header("HX-Request", "true")
			.with(new TestUsers(userDetails).as("demo", "rd")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"comment-count-" + id + "\" hx-swap-oob=\"true\"")))
			.andExpect(content().string(containsString("评论 1")));
		mvc.perform(post("/feed/posts/{id}/comments", id).param("body", " ").header("HX-Request", "true")
			.with(new TestUsers(userDetails).as("demo", "rd")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("field-error")));
	}

	@Test
	void itsAuthorEditsAPostFromItsPageAndTopicsFollow() throws Exception {
		long id = feed.post("sales", "初稿 #旧话题");
		mvc.perform(post("/feed/posts/{id}/edit", id).param("body", "改后 #新话题" + id)
			.with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/feed").param("topic", "新话题" + id).with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(content().string(containsString("id=\"post-" + id + "\"")));
		mvc.perform(get("/feed/posts/{id}", id).with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(content().string(containsString("已编辑")));
		mvc.perform(post("/feed/posts/{id}/edit", id).param("body", "别人改")
			.with(new TestUsers(userDetails).as("demo", "rd")).with(csrf()))
			.andExpect(status().isUnprocessableContent());
	}
}

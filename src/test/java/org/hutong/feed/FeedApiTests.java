package org.hutong.feed;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.feed.post.PostManagement;
import org.hutong.files.TestImages;
import org.hutong.identity.OrgChart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code /api/v1/posts}, its comments and likes: JSON in and out, problem+json for bad input, 404 for others' posts. */
@HutongTest
class FeedApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PostManagement posts;

	@Autowired
	OrgChart org;

	FeedFixtures feed;

	@BeforeEach
	void setUp() {
		feed = new FeedFixtures(userDetails, transactions, posts, org);
	}

	private RequestPostProcessor as(String tenant, String username) {
		return new TestUsers(userDetails).as(tenant, username);
	}

	@Test
	void postsAreCreatedListedFilteredAndDeleted() throws Exception {
		String marker = "接口发布" + System.nanoTime();
		String location = mvc.perform(post("/api/v1/posts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"" + marker + " #接口测试 <b>粗</b>\"}").with(as("demo", "sales")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.text").value(containsString(marker)))
			.andExpect(jsonPath("$.html").value(containsString("&lt;b&gt;")))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get("/api/v1/posts").param("topic", "接口测试").with(as("demo", "rd")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].text", hasItem(containsString(marker))));
		mvc.perform(get(location).with(as("demo", "manager"))).andExpect(status().isOk());
		mvc.perform(delete(location).with(as("demo", "sales2")).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(delete(location).with(as("demo", "sales")).with(csrf())).andExpect(status().isNoContent());
		mvc.perform(get(location).with(as("demo", "manager")))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
	}

	@Test
	void badInputAnswersProblemJsonNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/posts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"\",\"audience\":\"DEPARTMENTS\"}").with(as("demo", "sales")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(content().string(containsString("body")));
		mvc.perform(post("/api/v1/posts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"给客户\",\"subject\":\"customer:999999999\"}").with(as("demo", "sales")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("subject")));
	}

	@Test
	void imagesGoUpAsMultipart() throws Exception {
		mvc.perform(multipart("/api/v1/posts")
			.file(new MockMultipartFile("images", "现场.jpg", "image/jpeg", TestImages.jpegWithExif(40, 30)))
			.param("body", "接口图片 " + System.nanoTime()).with(as("demo", "sales")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.images[0].fileName").value("现场.jpg"))
			.andExpect(jsonPath("$.images[0].url").value(containsString("/feed/files/")));
	}

	@Test
	void commentsAndLikesThroughTheApi() throws Exception {
		long id = feed.post("sales", "接口评论 " + System.nanoTime());
		mvc.perform(post("/api/v1/posts/{id}/comments", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"收到 @王芳\"}").with(as("demo", "manager")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.authorName").value("李明"));
		mvc.perform(get("/api/v1/posts/{id}/comments", id).with(as("demo", "sales")))
			.andExpect(jsonPath("$[0].text").value("收到 @王芳"));
		mvc.perform(put("/api/v1/posts/{id}/likes", id).with(as("demo", "rd")).with(csrf()))
			.andExpect(jsonPath("$.likeCount").value(1));
		mvc.perform(put("/api/v1/posts/{id}/likes", id).with(as("demo", "rd")).with(csrf()))
			.andExpect(jsonPath("$.likeCount").value(1));
		mvc.perform(get("/api/v1/posts/{id}/likes", id).with(as("demo", "sales")))
			.andExpect(jsonPath("$[0].name").value("张伟"));
		mvc.perform(delete("/api/v1/posts/{id}/likes", id).with(as("demo", "rd")).with(csrf()))
			.andExpect(jsonPath("$.likeCount").value(0));
		mvc.perform(get("/api/v1/posts/{id}", id).with(as("demo", "sales")))
			.andExpect(jsonPath("$.commentCount").value(1))
			.andExpect(jsonPath("$.likeCount").value(0));
	}

	@Test
	void anotherEnterpriseSeesNoneOfTheseInItsStreamOrSearch() throws Exception {
		String marker = "只属于demo" + System.nanoTime();
		long id = feed.post("sales", marker + " #隔离");
		mvc.perform(get("/feed").with(as("demo2", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(marker))));
		mvc.perform(get("/feed").param("topic", "隔离").with(as("demo2", "admin")))
			.andExpect(content().string(not(containsString(marker))));
		mvc.perform(get("/api/v1/posts").param("q", marker).with(as("demo2", "admin")))
			.andExpect(jsonPath("$.items").isEmpty());
		mvc.perform(get("/feed/posts/newer").param("after", String.valueOf(id - 1)).with(as("demo2", "admin")))
			.andExpect(content().string(not(containsString(marker))));
		mvc.perform(put("/api/v1/posts/{id}/likes", id).with(as("demo2", "admin")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/posts/{id}/comments", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"越界\"}").with(as("demo2", "admin")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/posts/{id}", id).with(as("demo2", "admin")).with(csrf()))
			.andExpect(status().isNotFound());
	}
}

package org.hutong.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.feed.post.PostManagement;
import org.hutong.identity.OrgChart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The composer's people picker: the page names only the chosen people, the search finds the rest;
 * a post's page names the people of its comments.
 */
@HutongTest
class FeedPeoplePickerTests {

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

	@Test
	void thePostPageNamesCommentAuthorsAndLinksTheColleaguesTheyMention() throws Exception {
		long post = new FeedFixtures(userDetails, transactions, posts, org).post("sales", "样品已寄出");
		String comment = "收到" + System.nanoTime() + " @李明 请确认";
		mvc.perform(post("/feed/posts/{id}/comments", post).param("body", comment)
			.with(new TestUsers(userDetails).as("demo", "rd")).with(csrf()));
		String html = mvc.perform(get("/feed/posts/{id}", post).with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String comments = html.substring(html.indexOf("id=\"comments\""));
		assertThat(comments).contains("张伟").contains("class=\"mention\"").contains("@李明");
	}

	private long id(String username) {
		return new TestUsers(userDetails).load("demo", username).userId();
	}

	@Test
	void theFeedPageNamesNoOneItDoesNotShow() throws Exception {
		// a search that finds no post: the page shows no author, so no colleague's name belongs on it
		String html = mvc.perform(get("/feed").param("q", "无此内容" + System.nanoTime())
			.with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-people-search")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("name=\"userIds\"").doesNotContain("刘洋").doesNotContain("陈磊")
			.doesNotContain("张伟").doesNotContain("李明");
	}

	@Test
	void postingToChosenPeopleThroughTheFormFieldReachesOnlyThem() throws Exception {
		String marker = "只给张伟" + System.nanoTime();
		mvc.perform(post("/feed/posts").param("body", marker).param("audience", "PEOPLE")
			.param("userIds", String.valueOf(id("rd"))).param("q", "zw")
			.with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/feed").with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(content().string(containsString(marker)));
		mvc.perform(get("/feed").with(new TestUsers(userDetails).as("demo", "sales2")))
			.andExpect(content().string(not(containsString(marker))));
	}

	@Test
	void aRefusedPostKeepsTheChosenPeopleAsChips() throws Exception {
		mvc.perform(post("/feed/posts").param("body", " ").param("audience", "PEOPLE")
			.param("userIds", String.valueOf(id("rd")), String.valueOf(id("finance")))
			.with(new TestUsers(userDetails).as("demo", "sales")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("name=\"userIds\" value=\"" + id("rd") + "\"")))
			.andExpect(content().string(containsString("name=\"userIds\" value=\"" + id("finance") + "\"")))
			.andExpect(content().string(containsString("张伟")))
			.andExpect(content().string(containsString("data-unpick")));
	}

	@Test
	void thePickerFindsByPinyinInitialsAndFullPinyin() throws Exception {
		mvc.perform(get("/feed/people").param("q", "wf").with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-pick-id=\"" + id("sales") + "\"")))
			.andExpect(content().string(containsString("王芳")))
			.andExpect(content().string(not(containsString("张伟"))));
		mvc.perform(get("/feed/people").param("q", "liuyang").with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(content().string(containsString("data-pick-id=\"" + id("finance") + "\"")));
		mvc.perform(get("/feed/people").param("q", "qqqqzz").with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(content().string(not(containsString("data-pick-id"))));
	}
}

package org.hutong.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HutongTest
class ShellTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void homeHasTheShellWithTabBarInChineseByDefault() throws Exception {
		mvc.perform(get("/").with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"tabbar\"")))
			.andExpect(content().string(containsString("工作台")))
			.andExpect(content().string(containsString("周建国")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
	}

	@Test
	void webjarLinksGetTheirVersionWhilePageLinksStayAsWritten() throws Exception {
		mvc.perform(get("/").with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/webjars/htmx.org/2.0.8/dist/htmx.min.js")))
			.andExpect(content().string(containsString("href=\"/feed\"")));
	}

	@Test
	void theMenuAndActionsFollowTheUsersPermissions() throws Exception {
		TestUsers users = new TestUsers(userDetails);
		mvc.perform(get("/customers").with(users.as("demo", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/roles\"")))
			.andExpect(content().string(containsString("href=\"/customers/options\"")))
			.andExpect(content().string(containsString("sse-connect=\"/notifications/stream\"")));
		mvc.perform(get("/customers").with(users.as("demo", "sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/admin/roles\""))))
			.andExpect(content().string(not(containsString("href=\"/customers/options\""))))
			.andExpect(content().string(containsString("href=\"/customers/new\"")));
	}

	@Test
	void englishBrowserGetsEnglish() throws Exception {
		mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9").with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Home<")))
			.andExpect(content().string(not(containsString(">工作台<"))));
	}

	@Test
	void unknownPageIsALocalisedNotFoundWithoutStackTrace() throws Exception {
		mvc.perform(get("/no-such-page").with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("找不到页面")))
			.andExpect(content().string(not(containsString("Exception"))));
	}
}

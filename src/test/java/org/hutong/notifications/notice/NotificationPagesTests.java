package org.hutong.notifications.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.hutong.notifications.NotificationFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inbox at {@code /notifications} and the bell, for demo's {@code finance}: who did what, newest
 * first, unread marked; opening one marks it read and goes to its target; mark all read; the unread
 * filter's empty state; keyset "load more"; the bell's count; someone else's notice is not found.
 */
@HutongTest
class NotificationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifying notifying;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetails;

	TestUsers users;

	SignedInUser finance;

	long manager;

	@BeforeEach
	void setUp() {
		users = new TestUsers(userDetails);
		finance = users.load("demo", "finance");
		manager = users.load("demo", "manager").userId();
	}

	@Test
	void theInboxSaysWhoDidWhatNewestFirstWithTheUnreadHighlighted() throws Exception {
		String older = unique("周报");
		String newer = unique("月度对账");
		Notice first = NotificationFixtures.mention(finance.tenantId(), finance.userId(), manager, older);
		notifying.deliver(first);
		notifying.deliver(NotificationFixtures.mention(finance.tenantId(), finance.userId(), manager, newer));
		String html = mvc.perform(get("/notifications").with(users.as("demo", "finance")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("李明 在动态中提到了你")))
			.andExpect(content().string(containsString("href=\"/feed/posts/" + first.postId() + "\"")))
			.andExpect(content().string(containsString("class=\"notice unread\"")))
			.andReturn().getResponse().getContentAsString();
		assertThat(html.indexOf(newer)).isPositive().isLessThan(html.indexOf(older));
	}

	@Test
	void openingOneMarksItReadAndGoesWhereItLeads() throws Exception {
		Notice mention = NotificationFixtures.mention(finance.tenantId(), finance.userId(), manager, unique("评审"));
		notifying.deliver(mention);
		long id = idOf(mention);
		mvc.perform(post("/notifications/{id}/read", id).header("HX-Request", "true").with(csrf()).with(users.as("demo", "finance")))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Location", "/feed/posts/" + mention.postId()));
		assertThat(readAt(id)).isNotNull();

		Notice reminder = NotificationFixtures.followUpDue(finance.tenantId(), finance.userId(), 42L, unique("客户"));
		notifying.deliver(reminder);
		mvc.perform(get("/notifications").with(users.as("demo", "finance")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("今天该跟进这位客户了")))
			.andExpect(content().string(containsString("href=\"/customers/42\"")));
		mvc.perform(post("/notifications/{id}/read", idOf(reminder)).with(csrf()).with(users.as("demo", "finance")))
			.andExpect(redirectedUrl("/customers/42"));
		assertThat(readAt(idOf(reminder))).isNotNull();
	}

	@Test
	void markingAllReadEmptiesTheUnreadViewAndHidesTheBadge() throws Exception {
		notifying.deliver(NotificationFixtures.mention(finance.tenantId(), finance.userId(), manager, unique("全部已读")));
		mvc.perform(get("/notifications/bell").with(users.as("demo", "finance")))
			.andExpect(content().string(containsString("bell-count")));
		mvc.perform(post("/notifications/read-all").param("filter", "unread").with(csrf()).with(users.as("demo", "finance")))
			.andExpect(redirectedUrl("/notifications?filter=unread"));
		mvc.perform(get("/notifications").param("filter", "unread").with(users.as("demo", "finance")))
			.andExpect(content().string(containsString("没有未读通知")))
			.andExpect(content().string(not(containsString("class=\"notice unread\""))));
		mvc.perform(get("/notifications/bell").with(users.as("demo", "finance")))
			.andExpect(content().string(not(containsString("bell-count"))));
		notifying.deliver(NotificationFixtures.mention(finance.tenantId(), finance.userId(), manager, unique("一")));
		notifying.deliver(NotificationFixtures.mention(finance.tenantId(), finance.userId(), manager, unique("二")));
		mvc.perform(get("/notifications/bell").with(users.as("demo", "finance")))
			.andExpect(content().string(containsString("class=\"bell-count\"")))
			.andExpect(content().string(containsString(">2</span>")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void moreLoadsBelowAKeysetCursorAsAFragment() throws Exception {
		for (int i = 0; i < NotificationManagement.PAGE_SIZE + 2; i++) {
			notifying.deliver(NotificationFixtures.mention(finance.tenantId(), finance.userId(), manager, unique("批量")));
		}
		String first = mvc.perform(get("/notifications").with(users.as("demo", "finance")))
			.andExpect(content().string(containsString("/notifications?before=")))
			.andReturn().getResponse().getContentAsString();
		String before = first.replaceAll("(?s).*/notifications\\?before=(\\d+).*", "$1");
		mvc.perform(get("/notifications").param("before", before).header("HX-Request", "true").with(users.as("demo", "finance")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("class=\"notice")));
	}

	@Test
	void someoneElsesNoticeIsNotFound() throws Exception {
		SignedInUser rd = users.load("demo", "rd");
		Notice theirs = NotificationFixtures.mention(rd.tenantId(), rd.userId(), manager, unique("别人的"));
		notifying.deliver(theirs);
		mvc.perform(post("/notifications/{id}/read", idOf(theirs)).with(csrf()).with(users.as("demo", "finance")))
			.andExpect(status().isNotFound());
		assertThat(readAt(idOf(theirs))).isNull();
	}

	@Test
	void theShellOpensTheLiveStreamAndLoadsTheBell() throws Exception {
		mvc.perform(get("/").with(users.as("demo", "finance")))
			.andExpect(content().string(containsString("hx-ext=\"sse\" sse-connect=\"/notifications/stream\"")))
			.andExpect(content().string(containsString("hx-trigger=\"load, sse:notifications\"")))
			.andExpect(content().string(containsString("/webjars/htmx-ext-sse/2.2.2/sse.js")));
		mvc.perform(get("/webjars/htmx-ext-sse/2.2.2/sse.js")).andExpect(status().isOk());
	}

	private long idOf(Notice notice) {
		return jdbc.queryForObject("SELECT id FROM notifications_notification WHERE recipient_id = ? AND source_key = ?",
				Long.class, notice.recipientId(), notice.sourceKey());
	}

	private Object readAt(long id) {
		return jdbc.queryForObject("SELECT read_at FROM notifications_notification WHERE id = ?", Object.class, id);
	}

	private static String unique(String text) {
		return text + "-" + UUID.randomUUID().toString().substring(0, 8);
	}
}

package org.hutong.notifications.notice;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.notifications.NotificationFixtures;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/notifications} with a bearer token of demo's {@code sales2}: list, get, read, read all, count, errors. */
@HutongTest
class NotificationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifying notifying;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetails;

	SignedInUser me;

	long manager;

	String token;

	@BeforeEach
	void setUp() {
		TestUsers users = new TestUsers(userDetails);
		me = users.load("demo", "sales2");
		manager = users.load("demo", "manager").userId();
		token = "Bearer " + TenantContext.callAs(me.tenantId(), () -> tokens.create(me, "notifications", 1).secret());
	}

	@Test
	void listsGetsAndMarksMyNotices() throws Exception {
		Notice notice = NotificationFixtures.mention(me.tenantId(), me.userId(), manager, "API 提醒");
		notifying.deliver(notice);
		long id = idOf(notice);
		mvc.perform(get("/api/v1/notifications").param("unread", "true").header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].id").value(id))
			.andExpect(jsonPath("$.rows[0].kind").value("MENTIONED"))
			.andExpect(jsonPath("$.rows[0].actorName").value("李明"))
			.andExpect(jsonPath("$.rows[0].target").value("/feed/posts/" + notice.postId()));
		mvc.perform(get("/api/v1/notifications/unread-count").header("Authorization", token))
			.andExpect(jsonPath("$.unread").value(greaterThanOrEqualTo(1)));
		mvc.perform(post("/api/v1/notifications/{id}/read", id).header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.readAt").value(notNullValue()));
		mvc.perform(get("/api/v1/notifications/{id}", id).header("Authorization", token))
			.andExpect(jsonPath("$.excerpt").value("API 提醒"))
			.andExpect(jsonPath("$.readAt").value(notNullValue()));
	}

	@Test
	void readAllLeavesNothingUnread() throws Exception {
		notifying.deliver(NotificationFixtures.mention(me.tenantId(), me.userId(), manager, "一"));
		notifying.deliver(NotificationFixtures.mention(me.tenantId(), me.userId(), manager, "二"));
		mvc.perform(post("/api/v1/notifications/read-all").header("Authorization", token))
			.andExpect(jsonPath("$.marked").value(greaterThanOrEqualTo(2)));
		mvc.perform(get("/api/v1/notifications/unread-count").header("Authorization", token))
			.andExpect(jsonPath("$.unread").value(0));
		mvc.perform(get("/api/v1/notifications").param("unread", "true").header("Authorization", token))
			.andExpect(jsonPath("$.rows").isEmpty());
	}

	@Test
	void someoneElsesNoticeAndBadInputAnswerProblems() throws Exception {
		SignedInUser rd = new TestUsers(userDetails).load("demo", "rd");
		Notice theirs = NotificationFixtures.mention(rd.tenantId(), rd.userId(), manager, "别人的");
		notifying.deliver(theirs);
		mvc.perform(get("/api/v1/notifications/{id}", idOf(theirs)).header("Authorization", token))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(post("/api/v1/notifications/{id}/read", idOf(theirs)).header("Authorization", token))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/notifications").param("before", "abc").header("Authorization", token))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
	}

	@Test
	void theOpenApiSpecDocumentsTheNotifications() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/v1/notifications']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/notifications/{id}/read']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/notifications/read-all']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/notifications/unread-count']").exists());
	}

	private long idOf(Notice notice) {
		return jdbc.queryForObject("SELECT id FROM notifications_notification WHERE recipient_id = ? AND source_key = ?",
				Long.class, notice.recipientId(), notice.sourceKey());
	}
}

package org.hutong.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.hutong.notifications.notice.Notice;
import org.hutong.notifications.notice.Notification;
import org.hutong.notifications.notice.Notifying;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * demo's notices stay in demo: by id, opening (marking read) on the page, and through the API; demo2's
 * admin can neither read nor mark them, one by one or all at once. The live stream's isolation is
 * in {@code LiveStreamTests}.
 */
class NotificationsIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	@Autowired
	Notifying notifying;

	@Autowired
	JdbcTemplate jdbc;

	@Override
	protected List<Isolated> entities() {
		return List.of(new Isolated("notification", this::newNotice, this::visible,
				id -> post("/notifications/{id}/read", id).with(csrf()), id -> get("/api/v1/notifications/{id}", id)),
				new Isolated("notification, marked read by API", this::newNotice, this::visible, null,
						id -> post("/api/v1/notifications/{id}/read", id)));
	}

	@Test
	void markingAllReadInAnotherEnterpriseLeavesDemosUnread() throws Exception {
		long id = inTenant("demo", this::newNotice);
		mvc.perform(post("/notifications/read-all").with(csrf()).with(new TestUsers(userDetails).as("demo2", "admin")))
			.andExpect(status().is3xxRedirection());
		SignedInUser other = new TestUsers(userDetails).load("demo2", "admin");
		String token = TenantContext.callAs(other.tenantId(), () -> tokens.create(other, "isolation", 1).secret());
		mvc.perform(post("/api/v1/notifications/read-all").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
		assertThat(jdbc.queryForObject("SELECT read_at FROM notifications_notification WHERE id = ?", Object.class, id))
			.isNull();
	}

	private boolean visible(long id) {
		entityManager.clear();
		return entityManager.find(Notification.class, id) != null;
	}

	/** A mention of demo's admin by its manager, delivered in the current (demo) transaction. */
	private long newNotice() {
		TestUsers users = new TestUsers(userDetails);
		SignedInUser admin = users.load("demo", "admin");
		Notice notice = NotificationFixtures.mention(admin.tenantId(), admin.userId(), users.load("demo", "manager").userId(),
				"隔离");
		notifying.deliver(notice);
		return jdbc.queryForObject("SELECT id FROM notifications_notification WHERE recipient_id = ? AND source_key = ?",
				Long.class, notice.recipientId(), notice.sourceKey());
	}
}

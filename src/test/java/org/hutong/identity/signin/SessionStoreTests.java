package org.hutong.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.hutong.HutongTest;
import org.hutong.MockMvcSessions;
import org.hutong.platform.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A signed-in browser's session is a row in the database, under the enterprise-qualified name,
 * with the 8 h timeout, holding the security context and the CSRF token — so every node has them.
 */
@HutongTest
class SessionStoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcIndexedSessionRepository repository;

	@Test
	void aSignInIsStoredInTheDatabaseWithItsCsrfTokenAndTheEightHourTimeout() throws Exception {
		MockHttpSession session = Sessions.employee(mvc, "demo", "finance", "demo1234");
		// a page after the sign-in carries the new CSRF token (the sign-in replaced the old one)
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		String id = (String) session.getAttribute(MockMvcSessions.STORED_ID);
		Integer timeout = jdbc.sql("select max_inactive_interval from spring_session where session_id = :id and principal_name = 'demo/finance'")
			.param("id", id)
			.query(Integer.class)
			.single();
		assertThat(timeout).isEqualTo(8 * 3600);
		List<String> attributes = jdbc.sql("select a.attribute_name from spring_session_attributes a "
				+ "join spring_session s on s.primary_id = a.session_primary_id where s.session_id = :id")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(attributes).contains("SPRING_SECURITY_CONTEXT").anyMatch(name -> name.contains("CSRF_TOKEN"));
	}

	@Test
	void aRequestLeavesTheRowAloneUntilItsLastAccessIsAMinuteOld() throws Exception {
		MockHttpSession session = Sessions.employee(mvc, "demo", "finance", "demo1234");
		String id = (String) session.getAttribute(MockMvcSessions.STORED_ID);
		long recently = System.currentTimeMillis() - 30_000;
		setLastAccess(id, recently);
		mvc.perform(get("/notifications/bell").session(session)).andExpect(status().isOk());
		assertThat(lastAccess(id)).as("half a minute ago: not written").isEqualTo(recently);

		long longAgo = System.currentTimeMillis() - 2 * SessionWrites.LAG_MILLIS;
		setLastAccess(id, longAgo);
		long before = System.currentTimeMillis();
		mvc.perform(get("/notifications/bell").session(session)).andExpect(status().isOk());
		assertThat(lastAccess(id)).as("two minutes ago: written").isGreaterThanOrEqualTo(before);
		assertThat(jdbc.sql("select expiry_time - last_access_time from spring_session where session_id = :id")
			.param("id", id).query(Long.class).single()).isEqualTo(8 * 3600 * 1000L);
	}

	@Test
	@SuppressWarnings("unchecked")
	void twoRequestsAddingTheSameAttributeAtOnceBothSucceed() {
		// the repository's own session type is not public: use it as the interface the filter does
		SessionRepository<Session> sessions = (SessionRepository<Session>) (SessionRepository<?>) repository;
		Session created = sessions.createSession();
		sessions.save(created);
		// two requests of one session, each loaded before either saved
		Session first = sessions.findById(created.getId());
		Session second = sessions.findById(created.getId());
		first.setAttribute("probe", "one");
		second.setAttribute("probe", "one");
		sessions.save(first);
		sessions.save(second);
		assertThat((String) sessions.findById(created.getId()).getAttribute("probe")).isEqualTo("one");
		sessions.deleteById(created.getId());
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRequestStartedBeforeTheSignInDoesNotPutTheOldSessionIdBack() {
		SessionRepository<Session> sessions = (SessionRepository<Session>) (SessionRepository<?>) repository;
		Session created = sessions.createSession();
		sessions.save(created);
		String before = created.getId();
		// the sign-in page's background request and the sign-in itself, both loaded before either saved
		Session background = sessions.findById(before);
		Session signingIn = sessions.findById(before);
		// no principal name: the operator's sign-in keeps its context under a key of its own
		String after = signingIn.changeSessionId();
		sessions.save(signingIn);
		background.setLastAccessedTime(Instant.now());
		sessions.save(background);
		assertThat(sessions.findById(after)).as("the signed-in session under its new id").isNotNull();
		assertThat(sessions.findById(before)).as("the old id").isNull();
		sessions.deleteById(after);
	}

	private void setLastAccess(String id, long millis) {
		jdbc.sql("update spring_session set last_access_time = :at where session_id = :id")
			.param("at", millis).param("id", id).update();
	}

	private long lastAccess(String id) {
		return jdbc.sql("select last_access_time from spring_session where session_id = :id")
			.param("id", id).query(Long.class).single();
	}
}

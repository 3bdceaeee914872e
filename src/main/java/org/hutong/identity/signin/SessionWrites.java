package org.hutong.identity.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A session's row is written when something in it changes, not on every request: Spring Session
 * moves the last-access time on each request and would write the row each time (a write, and a
 * flush of the database's log, under the cheapest page). Its update statement is replaced by one
 * that leaves the row alone while only the last-access time moved, by less than a minute. Expiry is
 * then counted from at most a minute early, and 我的 shows "last active" to the minute (ADR 0027).
 * The session id (changed at sign-in), its principal and its timeout are always written.
 * <p>
 * A changed id is never changed back: the row keeps the id it had before, and a write that carries
 * that one is left out. A request the sign-in page started before the sign-in (the service worker
 * caching the 离线 page, a language switch) still holds the old id when it finishes; written, it
 * would put the old id back and the browser, holding the new one, would find itself signed out.
 * <p>
 * A page's parallel requests (the bell, the home cards, a tab) may each add the same new attribute
 * (the saved request before sign-in, the device after it): each would insert it, and all but the
 * first failed on the primary key with a 500. The insert skips a row that is there already; the
 * values the racing requests write are the same.
 */
@Configuration(proxyBeanMethods = false)
class SessionWrites {

	/** How far the stored last-access time may lag behind the real one. */
	static final long LAG_MILLIS = 60_000;

	// the same six parameters, in the order Spring Session binds them to its own UPDATE
	static final String UPDATE_WHEN_CHANGED = """
			MERGE INTO %TABLE_NAME% s
			USING (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
			    CAST(? AS INT) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
			    CAST(? AS VARCHAR(100)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) n
			ON s.primary_id = n.primary_id
			WHEN MATCHED AND (s.session_id = n.session_id AND (s.last_access_time < n.last_access_time - %LAG%
			        OR s.max_inactive_interval <> n.max_inactive_interval
			        OR s.principal_name IS DISTINCT FROM n.principal_name)
			    OR s.session_id <> n.session_id AND n.session_id IS DISTINCT FROM s.previous_session_id)
			THEN UPDATE SET session_id = n.session_id,
			    previous_session_id = CASE WHEN s.session_id <> n.session_id THEN s.session_id ELSE s.previous_session_id END,
			    last_access_time = n.last_access_time,
			    max_inactive_interval = n.max_inactive_interval, expiry_time = n.expiry_time,
			    principal_name = n.principal_name
			""".replace("%LAG%", Long.toString(LAG_MILLIS));

	static final String INSERT_ATTRIBUTE_ONCE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?) ON CONFLICT DO NOTHING
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionWrittenWhenChanged() {
		return repository -> {
			repository.setUpdateSessionQuery(UPDATE_WHEN_CHANGED);
			repository.setCreateSessionAttributeQuery(INSERT_ATTRIBUTE_ONCE);
		};
	}
}

package org.hutong.identity.signin;

import java.sql.Timestamp;
import java.util.Date;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/**
 * The "keep me signed in" tokens in the database (ADR 0019), one row per remembered browser, seen
 * by every node. The token's user name is qualified with the enterprise code ({@code demo/admin});
 * the row also keeps the tenant and user ids, so an administrator's or a password change's
 * "forget this user" is one indexed delete.
 */
@Component
class RememberMeTokens implements PersistentTokenRepository {

	private final JdbcClient jdbc;

	RememberMeTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void createNewToken(PersistentRememberMeToken token) {
		String qualified = token.getUsername();
		int slash = qualified.indexOf('/');
		jdbc.sql("insert into identity_remember_me (series, tenant_id, user_id, username, token, last_used) "
				+ "select :series, u.tenant_id, u.id, :qualified, :token, :used from identity_user u "
				+ "join tenancy_tenant t on t.id = u.tenant_id where t.code = :code and u.username = :username")
			.param("series", token.getSeries())
			.param("qualified", qualified)
			.param("token", token.getTokenValue())
			.param("used", new Timestamp(token.getDate().getTime()))
			.param("code", qualified.substring(0, Math.max(slash, 0)))
			.param("username", qualified.substring(slash + 1))
			.update();
	}

	@Override
	public void updateToken(String series, String tokenValue, Date lastUsed) {
		jdbc.sql("update identity_remember_me set token = :token, last_used = :used where series = :series")
			.param("token", tokenValue)
			.param("used", new Timestamp(lastUsed.getTime()))
			.param("series", series)
			.update();
	}

	@Override
	public PersistentRememberMeToken getTokenForSeries(String seriesId) {
		return jdbc.sql("select username, series, token, last_used from identity_remember_me where series = :series")
			.param("series", seriesId)
			.query((rs, row) -> new PersistentRememberMeToken(rs.getString(1), rs.getString(2), rs.getString(3),
					new Date(rs.getTimestamp(4).getTime())))
			.optional()
			.orElse(null);
	}

	@Override
	public void removeUserTokens(String qualifiedName) {
		jdbc.sql("delete from identity_remember_me where username = :username").param("username", qualifiedName).update();
	}

	void removeSeries(String series) {
		jdbc.sql("delete from identity_remember_me where series = :series").param("series", series).update();
	}

	void removeAllOf(long tenantId, long userId) {
		jdbc.sql("delete from identity_remember_me where tenant_id = :tenantId and user_id = :userId")
			.param("tenantId", tenantId)
			.param("userId", userId)
			.update();
	}

	void removeAllOfExcept(long tenantId, long userId, String keptSeries) {
		jdbc.sql("delete from identity_remember_me where tenant_id = :tenantId and user_id = :userId and series <> :kept")
			.param("tenantId", tenantId)
			.param("userId", userId)
			.param("kept", keptSeries)
			.update();
	}

	int countOf(long tenantId, long userId) {
		return jdbc.sql("select count(*) from identity_remember_me where tenant_id = :tenantId and user_id = :userId")
			.param("tenantId", tenantId)
			.param("userId", userId)
			.query(Integer.class)
			.single();
	}
}

package org.hutong.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.AccessChanges;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.platform.Sessions;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A locked or disabled user is refused by every way in for as long as the lock lasts: a session made
 * before (on its next request), a remember-me cookie, an API token and the live stream.
 */
@HutongTest
class AccountStateTests {

	private static final String PASSWORD = "state-pass-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	UserRepository users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AccessChanges access;

	@Test
	void aLockedUsersSessionCookieTokenAndStreamAreRefusedUntilTheLockEnds() throws Exception {
		String name = newUser();
		MockHttpSession session = Sessions.employee(mvc, "demo", name, PASSWORD);
		Cookie remembered = rememberMe(name);
		String token = token(name);
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		lockUntil(name, Instant.now().plus(Duration.ofMinutes(10)));

		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?error=locked&tenant=demo"));
		// the session is gone
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/").cookie(remembered)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());

		lockUntil(name, Instant.now().minusSeconds(1));
		// the token works again once the lock is over
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void aLockedUsersLiveStreamIsRefused() throws Exception {
		String name = newUser();
		MockHttpSession session = Sessions.employee(mvc, "demo", name, PASSWORD);
		lockUntil(name, Instant.now().plus(Duration.ofMinutes(10)));
		mvc.perform(get("/notifications/stream").session(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void aDisabledUsersSessionAndTokenAreRefused() throws Exception {
		String name = newUser();
		MockHttpSession session = Sessions.employee(mvc, "demo", name, PASSWORD);
		String token = token(name);
		jdbc.sql("update identity_user set status = 'DISABLED' where username = :name").param("name", name).update();
		changed(name);

		mvc.perform(get("/customers").session(session)).andExpect(redirectedUrl("/login?error=disabled&tenant=demo"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void anHtmxRequestOfALockedUserIsToldWhereToGo() throws Exception {
		String name = newUser();
		MockHttpSession session = Sessions.employee(mvc, "demo", name, PASSWORD);
		lockUntil(name, Instant.now().plus(Duration.ofMinutes(10)));
		String target = mvc.perform(get("/feed").session(session).header("HX-Request", "true"))
			.andExpect(status().isNoContent())
			.andReturn()
			.getResponse()
			.getHeader("HX-Redirect");
		assertThat(target).isEqualTo("/login?error=locked&tenant=demo");
	}

	private String token(String name) {
		SignedInUser owner = new TestUsers(userDetails).load("demo", name);
		return TenantContext.callAs(owner.tenantId(), () -> tokens.create(owner, "state", 30).secret());
	}

	private Cookie rememberMe(String name) throws Exception {
		return mvc.perform(post("/login").with(csrf())
			.param("tenant", "demo").param("username", name).param("password", PASSWORD).param("remember-me", "on"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie(RememberMe.COOKIE);
	}

	private void lockUntil(String name, Instant until) {
		jdbc.sql("update identity_user set locked_until = :until where username = :name")
			.param("until", Timestamp.from(until))
			.param("name", name)
			.update();
		changed(name);
	}

	/**
	 * Tells this node's memories, as the node that makes a change does (another node's see it when
	 * their copies expire: {@code AccountStatesTests}, {@code BearerPrincipalsTests}).
	 */
	private void changed(String name) {
		long tenantId = tenants.findByCode("demo").orElseThrow().getId();
		long id = jdbc.sql("select id from identity_user where tenant_id = :tenant and username = :name")
			.param("tenant", tenantId).param("name", name).query(Long.class).single();
		access.userChanged(tenantId, id);
	}

	private String newUser() {
		String name = "state" + UUID.randomUUID().toString().substring(0, 8);
		long tenantId = tenants.findByCode("demo").orElseThrow().getId();
		TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> {
			User user = new User(name, encoder.encode(PASSWORD), Instant.now());
			user.describe("状态测试", null, null, null, null, null, Instant.now());
			users.save(user);
		}));
		return name;
	}
}

package org.hutong.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.platform.Sessions;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Keep me signed in" is a revocable token in the database: the cookie names nobody and is
 * HttpOnly, SameSite=Lax (Secure over HTTPS); the row goes on sign-out, on a password change, when an
 * administrator disables the user, and when a copied cookie is detected.
 */
@HutongTest
class RememberMeTests {

	private static final String PASSWORD = "remember-pass-1";

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
	UserDetailsService userDetails;

	@Test
	void theCookieIsSeriesAndTokenOnlyHttpOnlyAndLax() throws Exception {
		String name = newUser();
		MockHttpServletResponse response = rememberedSignIn(name, false);
		Cookie cookie = response.getCookie(RememberMe.COOKIE);
		String decoded = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
		assertThat(decoded.split(":")).hasSize(2);
		assertThat(decoded).doesNotContain(name).doesNotContain("demo");
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
		assertThat(cookie.getSecure()).as("plain HTTP without secure cookies set").isFalse();
		assertThat(jdbc.sql("select username from identity_remember_me where series = :series")
			.param("series", SignedInSessions.seriesOf(cookie.getValue()).orElseThrow())
			.query(String.class)
			.single()).isEqualTo("demo/" + name);
	}

	@Test
	void overHttpsTheCookieIsSecure() throws Exception {
		MockHttpServletResponse response = rememberedSignIn(newUser(), true);
		Cookie cookie = response.getCookie(RememberMe.COOKIE);
		assertThat(cookie.getSecure()).isTrue();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(response.getHeader("Strict-Transport-Security")).as("HSTS over HTTPS").contains("max-age=");
	}

	@Test
	void signingOutForgetsThisBrowser() throws Exception {
		String name = newUser();
		Cookie cookie = rememberedSignIn(name, false).getCookie(RememberMe.COOKIE);
		MockHttpSession session = new MockHttpSession();
		mvc.perform(get("/").cookie(cookie).session(session)).andExpect(status().isOk());
		Cookie renewed = cookie;
		mvc.perform(post("/logout").session(session).cookie(renewed).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
		assertThat(remembered(name)).isZero();
		mvc.perform(get("/").cookie(cookie)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aPasswordChangeForgetsEveryRememberedBrowser() throws Exception {
		String name = newUser();
		Cookie cookie = rememberedSignIn(name, false).getCookie(RememberMe.COOKIE);
		MockHttpSession session = Sessions.employee(mvc, "demo", name, PASSWORD);
		mvc.perform(post("/me/password").session(session).with(csrf())
			.param("currentPassword", PASSWORD).param("newPassword", "another-pass-2").param("confirmPassword", "another-pass-2"))
			.andExpect(redirectedUrl("/me"));
		assertThat(remembered(name)).isZero();
		mvc.perform(get("/").cookie(cookie)).andExpect(redirectedUrl("/login"));
		// the session that changed it stays
		mvc.perform(get("/me").session(session)).andExpect(status().isOk());
	}

	@Test
	void disablingAUserForgetsTheirBrowsersAndEndsTheirSessions() throws Exception {
		String name = newUser();
		Cookie cookie = rememberedSignIn(name, false).getCookie(RememberMe.COOKIE);
		MockHttpSession session = Sessions.employee(mvc, "demo", name, PASSWORD);
		assertThat(sessionsOf(name)).isGreaterThan(0);
		long id = jdbc.sql("select u.id from identity_user u join tenancy_tenant t on t.id = u.tenant_id "
				+ "where t.code = 'demo' and u.username = :name").param("name", name).query(Long.class).single();
		mvc.perform(post("/admin/users/{id}/disable", id).with(new TestUsers(userDetails).as("demo", "admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(remembered(name)).isZero();
		assertThat(sessionsOf(name)).as("their sessions are deleted on every node").isZero();
		mvc.perform(get("/").cookie(cookie)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void disablingAUserLeavesTheirNamesakeInAnotherEnterpriseSignedIn() throws Exception {
		String name = newUser();
		newUser("demo2", name);
		Cookie namesake = mvc.perform(post("/login").with(csrf())
			.param("tenant", "demo2").param("username", name).param("password", PASSWORD).param("remember-me", "on"))
			.andReturn()
			.getResponse()
			.getCookie(RememberMe.COOKIE);
		long id = jdbc.sql("select u.id from identity_user u join tenancy_tenant t on t.id = u.tenant_id "
				+ "where t.code = 'demo' and u.username = :name").param("name", name).query(Long.class).single();
		mvc.perform(post("/admin/users/{id}/disable", id).with(new TestUsers(userDetails).as("demo", "admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/").cookie(namesake)).andExpect(status().isOk());
	}

	@Test
	void aCopiedCookieUsedAfterItWasReplacedForgetsTheUser() throws Exception {
		String name = newUser();
		Cookie cookie = rememberedSignIn(name, false).getCookie(RememberMe.COOKIE);
		mvc.perform(get("/").cookie(cookie)).andExpect(status().isOk());
		// the first use replaced the token; the same old cookie again is a copy
		mvc.perform(get("/").cookie(cookie)).andExpect(redirectedUrl("/login"));
		assertThat(remembered(name)).isZero();
	}

	private MockHttpServletResponse rememberedSignIn(String name, boolean secure) throws Exception {
		return mvc.perform(post("/login").secure(secure).with(csrf())
			.param("tenant", "demo").param("username", name).param("password", PASSWORD).param("remember-me", "on"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse();
	}

	private long remembered(String name) {
		return jdbc.sql("select count(*) from identity_remember_me where username = :name")
			.param("name", "demo/" + name)
			.query(Long.class)
			.single();
	}

	private long sessionsOf(String name) {
		return jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", "demo/" + name)
			.query(Long.class)
			.single();
	}

	private String newUser() {
		return newUser("demo", "remember" + UUID.randomUUID().toString().substring(0, 8));
	}

	private String newUser(String tenantCode, String name) {
		long tenantId = tenants.findByCode(tenantCode).orElseThrow().getId();
		TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> {
			User user = new User(name, encoder.encode(PASSWORD), Instant.now());
			user.describe("记住测试", null, null, null, null, null, Instant.now());
			users.save(user);
		}));
		return name;
	}
}

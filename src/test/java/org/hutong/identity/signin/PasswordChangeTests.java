package org.hutong.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A user an administrator created, or whose password an administrator reset, must choose their own
 * password first: every page leads to the password page until then, the API refuses with a
 * problem that says so, and the change lets them in at once.
 */
@HutongTest
class PasswordChangeTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final String INITIAL = "initial-pass-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	ApiTokens tokens;

	RequestPostProcessor admin;

	String username;

	@BeforeEach
	void createAUserAsTheAdministrator() throws Exception {
		admin = new TestUsers(userDetails).as("demo", "admin");
		username = "first" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100_000;
		mvc.perform(post("/admin/users").with(csrf()).with(admin).param("username", username)
			.param("displayName", "新同事").param("password", INITIAL))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void everyPageLeadsToThePasswordPageUntilTheUserHasChangedIt() throws Exception {
		MockHttpSession session = signIn(INITIAL);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/me/password"));
		mvc.perform(get("/customers").session(session)).andExpect(redirectedUrl("/me/password"));
		// a boosted link is sent there too; a background request (a badge) is refused, never reloading in a loop
		mvc.perform(get("/feed").session(session).header("HX-Request", "true").header("HX-Boosted", "true"))
			.andExpect(status().isNoContent())
			.andExpect(header().string("HX-Redirect", "/me/password"));
		mvc.perform(get("/notifications").session(session).header("HX-Request", "true")
			.header("HX-Current-URL", "http://localhost/me/password"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/me/password").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("管理员为您设置了初始密码")));
		mvc.perform(get("/css/app.css").session(session)).andExpect(status().isOk());

		mvc.perform(post("/me/password").session(session).with(csrf()).param("currentPassword", INITIAL)
			.param("newPassword", "my-own-pass-2").param("confirmPassword", "my-own-pass-2"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		mvc.perform(get("/me/password").session(session))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("管理员为您设置了初始密码"))));
	}

	@Test
	void aWrongCurrentPasswordKeepsTheUserOnThePasswordPage() throws Exception {
		MockHttpSession session = signIn(INITIAL);
		mvc.perform(post("/me/password").session(session).with(csrf()).param("currentPassword", "wrong-pass-9")
			.param("newPassword", "my-own-pass-2").param("confirmPassword", "my-own-pass-2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("管理员为您设置了初始密码")));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/me/password"));
	}

	@Test
	void theApiRefusesWithAProblemUntilThePasswordIsChanged() throws Exception {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		long tenantId = tenants.findByCode("demo").orElseThrow().getId();
		String secret = TenantContext.callAs(tenantId, () -> tokens.create(user, "首次登录", 30).secret());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(containsString("修改管理员设置的初始密码")));

		MockHttpSession session = signIn(INITIAL);
		mvc.perform(post("/me/password").session(session).with(csrf()).param("currentPassword", INITIAL)
			.param("newPassword", "my-own-pass-2").param("confirmPassword", "my-own-pass-2"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
	}

	@Test
	void aPasswordTheAdministratorResetsMustBeChangedAgain() throws Exception {
		MockHttpSession first = signIn(INITIAL);
		mvc.perform(post("/me/password").session(first).with(csrf()).param("currentPassword", INITIAL)
			.param("newPassword", "my-own-pass-2").param("confirmPassword", "my-own-pass-2"))
			.andExpect(redirectedUrl("/"));
		long id = new TestUsers(userDetails).load("demo", username).userId();
		mvc.perform(post("/admin/users/" + id + "/password").with(csrf()).with(admin).param("password", "reset-pass-3"))
			.andExpect(status().is3xxRedirection());
		MockHttpSession again = signIn("reset-pass-3");
		mvc.perform(get("/").session(again)).andExpect(redirectedUrl("/me/password"));
	}

	@Test
	void demoUsersAndTheFounderAreNotAsked() throws Exception {
		mvc.perform(get("/").with(admin)).andExpect(status().isOk());
	}

	private MockHttpSession signIn(String password) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").param("tenant", "demo").param("username", username)
			.param("password", password).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getRequest()
			.getSession();
	}
}

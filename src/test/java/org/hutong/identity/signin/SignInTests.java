package org.hutong.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hutong.HutongTest;
import org.hutong.MockMvcSessions;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

@HutongTest
class SignInTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

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

	@Test
	void signsInWithEnterpriseCodeAndRenewsTheSession() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(get("/login").session(session)).andExpect(status().isOk());
		Object before = session.getAttribute(MockMvcSessions.STORED_ID);
		mvc.perform(signIn("demo", "admin", "demo1234").session(session)).andExpect(redirectedUrl("/"));
		assertThat(before).as("the sign-in page made a stored session").isNotNull();
		assertThat(session.getAttribute(MockMvcSessions.STORED_ID)).as("session fixation protection")
			.isNotNull()
			.isNotEqualTo(before);
	}

	@Test
	void enterpriseCodeIsCaseInsensitiveAndTrimmed() throws Exception {
		mvc.perform(signIn(" DEMO ", "admin", "demo1234")).andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongPasswordUnknownUserAndUnknownEnterpriseGiveTheSameAnswer() throws Exception {
		mvc.perform(signIn("demo", "admin", "wrong-password")).andExpect(redirectedUrl("/login?error=bad&tenant=demo"));
		mvc.perform(signIn("demo", "nobody", "demo1234")).andExpect(redirectedUrl("/login?error=bad&tenant=demo"));
		mvc.perform(signIn("nowhere", "admin", "demo1234")).andExpect(redirectedUrl("/login?error=bad&tenant=nowhere"));
	}

	@Test
	void aUsernameOnlyCountsInsideItsOwnEnterprise() throws Exception {
		String name = newUser("demo2", "secret-pass-1");
		mvc.perform(signIn("demo", name, "secret-pass-1")).andExpect(redirectedUrl("/login?error=bad&tenant=demo"));
		mvc.perform(signIn("demo2", name, "secret-pass-1")).andExpect(redirectedUrl("/"));
	}

	@Test
	void fiveFailuresLockTheAccountWithAMessageAndAnAuditEntry() throws Exception {
		String name = newUser("demo", "right-password");
		for (int i = 0; i < 4; i++) {
			mvc.perform(signIn("demo", name, "wrong")).andExpect(redirectedUrl("/login?error=bad&tenant=demo"));
		}
		mvc.perform(signIn("demo", name, "wrong")).andExpect(redirectedUrl("/login?error=locked&tenant=demo"));
		mvc.perform(signIn("demo", name, "right-password")).andExpect(redirectedUrl("/login?error=locked&tenant=demo"));
		mvc.perform(get("/login").param("error", "locked")).andExpect(content().string(containsString("锁定 15 分钟")));
		List<String> actions = jdbc.sql("select action from identity_audit_entry where target = :name order by id")
			.param("name", name)
			.query(String.class)
			.list();
		assertThat(actions).contains("ACCOUNT_LOCKED").filteredOn("SIGN_IN_FAILED"::equals).hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void anUnknownUsernameIsLockedAfterAsManyFailuresAsARealOne() throws Exception {
		String real = newUser("demo", "right-password");
		String unknown = "nobody" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
		for (String name : List.of(real, unknown)) {
			for (int i = 0; i < 4; i++) {
				mvc.perform(signIn("demo", name, "wrong")).andExpect(redirectedUrl("/login?error=bad&tenant=demo"));
			}
			mvc.perform(signIn("demo", name, "wrong")).andExpect(redirectedUrl("/login?error=locked&tenant=demo"));
			mvc.perform(signIn("demo", name, "any")).andExpect(redirectedUrl("/login?error=locked&tenant=demo"));
		}
		long counted = jdbc.sql("select count(*) from identity_sign_in_failure where realm = 'enterprise:demo' and username = :name")
			.param("name", unknown)
			.query(Long.class)
			.single();
		assertThat(counted).as("the unknown name is counted in the database, for every node").isEqualTo(1);
	}

	@Test
	void anUnknownEnterpriseCodeLocksTheSameWay() throws Exception {
		String code = "nowhere" + System.nanoTime() % 100000;
		for (int i = 0; i < 4; i++) {
			mvc.perform(signIn(code, "admin", "x")).andExpect(redirectedUrl("/login?error=bad&tenant=" + code));
		}
		mvc.perform(signIn(code, "admin", "x")).andExpect(redirectedUrl("/login?error=locked&tenant=" + code));
	}

	@Test
	void aSuspendedEnterpriseIsOnlyNamedAfterTheRightPassword() throws Exception {
		String code = "susp" + System.nanoTime() % 1000000;
		long tenantId = tenants.create(code, "暂停测试企业").getId();
		String name = "boss";
		TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> {
			User user = new User(name, encoder.encode("right-password"), java.time.Instant.now());
			user.describe("测试用户", null, null, null, null, null, java.time.Instant.now());
			users.save(user);
		}));
		tenants.suspend(tenantId);
		mvc.perform(signIn(code, name, "wrong")).andExpect(redirectedUrl("/login?error=bad&tenant=" + code));
		mvc.perform(signIn(code, "nobody", "wrong")).andExpect(redirectedUrl("/login?error=bad&tenant=" + code));
		mvc.perform(signIn(code, name, "right-password")).andExpect(redirectedUrl("/login?error=suspended&tenant=" + code));
	}

	@Test
	void aDisabledUserIsToldSo() throws Exception {
		String name = newUser("demo", "right-password");
		inTenant("demo", () -> users.findByUsername(name).orElseThrow().disable(java.time.Instant.now()));
		mvc.perform(signIn("demo", name, "right-password")).andExpect(redirectedUrl("/login?error=disabled&tenant=demo"));
	}

	@Test
	void rememberMeIsOptIn() throws Exception {
		mvc.perform(signIn("demo", "rd", "demo1234")).andExpect(cookie().doesNotExist("remember-me"));
		mvc.perform(signIn("demo", "rd", "demo1234").param("remember-me", "on")).andExpect(cookie().exists("remember-me"));
	}

	@Test
	void theRememberMeCookieAloneSignsInANewSession() throws Exception {
		jakarta.servlet.http.Cookie remembered = mvc.perform(signIn("demo", "rd", "demo1234").param("remember-me", "on"))
			.andReturn()
			.getResponse()
			.getCookie("remember-me");
		mvc.perform(get("/").cookie(remembered)).andExpect(status().isOk());
		mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anOverlongPasswordIsJustWrongNotAnError() throws Exception {
		mvc.perform(signIn("demo", "admin", "密".repeat(100))).andExpect(redirectedUrl("/login?error=bad&tenant=demo"));
	}

	@Test
	void signInPageShowsDemoSignInsInDemoModeAndHasTheExactFieldNames() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"tenant\"")))
			.andExpect(content().string(containsString("name=\"username\"")))
			.andExpect(content().string(containsString("name=\"password\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("demo1234")));
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("tenant", "demo").param("username", "admin").param("password", "demo1234"))
			.andExpect(status().isForbidden());
	}

	@Test
	void signOutEndsTheSession() throws Exception {
		MockHttpSession session = (MockHttpSession) mvc.perform(signIn("demo", "admin", "demo1234"))
			.andReturn()
			.getRequest()
			.getSession();
		mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String tenant,
			String username, String password) {
		return post("/login").param("tenant", tenant)
			.param("username", username)
			.param("password", password)
			.with(csrf());
	}

	private String newUser(String tenantCode, String password) {
		String name = "signin" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
		inTenant(tenantCode, () -> {
			User user = new User(name, encoder.encode(password), java.time.Instant.now());
			user.describe("测试用户", null, null, null, null, null, java.time.Instant.now());
			users.save(user);
		});
		return name;
	}

	private void inTenant(String code, Runnable work) {
		long tenantId = tenants.findByCode(code).orElseThrow().getId();
		TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> work.run()));
	}
}

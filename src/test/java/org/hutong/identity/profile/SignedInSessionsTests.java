package org.hutong.identity.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.hutong.HutongTest;
import org.hutong.MockMvcSessions;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.platform.Sessions;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** 我的 › 登录设备: a user sees where they are signed in and ends other sessions, never someone else's. */
@HutongTest
class SignedInSessionsTests {

	private static final String PASSWORD = "sessions-pass-1";

	private static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
			+ "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

	private static final String LAPTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
			+ "(KHTML, like Gecko) Chrome/124.0 Safari/537.36";

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

	@Test
	void listsEachSessionWithItsDeviceAndMarksThisOne() throws Exception {
		String name = newUser("demo");
		MockHttpSession phone = signedInOn(name, PHONE);
		signedInOn(name, LAPTOP);
		String page = page(phone);
		assertThat(page).contains("Safari · iPhone").contains("Chrome · Windows").contains("本机");
		assertThat(page.split("data-session=\"current\"", -1)).as("one session is this one").hasSize(2);
		assertThat(page.split("data-session=\"other\"", -1)).hasSize(2);
	}

	@Test
	void endingAnotherSessionSignsThatDeviceOut() throws Exception {
		String name = newUser("demo");
		MockHttpSession phone = signedInOn(name, PHONE);
		MockHttpSession laptop = signedInOn(name, LAPTOP);
		mvc.perform(post("/me/sessions/{id}/end", storedId(laptop)).session(phone).with(csrf()))
			.andExpect(redirectedUrl("/me/sessions"));
		mvc.perform(get("/").session(laptop)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/").session(phone)).andExpect(status().isOk());
	}

	@Test
	void nobodyEndsSomeoneElsesSession() throws Exception {
		MockHttpSession mine = signedInOn(newUser("demo"), PHONE);
		MockHttpSession theirs = signedInOn(newUser("demo"), LAPTOP);
		mvc.perform(post("/me/sessions/{id}/end", storedId(theirs)).session(mine).with(csrf()))
			.andExpect(redirectedUrl("/me/sessions"));
		mvc.perform(get("/").session(theirs)).andExpect(status().isOk());
	}

	@Test
	void sameUsernameInAnotherEnterpriseIsSomeoneElse() throws Exception {
		String name = newUser("demo");
		newUser("demo2", name);
		MockHttpSession mine = signedInOn(name, PHONE);
		MockHttpSession namesake = Sessions.employee(mvc, "demo2", name, PASSWORD);
		mvc.perform(get("/").session(namesake).header("User-Agent", LAPTOP)).andExpect(status().isOk());
		assertThat(page(mine)).doesNotContain("Chrome · Windows");
		mvc.perform(post("/me/sessions/end-others").session(mine).with(csrf())).andExpect(redirectedUrl("/me/sessions"));
		mvc.perform(get("/").session(namesake)).andExpect(status().isOk());
	}

	@Test
	void signingOutEverywhereElseEndsOtherSessionsAndRememberedDevices() throws Exception {
		String name = newUser("demo");
		MockHttpSession phone = signedInOn(name, PHONE);
		MockHttpSession laptop = signedInOn(name, LAPTOP);
		Cookie remembered = mvc.perform(post("/login").with(csrf())
			.param("tenant", "demo").param("username", name).param("password", PASSWORD).param("remember-me", "on"))
			.andReturn()
			.getResponse()
			.getCookie("remember-me");
		mvc.perform(post("/me/sessions/end-others").session(phone).with(csrf())).andExpect(redirectedUrl("/me/sessions"));
		mvc.perform(get("/").session(laptop)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/").cookie(remembered)).andExpect(redirectedUrl("/login"));
		assertThat(page(phone)).doesNotContain("data-session=\"other\"");
	}

	private String page(MockHttpSession session) throws Exception {
		return mvc.perform(get("/me/sessions").session(session).header("User-Agent", PHONE))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Signs in and makes one page request from the device, which notes what device it is. */
	private MockHttpSession signedInOn(String name, String userAgent) throws Exception {
		MockHttpSession session = Sessions.employee(mvc, "demo", name, PASSWORD);
		mvc.perform(get("/").session(session).header("User-Agent", userAgent)).andExpect(status().isOk());
		return session;
	}

	private static String storedId(MockHttpSession session) {
		return (String) session.getAttribute(MockMvcSessions.STORED_ID);
	}

	private String newUser(String tenantCode) {
		return newUser(tenantCode, "sess" + UUID.randomUUID().toString().substring(0, 8));
	}

	private String newUser(String tenantCode, String name) {
		long tenantId = tenants.findByCode(tenantCode).orElseThrow().getId();
		TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> {
			User user = new User(name, encoder.encode(PASSWORD), Instant.now());
			user.describe("会话测试", null, null, null, null, null, Instant.now());
			users.save(user);
		}));
		return name;
	}
}

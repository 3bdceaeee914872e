package org.hutong.identity.profile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@HutongTest
class ProfileTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	UserRepository users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void myPageShowsProfileMenuAndSignOut() throws Exception {
		mvc.perform(get("/me").with(as("demo", "manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("李明")))
			.andExpect(content().string(containsString("销售部")))
			.andExpect(content().string(containsString("销售总监")))
			.andExpect(content().string(containsString("/me/tokens")))
			.andExpect(content().string(containsString("action=\"/logout\"")));
	}

	@Test
	void wrongCurrentPasswordOrMismatchStaysOnTheFormWithFieldErrors() throws Exception {
		String name = newUser("old-password-1");
		mvc.perform(post("/me/password").with(as("demo", name)).with(csrf())
			.param("currentPassword", "not-it")
			.param("newPassword", "new-password-1")
			.param("confirmPassword", "new-password-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前密码不正确")));
		mvc.perform(post("/me/password").with(as("demo", name)).with(csrf())
			.param("currentPassword", "old-password-1")
			.param("newPassword", "short")
			.param("confirmPassword", "other"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码至少 8 个字符")))
			.andExpect(content().string(containsString("两次输入的新密码不一致")));
	}

	@Test
	void aPasswordBcryptCannotHashIsRefusedOnTheForm() throws Exception {
		String name = newUser("old-password-1");
		String tooLong = "密码".repeat(13);
		mvc.perform(post("/me/password").with(as("demo", name)).with(csrf())
			.param("currentPassword", "old-password-1")
			.param("newPassword", tooLong)
			.param("confirmPassword", tooLong))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("最多 72 字节")));
	}

	@Test
	void changedPasswordIsTheOneThatSignsIn() throws Exception {
		String name = newUser("old-password-1");
		mvc.perform(post("/me/password").with(as("demo", name)).with(csrf())
			.param("currentPassword", "old-password-1")
			.param("newPassword", "new-password-1")
			.param("confirmPassword", "new-password-1"))
			.andExpect(redirectedUrl("/me"));
		mvc.perform(post("/login").with(csrf()).param("tenant", "demo").param("username", name).param("password", "new-password-1"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void chosenLanguageAppliesNowAndAtTheNextSignIn() throws Exception {
		String name = newUser("secret-pass-1");
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/me/language").session(session).with(as("demo", name)).with(csrf()).param("language", "en"))
			.andExpect(redirectedUrl("/me"));
		mvc.perform(get("/").session(session).with(as("demo", name)))
			.andExpect(content().string(containsString(">Home<")));
		// a new session, a Chinese browser: the profile's choice still wins
		mvc.perform(get("/").header("Accept-Language", "zh-CN").with(as("demo", name)))
			.andExpect(content().string(containsString(">Home<")))
			.andExpect(content().string(not(containsString(">工作台<"))));
	}

	@Test
	void unknownLanguageIsRejectedOnTheForm() throws Exception {
		mvc.perform(post("/me/language").with(as("demo", "rd")).with(csrf()).param("language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择简体中文或 English")));
	}

	@Test
	void invalidContactDetailsAreShownNextToTheField() throws Exception {
		mvc.perform(post("/me").with(as("demo", "rd")).with(csrf())
			.param("mobile", "23456789012")
			.param("email", "x".repeat(120) + "@example.com")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入 11 位中国大陆手机号")))
			.andExpect(content().string(containsString("field invalid")));
	}

	@Test
	void aStaleFormIsAConflictNotASilentOverwrite() throws Exception {
		mvc.perform(post("/me").with(as("demo", "finance")).with(csrf())
			.param("mobile", "13903740005")
			.param("email", "")
			.param("version", "-1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("其他人刚刚修改了这条记录")));
	}

	@Test
	void aNewTokenIsShownOnceAndCanBeRevoked() throws Exception {
		String page = mvc.perform(post("/me/tokens").with(as("demo", "rd")).with(csrf())
			.param("name", "同步脚本")
			.param("validDays", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"new-token-secret\">hut_")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = page.replaceAll("(?s).*id=\"new-token-secret\">([^<]+)<.*", "$1");
		mvc.perform(get("/me/tokens").with(as("demo", "rd")))
			.andExpect(content().string(containsString("同步脚本")))
			.andExpect(content().string(not(containsString(secret))));
	}

	@Test
	void tokenFormRejectsBadInput() throws Exception {
		mvc.perform(post("/me/tokens").with(as("demo", "rd")).with(csrf()).param("name", "").param("validDays", "9999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写令牌名称")))
			.andExpect(content().string(containsString("有效天数需在 1 到 365 之间")));
		mvc.perform(post("/me/tokens").with(as("demo", "rd")).with(csrf()).param("name", "x").param("validDays", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void revokingSomeoneElsesTokenIsNotFound() throws Exception {
		mvc.perform(post("/me/tokens/999999/revoke").with(as("demo", "rd")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private RequestPostProcessor as(String tenant, String username) {
		return new TestUsers(userDetails).as(tenant, username);
	}

	private String newUser(String password) {
		String name = "me" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
		long tenantId = tenants.findByCode("demo").orElseThrow().getId();
		TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> {
			User user = new User(name, encoder.encode(password), Instant.now());
			user.describe("测试", null, null, null, null, null, Instant.now());
			users.save(user);
		}));
		return name;
	}
}

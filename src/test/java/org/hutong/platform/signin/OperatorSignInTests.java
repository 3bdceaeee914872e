package org.hutong.platform.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.platform.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@HutongTest
class OperatorSignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OperatorLockout lockout;

	@Test
	void operatorSignsInThroughTheFormAndReachesTheConsole() throws Exception {
		mvc.perform(formLogin("/platform/login").user("operator").password(Sessions.OPERATOR_PASSWORD))
			.andExpect(redirectedUrl("/platform"));
		MockHttpSession session = Sessions.operator(mvc);
		mvc.perform(get("/platform").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("运营人员 operator")));
	}

	@Test
	void signInPageIsLocalisedWithTheSameSecurityHeadersAsTheEmployeePages() throws Exception {
		String employeePolicy = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");
		mvc.perform(get("/platform/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("平台运营方登录")))
			.andExpect(content().string(not(containsString("name=\"tenant\""))))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		assertThat(mvc.perform(get("/platform/login")).andReturn().getResponse().getHeader("Content-Security-Policy"))
			.isEqualTo(employeePolicy)
			.isEqualTo(PlatformSecurityConfig.CONTENT_SECURITY_POLICY);
		mvc.perform(get("/platform/login").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Platform operator sign-in")))
			.andExpect(content().string(not(containsString("平台运营方登录"))));
	}

	@Test
	void anonymousVisitorIsSentToTheOperatorSignIn() throws Exception {
		mvc.perform(get("/platform")).andExpect(redirectedUrl("/platform/login"));
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		mvc.perform(post("/platform/login").with(csrf()).param("username", "operator").param("password", "nope"))
			.andExpect(redirectedUrl("/platform/login?error=bad"));
		mvc.perform(post("/platform/login").with(csrf()).param("username", "admin").param("password", "demo1234"))
			.andExpect(redirectedUrl("/platform/login?error=bad"));
		mvc.perform(get("/platform/login").param("error", "bad"))
			.andExpect(content().string(containsString("用户名或密码不正确")));
		Sessions.operator(mvc);
	}

	@Test
	void fiveWrongPasswordsInARowLockTheOperator() throws Exception {
		try {
			for (int attempt = 1; attempt < OperatorLockout.MAX_FAILURES; attempt++) {
				signIn("wrong-" + attempt).andExpect(redirectedUrl("/platform/login?error=bad"));
			}
			signIn("wrong-5").andExpect(redirectedUrl("/platform/login?error=locked"));
			signIn(Sessions.OPERATOR_PASSWORD).andExpect(redirectedUrl("/platform/login?error=locked"));
			mvc.perform(get("/platform/login").param("error", "locked"))
				.andExpect(content().string(containsString("锁定 15 分钟")));
		}
		finally {
			lockout.succeeded("operator");
		}
		Sessions.operator(mvc);
	}

	@Test
	void anUnknownNameLocksLikeTheOperatorsSoTheAnswersDoNotTellItApart() throws Exception {
		String name = "not-the-operator-" + System.nanoTime() % 100000;
		for (int attempt = 1; attempt < OperatorLockout.MAX_FAILURES; attempt++) {
			mvc.perform(post("/platform/login").with(csrf()).param("username", name).param("password", "x"))
				.andExpect(redirectedUrl("/platform/login?error=bad"));
		}
		mvc.perform(post("/platform/login").with(csrf()).param("username", name).param("password", "x"))
			.andExpect(redirectedUrl("/platform/login?error=locked"));
		// the operator is not locked by it
		Sessions.operator(mvc);
	}

	@Test
	void anEmployeeSessionGetsNoConsole() throws Exception {
		MockHttpSession employee = Sessions.employee(mvc, "demo", "admin", "demo1234");
		mvc.perform(get("/").session(employee)).andExpect(status().isOk());
		mvc.perform(get("/platform").session(employee)).andExpect(redirectedUrl("/platform/login"));
		mvc.perform(post("/platform/enterprises/1/suspend").session(employee).with(csrf()))
			.andExpect(redirectedUrl("/platform/login"));
	}

	@Test
	void theOperatorSessionReachesNoEnterprisePages() throws Exception {
		MockHttpSession operator = Sessions.operator(mvc);
		mvc.perform(get("/").session(operator)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/me").session(operator)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/admin/users").session(operator)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void operatorAndEmployeeShareABrowserWithoutMixingAndSignOutApart() throws Exception {
		MockHttpSession session = Sessions.employee(mvc, "demo", "admin", "demo1234");
		Sessions.operator(mvc, session);
		mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("周建国")));
		mvc.perform(get("/platform").session(session)).andExpect(status().isOk());

		mvc.perform(post("/platform/logout").session(session).with(csrf()))
			.andExpect(redirectedUrl("/platform/login?signedOut"));
		mvc.perform(get("/platform").session(session)).andExpect(redirectedUrl("/platform/login"));
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
	}

	private ResultActions signIn(String password) throws Exception {
		return mvc.perform(post("/platform/login").with(csrf()).param("username", "operator").param("password", password));
	}
}

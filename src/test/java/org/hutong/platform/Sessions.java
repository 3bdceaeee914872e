package org.hutong.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Real sign-ins through the forms, answering the browser session they leave behind, so tests see
 * what the security chains and their session keys really do.
 */
public final class Sessions {

	/** The operator password the test profile sets. */
	public static final String OPERATOR_PASSWORD = "operator-test-secret";

	private Sessions() {
	}

	public static MockHttpSession operator(MockMvc mvc) throws Exception {
		return operator(mvc, new MockHttpSession());
	}

	public static MockHttpSession operator(MockMvc mvc, MockHttpSession session) throws Exception {
		MvcResult result = mvc.perform(post("/platform/login").session(session).with(csrf())
			.param("username", "operator").param("password", OPERATOR_PASSWORD)).andReturn();
		expectRedirect(result, "/platform");
		return session;
	}

	public static MockHttpSession employee(MockMvc mvc, String tenant, String username, String password)
			throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
			.param("tenant", tenant).param("username", username).param("password", password)).andReturn();
		expectRedirect(result, "/");
		return session;
	}

	/** An enterprise code no other test uses. */
	public static String uniqueCode() {
		return "t-" + UUID.randomUUID().toString().substring(0, 12);
	}

	private static void expectRedirect(MvcResult result, String target) {
		String location = result.getResponse().getRedirectedUrl();
		if (!target.equals(location)) {
			throw new AssertionError("sign-in should lead to " + target + " but led to " + location);
		}
	}
}

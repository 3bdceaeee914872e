package org.hutong;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.web.util.WebUtils;

/**
 * Lets MockMvc tests keep handing a {@code MockHttpSession} from request to request although the
 * application keeps its sessions in the database: the id of the stored session rides in the mock
 * session. Real HTTP requests (browser journeys, the server on its random port) use the cookie,
 * exactly as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {

	/** The attribute of a {@code MockHttpSession} that holds the id of the session in the database. */
	public static final String STORED_ID = "test.stored-session-id";

	@Bean
	HttpSessionIdResolver httpSessionIdResolver() {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setSameSite("Lax");
		CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
		cookies.setCookieSerializer(serializer);
		return new MockOrCookie(cookies);
	}

	private record MockOrCookie(CookieHttpSessionIdResolver cookies) implements HttpSessionIdResolver {

		@Override
		public List<String> resolveSessionIds(HttpServletRequest request) {
			HttpSession mock = mockSession(request, false);
			if (mock != null && mock.getAttribute(STORED_ID) instanceof String id) {
				return List.of(id);
			}
			return cookies.resolveSessionIds(request);
		}

		@Override
		public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
			cookies.setSessionId(request, response, sessionId);
			HttpSession mock = mockSession(request, true);
			if (mock != null) {
				mock.setAttribute(STORED_ID, sessionId);
			}
		}

		@Override
		public void expireSession(HttpServletRequest request, HttpServletResponse response) {
			cookies.expireSession(request, response);
			HttpSession mock = mockSession(request, false);
			if (mock != null) {
				// as the servlet container would have: the browser's session is over
				mock.invalidate();
			}
		}

		private static HttpSession mockSession(HttpServletRequest request, boolean create) {
			MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			return mock == null ? null : mock.getSession(create);
		}
	}
}

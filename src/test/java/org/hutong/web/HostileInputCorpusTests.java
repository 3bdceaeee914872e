package org.hutong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.Onboarding;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.hutong.web.WriteRoutes.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A hostile corpus over every write route, pages and API, signed in as the administrator of an
 * enterprise of its own: over-long and 4-byte text, text that grows when lower-cased, numbers that
 * are not numbers or do not fit, empty values, ids that do not exist or are not numbers, malformed
 * JSON, wrong content types, bad file parts — and, through the running server, bytes that are not
 * UTF-8. No answer may be a 5xx, and no other enterprise's rows or files may change.
 */
@HutongTest
class HostileInputCorpusTests {

	static final List<String> TEXTS = List.of("x".repeat(5000), "🏭".repeat(30), "İ".repeat(30), "abc", "1e309", "-1",
			"99999999999999999999", "", "a\u0000b");

	static final List<String> BAD_IDS = List.of("abc", "99999999999999999999", "999999999", "-1");

	private static final String PASSWORD = "Corpus-1234!x";

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Tenants tenants;

	@Autowired
	Onboarding onboarding;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${hutong.data-dir}")
	String dataDir;

	@LocalServerPort
	int port;

	private final List<String> failures = new ArrayList<>();

	private int probes;

	/** How the probes were answered, to show they reach the handlers and not only the door. */
	private final Map<Integer, Integer> statuses = new TreeMap<>();

	@Test
	void noWriteRouteAnswersAServerErrorToHostileInput() throws Exception {
		CorpusEnterprise enterprise = CorpusEnterprise.create(this);
		OtherEnterprises before = OtherEnterprises.snapshot(jdbc, dataDir, enterprise.tenantId());
		List<Route> routes = WriteRoutes.of(mappings);
		assertThat(routes).as("write routes found").hasSizeGreaterThan(50);
		HttpClient browser = enterprise.browser();
		for (Route route : routes) {
			probe(enterprise, route);
			undecodable(enterprise, browser, route);
		}
		OtherEnterprises after = OtherEnterprises.snapshot(jdbc, dataDir, enterprise.tenantId());
		enterprise.removeFiles();
		assertThat(failures).as(probes + " probes over " + routes.size() + " routes, answered " + statuses).isEmpty();
		assertThat(statuses.keySet()).as("some probes pass the door").anyMatch(status -> status < 400);
		assertThat(after).as("other enterprises' rows and files").isEqualTo(before);
	}

	private void probe(CorpusEnterprise enterprise, Route route) {
		String url = enterprise.url(route, null);
		Map<String, Class<?>> fields = route.json() != null ? route.json() : route.fields();
		for (String text : TEXTS) {
			send(route, url, "all=" + abbreviated(text), builder(route, url, CorpusBodies.all(fields, text), enterprise));
		}
		CorpusBodies.oneAtATime(fields).forEach((probe, values) -> send(route, url, probe,
				builder(route, url, values, enterprise)));
		send(route, url, "no fields", builder(route, url, null, enterprise));
		if (!route.isApi() && !route.files()) {
			send(route, url, "JSON to a form", request(HttpMethod.valueOf(route.method()), url)
				.contentType(MediaType.APPLICATION_JSON).content("{\"a\": ").with(csrf()).with(enterprise.admin()));
		}
		if (route.json() != null) {
			json(enterprise, route, url);
		}
		for (String id : route.variables().isEmpty() ? List.<String>of() : BAD_IDS) {
			String bad = enterprise.url(route, id);
			send(route, bad, "path=" + id, builder(route, bad, null, enterprise));
		}
	}

	private void json(CorpusEnterprise enterprise, Route route, String url) {
		Map<String, String> bodies = Map.of("malformed", "{\"a\": ", "array", "[]", "null", "null", "lone surrogate",
				CorpusBodies.json(route.json(), CorpusBodies.all(route.json(), "\\ud800")), "empty", "");
		bodies.forEach((name, body) -> send(route, url, name,
				enterprise.api(request(HttpMethod.valueOf(route.method()), url)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))));
		send(route, url, "text/plain", enterprise.api(request(HttpMethod.valueOf(route.method()), url)
			.contentType(MediaType.TEXT_PLAIN)
			.content("name=x")));
	}

	private AbstractMockHttpServletRequestBuilder<?> builder(Route route, String url, Map<String, String> values,
			CorpusEnterprise enterprise) {
		String text = values == null || values.isEmpty() ? null : values.values().iterator().next();
		AbstractMockHttpServletRequestBuilder<?> request;
		if (route.files()) {
			MockMultipartHttpServletRequestBuilder upload = multipart(HttpMethod.valueOf(route.method()), url);
			CorpusBodies.badFiles(route.fields(), text).forEach(upload::file);
			if (route.fields().isEmpty()) {
				upload.file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[] { (byte) 0xff, 0, 1 }));
			}
			request = upload;
		}
		else {
			request = request(HttpMethod.valueOf(route.method()), url);
		}
		if (route.json() != null && values != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(CorpusBodies.json(route.json(), values));
		}
		else {
			CorpusBodies.form(route, values == null ? Map.of() : values).forEach(request::param);
		}
		return route.isApi() ? request.header("Authorization", enterprise.bearer()) : request.with(csrf()).with(enterprise.admin());
	}

	private void send(Route route, String url, String probe, AbstractMockHttpServletRequestBuilder<?> request) {
		probes++;
		try {
			int status = mvc.perform(request).andReturn().getResponse().getStatus();
			statuses.merge(status, 1, Integer::sum);
			if (status >= 500) {
				failures.add(route + " " + abbreviated(url) + " [" + probe + "] → " + status);
			}
		}
		catch (Exception ex) {
			failures.add(route + " " + abbreviated(url) + " [" + probe + "] → " + ex);
		}
	}

	/** Bytes that are not UTF-8, in the query and in the body, through the real server and its decoder. */
	private void undecodable(CorpusEnterprise enterprise, HttpClient browser, Route route) throws Exception {
		String url = enterprise.url(route, null);
		String field = route.fields().keySet().stream().findFirst().orElse("q");
		byte[] json = { '{', '"', 'n', '"', ':', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}' };
		String form = "_csrf=" + enterprise.csrfToken() + "&" + field + "=";
		for (boolean inQuery : new boolean[] { true, false }) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + url
					+ (inQuery ? "?" + field + "=%ED%A0%80" : "")));
			if (route.isApi()) {
				request.header("Authorization", enterprise.bearer())
					.header("Content-Type", "application/json")
					.method(route.method(), HttpRequest.BodyPublishers.ofByteArray(inQuery ? "{}".getBytes() : json));
			}
			else {
				request.header("Content-Type", "application/x-www-form-urlencoded")
					.method(route.method(), HttpRequest.BodyPublishers.ofString(form + (inQuery ? "1" : "%C0%AF")));
			}
			probes++;
			int status = browser.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			statuses.merge(status, 1, Integer::sum);
			if (status >= 500) {
				failures.add(route + " " + url + " [invalid UTF-8 in the " + (inQuery ? "query" : "body") + "] → " + status);
			}
		}
	}

	private static String abbreviated(String text) {
		return text.length() <= 40 ? text : text.substring(0, 20) + "…(" + text.length() + ")";
	}

	TestUsers users() {
		return new TestUsers(userDetails);
	}

	String newToken(SignedInUser user) {
		return TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "corpus", 1).secret());
	}

	long newEnterprise(String code) {
		long tenantId = tenants.create(code, "语料测试有限公司").getId();
		TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> onboarding.setUp("admin", "管理员", PASSWORD)));
		return tenantId;
	}

	static String randomCode() {
		return "corpus-" + ThreadLocalRandom.current().nextInt(1_000_000);
	}

	static String password() {
		return PASSWORD;
	}

	RequestPostProcessor as(String code, String username) {
		return users().as(code, username);
	}
}

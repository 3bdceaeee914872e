package org.hutong.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hutong.HutongApplication;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes on one database, as behind a round-robin load balancer: the browser's
 * cookies go to both (cookies do not tell ports apart). Signing in across the two, a form post on
 * the other node, the live stream on either, and node A going away while B carries on — all with
 * the one session in the database. Runs on the test database of the pass (H2 in memory, shared in
 * this JVM, or PostgreSQL). Starts two extra contexts, so it is one test.
 */
@Tag("cluster")
class TwoNodeTests {

	private static final String PASSWORD = "two-nodes-1";

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@BeforeAll
	static void startTwoNodes() {
		nodeA = node();
		nodeB = node();
	}

	@AfterAll
	static void stopNodes() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeA, nodeB }) {
			if (node != null && node.isActive()) {
				node.close();
			}
		}
	}

	@Test
	void aSessionMadeOnOneNodeWorksOnTheOtherAndOutlivesIt() throws Exception {
		String name = newUser();

		// the sign-in form from A, posted to B: the CSRF token lives in the shared session
		String loginPage = body(get(nodeA, "/login"), 200);
		HttpResponse<String> signIn = post(nodeB, "/login", Map.of("tenant", "demo", "username", name, "password",
				PASSWORD, "_csrf", csrf(loginPage), "remember-me", "on"));
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/");

		// a form from A saved on B, seen on A
		saveMobile(nodeA, nodeB, "13800000001");
		assertThat(body(get(nodeA, "/me"), 200)).contains("13800000001");

		// the live stream on either node
		assertStreamOpens(nodeA);
		assertStreamOpens(nodeB);

		// "keep me signed in", made on B, lets another browser with only that cookie in on A
		HttpCookie remembered = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("remember-me"))
			.findFirst()
			.orElseThrow();
		CookieManager otherCookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		otherCookies.getCookieStore().add(uri(nodeA, "/"), remembered);
		HttpClient otherBrowser = HttpClient.newBuilder()
			.cookieHandler(otherCookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpResponse<String> rememberedPage = otherBrowser.send(HttpRequest.newBuilder(uri(nodeA, "/me")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(rememberedPage.statusCode()).isEqualTo(200);
		assertThat(rememberedPage.body()).contains("13800000001");

		// A goes away (a deploy, a crash): B carries on with the same session, stream and forms
		nodeA.close();
		assertThat(body(get(nodeB, "/me"), 200)).contains("13800000001");
		assertStreamOpens(nodeB);
		saveMobile(nodeB, nodeB, "13800000002");
		assertThat(body(get(nodeB, "/me"), 200)).contains("13800000002");
	}

	private void saveMobile(ConfigurableApplicationContext formFrom, ConfigurableApplicationContext postTo, String mobile)
			throws Exception {
		String form = body(get(formFrom, "/me/edit"), 200);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf(form));
		fields.put("version", field(form, "version"));
		fields.put("mobile", mobile);
		fields.put("email", "");
		HttpResponse<String> saved = post(postTo, "/me", fields);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/me");
	}

	private void assertStreamOpens(ConfigurableApplicationContext node) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(node, "/notifications/stream"))
			.header("Accept", "text/event-stream")
			.timeout(Duration.ofSeconds(30))
			.build();
		HttpResponse<InputStream> stream = browser.send(request, HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream body = stream.body()) {
			assertThat(stream.statusCode()).isEqualTo(200);
			assertThat(stream.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
		}
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(node, path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext node, String path, Map<String, String> fields)
			throws Exception {
		String form = fields.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(uri(node, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return browser.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String body(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri() + " answered").isEqualTo(status);
		return response.body();
	}

	private static String csrf(String html) {
		return field(html, "_csrf");
	}

	private static String field(String html, String name) {
		Matcher input = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*?value=\"([^\"]*)\"").matcher(html);
		if (input.find()) {
			return input.group(1);
		}
		Matcher reversed = Pattern.compile("value=\"([^\"]*)\"[^>]*?name=\"" + Pattern.quote(name) + "\"").matcher(html);
		assertThat(reversed.find()).as("the page has a field " + name).isTrue();
		return reversed.group(1);
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

	private static String newUser() {
		String name = "node" + UUID.randomUUID().toString().substring(0, 8);
		long tenantId = nodeA.getBean(Tenants.class).findByCode("demo").orElseThrow().getId();
		PasswordEncoder encoder = nodeA.getBean(PasswordEncoder.class);
		TenantContext.runAs(tenantId, () -> nodeA.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
			User user = new User(name, encoder.encode(PASSWORD), Instant.now());
			user.describe("双节点测试", null, null, null, null, null, Instant.now());
			nodeA.getBean(UserRepository.class).save(user);
		}));
		return name;
	}

	/** One node: the whole application with the test profile, on a random port, on the pass's database. */
	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(HutongApplication.class).profiles("test")
			.run("--server.port=0", "--spring.main.banner-mode=off");
	}
}

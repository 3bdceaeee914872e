package org.hutong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hutong.identity.SignedInUser;
import org.hutong.web.WriteRoutes.Route;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The corpus's own enterprise: its administrator (by MockMvc, by token and by a real browser
 * session), a few records of each kind for the routes' ids, and the files it leaves to remove.
 */
final class CorpusEnterprise {

	/** The table whose rows a path segment names, e.g. {@code /contacts/{id}}. */
	private static final Map<String, String> TABLES = Map.ofEntries(Map.entry("customers", "customers_customer"),
			Map.entry("recycle-bin", "customers_customer"), Map.entry("contacts", "customers_contact"),
			Map.entry("leads", "customers_lead"), Map.entry("follow-ups", "customers_follow_up"),
			Map.entry("posts", "feed_post"), Map.entry("comments", "feed_comment"), Map.entry("users", "identity_user"),
			Map.entry("team", "identity_user"), Map.entry("departments", "identity_department"),
			Map.entry("roles", "identity_role"), Map.entry("imports", "customers_transfer_job"),
			Map.entry("exports", "customers_transfer_job"), Map.entry("notifications", "notifications_notification"),
			Map.entry("tokens", "identity_api_token"), Map.entry("attachments", "customers_attachment"),
			Map.entry("files", "feed_file"), Map.entry("reports", "feed_report"), Map.entry("changes", "customers_change"),
			Map.entry("customerId", "customers_customer"), Map.entry("leadId", "customers_lead"),
			Map.entry("postId", "feed_post"), Map.entry("userId", "identity_user"), Map.entry("{kind}", "customers_option"));

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HostileInputCorpusTests test;

	private final String code;

	private final long tenantId;

	private final SignedInUser admin;

	private final String bearer;

	private String csrf;

	private CorpusEnterprise(HostileInputCorpusTests test, String code, long tenantId) {
		this.test = test;
		this.code = code;
		this.tenantId = tenantId;
		this.admin = test.users().load(code, "admin");
		this.bearer = "Bearer " + test.newToken(admin);
	}

	static CorpusEnterprise create(HostileInputCorpusTests test) throws Exception {
		String code = HostileInputCorpusTests.randomCode();
		CorpusEnterprise enterprise = new CorpusEnterprise(test, code, test.newEnterprise(code));
		enterprise.seed();
		return enterprise;
	}

	long tenantId() {
		return tenantId;
	}

	RequestPostProcessor admin() {
		return test.as(code, "admin");
	}

	String bearer() {
		return bearer;
	}

	String csrfToken() {
		return csrf;
	}

	<B extends AbstractMockHttpServletRequestBuilder<B>> B api(B request) {
		return request.header("Authorization", bearer);
	}

	/** A record of each kind the routes name, made the way users make them. */
	private void seed() throws Exception {
		long customer = created(api(post("/api/v1/customers")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + name() + "\"}"));
		created(api(post("/api/v1/customers")).contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + name() + "\"}"));
		created(api(post("/api/v1/customers/{id}/contacts", customer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"张三\", \"mobile\": \"13912345678\"}"));
		created(api(post("/api/v1/customers/{id}/follow-ups", customer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"CALL\", \"content\": \"电话沟通\"}"));
		created(api(post("/api/v1/leads")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"companyName\": \"" + name() + "\"}"));
		long post = created(api(post("/api/v1/posts")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\": \"#开工# 大家好\", \"audience\": \"ENTERPRISE\"}"));
		created(api(post("/api/v1/posts/{id}/comments", post)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\": \"好\"}"));
		test.mvc.perform(post("/admin/users").param("username", "colleague").param("displayName", "同事")
			.param("password", HostileInputCorpusTests.password()).with(csrf()).with(admin()));
		test.mvc.perform(multipart("/customers/imports")
			.file(new MockMultipartFile("file", "客户.csv", "text/csv", ("客户名称\n" + name() + "\n").getBytes(StandardCharsets.UTF_8)))
			.param("target", "OWNER").with(csrf()).with(admin()));
		long deleted = created(api(post("/api/v1/customers")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + name() + "\"}"));
		test.mvc.perform(api(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.delete("/api/v1/customers/{id}", deleted)));
		test.newToken(admin);
	}

	private long created(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = test.mvc.perform(request).andReturn();
		String location = result.getResponse().getHeader("Location");
		assertThat(location).as("seeding " + result.getRequest().getRequestURI() + ": "
				+ result.getResponse().getContentAsString()).isNotNull();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static String name() {
		StringBuilder name = new StringBuilder("语料");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 6; i++) {
			name.append((char) random.nextInt(0x5000, 0x9000));
		}
		return name + "有限公司";
	}

	/** The route's address: real ids of this enterprise, or {@code badId} for every variable. */
	String url(Route route, String badId) {
		Matcher matcher = VARIABLE.matcher(route.pattern());
		StringBuilder url = new StringBuilder();
		while (matcher.find()) {
			String variable = matcher.group(1);
			String before = route.pattern().substring(0, matcher.start());
			String value = badId != null ? badId : route.enums().containsKey(variable)
					? route.enums().get(variable).get(0) : String.valueOf(idFor(before, variable));
			matcher.appendReplacement(url, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(url);
		return url.toString();
	}

	private long idFor(String before, String variable) {
		String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
		String table = TABLES.getOrDefault(variable, TABLES.get(segment));
		if (table == null) {
			return 999_999_999L;
		}
		String live = hasColumn(table, "deleted_at")
				? segment.equals("recycle-bin") ? " AND deleted_at IS NOT NULL" : " AND deleted_at IS NULL" : "";
		// the newest user and token: not the administrator the corpus signs in as, nor its own token
		String pick = table.equals("identity_user") || table.equals("identity_api_token") ? "MAX(id)" : "MIN(id)";
		Long id = test.jdbc.queryForObject("SELECT " + pick + " FROM " + table + " WHERE tenant_id = ?" + live, Long.class,
				tenantId);
		return id == null ? 999_999_999L : id;
	}

	private boolean hasColumn(String table, String column) {
		Integer found = test.jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) = ?"
				+ " AND LOWER(column_name) = ?", Integer.class, table, column);
		return found != null && found > 0;
	}

	/** The administrator signed in through the real server, with the CSRF token of its session. */
	HttpClient browser() throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		csrf = csrfOf(browser, "/login");
		String form = "tenant=" + code + "&username=admin&password="
				+ URLEncoder.encode(HostileInputCorpusTests.password(), StandardCharsets.UTF_8) + "&_csrf=" + csrf;
		HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).as("signing in to " + code).isEqualTo(302);
		csrf = csrfOf(browser, "/customers/new");
		return browser;
	}

	private String csrfOf(HttpClient browser, String path) throws IOException, InterruptedException {
		String page = browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token on " + path).isTrue();
		return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + test.port + path);
	}

	/** This enterprise's folders under the data directory (attachments, transfers, feed files). */
	void removeFiles() throws IOException {
		Path root = Path.of(test.dataDir);
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> kinds = Files.list(root)) {
			for (Path kind : kinds.filter(Files::isDirectory).toList()) {
				Path mine = kind.resolve(String.valueOf(tenantId));
				if (Files.isDirectory(mine)) {
					delete(mine);
				}
			}
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> all = Files.walk(folder)) {
			List<Path> paths = all.sorted(Comparator.reverseOrder()).toList();
			for (Path path : paths) {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
	}
}

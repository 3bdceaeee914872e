package org.hutong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parameters that are not UTF-8 text, sent as raw bytes to the running server (Tomcat decodes
 * them, not MockMvc): a 400 naming the parameter, as a localised page or problem+json, never 500.
 */
@HutongTest
class ParameterDecodingTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JsonMapper json;

	@Test
	void aLoneSurrogateInTheSignInFormIsRefusedOnALocalisedPage() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String csrf = csrfOf(browser, "/login", "zh-CN");
		HttpResponse<String> page = browser.send(form("/login", "zh-CN",
				"tenant=demo&username=%ED%A0%80&password=demo1234&_csrf=" + csrf), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("无法识别的字符").contains("username").contains("/css/app.css")
			.doesNotContain("Exception");
	}

	@Test
	void anOverlongSequenceInAPageQueryIsRefusedInTheBrowsersLanguage() throws Exception {
		HttpClient browser = signedIn("admin", "en");
		HttpResponse<String> page = browser.send(request("/customers?scope=all&q=%C0%AF", "en").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("cannot be read").contains("Field with the problem: q");
	}

	@Test
	void anUndecodableFormFieldOfASignedInFormIsRefusedBeforeTheCsrfCheck() throws Exception {
		HttpClient browser = signedIn("admin", "zh-CN");
		String csrf = csrfOf(browser, "/customers/new", "zh-CN");
		HttpResponse<String> page = browser.send(form("/customers", "zh-CN", "name=%ED%A0%80abc&_csrf=" + csrf),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("有问题的字段：name");
	}

	@Test
	void anHtmxRequestIsToldInAToast() throws Exception {
		HttpClient browser = signedIn("admin", "zh-CN");
		HttpResponse<String> answer = browser.send(request("/customers?q=%FF", "zh-CN").header("HX-Request", "true").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("HX-Trigger")).hasValueSatisfying(trigger -> assertThat(trigger).contains("toast"));
	}

	@Test
	void theApiAnswersAProblemNamingTheParameter() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(request("/api/v1/customers?q=%ED%A0%80", "en").header("Accept", "application/json")
				.header("Authorization", "Bearer " + token()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.path("errors").has("q")).isTrue();
		assertThat(problem.path("detail").asString()).contains("cannot be read");
	}

	@Test
	void aBrokenEscapeInAnApiQueryIsRefusedToo() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(request("/api/v1/customers?level=%E4%B8", "zh-CN").header("Authorization", "Bearer " + token()).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(json.readTree(answer.body()).path("errors").has("level")).isTrue();
	}

	@Test
	void aNulCharacterInAFormFieldIsRefusedToo() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String csrf = csrfOf(browser, "/login", "en");
		HttpResponse<String> page = browser.send(form("/login", "en",
				"tenant=demo&username=ad%00min&password=demo1234&_csrf=" + csrf), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Field with the problem: username");
	}

	@Test
	void validTextStillPasses() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(request("/api/v1/customers?q=" + URLEncoder.encode("华为🏭", StandardCharsets.UTF_8), "zh-CN")
				.header("Accept", "application/json").header("Authorization", "Bearer " + token()).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
	}

	@Test
	void anApiAskedForAPageAnswersNotAcceptable() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(request("/api/v1/customers", "en").header("Authorization", "Bearer " + token()).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(406);
	}

	@Test
	void theErrorAddressOpenedDirectlyIsANormalNotFoundPage() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient().send(request("/error", "zh-CN").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("找不到页面").doesNotContain("Exception");
		HttpResponse<String> posted = HttpClient.newHttpClient().send(request("/error", "en")
			.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).isLessThan(500);
	}

	private String token() {
		SignedInUser admin = new TestUsers(users).load("demo", "admin");
		return TenantContext.callAs(admin.tenantId(), () -> tokens.create(admin, "decoding", 1).secret());
	}

	private HttpClient signedIn(String username, String language) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String csrf = csrfOf(browser, "/login", language);
		HttpResponse<String> signIn = browser.send(form("/login", language,
				"tenant=demo&username=" + username + "&password=demo1234&_csrf=" + csrf), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		return browser;
	}

	private String csrfOf(HttpClient browser, String path, String language) throws IOException, InterruptedException {
		String page = browser.send(request(path, language).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		return URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
	}

	/** The body goes out byte for byte as written: percent escapes are the test's raw bytes. */
	private HttpRequest form(String path, String language, String body) {
		return request(path, language).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpRequest.Builder request(String path, String language) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept-Language", language)
			.header("Accept", "text/html");
	}
}

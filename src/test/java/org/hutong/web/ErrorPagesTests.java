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
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Error pages as a browser gets them from the running server (the container's error dispatch is
 * not part of MockMvc): localised, with the layout's styles, and without exception text.
 */
@HutongTest
class ErrorPagesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void forbiddenPageIsLocalised() throws Exception {
		HttpClient browser = signedIn("sales", "zh-CN");
		HttpResponse<String> page = browser.send(request("/admin/audit", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("没有权限").contains("/css/app.css").doesNotContain("Exception");
	}

	@Test
	void notFoundPageSpeaksTheBrowsersLanguage() throws Exception {
		HttpClient browser = signedIn("admin", "en");
		HttpResponse<String> page = browser.send(request("/admin/nothing-here", "en").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Not found").doesNotContain("Whitelabel").doesNotContain("Exception");
	}

	@Test
	void unknownApiAddressWithoutTokenIsAProblemNotAPage() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request("/api/v1/nothing", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
	}

	private HttpClient signedIn(String username, String language) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = browser.send(request("/login", language).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(login);
		assertThat(csrf.find()).isTrue();
		String form = "tenant=demo&username=" + username + "&password=demo1234&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signIn = browser.send(request("/login", language)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
		return browser;
	}

	private HttpRequest.Builder request(String path, String language) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept-Language", language)
			.header("Accept", "text/html");
	}
}

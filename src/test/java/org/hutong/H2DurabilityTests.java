package org.hutong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hutong.customers.CustomerFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 database keeps what it acknowledged (ADR 0021): the real application in a process
 * of its own, on a fresh data directory, answers 201 to a burst of API creates and is killed
 * ({@code destroyForcibly}, as {@code kill -9}) right after the last answer; started again on the
 * same directory, every acknowledged customer is there. Only on the H2 pass: PostgreSQL is durable
 * anyway, and this test is expensive (two start-ups of the whole application).
 */
class H2DurabilityTests {

	private static final int CREATES = 25;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SECRET = Pattern.compile("id=\"new-token-secret\">([^<]+)<");

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	@TempDir
	Path dataDir;

	@Test
	void everyCustomerAnswered201SurvivesAKillAndARestart() throws Exception {
		assumeThat(System.getProperty("hutong.test.database")).as("H2 pass only").isNotEqualTo("postgres");
		int port = freePort();
		String base = "http://localhost:" + port;
		List<Long> acknowledged = new ArrayList<>();
		String token;
		Process app = start(port, "first");
		try {
			HttpClient browser = awaitReady(base);
			token = issueToken(browser, base);
			HttpClient api = HttpClient.newHttpClient();
			for (int i = 0; i < CREATES; i++) {
				HttpResponse<String> created = api.send(json(base + "/api/v1/customers", token,
						"{\"name\":\"" + CustomerFixtures.uniqueName() + "\"}"), HttpResponse.BodyHandlers.ofString());
				assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
				Matcher id = ID.matcher(created.body());
				assertThat(id.find()).isTrue();
				acknowledged.add(Long.parseLong(id.group(1)));
			}
			app.destroyForcibly();
			app.waitFor();
		}
		finally {
			app.destroyForcibly();
		}

		Process again = start(port, "second");
		try {
			awaitReady(base);
			HttpClient api = HttpClient.newHttpClient();
			List<Long> missing = new ArrayList<>();
			for (long id : acknowledged) {
				HttpResponse<String> found = api.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/customers/" + id))
					.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
				if (found.statusCode() != 200) {
					missing.add(id);
				}
			}
			assertThat(missing).as("customers answered 201 but gone after the kill").isEmpty();
			assertThat(acknowledged).hasSize(CREATES);
		}
		finally {
			again.destroyForcibly();
			again.waitFor();
		}
	}

	/** The application on the test classpath, in demo mode, on the temporary data directory. */
	private Process start(int port, String run) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), HutongApplication.class.getName());
		builder.environment().put("HUTONG_DATA_DIR", dataDir.toString());
		builder.environment().put("HUTONG_DEMO", "true");
		builder.environment().put("PORT", String.valueOf(port));
		builder.environment().remove("SPRING_DATASOURCE_URL");
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		Path logs = Path.of(System.getProperty("hutong.build.dir", "target"), "durability");
		Files.createDirectories(logs);
		builder.redirectErrorStream(true).redirectOutput(logs.resolve(run + ".log").toFile());
		return builder.start();
	}

	private static HttpClient awaitReady(String base) throws InterruptedException {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Instant giveUp = Instant.now().plus(Duration.ofMinutes(4));
		while (Instant.now().isBefore(giveUp)) {
			try {
				HttpResponse<String> ready = browser.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (ready.statusCode() == 200) {
					return browser;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError("the application did not become ready");
	}

	/** Signs in as a demo user through the pages and issues an API token on 我的 › API 令牌. */
	private static String issueToken(HttpClient browser, String base) throws Exception {
		String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		browser.send(form(base + "/login", "tenant=demo&username=sales&password=demo1234&_csrf=" + csrf(login)),
				HttpResponse.BodyHandlers.ofString());
		String tokens = browser.send(HttpRequest.newBuilder(URI.create(base + "/me/tokens")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String issued = browser.send(form(base + "/me/tokens", "name=durability&validDays=1&_csrf=" + csrf(tokens)),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher secret = SECRET.matcher(issued);
		assertThat(secret.find()).as("a token was issued").isTrue();
		return secret.group(1).trim();
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("the page has a CSRF token").isTrue();
		return token.group(1);
	}

	private static HttpRequest form(String url, String body) {
		return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	private static HttpRequest json(String url, String token, String body) {
		return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}

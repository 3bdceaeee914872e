package org.hutong.notifications.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.feed.PostPublished;
import org.hutong.identity.SignedInUser;
import org.hutong.notifications.NotificationFixtures;
import org.hutong.notifications.notice.Notifying;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code GET /notifications/stream} over real HTTP on the test server, signed in through the form
 * with a session cookie, as a browser's EventSource is: the user's {@code notifications} event when a
 * notice reaches them, {@code feed} for every user of the enterprise on a new post, and nothing of
 * demo ever on a demo2 user's stream. Without a session: 401 and no session made.
 */
@HutongTest
class LiveStreamTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Notifying notifying;

	@Autowired
	LiveConnections connections;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService userDetails;

	final List<InputStream> open = new CopyOnWriteArrayList<>();

	@AfterEach
	void closeStreams() throws IOException {
		for (InputStream stream : open) {
			stream.close();
		}
	}

	@Test
	void aSignedInUserHearsTheirNoticesAndTheFeedButNeverAnotherEnterprises() throws Exception {
		TestUsers users = new TestUsers(userDetails);
		SignedInUser rd = users.load("demo", "rd");
		SignedInUser other = users.load("demo2", "admin");
		Stream demo = connect(signIn("demo", "rd"));
		Stream demo2 = connect(signIn("demo2", "admin"));
		assertThat(demo.response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/event-stream"));
		assertThat(demo.response.headers().allValues("Cache-Control")).anyMatch(value -> value.contains("no-store"));
		demo.awaitLine(": connected");
		demo2.awaitLine(": connected");

		long manager = users.load("demo", "manager").userId();
		notifying.deliver(NotificationFixtures.mention(rd.tenantId(), rd.userId(), manager, "实时"));
		demo.awaitLine("event:notifications");

		long post = NotificationFixtures.nextId();
		transactions.executeWithoutResult(status -> events.publishEvent(
				new PostPublished(rd.tenantId(), post, manager, Set.of(), null, "全员")));
		demo.awaitLine("event:feed");
		assertThat(demo.lines).contains("data:new");

		notifying.deliver(NotificationFixtures.followUpDue(other.tenantId(), other.userId(), 7L, "对照"));
		demo2.awaitLine("event:notifications");
		assertThat(demo2.lines).as("demo2 heard demo's feed").doesNotContain("event:feed");
		assertThat(demo2.lines.stream().filter(line -> line.startsWith("event:"))).containsOnly("event:notifications");
	}

	@Test
	void withoutASessionTheStreamAnswers401AndMakesNoSession() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/notifications/stream"))
			.header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
	}

	@Test
	void aClosedStreamLeavesTheRegistry() throws Exception {
		SignedInUser finance = new TestUsers(userDetails).load("demo", "finance");
		int before = connections.count(finance.tenantId(), finance.userId());
		Stream stream = connect(signIn("demo", "finance"));
		stream.awaitLine(": connected");
		assertThat(connections.count(finance.tenantId(), finance.userId())).isEqualTo(before + 1);
		stream.body.close();
		connections.heartbeat();
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> {
			connections.heartbeat();
			return connections.count(finance.tenantId(), finance.userId()) == before;
		});
	}

	/** Signs in through the real form and answers the client holding the session cookie. */
	private HttpClient signIn(String tenant, String username) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String form = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(form);
		assertThat(csrf.find()).as("CSRF field on the sign-in form").isTrue();
		String body = "tenant=" + tenant + "&username=" + username + "&password=demo1234&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location")).as("signed in").hasValueSatisfying(
				location -> assertThat(location).endsWith("/"));
		return client;
	}

	private Stream connect(HttpClient client) throws Exception {
		HttpResponse<InputStream> response = client
			.sendAsync(HttpRequest.newBuilder(uri("/notifications/stream")).header("Accept", "text/event-stream").build(),
					HttpResponse.BodyHandlers.ofInputStream())
			.get(10, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		Stream stream = new Stream(response);
		open.add(response.body());
		Thread reader = new Thread(stream::read, "sse-reader");
		reader.setDaemon(true);
		reader.start();
		return stream;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** One open stream; a reader thread collects its lines. */
	static final class Stream {

		final HttpResponse<InputStream> response;

		final InputStream body;

		final List<String> lines = new CopyOnWriteArrayList<>();

		Stream(HttpResponse<InputStream> response) {
			this.response = response;
			this.body = response.body();
		}

		void read() {
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					lines.add(line);
				}
			}
			catch (IOException closed) {
				// the test closed it
			}
		}

		void awaitLine(String line) {
			String wanted = line.replace(" ", "");
			await().atMost(Duration.ofSeconds(10))
				.until(() -> lines.stream().anyMatch(found -> found.replace(" ", "").equals(wanted)));
		}
	}
}

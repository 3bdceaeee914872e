package org.hutong.identity.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.files.TestImages;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Idempotency-Key} over real HTTP: a retry gets the first answer and does nothing again; a
 * key used for another request answers 422; keys are the token's own; at once, one request works.
 */
@HutongTest
class IdempotencyTests {

	@LocalServerPort
	int port;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	IdempotencyCleanup cleanup;

	CustomerFixtures fixtures;

	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
	}

	@Test
	void theSameKeyAndBodyAnswerTheFirstAnswerWithoutDoingTheWorkAgain() throws Exception {
		long customer = fixtures.customer("sales").getId();
		String token = token("demo", "sales");
		String key = UUID.randomUUID().toString();
		String body = "{\"name\": \"张工\", \"title\": \"总工\"}";

		HttpResponse<String> first = post(token, key, "/api/v1/customers/" + customer + "/contacts", body);
		HttpResponse<String> again = post(token, key, "/api/v1/customers/" + customer + "/contacts", body);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(first.headers().firstValue(IdempotencyFilter.REPLAYED)).isEmpty();
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.headers().firstValue(IdempotencyFilter.REPLAYED)).contains("true");
		assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location")).isPresent();
		assertThat(again.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(contactsOf(customer)).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherBodyAnswers422() throws Exception {
		long customer = fixtures.customer("sales").getId();
		String token = token("demo", "sales");
		String key = UUID.randomUUID().toString();
		post(token, key, "/api/v1/customers/" + customer + "/contacts", "{\"name\": \"张工\"}");

		HttpResponse<String> other = post(token, key, "/api/v1/customers/" + customer + "/contacts", "{\"name\": \"李工\"}");

		assertThat(other.statusCode()).isEqualTo(422);
		assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).contains("application/problem+json"));
		assertThat((String) JsonPath.read(other.body(), "$.detail")).contains("Idempotency-Key");
		assertThat(contactsOf(customer)).isEqualTo(1);
	}

	@Test
	void twoTokensWithOneKeyDoNotSeeEachOthersAnswers() throws Exception {
		long customer = fixtures.customer("sales").getId();
		String key = UUID.randomUUID().toString();
		String body = "{\"name\": \"王工\"}";

		HttpResponse<String> one = post(token("demo", "sales"), key, "/api/v1/customers/" + customer + "/contacts", body);
		HttpResponse<String> two = post(token("demo", "sales"), key, "/api/v1/customers/" + customer + "/contacts", body);

		assertThat(one.statusCode()).isEqualTo(201);
		assertThat(two.statusCode()).isEqualTo(201);
		assertThat(two.headers().firstValue(IdempotencyFilter.REPLAYED)).isEmpty();
		assertThat(two.headers().firstValue("Location")).isNotEqualTo(one.headers().firstValue("Location"));
		assertThat(contactsOf(customer)).isEqualTo(2);
	}

	@Test
	void requestsAtOnceWithOneKeyDoTheWorkOnce() throws Exception {
		long customer = fixtures.customer("sales").getId();
		String token = token("demo", "sales");
		String key = UUID.randomUUID().toString();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(20);
		List<HttpResponse<String>> answers = new ArrayList<>();
		try {
			List<Future<HttpResponse<String>>> pending = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				Callable<HttpResponse<String>> send = () -> {
					start.await();
					return post(token, key, "/api/v1/customers/" + customer + "/contacts", "{\"name\": \"赵工\"}");
				};
				pending.add(threads.submit(send));
			}
			start.countDown();
			for (Future<HttpResponse<String>> answer : pending) {
				answers.add(answer.get());
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(answers).extracting(HttpResponse::statusCode).allMatch(status -> status == 201 || status == 409);
		assertThat(answers).filteredOn(answer -> answer.statusCode() == 201
				&& answer.headers().firstValue(IdempotencyFilter.REPLAYED).isEmpty()).hasSize(1);
		assertThat(contactsOf(customer)).isEqualTo(1);
	}

	@Test
	void keysExpireAfterTheirDayAndCanThenBeUsedAgain() throws Exception {
		long customer = fixtures.customer("sales").getId();
		String token = token("demo", "sales");
		String key = UUID.randomUUID().toString();
		post(token, key, "/api/v1/customers/" + customer + "/contacts", "{\"name\": \"钱工\"}");
		long tenantId = new TestUsers(userDetails).load("demo", "sales").tenantId();
		jdbc.sql(tenantId, "update identity_idempotency_key set created_at = created_at - interval '25' hour"
				+ " where tenant_id = :tenantId and idempotency_key = :key").param("key", key).update();

		assertThat(cleanup.purgeAll()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql(tenantId, "select count(*) from identity_idempotency_key where tenant_id = :tenantId"
				+ " and idempotency_key = :key").param("key", key).query(Long.class).single()).isZero();
		HttpResponse<String> later = post(token, key, "/api/v1/customers/" + customer + "/contacts", "{\"name\": \"钱工\"}");
		assertThat(later.headers().firstValue(IdempotencyFilter.REPLAYED)).isEmpty();
		assertThat(contactsOf(customer)).isEqualTo(2);
	}

	@Test
	void aMalformedKeyIsA400Problem() throws Exception {
		long customer = fixtures.customer("sales").getId();
		HttpResponse<String> answer = post(token("demo", "sales"), "x".repeat(256),
				"/api/v1/customers/" + customer + "/contacts", "{\"name\": \"孙工\"}");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("Idempotency-Key");
		assertThat(contactsOf(customer)).isZero();
	}

	@Test
	void multipartPostsAreComparedPartByPart() throws Exception {
		String token = token("demo", "sales");
		String key = UUID.randomUUID().toString();
		String text = "幂等图片 " + System.nanoTime();
		byte[] photo = TestImages.jpegWithExif(40, 30);

		HttpResponse<String> first = multipart(token, key, text, photo, "b1");
		HttpResponse<String> again = multipart(token, key, text, photo, "b2");
		HttpResponse<String> other = multipart(token, key, text, TestImages.jpegWithExif(41, 30), "b3");

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.headers().firstValue(IdempotencyFilter.REPLAYED)).contains("true");
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(other.statusCode()).isEqualTo(422);
		long tenantId = new TestUsers(userDetails).load("demo", "sales").tenantId();
		assertThat(jdbc.sql(tenantId, "select count(*) from feed_post where tenant_id = :tenantId and body = :body")
			.param("body", text).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theSpecDocumentsTheHeaderOnPosts() throws Exception {
		HttpResponse<String> spec = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
			.build(), HttpResponse.BodyHandlers.ofString());
		List<String> onCreate = JsonPath.read(spec.body(), "$.paths['/api/v1/customers'].post.parameters[*].name");
		List<String> onList = JsonPath.read(spec.body(), "$.paths['/api/v1/customers'].get.parameters[*].name");
		assertThat(onCreate).contains("Idempotency-Key");
		assertThat(onList).doesNotContain("Idempotency-Key");
	}

	private HttpResponse<String> post(String token, String key, String path, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", token)
			.header("Idempotency-Key", key)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> multipart(String token, String key, String text, byte[] image, String boundary)
			throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + text + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"images\"; filename=\"p.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(image);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/posts"))
			.header("Authorization", token)
			.header("Idempotency-Key", key)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long contactsOf(long customerId) {
		long tenantId = new TestUsers(userDetails).load("demo", "sales").tenantId();
		return jdbc.sql(tenantId, "select count(*) from customers_contact where tenant_id = :tenantId"
				+ " and customer_id = :id").param("id", customerId).query(Long.class).single();
	}

	private String token(String tenant, String username) {
		SignedInUser user = new TestUsers(userDetails).load(tenant, username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "retry-test", 1).secret());
	}
}

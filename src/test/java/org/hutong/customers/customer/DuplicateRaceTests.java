package org.hutong.customers.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.naming.CompanyNames;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The duplicate rules hold under concurrency: fifty API requests at once with one name, one credit
 * code or one contact mobile save exactly one row, and every other answer is the duplicate message
 * on its field, as for requests one after another; none is a 500.
 */
@HutongTest
class DuplicateRaceTests {

	private static final int REQUESTS = 50;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

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

	CustomerFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
	}

	@Test
	void fiftyCreatesOfOneNameSaveOne() throws Exception {
		String name = CustomerFixtures.uniqueName();
		List<HttpResponse<String>> answers = race("/api/v1/customers", i -> "{\"name\": \"" + name + "\"}");

		assertOneCreatedOthersRefused(answers, "name", "已有同名客户");
		assertThat(count("select count(*) from customers_customer where tenant_id = :tenantId and name_normalised = :v"
				+ " and deleted_at is null", CompanyNames.normalise(name))).isEqualTo(1);
	}

	@Test
	void fiftyCreatesWithOneCreditCodeSaveOne() throws Exception {
		String code = creditCode();
		List<HttpResponse<String>> answers = race("/api/v1/customers",
				i -> "{\"name\": \"" + CustomerFixtures.uniqueName() + "\", \"creditCode\": \"" + code + "\"}");

		assertOneCreatedOthersRefused(answers, "creditCode", "信用代码");
		assertThat(count("select count(*) from customers_customer where tenant_id = :tenantId and credit_code = :v",
				code)).isEqualTo(1);
	}

	@Test
	void fiftyContactsWithOneMobileAtDifferentCustomersSaveOne() throws Exception {
		String mobile = CustomerFixtures.uniqueMobile();
		List<Long> owners = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			owners.add(fixtures.customer("sales").getId());
		}
		List<HttpResponse<String>> answers = race(i -> "/api/v1/customers/" + owners.get(i) + "/contacts",
				i -> "{\"name\": \"张三\", \"mobile\": \"" + mobile + "\"}");

		assertOneCreatedOthersRefused(answers, "mobile", "手机号");
		assertThat(count("select count(*) from customers_contact where tenant_id = :tenantId and mobile = :v"
				+ " and deleted_at is null", mobile)).isEqualTo(1);
	}

	@Test
	void pageCreatesAtOnceSaveOneAndTellTheOthersOnTheField() throws Exception {
		String name = CustomerFixtures.uniqueName();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(20);
		List<MvcResult> answers = new ArrayList<>();
		try {
			List<Future<MvcResult>> pending = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				Callable<MvcResult> send = () -> {
					start.await();
					return mvc.perform(post("/customers").with(csrf()).with(new TestUsers(userDetails).as("demo", "sales"))
						.header("HX-Request", "true").param("name", name)).andReturn();
				};
				pending.add(threads.submit(send));
			}
			start.countDown();
			for (Future<MvcResult> answer : pending) {
				answers.add(answer.get());
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(answers).extracting(answer -> answer.getResponse().getStatus())
			.allMatch(status -> status == 302 || status == 200 || status == 422, "saved or refused, never a 500");
		List<MvcResult> refused = answers.stream().filter(answer -> answer.getResponse().getStatus() == 422).toList();
		assertThat(refused).hasSize(19);
		for (MvcResult answer : refused) {
			assertThat(answer.getResponse().getContentAsString()).contains("已有同名客户").contains("field invalid");
		}
		assertThat(count("select count(*) from customers_customer where tenant_id = :tenantId and name_normalised = :v"
				+ " and deleted_at is null", CompanyNames.normalise(name))).isEqualTo(1);
	}

	private static void assertOneCreatedOthersRefused(List<HttpResponse<String>> answers, String field,
			String message) {
		assertThat(answers).extracting(HttpResponse::statusCode).allMatch(status -> status == 201 || status == 400,
				"201 or 400, never a 500");
		assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(1);
		for (HttpResponse<String> refused : answers.stream().filter(answer -> answer.statusCode() == 400).toList()) {
			assertThat((String) JsonPath.read(refused.body(), "$.errors." + field)).contains(message);
		}
	}

	private List<HttpResponse<String>> race(String path, IntFunction<String> body) throws Exception {
		return race(i -> path, body);
	}

	/** {@link #REQUESTS} POSTs released at the same moment, each on its own connection. */
	private List<HttpResponse<String>> race(IntFunction<String> path, IntFunction<String> body) throws Exception {
		String token = token("sales");
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
		try {
			List<Future<HttpResponse<String>>> pending = new ArrayList<>();
			for (int i = 0; i < REQUESTS; i++) {
				HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path.apply(i)))
					.header("Authorization", token)
					.header("Content-Type", "application/json")
					.header("Accept-Language", "zh-CN")
					.POST(HttpRequest.BodyPublishers.ofString(body.apply(i)))
					.build();
				Callable<HttpResponse<String>> send = () -> {
					start.await();
					return http.send(request, HttpResponse.BodyHandlers.ofString());
				};
				pending.add(threads.submit(send));
			}
			start.countDown();
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : pending) {
				answers.add(answer.get());
			}
			return answers;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private long count(String sql, String value) {
		long tenantId = new TestUsers(userDetails).load("demo", "sales").tenantId();
		return jdbc.sql(tenantId, sql).param("v", value).query(Long.class).single();
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "race-test", 1).secret());
	}

	/** A valid credit code no other test uses. */
	private static String creditCode() {
		String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
		StringBuilder code = new StringBuilder("91410100");
		while (code.length() < 17) {
			code.append(charset.charAt(ThreadLocalRandom.current().nextInt(10)));
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += charset.indexOf(code.charAt(i)) * weights[i];
		}
		return code.append(charset.charAt((31 - sum % 31) % 31)).toString();
	}
}

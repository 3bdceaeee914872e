package org.hutong.sales.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
import org.hutong.identity.token.ApiTokens;
import org.hutong.sales.contract.Quotes;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 发货 · 到货 · 验收 through the API on a contract in effect (3 中置柜 and an installation line,
 * 30/60/10): a partial delivery, a second one over what is open refused by its line, the rest
 * shipped; arrivals that make 到货款 fall due thirty days after the last, an arrival before shipping
 * refused; 终验 only once all arrived, and then the 质保金 due twelve months after. Two deliveries
 * of the same open units at once: one ships, the other is refused.
 */
@HutongTest
class DeliveryApiTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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

	@Test
	void goodsShipInPartsArriveAndAreAcceptedAndTheTermsFallDue() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(20));
		String fulfilment = quotes().body(get("/api/v1/contracts/" + contract + "/fulfilment"), "sales");
		long cabinets = line(fulfilment, 0);
		long installation = line(fulfilment, 1);
		String form = mvc.perform(get("/sales/contracts/" + contract + "/deliveries/new")
			.with(new TestUsers(userDetails).as("demo", "sales"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(form).contains("name=\"shippedOn\" value=\"" + today + "\"").contains("value=\"3.000\"");

		ship(contract, today.minusDays(10), cabinets, "2").andExpect(status().isCreated())
			.andExpect(jsonPath("$.lines[0].open").value(1.0));
		ship(contract, today.minusDays(9), cabinets, "2").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['lines[0].quantity']").exists());
		ship(contract, today.plusDays(3), cabinets, "1").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.shippedOn").exists());
		String status = quotes().body(get("/api/v1/contracts/" + contract), "sales");
		assertThat(JsonPath.<String>read(status, "$.row.status")).isEqualTo("EXECUTING");
		assertThat(JsonPath.<String>read(status, "$.plan[1].status")).isEqualTo("NOT_TRIGGERED");

		String shipped = mvc.perform(post("/api/v1/contracts/" + contract + "/deliveries").header("Authorization", token())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"shippedOn": "%s", "carrier": "德邦物流", "waybill": "DB2026120701", "receiver": "刘工",
					 "lines": [{"contractLineId": %d, "quantity": 1}, {"contractLineId": %d, "quantity": 1}]}"""
				.formatted(today.minusDays(8), cabinets, installation)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.deliveries.length()").value(2))
			.andReturn().getResponse().getContentAsString();
		List<Integer> deliveries = JsonPath.read(shipped, "$.deliveries[*].id");

		arrive(contract, deliveries.get(0), today.minusDays(12)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.arrivedOn").exists());
		accept(contract, "FINAL", today.minusDays(1)).andExpect(status().isBadRequest());
		arrive(contract, deliveries.get(0), today.minusDays(7)).andExpect(status().isOk());
		arrive(contract, deliveries.get(1), today.minusDays(5)).andExpect(status().isOk());
		String arrived = quotes().body(get("/api/v1/contracts/" + contract), "sales");
		assertThat(JsonPath.<String>read(arrived, "$.plan[1].dueDate")).isEqualTo(today.minusDays(5).plusDays(30).toString());

		accept(contract, "FINAL", today.minusDays(6)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.acceptedOn").exists());
		accept(contract, "FINAL", today.minusDays(2)).andExpect(status().isCreated());
		String accepted = quotes().body(get("/api/v1/contracts/" + contract), "sales");
		assertThat(JsonPath.<String>read(accepted, "$.plan[2].dueDate")).isEqualTo(today.minusDays(2).plusMonths(12).toString());
		String section = mvc.perform(get("/sales/contracts/" + contract + "/fulfilment")
			.with(new TestUsers(userDetails).as("demo", "sales"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(section).contains("终验").contains("已全部到货").contains("DB2026120701");
	}

	@Test
	void twoDeliveriesOfTheSameOpenUnitsAtOnceShipOnce() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(3));
		long cabinets = line(quotes().body(get("/api/v1/contracts/" + contract + "/fulfilment"), "sales"), 0);
		String token = token();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Callable<Integer> delivery = () -> {
					start.await();
					return mvc.perform(post("/api/v1/contracts/" + contract + "/deliveries").header("Authorization", token)
						.contentType(MediaType.APPLICATION_JSON).content("{\"shippedOn\": \"%s\", \"lines\": [{\"contractLineId\": %d, \"quantity\": 3}]}"
							.formatted(today, cabinets)))
						.andReturn().getResponse().getStatus();
				};
				answers.add(pool.submit(delivery));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(201, 400);
		}
		finally {
			pool.shutdownNow();
		}
		String fulfilment = quotes().body(get("/api/v1/contracts/" + contract + "/fulfilment"), "sales");
		assertThat(JsonPath.<List<Object>>read(fulfilment, "$.deliveries")).hasSize(1);
		assertThat(JsonPath.<Double>read(fulfilment, "$.lines[0].open")).isZero();
	}

	@Test
	void aContractDeliveredInBatchesFallsDueBatchByBatch() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long draft = quotes().draftContract("sales", today.minusDays(30));
		quotes().standardTerms("sales", draft, "40/50").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("10")));
		quotes().standardTerms("sales", draft, "四十/六十").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.batches").exists());

		long contract = quotes().effectiveContract("sales", today.minusDays(30), "40/60");
		String view = quotes().body(get("/api/v1/contracts/" + contract), "sales");
		java.math.BigDecimal total = new java.math.BigDecimal(JsonPath.read(view, "$.row.total").toString());
		assertThat(JsonPath.<List<Object>>read(view, "$.plan")).as("到货款 and 质保金 split in two").hasSize(5);
		assertThat(new java.math.BigDecimal(JsonPath.read(view, "$.plan[1].amount").toString()))
			.isEqualByComparingTo(total.multiply(new java.math.BigDecimal("0.24")).setScale(2, java.math.RoundingMode.HALF_UP));

		long cabinets = line(quotes().body(get("/api/v1/contracts/" + contract + "/fulfilment"), "sales"), 0);
		ship(contract, today.minusDays(20), cabinets, "2").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.batch").exists());
		shipBatch(contract, 3, today.minusDays(20), cabinets, "2").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.batch").exists());
		String first = shipBatch(contract, 1, today.minusDays(20), cabinets, "2").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long delivery = ((Number) JsonPath.read(first, "$.deliveries[0].id")).longValue();
		arrive(contract, delivery, today.minusDays(15)).andExpect(status().isOk());

		String arrived = quotes().body(get("/api/v1/contracts/" + contract), "sales");
		assertThat(JsonPath.<Integer>read(arrived, "$.plan[1].batch")).isEqualTo(1);
		assertThat(JsonPath.<String>read(arrived, "$.plan[1].dueDate")).isEqualTo(today.minusDays(15).plusDays(30).toString());
		assertThat(JsonPath.<String>read(arrived, "$.plan[2].status")).as("batch 2 not arrived").isEqualTo("NOT_TRIGGERED");

		acceptBatch(contract, "FINAL", 1, today.minusDays(10)).andExpect(status().isCreated());
		String accepted = quotes().body(get("/api/v1/contracts/" + contract), "sales");
		assertThat(JsonPath.<String>read(accepted, "$.plan[3].dueDate")).as("batch 1's 质保金 from its 终验")
			.isEqualTo(today.minusDays(10).plusMonths(12).toString());
		assertThat(JsonPath.<String>read(accepted, "$.plan[4].status")).isEqualTo("NOT_TRIGGERED");
		String section = mvc.perform(get("/sales/contracts/" + contract + "/fulfilment")
			.with(new TestUsers(userDetails).as("demo", "sales"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(section).contains("第 1 批");
	}

	private org.springframework.test.web.servlet.ResultActions shipBatch(long contract, int batch, LocalDate day, long line,
			String quantity) throws Exception {
		return mvc.perform(post("/api/v1/contracts/" + contract + "/deliveries").header("Authorization", token())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"shippedOn\": \"%s\", \"batch\": %d, \"lines\": [{\"contractLineId\": %d, \"quantity\": %s}]}"
				.formatted(day, batch, line, quantity)));
	}

	private org.springframework.test.web.servlet.ResultActions acceptBatch(long contract, String kind, int batch,
			LocalDate day) throws Exception {
		return mvc.perform(post("/api/v1/contracts/" + contract + "/acceptances").header("Authorization", token())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"%s\", \"batch\": %d, \"acceptedOn\": \"%s\"}".formatted(kind, batch, day)));
	}

	private org.springframework.test.web.servlet.ResultActions ship(long contract, LocalDate day, long line, String quantity)
			throws Exception {
		return mvc.perform(post("/api/v1/contracts/" + contract + "/deliveries").header("Authorization", token())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"shippedOn\": \"%s\", \"lines\": [{\"contractLineId\": %d, \"quantity\": %s}]}".formatted(day, line, quantity)));
	}

	private org.springframework.test.web.servlet.ResultActions arrive(long contract, long delivery, LocalDate day)
			throws Exception {
		return mvc.perform(post("/api/v1/contracts/" + contract + "/deliveries/" + delivery + "/arrival")
			.header("Authorization", token()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"arrivedOn\": \"%s\", \"note\": \"刘工签收\"}".formatted(day)));
	}

	private org.springframework.test.web.servlet.ResultActions accept(long contract, String kind, LocalDate day)
			throws Exception {
		return mvc.perform(post("/api/v1/contracts/" + contract + "/acceptances").header("Authorization", token())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"%s\", \"acceptedOn\": \"%s\", \"acceptedBy\": \"刘工\", \"documentNo\": \"YS-001\"}"
				.formatted(kind, day)));
	}

	private static long line(String fulfilment, int index) {
		return ((Number) JsonPath.read(fulfilment, "$.lines[" + index + "].contractLineId")).longValue();
	}

	private String token() {
		return quotes().token("sales");
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}
}

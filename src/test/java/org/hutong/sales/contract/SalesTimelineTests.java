package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer's 时间线 tells its contracts' story, newest first: signed, taking effect, shipped, accepted,
 * paid (once finance confirmed), each linked to the contract; a kind shows alone, in either language.
 * Once the customer is handed to 陈磊, he sees the customer's timeline but none of 王芳's contract
 * moments, since his data scope shows only his own contracts.
 */
@HutongTest
class SalesTimelineTests {

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

	@Autowired
	TenantJdbc jdbc;

	@Test
	void theTimelineShowsTheContractsMomentsWithinTheDataScope() throws Exception {
		LocalDate today = LocalDate.now(SHANGHAI);
		long contract = quotes().effectiveContract("sales", today.minusDays(20));
		String view = quotes().body(get("/api/v1/contracts/" + contract), "sales");
		String number = JsonPath.read(view, "$.row.number");
		long customer = ((Number) JsonPath.read(view, "$.row.customerId")).longValue();
		ship(contract, today.minusDays(5), today.minusDays(2));
		String recorded = quotes().body(post("/api/v1/contracts/" + contract + "/receipts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\": \"%s\", \"amount\": 1000, \"method\": \"TRANSFER\"}".formatted(today)), "sales");
		long receipt = ((Number) JsonPath.read(recorded, "$.receipts[0].id")).longValue();
		String receiptNumber = JsonPath.read(recorded, "$.receipts[0].number");
		String waiting = timeline(customer, null, "sales", "zh-CN");
		assertThat(waiting).as("a receipt counts once confirmed").doesNotContain(receiptNumber);
		quotes().body(post("/api/v1/contracts/" + contract + "/receipts/" + receipt + "/confirm")
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"), "finance");

		String all = timeline(customer, null, "sales", "zh-CN");
		assertThat(all).contains("签订合同 " + number + "「开关柜采购合同」").contains("合同 " + number + "「开关柜采购合同」生效")
			.contains("发货，发货单").contains("终验通过，客户验收人 刘工")
			.contains("回款 CNY 1,000.00 已确认（" + receiptNumber + "）").contains("/sales/contracts/" + contract);
		assertThat(all.indexOf(receiptNumber)).as("newest first").isLessThan(all.indexOf("终验通过"));
		assertThat(all.indexOf("终验通过")).isLessThan(all.indexOf("签订合同 " + number));
		String receipts = timeline(customer, "receipt", "sales", "zh-CN");
		assertThat(receipts).contains(receiptNumber).doesNotContain("签订合同 " + number);
		assertThat(timeline(customer, "contract", "sales", "en")).contains("Signed contract " + number)
			.contains(">Contracts<").contains(">Receipts<");

		handOver(customer, "sales2");
		String his = timeline(customer, null, "sales2", "zh-CN");
		assertThat(his).doesNotContain(number).doesNotContain(receiptNumber);
		assertThat(timeline(customer, null, "manager", "zh-CN")).contains(number).contains(receiptNumber);
	}

	private void ship(long contract, LocalDate shipped, LocalDate accepted) throws Exception {
		String fulfilment = quotes().body(get("/api/v1/contracts/" + contract + "/fulfilment"), "sales");
		List<Map<String, Object>> lines = JsonPath.read(fulfilment, "$.lines");
		String shipping = lines.stream().map(l -> "{\"contractLineId\": %s, \"quantity\": %s}".formatted(l.get("contractLineId"),
				l.get("open"))).collect(Collectors.joining(", "));
		String shippedNote = quotes().body(post("/api/v1/contracts/" + contract + "/deliveries")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"shippedOn\": \"%s\", \"lines\": [%s]}".formatted(shipped, shipping)), "sales");
		long delivery = ((Number) JsonPath.read(shippedNote, "$.deliveries[0].id")).longValue();
		quotes().body(post("/api/v1/contracts/" + contract + "/deliveries/" + delivery + "/arrival")
			.contentType(MediaType.APPLICATION_JSON).content("{\"arrivedOn\": \"%s\"}".formatted(accepted)), "sales");
		quotes().body(post("/api/v1/contracts/" + contract + "/acceptances").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"FINAL\", \"acceptedOn\": \"%s\", \"acceptedBy\": \"刘工\"}".formatted(accepted)), "sales");
	}

	private void handOver(long customer, String username) {
		long owner = new TestUsers(userDetails).load("demo", username).userId();
		new DemoTenants(tenants, transactions).call("demo", () -> jdbc.sql(
				"UPDATE customers_customer SET owner_id = :owner WHERE tenant_id = :tenantId AND id = :id")
			.param("owner", owner).param("id", customer).update());
	}

	private String timeline(long customer, String kind, String username, String language) throws Exception {
		var request = get("/customers/" + customer + "/timeline").header("HX-Request", "true")
			.header("Accept-Language", language).param("lang", language).with(new TestUsers(userDetails).as("demo", username));
		if (kind != null) {
			request = request.param("kind", kind);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}
}

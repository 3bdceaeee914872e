package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.token.ApiTokens;
import org.hutong.sales.product.ProductForm;
import org.hutong.sales.product.ProductManagement;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.MapBindingResult;

/**
 * {@code POST /api/v1/contracts} with a customer and lines makes a new draft: a catalogue product
 * brings its unit, spec and tax rate, the sums are the lines' to the fen, a retry with the same
 * Idempotency-Key makes nothing twice. {@code PUT /{id}/lines} replaces a draft's lines with If-Match
 * (409 when stale); refused lines answer 400 naming the line's field, with nothing saved; a customer
 * or product of another enterprise, or a customer outside the data scope, is refused; once submitted
 * the lines stay as they are.
 */
@HutongTest
class NewContractApiTests {

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
	ProductManagement products;

	@Test
	void aNewContractTakesItsLinesAndTheirSumsAndAnIdempotentRetryMakesItOnce() throws Exception {
		String sales = quotes().token("sales");
		long customer = fixtures().customer("sales").getId();
		long product = productId(sales, "KYN28A-12-1250");
		String body = """
				{"customerId": %d, "currency": "CNY", "lines": [
				 {"productId": %d, "quantity": 2},
				 {"name": "安装调试", "unit": "项", "quantity": 1, "unitPrice": 3333.33, "taxRate": 6}]}
				""".formatted(customer, product);
		String key = UUID.randomUUID().toString();
		String created = mvc.perform(post("/api/v1/contracts").header("Authorization", sales).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/v1/contracts/\\d+")))
			.andExpect(jsonPath("$.row.status").value("DRAFT"))
			.andExpect(jsonPath("$.row.customerId").value(customer))
			.andExpect(jsonPath("$.lines.length()").value(2))
			.andExpect(jsonPath("$.lines[0].unit").value("面"))
			.andExpect(jsonPath("$.lines[0].taxRate").value(13.0))
			.andExpect(jsonPath("$.lines[1].tax").value(200.0))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.row.id")).longValue();
		assertThat(JsonPath.<String>read(created, "$.lines[0].name")).contains("KYN28A");
		assertThat(sum(created, "$.lines[*].total")).isEqualByComparingTo(amount(created, "$.row.total"));
		assertThat(sum(created, "$.lines[*].tax")).isEqualByComparingTo(amount(created, "$.taxTotal"));
		assertThat(sum(created, "$.lines[*].net")).isEqualByComparingTo(amount(created, "$.netTotal"));
		// the customer's name stands in for the title, to be edited with the header
		assertThat(JsonPath.<String>read(created, "$.row.title")).isNotBlank();

		String again = mvc.perform(post("/api/v1/contracts").header("Authorization", sales).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		assertThat(((Number) JsonPath.read(again, "$.row.id")).longValue()).isEqualTo(id);
		String listed = quotes().body(get("/api/v1/contracts").param("customer", String.valueOf(customer)), "sales");
		assertThat(JsonPath.<List<Object>>read(listed, "$.items")).hasSize(1);
	}

	@Test
	void aDraftsLinesAreReplacedWithIfMatchAndRefusedLinesNameTheirField() throws Exception {
		String sales = quotes().token("sales");
		long id = newContract(sales, fixtures().customer("sales").getId());
		BigDecimal before = amount(quotes().body(get("/api/v1/contracts/" + id), "sales"), "$.row.total");

		String changed = mvc.perform(put("/api/v1/contracts/" + id + "/lines").header("Authorization", sales)
			.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content("""
					{"lines": [{"name": "箱式变电站", "unit": "台", "quantity": 2, "unitPrice": 100000, "taxRate": 13},
					 {"name": "运输", "unit": "项", "quantity": 1, "unitPrice": 0.05, "taxRate": 9}]}"""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.lines.length()").value(2))
			.andReturn().getResponse().getContentAsString();
		assertThat(amount(changed, "$.row.total")).isNotEqualByComparingTo(before).isEqualByComparingTo("226000.05");
		assertThat(amount(changed, "$.taxTotal")).isEqualByComparingTo("26000.00");
		assertThat(amount(changed, "$.netTotal")).isEqualByComparingTo("200000.05");

		mvc.perform(put("/api/v1/contracts/" + id + "/lines").header("Authorization", sales).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"lines\": [{\"name\": \"旧版本\", \"quantity\": 1, \"unitPrice\": 1}]}"))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/contracts/" + id + "/lines").header("Authorization", sales).header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"lines": [{"name": "好的一行", "quantity": 1, "unitPrice": 10},
					 {"name": "数量为零", "quantity": 0, "unitPrice": 10},
					 {"name": "负价", "quantity": 1, "unitPrice": -1},
					 {"name": "税率太高", "quantity": 1, "unitPrice": 10, "taxRate": 20}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors['lines[1].quantity']").value(containsString("数量")))
			.andExpect(jsonPath("$.errors['lines[2].unitPrice']").value(containsString("负数")))
			.andExpect(jsonPath("$.errors['lines[3].taxRate']").value(containsString("17")))
			.andExpect(jsonPath("$.errors['lines[0].name']").doesNotExist());
		mvc.perform(put("/api/v1/contracts/" + id + "/lines").header("Authorization", sales).header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"lines\": []}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.lines").exists());
		mvc.perform(put("/api/v1/contracts/" + id + "/lines").header("Authorization", sales).header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"lines\": [{\"productId\": " + otherEnterprisesProduct() + ", \"quantity\": 1}]}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors['lines[0].productId']").exists());
		String kept = quotes().body(get("/api/v1/contracts/" + id), "sales");
		assertThat(amount(kept, "$.row.total")).isEqualByComparingTo("226000.05");
		assertThat(((Number) JsonPath.read(kept, "$.row.version")).longValue()).isEqualTo(1);
	}

	@Test
	void aCustomerOfAnotherEnterpriseOrOutsideTheDataScopeAndBadLinesAreRefusedWithNothingSaved() throws Exception {
		String sales = quotes().token("sales");
		long others = fixtures().customer("demo2", "admin", CustomerFixtures.uniqueName()).getId();
		long colleagues = fixtures().customer("sales2").getId();
		for (long customer : new long[] { others, colleagues }) {
			mvc.perform(post("/api/v1/contracts").header("Authorization", sales).contentType(MediaType.APPLICATION_JSON)
				.content("{\"customerId\": " + customer + ", \"lines\": [{\"name\": \"柜体\", \"quantity\": 1, \"unitPrice\": 10}]}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.customerId").value(containsString("客户")));
		}
		long mine = fixtures().customer("sales").getId();
		mvc.perform(post("/api/v1/contracts").header("Authorization", sales).contentType(MediaType.APPLICATION_JSON)
			.content("{\"customerId\": " + mine + ", \"lines\": []}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.lines").exists());
		mvc.perform(post("/api/v1/contracts").header("Authorization", sales).contentType(MediaType.APPLICATION_JSON)
			.content("{\"customerId\": " + mine + ", \"currency\": \"USD\", \"lines\": [{\"productId\": "
					+ otherEnterprisesProduct() + ", \"quantity\": 1}, {\"name\": \"自定义\", \"quantity\": 1}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['lines[0].productId']").exists())
			.andExpect(jsonPath("$.errors['lines[1].unitPrice']").exists())
			.andExpect(jsonPath("$.errors.cnyRate").exists());
		mvc.perform(post("/api/v1/contracts").header("Authorization", sales).contentType(MediaType.APPLICATION_JSON)
			.content("{\"lines\": [{\"name\": \"柜体\", \"quantity\": 1, \"unitPrice\": 10}]}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.customerId").exists());
		String listed = quotes().body(get("/api/v1/contracts").param("customer", String.valueOf(mine)), "sales");
		assertThat(JsonPath.<List<Object>>read(listed, "$.items")).isEmpty();
	}

	@Test
	void onceSubmittedTheLinesStayAsTheyAre() throws Exception {
		String sales = quotes().token("sales");
		long id = newContract(sales, fixtures().customer("sales").getId());
		quotes().body(put("/api/v1/contracts/" + id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"新建的合同\", \"signedOn\": \"2026-12-01\"}"), "sales");
		quotes().standardTerms("sales", id, null).andExpect(status().isOk());
		quotes().body(post("/api/v1/contracts/" + id + "/submit"), "sales");
		mvc.perform(put("/api/v1/contracts/" + id + "/lines").header("Authorization", sales)
			.contentType(MediaType.APPLICATION_JSON).content("{\"lines\": [{\"name\": \"改\", \"quantity\": 1, \"unitPrice\": 1}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("草稿")));
		assertThat(JsonPath.<List<Object>>read(quotes().body(get("/api/v1/contracts/" + id), "sales"), "$.lines"))
			.hasSize(1);
	}

	@Test
	void fixedAmountTermsThatNoLongerAddUpKeepTheDraftFromBeingSubmitted() throws Exception {
		String sales = quotes().token("sales");
		long id = newContract(sales, fixtures().customer("sales").getId());
		quotes().body(put("/api/v1/contracts/" + id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"固定金额条款\", \"signedOn\": \"2026-12-01\"}"), "sales");
		String total = JsonPath.read(quotes().body(get("/api/v1/contracts/" + id), "sales"), "$.row.total").toString();
		quotes().body(put("/api/v1/contracts/" + id + "/terms").contentType(MediaType.APPLICATION_JSON).content("""
				{"terms": [{"name": "全款", "kind": "FIXED", "value": %s, "trigger": "SIGNING", "offset": 0}]}""".formatted(total)),
				"sales");
		String relined = quotes().body(put("/api/v1/contracts/" + id + "/lines").contentType(MediaType.APPLICATION_JSON)
			.content("{\"lines\": [{\"name\": \"加一台\", \"quantity\": 3, \"unitPrice\": 500, \"taxRate\": 13}]}"), "sales");
		assertThat(JsonPath.<Boolean>read(relined, "$.termsFit")).isFalse();
		mvc.perform(post("/api/v1/contracts/" + id + "/submit").header("Authorization", sales))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("回款条款")));
	}

	/** A new draft with one free line of 1 × 1000.00 at 13 %. */
	private long newContract(String token, long customer) throws Exception {
		String created = mvc.perform(post("/api/v1/contracts").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"customerId": %d, "lines": [{"name": "开关柜", "unit": "台", "quantity": 1, "unitPrice": 1000, "taxRate": 13}]}"""
				.formatted(customer)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(created, "$.row.id")).longValue();
	}

	private long otherEnterprisesProduct() {
		var admin = new TestUsers(userDetails).load("demo2", "admin");
		String code = "ISO-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
		try {
			return new DemoTenants(tenants, transactions).call("demo2", () -> products.create(admin,
					ProductForm.of(code, "别家的产品", null, "台", new BigDecimal("100")),
					new MapBindingResult(new HashMap<>(), "form")));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long productId(String token, String code) throws Exception {
		String json = mvc.perform(get("/api/v1/products").param("q", code).header("Authorization", token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Integer> ids = JsonPath.read(json, "$.items[?(@.code == '" + code + "')].id");
		return ids.get(0);
	}

	private static BigDecimal sum(String json, String path) {
		return JsonPath.<List<Object>>read(json, path).stream().map(value -> new BigDecimal(value.toString()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal amount(String json, String path) {
		return new BigDecimal(JsonPath.read(json, path).toString());
	}

	private CustomerFixtures fixtures() {
		return new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
	}

	private Quotes quotes() {
		return new Quotes(mvc, fixtures(), userDetails, tokens);
	}
}

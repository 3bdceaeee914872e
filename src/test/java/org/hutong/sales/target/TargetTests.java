package org.hutong.sales.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 销售目标与预测: the director sets a rep's month on the grid (a bad box refused, nothing saved); a deal
 * won this month counts toward her attainment; each viewer's ranking holds only the people their data
 * scope shows; a deal committed for this quarter moves the forecast's commit by its amount and the
 * weighted pipeline by amount × probability, an omitted one moves neither.
 */
@HutongTest
class TargetTests {

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

	final LocalDate today = LocalDate.now(EnterpriseZone.DEFAULT);

	final String month = Period.month(today.getYear(), today.getMonthValue()).text();

	@Test
	void theDirectorSetsAMonthAndAWonDealCountsTowardIt() throws Exception {
		long rep = user("sales").userId();
		String cell = "USER-" + rep + "-" + today.getMonthValue();
		String grid = mvc.perform(get("/sales/targets/plan").with(as("manager"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(grid).contains("王芳").contains("name=\"" + cell + "\"");
		mvc.perform(get("/sales/targets/plan").with(as("sales"))).andExpect(status().isForbidden());

		String refused = mvc.perform(post("/sales/targets/plan").with(csrf()).with(as("manager")).param(cell, "八十万"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("请填写不小于 0、最多两位小数的金额").contains("value=\"八十万\"");
		mvc.perform(post("/sales/targets/plan").with(csrf()).with(as("manager")).param(cell, "800,000"))
			.andExpect(status().is3xxRedirection());

		BigDecimal before = achieved("manager", "王芳");
		wonDeal(new BigDecimal("120000"));
		String ranking = ranking("manager");
		assertThat(JsonPath.<List<Double>>read(ranking, "$.people[?(@.name == '王芳')].target")).containsExactly(800000.0);
		assertThat(achieved("manager", "王芳")).isEqualByComparingTo(before.add(new BigDecimal("120000")));
		assertThat(JsonPath.<List<String>>read(ranking, "$.people[*].name")).contains("王芳", "陈磊");

		assertThat(JsonPath.<List<String>>read(ranking("sales2"), "$.people[*].name")).containsExactly("陈磊");
		String page = mvc.perform(get("/sales/targets").param("period", month).with(as("sales"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("王芳").contains("排行榜").doesNotContain("设置目标");
	}

	@Test
	void theApiRefusesABadYearAndAnAmountWithThreeDecimals() throws Exception {
		long rep = user("sales").userId();
		mvc.perform(put("/api/v1/targets").header("Authorization", token("manager")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": 1, \"targets\": [{\"subject\": \"USER\", \"subjectId\": %d, \"month\": 1, \"amount\": 5}]}"
				.formatted(rep)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.year").exists());
		mvc.perform(put("/api/v1/targets").header("Authorization", token("manager")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": %d, \"targets\": [{\"subject\": \"USER\", \"subjectId\": %d, \"month\": 1, \"amount\": 5.123}]}"
				.formatted(today.getYear(), rep)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors['USER-%d-1'".formatted(rep) + "]").exists());
		mvc.perform(put("/api/v1/targets").header("Authorization", token("sales")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": %d, \"targets\": []}".formatted(today.getYear()))).andExpect(status().isForbidden());
	}

	@Test
	void aCommittedDealMovesTheForecastAndAnOmittedOneDoesNot() throws Exception {
		String quarter = Period.quarterOf(today).text();
		String before = forecast(quarter);
		long committed = openDeal(new BigDecimal("200000"));
		categorize(committed, "COMMIT");
		long omitted = openDeal(new BigDecimal("90000"));
		categorize(omitted, "OMITTED");
		String after = forecast(quarter);
		assertThat(number(after, "$.total.commit").subtract(number(before, "$.total.commit")))
			.isEqualByComparingTo("200000");
		BigDecimal probability = new BigDecimal(JsonPath.<Integer>read(mvc.perform(get("/api/v1/opportunities/" + committed)
			.header("Authorization", token("sales"))).andReturn().getResponse().getContentAsString(), "$.row.probability"));
		assertThat(number(after, "$.total.weighted").subtract(number(before, "$.total.weighted")))
			.isEqualByComparingTo(new BigDecimal("200000").multiply(probability).movePointLeft(2));
		assertThat(JsonPath.<List<String>>read(after, "$.people[*].label")).contains("王芳");
		String page = mvc.perform(get("/sales/forecast").param("quarter", quarter).with(as("manager")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("销售预测").contains("承诺").contains("王芳");
		mvc.perform(post("/sales/opportunities/" + omitted + "/forecast").with(csrf()).with(as("sales"))
			.param("category", "BOGUS")).andExpect(status().isUnprocessableContent());
	}

	private String forecast(String quarter) throws Exception {
		return mvc.perform(get("/api/v1/forecast").param("quarter", quarter).header("Authorization", token("sales")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String ranking(String username) throws Exception {
		return mvc.perform(get("/api/v1/targets").param("period", month).header("Authorization", token(username)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private BigDecimal achieved(String viewer, String name) throws Exception {
		return new BigDecimal(JsonPath.<List<Object>>read(ranking(viewer), "$.people[?(@.name == '" + name + "')].achieved")
			.get(0).toString());
	}

	private static BigDecimal number(String json, String path) {
		return new BigDecimal(JsonPath.read(json, path).toString());
	}

	private void wonDeal(BigDecimal amount) throws Exception {
		long deal = openDeal(amount);
		String view = mvc.perform(get("/api/v1/opportunities/" + deal).header("Authorization", token("sales"))).andReturn()
			.getResponse().getContentAsString();
		Integer won = JsonPath.<List<Integer>>read(view, "$.pipeline.stages[?(@.outcome == 'WON')].id").get(0);
		mvc.perform(post("/api/v1/opportunities/" + deal + "/stage").header("Authorization", token("sales"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"stageId\": " + won + "}")).andExpect(status().isOk());
	}

	private long openDeal(BigDecimal amount) throws Exception {
		long customer = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts)
			.customer("demo", "sales", "许昌恒达电力设备有限公司" + ThreadLocalRandom.current().nextInt(1_000_000)).getId();
		String location = mvc.perform(post("/api/v1/opportunities").header("Authorization", token("sales"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"目标测试商机\", \"customerId\": %d, \"amount\": %s, \"expectedClose\": \"%s\"}"
				.formatted(customer, amount.toPlainString(), today)))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void categorize(long deal, String category) throws Exception {
		mvc.perform(post("/api/v1/opportunities/" + deal + "/forecast-category").header("Authorization", token("sales"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"category\": \"" + category + "\"}")).andExpect(status().isOk());
	}

	private SignedInUser user(String username) {
		return new TestUsers(userDetails).load("demo", username);
	}

	private String token(String username) {
		SignedInUser user = user(username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "target-test", 1).secret());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}

package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 合同设置: a rep may not open them (403, no link on the list); the director's bad prefix and digits
 * are refused by their fields with nothing saved, in Chinese and English; a saved rule numbers the
 * next contract (XS-202612-00001 …) while earlier numbers stay; the example follows what is typed.
 */
@HutongTest
class ContractSettingsTests {

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
	ContractPolicies policies;

	@AfterEach
	void backToTheDefaults() throws Exception {
		mvc.perform(save("HT", "YEAR", "4", "30", "7").param("version", version()).with(as("admin")))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aRepGetsNeitherThePageNorTheLink() throws Exception {
		mvc.perform(get("/sales/contracts/settings").with(as("sales"))).andExpect(status().isForbidden());
		mvc.perform(save("XX", "YEAR", "4", "30", "7").with(as("sales"))).andExpect(status().isForbidden());
		mvc.perform(get("/sales/contracts/settings/templates/new").with(as("sales"))).andExpect(status().isForbidden());
		assertThat(html(get("/sales/contracts"), "sales")).doesNotContain("/sales/contracts/settings");
		assertThat(html(get("/sales/contracts"), "admin")).contains("/sales/contracts/settings").contains("合同设置");
		assertThat(html(get("/sales/contracts/settings"), "manager")).contains("name=\"numberPrefix\"")
			.contains("value=\"HT\"").contains("到期提醒提前天数").contains("回款提醒提前天数").contains("30/60/10");
	}

	@Test
	void aBadPrefixAndDigitsAreRefusedByTheirFieldsAndNothingIsSaved() throws Exception {
		String refused = mvc.perform(save("H-T", "YEAR", "9", "0", "91").param("version", version()).with(as("admin")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("前缀只能是 1–10 位字母或数字").contains("序号位数须在 3 到 8 之间")
			.contains("请填写 1 到 365 之间的天数").contains("请填写 1 到 90 之间的天数").contains("value=\"H-T\"");
		String english = mvc.perform(save("HT", "YEAR", "abc", "30", "7").param("version", version())
			.header("Accept-Language", "en").with(as("admin"))).andExpect(status().isUnprocessableContent()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("Sequence digits").contains("value=\"abc\"");
		mvc.perform(save("HT", "WEEK", "4", "30", "7").param("version", version()).with(as("admin")))
			.andExpect(status().isUnprocessableContent());
		ContractPolicy kept = demo().call("demo", () -> policies.current());
		assertThat(kept.numberRule()).isEqualTo(NumberRule.DEFAULT);
		assertThat(kept.getExpiryDays()).isEqualTo(30);
		assertThat(kept.getDueSoonDays()).isEqualTo(7);

		mvc.perform(save("HT", "YEAR", "4", "30", "7").param("version", "99").with(as("admin")))
			.andExpect(status().isConflict());
	}

	@Test
	void aChangedRuleNumbersTheNextContractOnly() throws Exception {
		String month = LocalDate.now(SHANGHAI).format(DateTimeFormatter.ofPattern("yyyyMM"));
		String year = month.substring(0, 4);
		long before = quotes().draftContract("sales", LocalDate.now(SHANGHAI));
		assertThat(number(before)).matches("HT-" + year + "-\\d{4}");

		mvc.perform(save("XS", "MONTH", "5", "45", "10").param("version", version()).with(as("manager")))
			.andExpect(status().is3xxRedirection());
		ContractPolicy saved = demo().call("demo", () -> policies.current());
		assertThat(saved.getExpiryDays()).isEqualTo(45);
		assertThat(saved.getDueSoonDays()).isEqualTo(10);
		assertThat(html(get("/sales/contracts/settings"), "manager")).contains("XS-" + month + "-00001");

		long first = quotes().draftContract("sales", LocalDate.now(SHANGHAI));
		long second = quotes().draftContract("sales", LocalDate.now(SHANGHAI));
		assertThat(number(first)).matches("XS-" + month + "-\\d{5}");
		int a = Integer.parseInt(number(first).substring(number(first).lastIndexOf('-') + 1));
		assertThat(number(second)).isEqualTo("XS-" + month + "-" + String.format("%05d", a + 1));
		assertThat(number(before)).as("an earlier contract keeps its number").matches("HT-" + year + "-\\d{4}");
	}

	@Test
	void theExampleFollowsTheRuleAsTyped() throws Exception {
		String none = html(get("/sales/contracts/settings/number-example").param("numberPrefix", "ZB")
			.param("numberDate", "NONE").param("numberDigits", "3").header("HX-Request", "true"), "admin");
		assertThat(none).contains("ZB-001").doesNotContain("<html");
		String year = String.valueOf(LocalDate.now(SHANGHAI).getYear());
		assertThat(html(get("/sales/contracts/settings/number-example").param("numberPrefix", "HT")
			.param("numberDate", "YEAR").param("numberDigits", "6"), "admin")).contains("HT-" + year + "-000001");
		assertThat(html(get("/sales/contracts/settings/number-example").param("numberPrefix", "H T")
			.param("numberDate", "YEAR").param("numberDigits", "4"), "admin")).contains("填写完整后显示示例");
	}

	private MockHttpServletRequestBuilder save(String prefix, String date, String digits, String expiry, String soon) {
		return post("/sales/contracts/settings").with(csrf()).param("numberPrefix", prefix).param("numberDate", date)
			.param("numberDigits", digits).param("expiryDays", expiry).param("dueSoonDays", soon);
	}

	/** The version the settings page would carry: none while the enterprise has no row. */
	private String version() {
		Long version = demo().call("demo", () -> policies.current().getVersion());
		return version == null ? "" : String.valueOf(version);
	}

	private String number(long contract) throws Exception {
		return JsonPath.read(quotes().body(get("/api/v1/contracts/" + contract), "sales"), "$.row.number");
	}

	private String html(MockHttpServletRequestBuilder request, String user) throws Exception {
		return mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private DemoTenants demo() {
		return new DemoTenants(tenants, transactions);
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}

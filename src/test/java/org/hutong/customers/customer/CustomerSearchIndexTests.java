package org.hutong.customers.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.shared.Pinyin;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** The search index behind the customer list's keyword: what finds a customer, and keys kept in step with every write. */
@HutongTest
class CustomerSearchIndexTests {

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
	CustomerUpserts upserts;

	@Autowired
	TenantJdbc jdbc;

	String token;

	/** Six random characters that make this test's names unique. */
	String unique;

	@BeforeEach
	void setUp() {
		unique = CustomerFixtures.uniqueName().substring(0, 6);
		SignedInUser admin = new TestUsers(userDetails).load("demo", "admin");
		token = "Bearer " + TenantContext.callAs(admin.tenantId(), () -> tokens.create(admin, "search-test", 1).secret());
	}

	@Test
	void findsByHanziSubstringPinyinInitialsAndCreditCode() throws Exception {
		String name = unique + "鑫泰电力设备有限公司";
		customer(name, unique.substring(1, 3) + "鑫泰", null);
		String pinyin = Pinyin.full(unique);
		String initials = Pinyin.initials(unique);

		assertThat(found(unique.substring(2) + "鑫泰")).contains(name);
		assertThat(found(unique.substring(1, 3) + "鑫")).contains(name);
		assertThat(found(pinyin.substring(0, Math.min(8, pinyin.length())))).contains(name);
		assertThat(found(pinyin + "xintai")).contains(name);
		assertThat(found(Pinyin.full(unique.substring(5)) + "xintaidian")).contains(name);
		assertThat(found(initials + "xtdl")).contains(name);
		assertThat(found(initials.substring(3) + "xtdlsb")).contains(name);
		// pinyin is matched from a syllable on: "intai" starts inside 鑫 (xin)
		assertThat(found("intaidia")).doesNotContain(name);
		assertThat(found("ntaidian")).doesNotContain(name);
		assertThat(found(unique + "鑫太")).doesNotContain(name);
		mvc.perform(get("/customers").param("scope", "TEAM").param("q", unique.substring(2) + "鑫泰")
			.with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void findsByAValidCreditCodeHoweverItIsTyped() throws Exception {
		String code = validCode();
		String name = unique + "信用代码有限公司";
		customer(name, null, code);

		assertThat(found(code)).containsExactly(name);
		assertThat(found(code.substring(0, 6) + " " + code.substring(6).toLowerCase())).containsExactly(name);
		assertThat(found(code.substring(0, 8))).doesNotContain(name);
	}

	@Test
	void aKeywordLongerThanTheKeysIsCheckedWhole() throws Exception {
		String name = unique + "鑫泰电力设备有限公司";
		customer(name, null, null);

		assertThat(found(unique + "鑫泰电力")).containsExactly(name);
		assertThat(found(unique + "鑫泰电器")).isEmpty();
		assertThat(found(Pinyin.full(unique) + "xintaidianli")).containsExactly(name);
		assertThat(found(Pinyin.full(unique) + "xintaidianqi")).isEmpty();
		// a registered name with another legal form still finds it (the normalised name is a key too)
		assertThat(found(unique + "鑫泰电力设备股份有限公司")).containsExactly(name);
	}

	@Test
	void wildcardsAreTakenLiterally() throws Exception {
		String name = unique + "有限公司";
		customer(name, null, null);

		assertThat(found(unique.substring(0, 2) + "_" + unique.substring(3))).isEmpty();
		assertThat(found(unique.substring(0, 2) + "%" + unique.substring(3))).isEmpty();
		assertThat(found(unique.substring(0, 2) + "%")).containsExactly(name);
		assertThat(found("%")).doesNotContain(name);
		assertThat(found("_")).doesNotContain(name);
	}

	@Test
	void renamingMovesTheKeysAndPurgingDropsThem() throws Exception {
		String before = unique + "旧名有限公司";
		String after = unique.substring(0, 3) + "新名称有限公司";
		MvcResult created = mvc.perform(post("/api/v1/customers").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + before + "\",\"shortName\":\"" + unique.substring(3) + "旧简称\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(found(unique + "旧名")).containsExactly(before);
		assertThat(found(unique.substring(3) + "旧简称")).containsExactly(before);

		mvc.perform(put(location).header("Authorization", token)
			.header("If-Match", created.getResponse().getHeader("ETag"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + after + "\"}"))
			.andExpect(status().isOk());
		assertThat(found(unique + "旧名")).isEmpty();
		assertThat(found(unique.substring(3) + "旧简称")).isEmpty();
		assertThat(found(unique.substring(0, 3) + "新名")).containsExactly(after);

		mvc.perform(delete(location).header("Authorization", token)).andExpect(status().isNoContent());
		assertThat(found(unique.substring(0, 3) + "新名")).isEmpty();
		assertThat(keys(id)).isPositive();
		mvc.perform(post("/api/v1/customers/{id}/restore", id).header("Authorization", token))
			.andExpect(status().isOk());
		assertThat(found(unique.substring(0, 3) + "新名")).containsExactly(after);
		mvc.perform(delete(location).header("Authorization", token)).andExpect(status().isNoContent());
		mvc.perform(post("/customers/recycle-bin/{id}/purge", id).with(csrf())
			.with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(status().is3xxRedirection());
		assertThat(keys(id)).isZero();
	}

	@Test
	void importUpsertsAndMergesKeepTheKeysRight() throws Exception {
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		String name = unique + "导入有限公司";
		Customer imported = demo().call("demo", () -> upserts.create(admin, admin, CustomerForm.named(name)));
		assertThat(found(unique + "导入")).containsExactly(name);
		demo().call("demo", () -> upserts.update(admin, customers.findById(imported.getId()).orElseThrow(),
				new CustomerForm(name, unique.substring(4) + "导简", null, null, null, null, null, null, null, null,
						null, null, null, null, true, null)));
		assertThat(found(unique.substring(4) + "导简")).containsExactly(name);

		String duplicateName = unique.substring(0, 4) + "合并甲有限公司";
		Customer duplicate = customer(duplicateName, unique.substring(2) + "合简", null);
		long version = demo().call("demo", () -> customers.findById(imported.getId()).orElseThrow().getVersion());
		mvc.perform(post("/customers/{id}/merge", imported.getId()).with(csrf())
			.with(new TestUsers(userDetails).as("demo", "admin"))
			.param("otherId", String.valueOf(duplicate.getId())).param("version", String.valueOf(version)));
		// the survivor keeps its own short name, so the duplicate's is not taken: only the survivor's name and short name find it
		assertThat(found(unique.substring(4) + "导简")).containsExactly(name);
		assertThat(found(unique.substring(0, 4) + "合并甲")).isEmpty();
	}

	@Test
	void aMergeThatFillsTheShortNameMakesItFindable() throws Exception {
		String survivorName = unique + "存续有限公司";
		Customer survivor = customer(survivorName, null, null);
		Customer duplicate = customer(unique.substring(0, 4) + "重复乙有限公司", unique.substring(3) + "乙简", null);
		long version = demo().call("demo", () -> customers.findById(survivor.getId()).orElseThrow().getVersion());
		mvc.perform(post("/customers/{id}/merge", survivor.getId()).with(csrf())
			.with(new TestUsers(userDetails).as("demo", "admin"))
			.param("otherId", String.valueOf(duplicate.getId())).param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());

		assertThat(found(unique.substring(3) + "乙简")).containsExactly(survivorName);
		mvc.perform(get("/customers").param("scope", "TEAM").param("q", unique.substring(0, 4) + "重复乙")
			.with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("重复乙有限公司"))));
	}

	@Test
	void seededDemoCustomersHaveTheirKeys() throws Exception {
		long tenant = new TestUsers(userDetails).load("demo", "admin").tenantId();
		String first = jdbc.sql(tenant, "select name from customers_customer where tenant_id = :tenantId"
				+ " and deleted_at is null and owner_id is not null order by id fetch first 1 rows only")
			.query(String.class)
			.single();

		assertThat(names(first)).contains(first);
		assertThat(names(Pinyin.initials(first))).contains(first);
	}

	/** Names the API lists for the keyword, across the team, of this test's customers only. */
	private List<String> found(String keyword) throws Exception {
		return names(keyword).stream()
			.filter(name -> name.contains(unique.substring(0, 2)) || name.contains(unique.substring(3)))
			.toList();
	}

	private List<String> names(String keyword) throws Exception {
		String json = mvc.perform(get("/api/v1/customers").header("Authorization", token).param("scope", "TEAM")
			.param("q", keyword).param("limit", "200"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.items[*].name");
	}

	private long keys(long customerId) {
		long tenant = new TestUsers(userDetails).load("demo", "admin").tenantId();
		return jdbc.sql(tenant, "select count(*) from customers_search_key where tenant_id = :tenantId and customer_id = :id")
			.param("id", customerId)
			.query(Long.class)
			.single();
	}

	private Customer customer(String name, String shortName, String code) {
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		CustomerForm form = new CustomerForm(name, shortName, code, null, null, null, null, null, null, null, null,
				null, null, null, true, null);
		return demo().call("demo", () -> customers.save(new Customer(form, admin, admin, Instant.now())));
	}

	private DemoTenants demo() {
		return new DemoTenants(tenants, transactions);
	}

	/** A valid credit code no other test uses: the test's characters pick the organisation code. */
	private String validCode() {
		StringBuilder first = new StringBuilder("914101");
		String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		for (int i = 0; i < 11; i++) {
			first.append(charset.charAt(Math.floorMod(unique.hashCode() * 31 + i * 7 + unique.charAt(i % 6), charset.length())));
		}
		int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += charset.indexOf(first.charAt(i)) * weights[i];
		}
		return first.toString() + charset.charAt((31 - sum % 31) % 31);
	}
}

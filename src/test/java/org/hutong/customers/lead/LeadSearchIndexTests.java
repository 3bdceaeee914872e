package org.hutong.customers.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.shared.Pinyin;
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

/** The search index behind the lead list's keyword: what finds a lead, and keys kept in step with its writes. */
@HutongTest
class LeadSearchIndexTests {

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
	LeadRepository leads;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	@Autowired
	TenantJdbc jdbc;

	LeadFixtures fixtures;

	String token;

	long tenant;

	/** Six random characters that make this test's names unique. */
	String unique;

	@BeforeEach
	void setUp() {
		fixtures = new LeadFixtures(tenants, transactions, userDetails, leads, customers, contacts);
		unique = CustomerFixtures.uniqueName().substring(0, 6);
		SignedInUser admin = new TestUsers(userDetails).load("demo", "admin");
		tenant = admin.tenantId();
		token = "Bearer " + TenantContext.callAs(admin.tenantId(), () -> tokens.create(admin, "lead-search-test", 1).secret());
	}

	@Test
	void findsByNameSubstringPinyinInitialsAndTheWholeMobile() throws Exception {
		String name = unique + "鑫泰电力设备有限公司";
		String mobile = mobile();
		fixtures.lead("admin", name, "王工", mobile);
		String pinyin = Pinyin.full(unique);
		String initials = Pinyin.initials(unique);

		assertThat(found(unique.substring(2) + "鑫泰")).contains(name);
		assertThat(found(unique.substring(4) + "鑫")).contains(name);
		assertThat(found(pinyin.substring(0, Math.min(8, pinyin.length())))).contains(name);
		assertThat(found(Pinyin.full(unique.substring(5)) + "xintaidian")).contains(name);
		assertThat(found(initials + "xtdl")).contains(name);
		assertThat(found(mobile)).containsExactly(name);
		// the mobile is found whole, as before the index
		assertThat(found(mobile.substring(0, 7))).doesNotContain(name);
		assertThat(found(unique + "鑫太")).doesNotContain(name);
	}

	@Test
	void aKeywordLongerThanTheKeysIsCheckedWhole() throws Exception {
		String name = unique + "鑫泰电力设备有限公司";
		fixtures.lead("admin", name, null, null);

		assertThat(found(unique + "鑫泰电力")).containsExactly(name);
		assertThat(found(unique + "鑫泰电器")).isEmpty();
		assertThat(found(Pinyin.full(unique) + "xintaidianli")).containsExactly(name);
		assertThat(found(Pinyin.full(unique) + "xintaidianqi")).isEmpty();
		assertThat(found("%")).doesNotContain(name);
	}

	@Test
	void keysFollowAChangeOfNameOrMobileOnlyAndStayWithADeletedLead() throws Exception {
		String before = unique + "旧名有限公司";
		String after = unique.substring(0, 3) + "新名称有限公司";
		String oldMobile = mobile();
		String newMobile = mobile();
		MvcResult created = mvc.perform(post("/api/v1/leads").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"companyName\":\"" + before + "\",\"mobile\":\"" + oldMobile + "\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(found(unique + "旧名")).containsExactly(before);
		assertThat(found(oldMobile)).containsExactly(before);

		// a key no lead computes: an edit that leaves name and mobile alone must not rewrite the keys
		jdbc.sql(tenant, "insert into customers_lead_search_key (tenant_id, search_key, lead_id) values (:tenantId, '+x', :id)")
			.param("id", id).update();
		String etag = update(location, created.getResponse().getHeader("ETag"),
				"{\"companyName\":\"" + before + "\",\"mobile\":\"" + oldMobile + "\",\"remarks\":\"备注\"}");
		assertThat(keys(id)).contains("+x");

		update(location, etag, "{\"companyName\":\"" + after + "\",\"mobile\":\"" + newMobile + "\"}");
		assertThat(keys(id)).doesNotContain("+x").isEqualTo(LeadKeys.of(after, newMobile));
		assertThat(found(unique + "旧名")).isEmpty();
		assertThat(found(oldMobile)).isEmpty();
		assertThat(found(unique.substring(0, 3) + "新名")).containsExactly(after);
		assertThat(found(newMobile)).containsExactly(after);

		mvc.perform(delete(location).header("Authorization", token)).andExpect(status().isNoContent());
		assertThat(found(unique.substring(0, 3) + "新名")).isEmpty();
		assertThat(found(newMobile)).isEmpty();
		assertThat(keys(id)).as("deleting is soft; the list leaves deleted leads out").isNotEmpty();
	}

	@Test
	void seededDemoLeadsHaveTheirKeys() {
		List<Long> ids = jdbc.sql(tenant, "select id from customers_lead where tenant_id = :tenantId order by id"
				+ " fetch first 5 rows only").query(Long.class).list();

		assertThat(ids).isNotEmpty();
		for (long id : ids) {
			Lead lead = fixtures.reload(id);
			assertThat(keys(id)).isEqualTo(LeadKeys.of(lead.getCompanyName(), lead.getMobile()));
		}
	}

	private String update(String location, String etag, String json) throws Exception {
		return mvc.perform(put(location).header("Authorization", token).header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
	}

	/** Company names the API lists for the keyword, of this test's leads only. */
	private List<String> found(String keyword) throws Exception {
		String json = mvc.perform(get("/api/v1/leads").header("Authorization", token).param("q", keyword)
			.param("limit", "200"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> names = JsonPath.read(json, "$.items[*].companyName");
		return names.stream()
			.filter(name -> name.contains(unique.substring(0, 2)) || name.contains(unique.substring(3)))
			.toList();
	}

	private Set<String> keys(long leadId) {
		return Set.copyOf(jdbc.sql(tenant, "select search_key from customers_lead_search_key where tenant_id = :tenantId"
				+ " and lead_id = :id").param("id", leadId).query(String.class).list());
	}

	/** A valid mobile no other lead has, most likely. */
	private static String mobile() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}
}

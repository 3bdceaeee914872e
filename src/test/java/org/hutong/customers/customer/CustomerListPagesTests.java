package org.hutong.customers.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer list as the shared list pattern: one search field and a 筛选 sheet, scopes in any
 * case, 团队 narrowed by 负责人 and 部门 (with its sub-departments), the count per owner, dates.
 */
@HutongTest
class CustomerListPagesTests {

	private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\"[^>]*>[\\u3000]*([^<]+)</option>");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	CustomerFixtures fixtures;

	TestUsers users;

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		users = new TestUsers(userDetails);
	}

	@Test
	void theListOffersOneSearchFieldAndTheOtherFiltersInASheet() throws Exception {
		String page = mvc.perform(get("/customers").param("scope", "TEAM").param("level", "A").with(as("manager")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("class=\"list-search\"", "hx-push-url=\"true\"",
				"hx-trigger=\"input changed delay:300ms from:find input[type=search], change, submit\"",
				"<dialog class=\"filter-sheet\"", "data-filter-open", "name=\"owner\"", "name=\"dept\"",
				"data-range-from=\"" + LocalDate.now(EnterpriseZone.DEFAULT) + "\"", "今天", "本周", "本月", "本季度", "近 30 天");
		// one filter (the level) is active; the search field is outside the sheet
		assertThat(page).containsPattern("data-filter-count>\\s*1<|data-filter-count>1<");
		assertThat(page.indexOf("type=\"search\"")).isLessThan(page.indexOf("<dialog class=\"filter-sheet\""));
		// 我的 has no owner or department filter
		mvc.perform(get("/customers").with(as("manager")))
			.andExpect(content().string(not(containsString("name=\"owner\""))))
			.andExpect(content().string(not(containsString("name=\"dept\""))));
	}

	@Test
	void scopesAreReadInAnyCase() throws Exception {
		Customer east = fixtures.customer("sales2");
		mvc.perform(get("/customers").param("scope", "team").param("q", east.getName()).with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(east.getName())))
			.andExpect(content().string(containsString("name=\"scope\" value=\"TEAM\"")));
		mvc.perform(get("/customers").param("scope", "Pool").with(as("sales")))
			.andExpect(content().string(containsString("name=\"scope\" value=\"POOL\"")));
		// a scope that names none still shows the list, not an error
		mvc.perform(get("/customers").param("scope", "everything").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"scope\" value=\"MINE\"")));
	}

	@Test
	void aManagerNarrowsTheTeamByOwnerAndByDepartmentWithItsSubDepartments() throws Exception {
		String token = CustomerFixtures.uniqueName().substring(0, 4);
		Customer central = fixtures.customer("demo", "sales", token + CustomerFixtures.uniqueName());
		Customer east = fixtures.customer("demo", "sales2", token + CustomerFixtures.uniqueName());
		String page = mvc.perform(get("/customers").param("scope", "TEAM").with(as("manager")))
			.andReturn().getResponse().getContentAsString();
		String salesDepartment = department(page, "销售部");
		String eastRegion = department(page, "华东大区");

		mvc.perform(team(token).param("owner", String.valueOf(fixtures.userId("sales2"))))
			.andExpect(content().string(containsString(east.getName())))
			.andExpect(content().string(not(containsString(central.getName()))));
		mvc.perform(team(token).param("dept", eastRegion))
			.andExpect(content().string(containsString(east.getName())))
			.andExpect(content().string(not(containsString(central.getName()))));
		// 销售部 holds both 大区 below it
		mvc.perform(team(token).param("dept", salesDepartment))
			.andExpect(content().string(containsString(east.getName())))
			.andExpect(content().string(containsString(central.getName())));
		// a department of nobody, or of another enterprise, shows nothing rather than failing
		mvc.perform(team(token).param("dept", "999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(east.getName()))));
		// a rep's data scope still holds: filtering by another rep shows none of theirs
		mvc.perform(get("/customers").param("scope", "TEAM").param("q", token)
			.param("owner", String.valueOf(fixtures.userId("sales2"))).with(as("sales")))
			.andExpect(content().string(not(containsString(east.getName()))));
	}

	@Test
	void theTeamListCountsCustomersPerOwnerWithinItsFilters() throws Exception {
		String token = CustomerFixtures.uniqueName().substring(0, 4);
		for (int i = 0; i < CustomerSearch.PAGE_SIZE + 1; i++) {
			fixtures.customer("demo", "sales2", token + CustomerFixtures.uniqueName());
		}
		fixtures.customer("demo", "sales", token + CustomerFixtures.uniqueName());
		// more than a page: the counts come from one grouped count
		mvc.perform(team(token))
			.andExpect(content().string(containsString("class=\"owner-counts\"")))
			.andExpect(content().string(containsString("陈磊 <span class=\"n\">21</span>")))
			.andExpect(content().string(containsString("王芳 <span class=\"n\">1</span>")));
		// within one page: counted from the rows, and bounded by the filters
		mvc.perform(team(token).param("owner", String.valueOf(fixtures.userId("sales"))))
			.andExpect(content().string(containsString("王芳 <span class=\"n\">1</span>")))
			.andExpect(content().string(not(containsString("陈磊 <span"))));
		// an htmx search gets the counts with its rows
		mvc.perform(team(token).header("HX-Request", "true"))
			.andExpect(content().string(startsWith("<div class=\"rows-page\"")))
			.andExpect(content().string(containsString("陈磊 <span class=\"n\">21</span>")));
		// only 团队 counts
		mvc.perform(get("/customers").param("q", token).with(as("sales")))
			.andExpect(content().string(not(containsString("class=\"owner-counts\""))));
	}

	@Test
	void createdDatesNarrowTheListAndLoadMoreKeepsEveryFilter() throws Exception {
		String token = CustomerFixtures.uniqueName().substring(0, 4);
		for (int i = 0; i < CustomerSearch.PAGE_SIZE + 1; i++) {
			fixtures.customer("demo", "sales2", token + CustomerFixtures.uniqueName());
		}
		LocalDate today = LocalDate.now(EnterpriseZone.DEFAULT);
		String owner = String.valueOf(fixtures.userId("sales2"));
		String page = mvc.perform(team(token).param("owner", owner)
			.param("createdFrom", today.minusDays(29).toString())
			.param("createdTo", today.toString()))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("共 21 个客户", "createdFrom=" + today.minusDays(29), today.minusDays(29) + " ~ " + today)
			.containsPattern("owner=" + owner + "(&amp;|&)dept=(&amp;|&)after=");
		mvc.perform(team(token).param("createdTo", today.minusDays(1).toString()))
			.andExpect(content().string(not(containsString("owner-counts"))))
			.andExpect(content().string(containsString("清除搜索和筛选")));
	}

	@Test
	void theEmptyListSaysWhatToDoNext() throws Exception {
		mvc.perform(get("/customers").param("q", "无此客户" + System.nanoTime()).with(as("sales")))
			.andExpect(content().string(containsString("没有符合条件的客户")))
			.andExpect(content().string(containsString("清除搜索和筛选")));
	}

	@Test
	void theRecycleBinTheImportsAndTheLeadsUseTheSameSearch() throws Exception {
		Customer gone = fixtures.customer("sales");
		Customer other = fixtures.customer("sales");
		new DemoTenants(tenants, transactions).call("demo", () -> {
			customers.findById(gone.getId()).orElseThrow().delete(Instant.now());
			customers.findById(other.getId()).orElseThrow().delete(Instant.now());
			return null;
		});
		mvc.perform(get("/customers/recycle-bin").param("q", gone.getName().substring(0, 6)).with(as("sales")))
			.andExpect(content().string(containsString("class=\"list-search\"")))
			.andExpect(content().string(containsString(gone.getName())))
			.andExpect(content().string(not(containsString(other.getName()))));
		mvc.perform(get("/customers/recycle-bin").param("q", "无此客户").header("HX-Request", "true").with(as("sales")))
			.andExpect(content().string(startsWith("<div class=\"rows-page\"")))
			.andExpect(content().string(containsString("回收站里没有这个名称的客户")));
		mvc.perform(get("/customers/imports").param("q", "无此文件%_").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"list-search\"")))
			.andExpect(content().string(containsString("没有这个文件名的导入")));
		mvc.perform(get("/leads").param("status", "new").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"NEW\" selected>")))
			.andExpect(content().string(containsString("<dialog class=\"filter-sheet\"")));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder team(String q) {
		return get("/customers").param("scope", "TEAM").param("q", q).with(as("manager"));
	}

	private static String department(String page, String name) {
		Matcher option = OPTION.matcher(page);
		while (option.find()) {
			if (option.group(2).strip().equals(name)) {
				return option.group(1);
			}
		}
		throw new AssertionError("no department " + name);
	}

	private RequestPostProcessor as(String username) {
		return users.as("demo", username);
	}
}

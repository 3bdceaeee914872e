package org.hutong.customers.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer's page as a record page: the header card and its actions, the tabs in the address, each
 * tab a fragment of its own URL, and the 时间线 that merges follow-ups, changes and ownership.
 */
@HutongTest
class RecordPagesTests {

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

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
	}

	@Test
	void theHeaderHoldsThePrimaryActionsAndTheMoreMenuTheDestructiveOnes() throws Exception {
		Customer mine = fixtures.customer("sales");
		String page = html(get("/customers/{id}", mine.getId()).with(as("sales")));
		assertThat(page).contains("class=\"card record-head customer-head\"")
			.contains("data-sheet-open=\"follow-up-sheet\"")
			.contains("<dialog id=\"follow-up-sheet\"");
		String head = page.substring(page.indexOf("record-head"), page.indexOf("record-tabs"));
		String more = head.substring(head.indexOf("record-more-menu"));
		assertThat(more).contains("action=\"/customers/" + mine.getId() + "/delete\"")
			.contains("data-confirm=")
			.contains("退回公海");
		assertThat(head.substring(0, head.indexOf("record-more"))).doesNotContain("/delete").doesNotContain("退回公海");
		// a pool customer's main verb is 领取, and nobody writes follow-ups on it before claiming it
		Customer pooled = fixtures.customer(null);
		String pool = html(get("/customers/{id}", pooled.getId()).with(as("sales")));
		assertThat(pool).contains("action=\"/customers/" + pooled.getId() + "/claim\"")
			.doesNotContain("data-sheet-open");
	}

	@Test
	void theOpenTabIsInTheAddressAndTheFirstTabIsTheTimeline() throws Exception {
		Customer mine = fixtures.customer("sales");
		String base = "/customers/" + mine.getId();
		String contactsTab = html(get(base).param("tab", "contacts").with(as("sales")));
		assertThat(contactsTab).contains("data-tab=\"contacts\" hx-disinherit=")
			.contains("hx-get=\"" + base + "/contacts\" hx-trigger=\"load\"")
			.contains("hx-replace-url=\"" + base + "?tab=contacts\"")
			.contains("href=\"" + base + "?tab=details\"");
		assertThat(html(get(base).with(as("sales")))).contains("hx-get=\"" + base + "/timeline\" hx-trigger=\"load\"");
		// an unknown or hostile tab opens the first one
		assertThat(html(get(base).param("tab", "\"><script>").with(as("sales"))))
			.contains("hx-get=\"" + base + "/timeline\" hx-trigger=\"load\"")
			.doesNotContain("\"><script>");
		// the feed adds its 动态 tab without the customers module knowing it
		assertThat(contactsTab).contains("hx-get=\"/feed?subject=customer:" + mine.getId() + "\"");
	}

	@Test
	void anHtmxTabRequestGetsOnlyTheTabAndAPlainOneThePageOnThatTab() throws Exception {
		Customer mine = fixtures.customer("sales");
		String base = "/customers/" + mine.getId();
		mvc.perform(get(base + "/details").header("HX-Request", "true").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<section id=\"details\"")))
			.andExpect(content().string(not(containsString("tabbar"))));
		mvc.perform(get(base + "/team").header("HX-Request", "true").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<div class=\"team-tab\">")))
			.andExpect(content().string(containsString("<section id=\"team\"")))
			.andExpect(content().string(not(containsString("tabbar"))));
		mvc.perform(get(base + "/timeline").header("HX-Request", "true").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<div id=\"timeline\"")))
			.andExpect(content().string(not(containsString("tabbar"))));
		mvc.perform(get(base + "/details").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"tabbar\"")))
			.andExpect(content().string(containsString("data-tab=\"details\" hx-disinherit")));
		// the timeline's filter survives a reload in the address too
		mvc.perform(get(base + "/timeline").param("kind", "followup").with(as("sales")))
			.andExpect(redirectedUrl(base + "?tab=timeline&kind=followup"));
		assertThat(html(get(base).param("tab", "timeline").param("kind", "followup").with(as("sales"))))
			.contains("hx-get=\"" + base + "/timeline?kind=followup\" hx-trigger=\"load\"");
		// a boosted navigation wants the whole page
		mvc.perform(get(base).param("tab", "team").header("HX-Request", "true").header("HX-Boosted", "true")
			.with(as("sales"))).andExpect(content().string(containsString("class=\"tabbar\"")));
	}

	@Test
	void theTimelineMergesFollowUpsChangesAndOwnershipNewestFirstAndFiltersByKind() throws Exception {
		String name = CustomerFixtures.uniqueName();
		String location = mvc.perform(post("/customers").with(csrf()).with(as("sales")).param("name", name)
			.param("status", "POTENTIAL")).andExpect(redirectedUrlPattern("/customers/*")).andReturn().getResponse()
			.getRedirectedUrl();
		String base = location;
		mvc.perform(post(base + "/follow-ups").header("HX-Request", "true").with(csrf()).with(as("sales"))
			.param("type", "VISIT").param("content", "到现场看了配电房")).andExpect(status().isOk());
		String all = html(get(base + "/timeline").header("HX-Request", "true").with(as("sales")));
		assertThat(all).contains("到现场看了配电房").contains("记录了一次拜访跟进").contains("创建了客户")
			.doesNotContain("（空）");
		assertThat(all.indexOf("到现场看了配电房")).isLessThan(all.indexOf("创建了客户"));
		String followUps = html(get(base + "/timeline").param("kind", "followup").header("HX-Request", "true")
			.with(as("sales")));
		assertThat(followUps).contains("到现场看了配电房").doesNotContain("创建了客户");
		String changes = html(get(base + "/timeline").param("kind", "change").header("HX-Request", "true")
			.with(as("sales")));
		assertThat(changes).contains("创建了客户").doesNotContain("到现场看了配电房");
		// nonsense in the filter or the cursor shows the first page, never an error
		mvc.perform(get(base + "/timeline/more").param("kind", "<b>").param("after", "x_y_z").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("到现场看了配电房")));
	}

	@Test
	void theTimelineAndItsTabsAreForWhoMayReadTheCustomer() throws Exception {
		Customer mine = fixtures.customer("sales");
		String base = "/customers/" + mine.getId();
		for (String tab : new String[] { "/timeline", "/timeline/more", "/details", "/team" }) {
			mvc.perform(get(base + tab).header("HX-Request", "true").with(as("sales2"))).andExpect(status().isNotFound());
		}
	}

	@Test
	void ownershipChangesAreOnTheTimeline() throws Exception {
		Customer pooled = fixtures.customer(null);
		String base = "/customers/" + pooled.getId();
		mvc.perform(post(base + "/claim").with(csrf()).with(as("sales")).param("version", String.valueOf(pooled.getVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(html(get(base + "/timeline").param("kind", "owner").header("HX-Request", "true").with(as("sales"))))
			.contains("领取：公海 → 王芳");
	}

	private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}

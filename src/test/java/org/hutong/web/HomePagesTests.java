package org.hutong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 工作台: quick actions by permission, cards whose badge and full list agree, 写跟进's chooser, the
 * 日报 that starts from the day's work, and the roster that opens a report from the person's name.
 */
@HutongTest
class HomePagesTests {

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

	@Autowired
	UserRepository userRepository;

	CustomerFixtures fixtures;

	TestUsers users;

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		users = new TestUsers(userDetails);
	}

	@Test
	void quickActionsAreThoseTheUserMayUseInOrder() throws Exception {
		String home = mvc.perform(get("/").with(as("sales")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(home).contains("class=\"card quick-actions\"");
		int customer = home.indexOf("href=\"/customers/new\"");
		int followUp = home.indexOf("href=\"/customers/follow-ups/new\"");
		int post = home.indexOf("href=\"/feed#composer\"");
		int report = home.indexOf("href=\"/feed/reports/new\"");
		assertThat(customer).isPositive().isLessThan(followUp);
		assertThat(followUp).isLessThan(post);
		assertThat(post).isLessThan(report);
		assertThat(home).contains("新建客户", "写跟进", "发动态", "写日报");
		// rd may not create customers: no 新建客户, no 写跟进
		mvc.perform(get("/").with(as("rd")))
			.andExpect(content().string(not(containsString("href=\"/customers/new\""))))
			.andExpect(content().string(not(containsString("href=\"/customers/follow-ups/new\""))));
		mvc.perform(get("/").with(as("sales")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("New customer")));
	}

	@Test
	void theDueCardsBadgeCountsWhatItsFullListShows() throws Exception {
		Customer due = fixtures.customer("sales");
		mvc.perform(post("/customers/{id}/follow-ups", due.getId()).header("HX-Request", "true").with(csrf())
			.with(as("sales")).param("type", "CALL").param("content", "约好今天再联系")
			.param("nextFollowUpOn", LocalDate.now(EnterpriseZone.DEFAULT).toString()))
			.andExpect(status().isOk());
		String card = mvc.perform(get("/customers/home-card/follow-ups-due").header("HX-Request", "true")
			.with(as("sales"))).andReturn().getResponse().getContentAsString();
		long count = number(card, "class=\"badge warn\">(\\d+) 个");
		assertThat(items(card)).isEqualTo(Math.min(count, 5));
		assertThat(card).contains("href=\"/customers/follow-ups-due\"").contains("查看全部（" + count + "）");
		String all = mvc.perform(get("/customers/follow-ups-due").with(as("sales")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(all).contains("共 " + count + " 个客户").contains("href=\"/customers/" + due.getId() + "\"");
		assertThat(items(all)).isEqualTo(Math.min(count, 200));
	}

	@Test
	void theReclaimCardLinksToItsFullList() throws Exception {
		mvc.perform(get("/customers/reclaims-due").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("即将回收的客户")));
	}

	@Test
	void writingAFollowUpStartsByChoosingOneOfMyCustomers() throws Exception {
		Customer mine = fixtures.customer("sales");
		mvc.perform(get("/customers/follow-ups/new").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"/customers/follow-ups/new\"")))
			.andExpect(content().string(containsString("class=\"tabbar\"")));
		mvc.perform(get("/customers/follow-ups/new").param("q", mine.getName()).header("HX-Request", "true")
			.with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<section class=\"card\" id=\"follow-up-choices\"")))
			.andExpect(content().string(containsString("href=\"/customers/" + mine.getId() + "/follow-ups\"")));
		// someone else's customer is not offered; odd input finds nothing rather than failing
		mvc.perform(get("/customers/follow-ups/new").param("q", mine.getName()).with(as("sales2")))
			.andExpect(content().string(not(containsString("/customers/" + mine.getId() + "/follow-ups"))));
		mvc.perform(get("/customers/follow-ups/new").param("q", "%_\\'\"<>" + "长".repeat(80)).with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您名下没有名称包含")));
		mvc.perform(get("/customers/follow-ups/new").with(as("rd"))).andExpect(status().isForbidden());
	}

	@Test
	void aNewDailyReportStartsWithTodaysFollowUpsAndPosts() throws Exception {
		Customer mine = fixtures.customer("sales2");
		mvc.perform(post("/customers/{id}/follow-ups", mine.getId()).header("HX-Request", "true").with(csrf())
			.with(as("sales2")).param("type", "VISIT").param("content", "上门拜访，确认环网柜参数"))
			.andExpect(status().isOk());
		String marker = "日报草稿动态" + System.nanoTime() % 100_000;
		mvc.perform(post("/feed/posts").param("body", marker).param("audience", "ENTERPRISE").with(csrf())
			.with(as("sales2")));
		mvc.perform(get("/feed/reports/new").with(as("sales2")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("跟进客户")))
			.andExpect(content().string(containsString(mine.getName() + "（拜访）：上门拜访，确认环网柜参数")))
			.andExpect(content().string(containsString(marker)))
			.andExpect(content().string(containsString("可以修改后再提交")));
		// someone with nothing today gets an empty form, and no hint
		String quiet = freshColleagueOf("sales2");
		mvc.perform(get("/feed/reports/new").with(as(quiet)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("可以修改后再提交"))));
	}

	@Test
	void theRosterOpensAReportFromThePersonsName() throws Exception {
		mvc.perform(post("/feed/reports").param("period", "WEEKLY").param("done", "本周拜访三家客户")
			.with(as("sales2")).with(csrf()));
		String roster = mvc.perform(get("/feed/reports").param("period", "WEEKLY").with(as("manager")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Matcher byName = Pattern.compile("<a class=\"primary\" href=\"(/feed/posts/\\d+)\">陈磊</a>").matcher(roster);
		assertThat(byName.find()).as("陈磊's name links to the report").isTrue();
		assertThat(roster).contains("<a href=\"" + byName.group(1) + "\">");
	}

	/** A new user with the same roles as {@code colleague}, who has written nothing yet. */
	private String freshColleagueOf(String colleague) {
		String name = "quiet" + System.nanoTime();
		new DemoTenants(tenants, transactions).call("demo", () -> {
			User model = userRepository.findByUsername(colleague).orElseThrow();
			User user = new User(name, "{noop}unused-password", Instant.now());
			user.describe("新同事", null, null, model.getDepartmentId(), null, null, Instant.now());
			user.assignRoles(model.roleIds());
			return userRepository.save(user);
		});
		return name;
	}

	private static long number(String html, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(html);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
	}

	private static long items(String html) {
		int start = html.indexOf("<ul class=\"plain-list\">");
		if (start < 0) {
			return 0;
		}
		String list = html.substring(start, html.indexOf("</ul>", start));
		return Pattern.compile("<li>").matcher(list).results().count();
	}

	private RequestPostProcessor as(String username) {
		return users.as("demo", username);
	}
}

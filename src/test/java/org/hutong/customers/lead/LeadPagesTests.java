package org.hutong.customers.lead;

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

import java.time.LocalDate;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactView;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.OrgChart;
import org.hutong.tenancy.Tenants;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The lead pages: list, form, conversion with its duplicate checks, read-only once converted, who sees what. */
@HutongTest
class LeadPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

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
	OrgChart org;

	LeadFixtures fixtures;

	CustomerFixtures customerFixtures;

	@BeforeEach
	void setUp() {
		fixtures = new LeadFixtures(tenants, transactions, userDetails, leads, customers, contacts);
		customerFixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
	}

	@Test
	void theListIsAFullPageAndItsRowsAnHtmxFragment() throws Exception {
		Lead mine = fixtures.lead("sales", CustomerFixtures.uniqueName(), "王工", null);
		mvc.perform(get("/leads").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"tabbar\"")))
			.andExpect(content().string(containsString("href=\"/leads/new\"")))
			.andExpect(content().string(containsString(mine.getCompanyName())));
		mvc.perform(get("/leads").param("q", mine.getNameInitials()).header("HX-Request", "true").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<div class=\"rows-page\"")))
			.andExpect(content().string(not(containsString("tabbar"))))
			.andExpect(content().string(containsString(mine.getCompanyName())));
		mvc.perform(get("/customers").with(as("sales"))).andExpect(content().string(containsString("href=\"/leads\"")));
	}

	@Test
	void aTeamListFiltersByOwnerByDepartmentWithItsSubDepartmentsAndByCreationDay() throws Exception {
		String tag = CustomerFixtures.uniqueName();
		Lead ours = fixtures.lead("sales", tag + "甲", "王工", null);
		Lead east = fixtures.lead("sales2", tag + "乙", "李工", null);
		long sales = users().load("demo", "sales").userId();
		long eastRegion = new DemoTenants(tenants, transactions).call("demo", () -> org.units().stream()
			.filter(unit -> unit.name().equals("华东大区")).findFirst().orElseThrow().id());
		String team = mvc.perform(get("/leads").param("q", tag).with(as("manager")))
			.andExpect(content().string(containsString("name=\"owner\"")))
			.andExpect(content().string(containsString("name=\"dept\"")))
			.andReturn().getResponse().getContentAsString();
		assertThat(team).contains(ours.getCompanyName(), east.getCompanyName());
		mvc.perform(get("/leads").param("q", tag).param("owner", String.valueOf(sales)).with(as("manager")))
			.andExpect(content().string(containsString(ours.getCompanyName())))
			.andExpect(content().string(not(containsString(east.getCompanyName()))));
		// 销售部's 华东大区: the people of the department and below it
		mvc.perform(get("/leads").param("q", tag).param("dept", String.valueOf(eastRegion)).with(as("manager")))
			.andExpect(content().string(containsString(east.getCompanyName())))
			.andExpect(content().string(not(containsString(ours.getCompanyName()))));
		LocalDate today = LocalDate.now(EnterpriseZone.DEFAULT);
		mvc.perform(get("/leads").param("q", tag).param("createdFrom", today.plusDays(1).toString()).with(as("manager")))
			.andExpect(content().string(not(containsString(ours.getCompanyName()))));
		mvc.perform(get("/leads").param("q", tag).param("createdFrom", today.toString()).param("createdTo", today.toString())
			.with(as("manager")))
			.andExpect(content().string(containsString(ours.getCompanyName())));
		// one who sees only their own leads is offered no 负责人 filter
		mvc.perform(get("/leads").with(as("sales"))).andExpect(content().string(not(containsString("name=\"owner\""))));
	}

	@Test
	void createsALeadAndConvertsItIntoACustomerAndAContact() throws Exception {
		String name = CustomerFixtures.uniqueName();
		String mobile = CustomerFixtures.uniqueMobile();
		String page = mvc.perform(post("/leads").with(csrf()).with(as("sales")).param("companyName", name)
			.param("contactName", "李工").param("mobile", mobile).param("source", "EXHIBITION"))
			.andExpect(redirectedUrlPattern("/leads/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(page + "/convert").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + name + "\"")))
			.andExpect(content().string(containsString("value=\"" + mobile + "\"")));
		String customerPage = mvc.perform(convert(page).param("name", name).param("contactName", "李工").param("mobile", mobile))
			.andExpect(redirectedUrlPattern("/customers/*"))
			.andReturn().getResponse().getRedirectedUrl();
		long leadId = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		Lead lead = fixtures.reload(leadId);
		Customer customer = fixtures.customer(lead.getConvertedCustomerId());
		assertThat(customerPage).isEqualTo("/customers/" + customer.getId());
		assertThat(lead.getStatus()).isEqualTo(LeadStatus.CONVERTED);
		assertThat(customer.getName()).isEqualTo(name);
		assertThat(customer.getOwnerId()).isEqualTo(customerFixtures.userId("sales"));
		assertThat(fixtures.contact(lead.getConvertedContactId()).getMobile()).isEqualTo(mobile);
		mvc.perform(get(page).with(as("sales")))
			.andExpect(content().string(containsString("href=\"/customers/" + customer.getId() + "\"")))
			.andExpect(content().string(containsString("已转化")))
			.andExpect(content().string(not(containsString("href=\"" + page + "/edit\""))));
		// the converted lead's mobile is the customer's contact's: masked for one who neither owns nor shares it
		mvc.perform(get(page).with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ContactView.mask(mobile))))
			.andExpect(content().string(not(containsString(mobile))));
		mvc.perform(get(page).with(as("sales"))).andExpect(content().string(containsString(mobile)));
	}

	@Test
	void valuesThatCannotEvenBeConvertedAreAFormErrorNotA500() throws Exception {
		Lead lead = fixtures.lead("sales", CustomerFixtures.uniqueName(), null, null);
		mvc.perform(post("/leads/{id}", lead.getId()).with(csrf()).with(as("sales"))
			.param("companyName", "x").param("source", "NO_SUCH").param("version", "abc"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"lead-form\"")));
	}

	@Test
	void aConvertedLeadIsReadOnly() throws Exception {
		Lead lead = fixtures.lead("sales", CustomerFixtures.uniqueName(), null, null);
		String page = "/leads/" + lead.getId();
		mvc.perform(convert(page).param("name", lead.getCompanyName())).andExpect(redirectedUrlPattern("/customers/*"));
		mvc.perform(get(page + "/edit").with(as("sales"))).andExpect(status().isConflict());
		mvc.perform(convert(page).param("name", lead.getCompanyName()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已转化为客户")));
		mvc.perform(post(page + "/invalid").with(csrf()).with(as("sales"))).andExpect(status().isConflict());
		mvc.perform(post(page).with(csrf()).with(as("sales")).param("companyName", "改名").param("version", "0"))
			.andExpect(status().isConflict());
		assertThat(fixtures.reload(lead.getId()).getCompanyName()).isEqualTo(lead.getCompanyName());
	}

	@Test
	void convertingALeadWhoseCompanyExistsIsBlockedNamingTheCustomerAndItsOwner() throws Exception {
		Customer theirs = customerFixtures.customer("sales2");
		String sameCompany = "河南" + theirs.getName().replace("有限公司", "股份有限公司");
		Lead lead = fixtures.lead("sales", sameCompany, null, null);
		mvc.perform(convert("/leads/" + lead.getId()).param("name", sameCompany).param("confirmSimilar", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("field invalid")))
			.andExpect(content().string(containsString("已有同名客户（负责人：陈磊），不能重复创建")));
		assertThat(fixtures.reload(lead.getId()).getStatus()).isEqualTo(LeadStatus.NEW);
		assertThat(fixtures.customersNamed(sameCompany)).hasSize(1);
	}

	@Test
	void aContactMobileOfAnotherCustomerBlocksAndNothingIsSaved() throws Exception {
		Customer theirs = customerFixtures.customer("sales2");
		String mobile = CustomerFixtures.uniqueMobile();
		customerFixtures.contact(theirs, mobile);
		String name = CustomerFixtures.uniqueName();
		Lead lead = fixtures.lead("sales", name, "赵工", mobile);
		mvc.perform(convert("/leads/" + lead.getId()).param("name", name).param("contactName", "赵工").param("mobile", mobile)
			.header("HX-Request", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(startsWith("<form")))
			.andExpect(content().string(containsString("该手机号已是另一位客户（负责人：陈磊）的联系人")));
		assertThat(fixtures.customersNamed(name)).isEmpty();
		assertThat(fixtures.reload(lead.getId()).isConverted()).isFalse();
	}

	@Test
	void aSimilarNameWarnsAndConvertsOnceConfirmed() throws Exception {
		Customer theirs = customerFixtures.customer("sales2");
		String similar = theirs.getName().replace("有限公司", "电气有限公司");
		Lead lead = fixtures.lead("sales", similar, null, null);
		mvc.perform(convert("/leads/" + lead.getId()).param("name", similar))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("名称相近")))
			.andExpect(content().string(containsString("name=\"confirmSimilar\"")));
		mvc.perform(convert("/leads/" + lead.getId()).param("name", similar).param("confirmSimilar", "true"))
			.andExpect(redirectedUrlPattern("/customers/*"));
	}

	@Test
	void invalidInputIsShownNextToEachField() throws Exception {
		mvc.perform(post("/leads").with(csrf()).with(as("sales")).param("companyName", " ").param("mobile", "12345"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("field invalid")))
			.andExpect(content().string(containsString("请填写此项")))
			.andExpect(content().string(containsString("请输入 11 位中国大陆手机号")));
		mvc.perform(post("/leads").with(csrf()).with(as("sales")).header("HX-Request", "true").param("companyName", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(startsWith("<form")));
		Lead lead = fixtures.lead("sales", CustomerFixtures.uniqueName(), null, null);
		mvc.perform(convert("/leads/" + lead.getId()).param("name", "").param("mobile", "123"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请填写此项")))
			.andExpect(content().string(containsString("请输入 11 位中国大陆手机号")));
	}

	@Test
	void theLeadsPageIsARecordPageWithItsTabInTheAddress() throws Exception {
		Lead lead = fixtures.lead("sales", CustomerFixtures.uniqueName(), "赵工", CustomerFixtures.uniqueMobile());
		String base = "/leads/" + lead.getId();
		mvc.perform(get(base).param("tab", "details").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"card record-head customer-head\"")))
			.andExpect(content().string(containsString("data-tab=\"details\" hx-disinherit=")))
			.andExpect(content().string(containsString("hx-replace-url=\"" + base + "?tab=follow-ups\"")))
			.andExpect(content().string(containsString("data-sheet-url=\"" + base + "/follow-ups\"")))
			.andExpect(content().string(containsString("tel:" + lead.getMobile())));
		mvc.perform(get(base + "/details").header("HX-Request", "true").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<section id=\"details\"")))
			.andExpect(content().string(not(containsString("tabbar"))));
		mvc.perform(get(base + "/details").with(as("sales")))
			.andExpect(content().string(containsString("class=\"tabbar\"")));
		mvc.perform(get(base + "/details").header("HX-Request", "true").with(as("sales2")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRepSeesOnlyTheLeadsTheirScopeShows() throws Exception {
		Lead mine = fixtures.lead("sales", CustomerFixtures.uniqueName(), null, null);
		Lead theirs = fixtures.lead("sales2", CustomerFixtures.uniqueName(), null, null);
		mvc.perform(get("/leads").with(as("sales")))
			.andExpect(content().string(containsString(mine.getCompanyName())))
			.andExpect(content().string(not(containsString(theirs.getCompanyName()))));
		mvc.perform(get("/leads/{id}", theirs.getId()).with(as("sales"))).andExpect(status().isNotFound());
		mvc.perform(get("/leads/{id}/convert", theirs.getId()).with(as("sales"))).andExpect(status().isNotFound());
		mvc.perform(get("/leads/{id}", theirs.getId()).with(as("manager"))).andExpect(status().isOk());
		mvc.perform(get("/leads").with(as("rd"))).andExpect(status().isForbidden());
	}

	@Test
	void aLeadIsMarkedInvalidAndDeleted() throws Exception {
		Lead lead = fixtures.lead("sales", CustomerFixtures.uniqueName(), null, null);
		mvc.perform(post("/leads/{id}/invalid", lead.getId()).with(csrf()).with(as("sales")))
			.andExpect(redirectedUrl("/leads/" + lead.getId()));
		mvc.perform(get("/leads").param("status", "INVALID").param("q", lead.getCompanyName()).with(as("sales")))
			.andExpect(content().string(containsString(lead.getCompanyName())));
		mvc.perform(post("/leads/{id}/delete", lead.getId()).with(csrf()).with(as("sales")))
			.andExpect(redirectedUrl("/leads"));
		mvc.perform(get("/leads/{id}", lead.getId()).with(as("sales"))).andExpect(status().isNotFound());
	}

	@Test
	void theDemoEnterpriseHasLeadsSomeConverted() throws Exception {
		mvc.perform(get("/leads").param("q", "新郑智能电网").with(as("admin")))
			.andExpect(content().string(containsString("新郑智能电网科技有限公司")));
		mvc.perform(get("/leads").param("status", "CONVERTED").with(as("admin")))
			.andExpect(content().string(containsString("href=\"/leads/")))
			.andExpect(content().string(not(containsString("empty-state"))));
	}

	private MockHttpServletRequestBuilder convert(String leadPage) {
		return post(leadPage + "/convert").with(csrf()).with(as("sales"));
	}

	private RequestPostProcessor as(String username) {
		return users().as("demo", username);
	}

	private TestUsers users() {
		return new TestUsers(userDetails);
	}
}

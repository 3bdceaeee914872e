package org.hutong.customers.customer;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The customer pages: the list and its scopes, the form and its checks, who sees what. */
@HutongTest
class CustomerPagesTests {

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
	void theListIsAFullPageAndItsRowsAnHtmxFragment() throws Exception {
		Customer mine = fixtures.customer("sales");
		mvc.perform(get("/customers").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"tabbar\"")))
			.andExpect(content().string(containsString("class=\"segmented\"")))
			.andExpect(content().string(containsString(mine.getName())));
		mvc.perform(get("/customers").param("q", mine.getName()).header("HX-Request", "true").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<div class=\"rows-page\"")))
			.andExpect(content().string(not(containsString("tabbar"))))
			.andExpect(content().string(containsString(mine.getName())));
	}

	@Test
	void invalidInputIsShownNextToEachField() throws Exception {
		mvc.perform(create(" ").param("creditCode", "91410100MA12345678").param("phone", "abc")
			.param("province", "41").param("city", "4201"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("field invalid")))
			.andExpect(content().string(containsString("请填写此项")))
			.andExpect(content().string(containsString("统一社会信用代码不正确")))
			.andExpect(content().string(containsString("电话号码格式不正确")))
			.andExpect(content().string(containsString("省、市、区县不匹配")));
		mvc.perform(create(" ").header("HX-Request", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(startsWith("<form")))
			.andExpect(content().string(not(containsString("tabbar"))));
	}

	@Test
	void createsACustomerOwnedByItsCreatorWithARegionAndACreditCode() throws Exception {
		String name = CustomerFixtures.uniqueName();
		String page = mvc.perform(create(name).param("creditCode", "91350100 M000100Y43").param("province", "41")
			.param("city", "4110").param("county", "411002").param("level", "KEY"))
			.andExpect(redirectedUrlPattern("/customers/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(page).with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("河南省 许昌市 魏都区")))
			.andExpect(content().string(containsString("91350100M000100Y43")))
			.andExpect(content().string(containsString("王芳")));
	}

	@Test
	void anEqualNormalisedNameIsBlockedNamingTheCustomerAndItsOwnerToWhoMaySeeIt() throws Exception {
		Customer pooled = fixtures.customer(null);
		mvc.perform(create("河南" + pooled.getName().replace("有限公司", "股份有限公司")).param("confirmSimilar", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("已有同名客户“" + pooled.getName() + "”（负责人：公海）")));
	}

	@Test
	void anEqualNameOfACustomerTheUserMayNotSeeNamesOnlyWhomToAsk() throws Exception {
		Customer theirs = fixtures.customer("sales2");
		mvc.perform(create("河南" + theirs.getName().replace("有限公司", "股份有限公司")).param("confirmSimilar", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("已有同名客户（负责人：陈磊），不能重复创建")))
			.andExpect(content().string(not(containsString(theirs.getName()))));
	}

	@Test
	void aSimilarNameWarnsAndSavesOnceConfirmed() throws Exception {
		Customer theirs = fixtures.customer("sales2");
		String similar = theirs.getName().replace("有限公司", "电气有限公司");
		mvc.perform(create(similar))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("名称相近")))
			.andExpect(content().string(containsString("name=\"confirmSimilar\"")));
		mvc.perform(create(similar).param("confirmSimilar", "true")).andExpect(redirectedUrlPattern("/customers/*"));
	}

	@Test
	void aSimilarNameWarnsWhateverItStartsWith() throws Exception {
		// one character more in front: neither the same first characters nor the same initials
		Customer theirs = fixtures.customer("sales2");
		mvc.perform(create("鑫" + theirs.getName()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("名称相近")));
	}

	@Test
	void aDeletedCustomersNameIsNeitherADuplicateNorSimilar() throws Exception {
		Customer gone = fixtures.customer("sales");
		mvc.perform(post("/customers/{id}/delete", gone.getId()).with(csrf()).with(as("sales")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(create(gone.getName())).andExpect(redirectedUrlPattern("/customers/*"));
	}

	@Test
	void valuesThatCannotEvenBeConvertedAreAFormErrorNotA500() throws Exception {
		Customer mine = fixtures.customer("sales");
		mvc.perform(post("/customers").with(csrf()).with(as("sales"))
			.param("name", CustomerFixtures.uniqueName()).param("level", "NO_SUCH").param("version", "abc"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"customer-form\"")));
		mvc.perform(post("/customers/{id}", mine.getId()).with(csrf()).with(as("sales"))
			.param("name", mine.getName()).param("status", "NO_SUCH").param("version", "abc"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
		Customer mine = fixtures.customer("sales");
		mvc.perform(post("/customers/{id}", mine.getId()).with(csrf()).with(as("sales"))
			.param("name", mine.getName()).param("remarks", "too late").param("version", "99"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("其他人刚刚修改了这条记录")));
		mvc.perform(post("/customers/{id}", mine.getId()).with(csrf()).with(as("sales"))
			.param("name", mine.getName()).param("remarks", "in time").param("version", String.valueOf(mine.getVersion())))
			.andExpect(redirectedUrlPattern("/customers/*"));
	}

	@Test
	void aRepSeesTheirOwnAndThePoolButNotAnotherRepsCustomers() throws Exception {
		Customer mine = fixtures.customer("sales");
		Customer theirs = fixtures.customer("sales2");
		Customer pooled = fixtures.customer(null);
		mvc.perform(get("/customers").param("scope", "MINE").with(as("sales")))
			.andExpect(content().string(containsString(mine.getName())))
			.andExpect(content().string(not(containsString(theirs.getName()))));
		mvc.perform(get("/customers").param("scope", "TEAM").param("q", theirs.getName()).with(as("sales")))
			.andExpect(content().string(not(containsString(theirs.getName() + "<"))));
		mvc.perform(get("/customers").param("scope", "POOL").param("q", pooled.getName()).with(as("sales")))
			.andExpect(content().string(containsString(pooled.getName())));
		mvc.perform(get("/customers/{id}", theirs.getId()).with(as("sales"))).andExpect(status().isNotFound());
		mvc.perform(get("/customers/{id}", pooled.getId()).with(as("sales"))).andExpect(status().isOk());
	}

	@Test
	void aManagerSeesTheTeamsCustomers() throws Exception {
		Customer east = fixtures.customer("sales2");
		mvc.perform(get("/customers").param("scope", "TEAM").param("q", east.getName()).with(as("manager")))
			.andExpect(content().string(containsString(east.getName())));
		mvc.perform(get("/customers/{id}", east.getId()).with(as("manager"))).andExpect(status().isOk());
	}

	@Test
	void mobilesAreMaskedForThoseWhoNeitherOwnNorShareTheCustomer() throws Exception {
		Customer mine = fixtures.customer("sales");
		String mobile = CustomerFixtures.uniqueMobile();
		fixtures.contact(mine, mobile);
		String masked = mobile.substring(0, 3) + "****" + mobile.substring(7);
		mvc.perform(get("/customers/{id}/contacts", mine.getId()).with(as("sales")))
			.andExpect(content().string(containsString(mobile)));
		mvc.perform(get("/customers/{id}/contacts", mine.getId()).with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(masked)))
			.andExpect(content().string(not(containsString(mobile))));
	}

	@Test
	void aTeamMemberSeesTheCustomerAndItsMobiles() throws Exception {
		Customer theirs = fixtures.customer("sales2");
		String mobile = CustomerFixtures.uniqueMobile();
		fixtures.contact(theirs, mobile);
		mvc.perform(post("/customers/{id}/team", theirs.getId()).with(csrf()).with(as("sales2"))
			.param("userId", String.valueOf(fixtures.userId("sales"))).param("access", "READ"))
			.andExpect(status().isOk());
		mvc.perform(get("/customers/{id}/contacts", theirs.getId()).with(as("sales")))
			.andExpect(content().string(containsString(mobile)));
		mvc.perform(get("/customers").param("scope", "TEAM").param("q", theirs.getName()).with(as("sales")))
			.andExpect(content().string(containsString(theirs.getName())));
	}

	@Test
	void theOwnerDeletesToTheRecycleBin() throws Exception {
		Customer mine = fixtures.customer("sales");
		mvc.perform(post("/customers/{id}/delete", mine.getId()).with(csrf()).with(as("sales2")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/customers/{id}/delete", mine.getId()).with(csrf()).with(as("sales")))
			.andExpect(redirectedUrl("/customers"));
		mvc.perform(get("/customers/{id}", mine.getId()).with(as("sales"))).andExpect(status().isNotFound());
	}

	@Test
	void aContactWithABadMobileIsRefusedAndADuplicateMobileNamesItsCustomer() throws Exception {
		Customer mine = fixtures.customer("sales");
		Customer theirs = fixtures.customer("sales2");
		String mobile = CustomerFixtures.uniqueMobile();
		fixtures.contact(theirs, mobile);
		mvc.perform(post("/customers/{id}/contacts", mine.getId()).with(csrf()).with(as("sales"))
			.header("HX-Request", "true").param("name", "赵工").param("mobile", "12345"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(startsWith("<section id=\"contacts\"")))
			.andExpect(content().string(containsString("请输入 11 位中国大陆手机号")));
		mvc.perform(post("/customers/{id}/contacts", mine.getId()).with(csrf()).with(as("sales"))
			.param("name", "赵工").param("mobile", mobile))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("该手机号已是另一位客户（负责人：陈磊）的联系人")));
		mvc.perform(post("/customers/{id}/contacts", mine.getId()).with(csrf()).with(as("sales"))
			.param("name", "赵工").param("mobile", CustomerFixtures.uniqueMobile()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("赵工")));
	}

	@Test
	void theFormsOpenAsPagesAndContactFormsInPlace() throws Exception {
		Customer mine = fixtures.customer("sales");
		long contact = fixtures.contact(mine, CustomerFixtures.uniqueMobile()).getId();
		mvc.perform(get("/customers/new").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-cities=\"/regions/cities\"")));
		mvc.perform(get("/customers/{id}/edit", mine.getId()).with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mine.getName())));
		mvc.perform(get("/customers/{id}/contacts/new", mine.getId()).header("HX-Request", "true").with(as("sales")))
			.andExpect(content().string(startsWith("<section id=\"contacts\"")))
			.andExpect(content().string(containsString("name=\"mobile\"")));
		mvc.perform(get("/contacts/{id}/edit", contact).header("HX-Request", "true").with(as("sales")))
			.andExpect(content().string(containsString("action=\"/contacts/" + contact + "\"")));
		mvc.perform(get("/customers/{id}/edit", mine.getId()).with(as("sales2"))).andExpect(status().isNotFound());
	}

	@Test
	void readersWithoutTheWritePermissionCannotCreate() throws Exception {
		mvc.perform(get("/customers").with(as("rd"))).andExpect(status().isForbidden());
		mvc.perform(post("/customers").with(csrf()).with(as("rd")).param("name", CustomerFixtures.uniqueName()))
			.andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder create(String name) {
		return post("/customers").with(csrf()).with(as("sales")).param("name", name);
	}

	private RequestPostProcessor as(String username) {
		return users.as("demo", username);
	}
}

package org.hutong.customers.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** The new-customer form's first contact: saved with the customer, or, when refused, neither is. */
@HutongTest
class FirstContactPagesTests {

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
	void theNewCustomerFormAsksForAFirstContactAndTheEditFormDoesNot() throws Exception {
		mvc.perform(get("/customers/new").with(users.as("demo", "sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"contactName\"")))
			.andExpect(content().string(containsString("name=\"contactMobile\"")))
			.andExpect(content().string(containsString("name=\"contactTitle\"")))
			.andExpect(content().string(containsString("data-region-picker")));
		Customer mine = fixtures.customer("sales");
		mvc.perform(get("/customers/{id}/edit", mine.getId()).with(users.as("demo", "sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"contactName\""))));
	}

	@Test
	void createsTheCustomerWithItsFirstContact() throws Exception {
		String name = CustomerFixtures.uniqueName();
		String mobile = CustomerFixtures.uniqueMobile();
		String location = mvc.perform(create(name).param("contactName", "李工").param("contactMobile", mobile)
			.param("contactTitle", "采购经理"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll(".*/customers/(\\d+).*", "$1"));
		List<Contact> saved = contactsOf(id);
		assertThat(saved).hasSize(1);
		assertThat(saved.get(0).getName()).isEqualTo("李工");
		assertThat(saved.get(0).getMobile()).isEqualTo(mobile);
		assertThat(saved.get(0).getTitle()).isEqualTo("采购经理");
	}

	@Test
	void aCustomerWithoutAContactIsCreatedAsBefore() throws Exception {
		String location = mvc.perform(create(CustomerFixtures.uniqueName()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(contactsOf(Long.parseLong(location.replaceAll(".*/customers/(\\d+).*", "$1")))).isEmpty();
	}

	@Test
	void aRefusedContactKeepsTheCustomerFromBeingCreatedAndSaysWhyNextToTheField() throws Exception {
		String name = CustomerFixtures.uniqueName();
		mvc.perform(create(name).param("contactName", "李工").param("contactMobile", "12345"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请输入 11 位中国大陆手机号")))
			.andExpect(content().string(containsString("value=\"12345\"")));
		mvc.perform(create(name).param("contactTitle", "采购经理"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请填写联系人姓名")));
		// a mobile another customer's contact has: refused, naming the clash, and no customer is left behind
		Customer other = fixtures.customer("sales");
		String taken = CustomerFixtures.uniqueMobile();
		fixtures.contact(other, taken);
		mvc.perform(create(name).param("contactName", "李工").param("contactMobile", taken))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("该手机号已是")));
		assertThat(customerNamed(name)).isEmpty();
	}

	@Test
	void anHtmxSubmitGetsTheEditorBackWithTheContactsErrors() throws Exception {
		mvc.perform(create(CustomerFixtures.uniqueName()).header("HX-Request", "true").param("contactMobile", "138"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("<form id=\"customer-form\"")))
			.andExpect(content().string(containsString("请输入 11 位中国大陆手机号")));
	}

	private MockHttpServletRequestBuilder create(String name) {
		return post("/customers").with(csrf()).with(users.as("demo", "sales")).param("name", name);
	}

	private List<Contact> contactsOf(long customerId) {
		return new DemoTenants(tenants, transactions).call("demo",
				() -> contacts.findByCustomerIdAndDeletedAtIsNullOrderByDecisionMakerDescIdAsc(customerId));
	}

	private List<Customer> customerNamed(String name) {
		return new DemoTenants(tenants, transactions).call("demo",
				() -> customers.findAll().stream().filter(c -> name.equals(c.getName())).toList());
	}
}

package org.hutong.customers.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A contact's mobile stays masked for one who may change the customer but neither owns nor shares
 * it (销售总监 李明 on 王芳's customer), in the edit form too; an edit that leaves it keeps it.
 */
@HutongTest
class ContactMaskingTests {

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
	ApiTokens tokens;

	CustomerFixtures fixtures;

	TestUsers users;

	@BeforeEach
	void setUp() {
		fixtures = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		users = new TestUsers(userDetails);
	}

	@Test
	void theEditFormShowsAMaskedMobileAndAnEditThatLeavesItKeepsIt() throws Exception {
		String mobile = CustomerFixtures.uniqueMobile();
		Contact contact = fixtures.contact(fixtures.customer("sales"), mobile);
		String masked = ContactView.mask(mobile);

		mvc.perform(get("/contacts/{id}/edit", contact.getId()).with(users.as("demo", "manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + masked + "\"")))
			.andExpect(content().string(not(containsString(mobile))));
		mvc.perform(post("/contacts/{id}", contact.getId()).with(csrf()).with(users.as("demo", "manager"))
			.param("name", "改名的联系人").param("mobile", masked).param("version", "0"))
			.andExpect(status().is2xxSuccessful())
			.andExpect(content().string(not(containsString(mobile))));

		Contact saved = reload(contact.getId());
		assertThat(saved.getName()).isEqualTo("改名的联系人");
		assertThat(saved.getMobile()).isEqualTo(mobile);
		mvc.perform(get("/contacts/{id}/edit", contact.getId()).with(users.as("demo", "sales")))
			.andExpect(content().string(containsString("value=\"" + mobile + "\"")));
	}

	@Test
	void aMaskedValueThatIsNotTheContactsOwnIsRefusedAndChangesNothing() throws Exception {
		String mobile = CustomerFixtures.uniqueMobile();
		Contact contact = fixtures.contact(fixtures.customer("sales"), mobile);

		mvc.perform(post("/contacts/{id}", contact.getId()).with(csrf()).with(users.as("demo", "manager"))
			.param("name", "改名的联系人").param("mobile", "139****0000").param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("手机号")));
		assertThat(reload(contact.getId()).getMobile()).isEqualTo(mobile);
		mvc.perform(post("/customers/{id}/contacts", contact.getCustomerId()).with(csrf())
			.with(users.as("demo", "manager")).param("name", "新联系人").param("mobile", ContactView.mask(mobile)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void theApiKeepsTheMobileWhenAMaskedOneIsSentBack() throws Exception {
		String mobile = CustomerFixtures.uniqueMobile();
		Customer customer = fixtures.customer("sales");
		Contact contact = fixtures.contact(customer, mobile);
		String token = token("manager");
		mvc.perform(get("/api/v1/contacts/{id}", contact.getId()).header("Authorization", token))
			.andExpect(jsonPath("$.mobile").value(ContactView.mask(mobile)))
			.andExpect(jsonPath("$.masked").value(true));

		mvc.perform(put("/api/v1/contacts/{id}", contact.getId()).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"采购经理\", \"mobile\": \"" + ContactView.mask(mobile) + "\", \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mobile").value(ContactView.mask(mobile)));
		assertThat(reload(contact.getId()).getMobile()).isEqualTo(mobile);
	}

	private Contact reload(long id) {
		long tenantId = users.load("demo", "sales").tenantId();
		return TenantContext.callAs(tenantId, () -> transactions.execute(status -> contacts.findById(id).orElseThrow()));
	}

	private String token(String username) {
		SignedInUser user = users.load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "masking-test", 1).secret());
	}
}

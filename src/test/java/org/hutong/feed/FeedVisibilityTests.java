package org.hutong.feed;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.feed.post.PostForm;
import org.hutong.feed.post.PostManagement;
import org.hutong.identity.OrgChart;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Who sees which post: departments with their sub-departments, chosen people, record posts. */
@HutongTest
class FeedVisibilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PostManagement posts;

	@Autowired
	OrgChart org;

	@Autowired
	Tenants tenants;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	FeedFixtures feed;

	@BeforeEach
	void setUp() {
		feed = new FeedFixtures(userDetails, transactions, posts, org);
	}

	private void sees(String username, long post) throws Exception {
		mvc.perform(get("/feed/posts/{id}", post).with(new TestUsers(userDetails).as("demo", username)))
			.andExpect(status().isOk());
	}

	private void doesNotSee(String username, long post) throws Exception {
		mvc.perform(get("/feed/posts/{id}", post).with(new TestUsers(userDetails).as("demo", username)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/feed").with(new TestUsers(userDetails).as("demo", username)))
			.andExpect(content().string(not(containsString("id=\"post-" + post + "\""))));
	}

	@Test
	void aDepartmentPostReachesItsSubDepartmentsButNoOtherDepartment() throws Exception {
		long post = feed.forDepartment("manager", "销售部内部通知 " + System.nanoTime(), "销售部");
		sees("manager", post);
		sees("sales", post);
		sees("sales2", post);
		doesNotSee("rd", post);
		doesNotSee("finance", post);
	}

	@Test
	void aSubDepartmentPostStaysBelowIt() throws Exception {
		long post = feed.forDepartment("sales", "华中大区周报 " + System.nanoTime(), "华中大区");
		sees("sales", post);
		doesNotSee("sales2", post);
		doesNotSee("manager", post);
	}

	@Test
	void aPostForChosenPeopleIsSeenByThemAndItsAuthorOnly() throws Exception {
		long post = feed.forPeople("sales", "给张伟的资料 " + System.nanoTime(), "rd");
		sees("sales", post);
		sees("rd", post);
		doesNotSee("sales2", post);
		doesNotSee("manager", post);
		mvc.perform(get("/feed").with(new TestUsers(userDetails).as("demo", "rd")))
			.andExpect(content().string(containsString("id=\"post-" + post + "\"")));
	}

	@Test
	void aRecordPostIsForWhoeverMayReadTheRecord() throws Exception {
		CustomerFixtures customersOf = new CustomerFixtures(tenants, transactions, userDetails, customers, contacts);
		Customer customer = customersOf.customer("sales");
		String subject = "customer:" + customer.getId();
		long post = feed.post("sales", new PostForm("客户拜访纪要 " + System.nanoTime(), "ENTERPRISE",
				java.util.List.of(), java.util.List.of(), subject, java.util.List.of(), java.util.List.of()));
		sees("sales", post);
		sees("manager", post);
		doesNotSee("sales2", post);
		doesNotSee("rd", post);
		mvc.perform(get("/feed").param("subject", subject).header("HX-Request", "true")
			.with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"post-" + post + "\"")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/feed").param("subject", subject).with(new TestUsers(userDetails).as("demo", "sales2")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/feed").param("q", "客户拜访纪要").with(new TestUsers(userDetails).as("demo", "sales2")))
			.andExpect(content().string(not(containsString("id=\"post-" + post + "\""))));
	}
}

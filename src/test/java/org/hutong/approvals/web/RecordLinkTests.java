package org.hutong.approvals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.hutong.HutongTest;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 报销's 关联客户: the picker lists only customers the submitter may open, found by the customers
 * module's index; a customer the submitter may not open, or another enterprise's, is refused by the
 * field; the request shows the customer's name to everyone on it and links it for those who may open it.
 */
@HutongTest
class RecordLinkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext beans;

	ApprovalFixtures fixtures;

	CustomerFixtures customers;

	/** Four characters no other test or demo customer shares, so the picker's matches are ours. */
	String word;

	Customer mine;

	Customer colleagues;

	Customer otherEnterprises;

	@BeforeEach
	void setUp() {
		fixtures = new ApprovalFixtures(beans);
		customers = new CustomerFixtures(beans.getBean(Tenants.class), beans.getBean(TransactionTemplate.class),
				beans.getBean(UserDetailsService.class), beans.getBean(CustomerRepository.class),
				beans.getBean(ContactRepository.class));
		word = CustomerFixtures.uniqueName().substring(0, 4);
		mine = customers.customer("demo", "sales", word + "电力设备有限公司");
		colleagues = customers.customer("demo", "sales2", word + "电气有限公司");
		otherEnterprises = customers.customer("demo2", "admin", word + "配电有限公司");
	}

	@Test
	void thePickerListsTheCustomersTheSubmitterMayOpenAndNoOtherEnterprises() throws Exception {
		String matches = html(get("/approvals/links").param("kind", "customer").param("name", "customer")
			.param("_q", word).param("optional", "true"), "sales");
		assertThat(matches).contains(mine.getName()).contains("value=\"" + mine.getId() + "\"")
			.contains("name=\"customer\"")
			.doesNotContain(colleagues.getName())
			.doesNotContain(otherEnterprises.getName())
			.doesNotContain("required");
		assertThat(html(get("/approvals/links").param("kind", "customer").param("name", "customer").param("_q", "没有这样的客户名"),
				"sales")).contains("没有匹配的记录");
		mvc.perform(get("/approvals/links").param("kind", "order").param("name", "customer").param("_q", word)
			.with(fixtures.users.as("demo", "sales"))).andExpect(status().isNotFound());
		mvc.perform(get("/approvals/links").param("kind", "customer").param("name", "\"><script>").param("_q", word)
			.with(fixtures.users.as("demo", "sales"))).andExpect(status().isNotFound());
	}

	@Test
	void theFormOffersThePickerAndRefusesACustomerTheSubmitterMayNotOpen() throws Exception {
		Flow flow = fixtures.expenseFlow(false, Map.of());
		assertThat(html(get("/approvals/new/{key}", flow.getKey()), "sales")).contains("id=\"pick-customer\"")
			.contains("/approvals/links?kind=customer&amp;name=customer");
		for (Customer refused : new Customer[] { colleagues, otherEnterprises }) {
			String page = mvc.perform(expense(flow, refused.getId()).with(fixtures.users.as("demo", "sales")))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("没有这条记录，或您无权查看").doesNotContain(refused.getName());
		}
	}

	@Test
	void theRequestNamesTheCustomerToEveryoneAndLinksItForThoseWhoMayOpenIt() throws Exception {
		Flow flow = fixtures.expenseFlow("rd", false, Map.of("reason", FlowNode.FieldPermission.EDIT), "total");
		String location = mvc.perform(expense(flow, mine.getId()).with(fixtures.users.as("demo", "sales")))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(String.valueOf(fixtures.request(id).values().get("customer"))).isEqualTo(String.valueOf(mine.getId()));
		assertThat(html(get("/approvals/{id}", id), "sales")).contains(mine.getName())
			.contains("href=\"/customers/" + mine.getId() + "\"");
		assertThat(html(get("/approvals/{id}", id), "rd")).as("张伟 may not open 王芳's customer")
			.contains(mine.getName())
			.doesNotContain("href=\"/customers/" + mine.getId() + "\"");

		// 张伟 changes the reason he may edit; the customer he may not open stays linked
		mvc.perform(post("/approvals/{id}/approve", id).with(csrf())
			.param("taskId", Long.toString(fixtures.pending(id, "rd").getId()))
			.param("version", Long.toString(fixtures.request(id).getVersion()))
			.param("reason", "张伟补充的说明")
			.with(fixtures.users.as("demo", "rd"))).andExpect(status().is3xxRedirection());
		var after = fixtures.request(id);
		assertThat(after.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(after.values()).containsEntry("reason", "张伟补充的说明");
		assertThat(String.valueOf(after.values().get("customer"))).isEqualTo(String.valueOf(mine.getId()));
	}

	private MockHttpServletRequestBuilder expense(Flow flow, long customer) {
		return post("/approvals/new/{key}", flow.getKey()).param("_title", "客户招待")
			.param("lines[0].category", "ENTERTAINMENT")
			.param("lines[0].date", "2026-11-30")
			.param("lines[0].amount", "380.00")
			.param("customer", Long.toString(customer))
			.param("reason", "技术交流午餐")
			.with(csrf());
	}

	private String html(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(fixtures.users.as("demo", username))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}
}

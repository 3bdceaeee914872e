package org.hutong.approvals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.hutong.HutongTest;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A node's EDIT fields: its approver changes them with 同意, checked by the form; the timeline says
 * what changed; any other field stays as the submitter wrote it, on the page and through the API.
 */
@HutongTest
class ApproverEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext beans;

	ApprovalFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new ApprovalFixtures(beans);
	}

	private Flow reasonEditable() {
		return fixtures.expenseFlow(false, Map.of("reason", FlowNode.FieldPermission.EDIT), "total");
	}

	@Test
	void theApproverChangesAnEditableFieldWithTheirApproval() throws Exception {
		long request = fixtures.submit("sales", reasonEditable(), "可改说明", "原来的说明");
		String page = html(get("/approvals/{id}", request), "manager");
		assertThat(page).contains("approval-edits").contains("name=\"reason\"").contains("原来的说明");
		assertThat(html(get("/approvals/{id}", request), "sales")).as("the submitter edits nothing here")
			.doesNotContain("approval-edits");

		mvc.perform(approve(request).param("reason", "李明改过的说明").param("total", "9999.00").with(as("manager")))
			.andExpect(status().is3xxRedirection());
		var after = fixtures.request(request);
		assertThat(after.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(after.values()).containsEntry("reason", "李明改过的说明").containsEntry("total", "120.00");
		assertThat(html(get("/approvals/{id}", request), "sales")).contains("修改了").contains("报销说明")
			.contains("李明改过的说明");
	}

	@Test
	void anInvalidEditComesBackWithTheMessageAndChangesNothing() throws Exception {
		long request = fixtures.submit("sales", reasonEditable(), "超长说明", "原来的说明");
		String refused = mvc.perform(approve(request).param("reason", "长".repeat(501)).with(as("manager")))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("field-error").contains("approval-edits").contains("open");
		assertThat(fixtures.request(request).getStatus()).isEqualTo(ApprovalStatus.PENDING);
		assertThat(fixtures.request(request).values()).containsEntry("reason", "原来的说明");
	}

	@Test
	void theApiTakesEditsToEditableFieldsOnlyAndRefusesTheOthers() throws Exception {
		long request = fixtures.submit("sales", reasonEditable(), "接口修改", "原来的说明");
		mvc.perform(post("/api/v1/approval-requests/{id}/approve", request).with(as("manager"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + fixtures.request(request).getVersion()
						+ ", \"values\": {\"customer\": 7}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("field-not-editable"));
		assertThat(fixtures.request(request).getStatus()).isEqualTo(ApprovalStatus.PENDING);

		mvc.perform(post("/api/v1/approval-requests/{id}/approve", request).with(as("manager"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + fixtures.request(request).getVersion()
						+ ", \"values\": {\"reason\": \"接口改过\"}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values.reason").value("接口改过"))
			.andExpect(jsonPath("$.values.total").value("120.00"));
	}

	private MockHttpServletRequestBuilder approve(long request) {
		return post("/approvals/{id}/approve", request).with(csrf())
			.param("taskId", Long.toString(fixtures.pending(request, "manager").getId()))
			.param("version", Long.toString(fixtures.request(request).getVersion()));
	}

	private String html(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(as(username))).andReturn().getResponse().getContentAsString();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return fixtures.users.as("demo", username);
	}
}

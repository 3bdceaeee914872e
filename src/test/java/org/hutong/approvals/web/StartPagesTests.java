package org.hutong.approvals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hutong.HutongTest;
import org.hutong.approvals.ApprovalStatus;
import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.WhoMaySubmit;
import org.hutong.approvals.form.FieldDefinition;
import org.hutong.approvals.form.FieldType;
import org.hutong.approvals.form.FormDesign;
import org.hutong.approvals.form.FormManagement;
import org.hutong.approvals.request.ApprovalRequest;
import org.hutong.identity.department.DepartmentRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** 发起审批: the flows offered, the form from its fields, the predicted route, 422 that keeps the values, submitting. */
@HutongTest
class StartPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext beans;

	@Autowired
	FormManagement forms;

	@Autowired
	FlowManagement flows;

	@Autowired
	DepartmentRepository departments;

	ApprovalFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new ApprovalFixtures(beans);
	}

	@Test
	void theFormComesFromItsFieldsAndShowsWhoWillApprove() throws Exception {
		Flow flow = fixtures.expenseFlow(false, Map.of());
		assertThat(page(get("/approvals/new"))).contains("href=\"/approvals/new/" + flow.getKey() + "\"");
		assertThat(page(get("/approvals/new/{key}", flow.getKey()))).contains("name=\"lines[0].amount\"")
			.contains("name=\"lines[0].category\"")
			.contains("data-row-add")
			.contains("主管审批")
			.contains("李明");
		assertThat(page(post("/approvals/new/{key}/route", flow.getKey()).with(csrf()).header("HX-Request", "true")))
			.doesNotContain("<html")
			.contains("李明");
	}

	@Test
	void aRefusedFormAnswers422WithEveryValueKeptAndTheMessageByItsField() throws Exception {
		Flow flow = fixtures.expenseFlow(false, Map.of());
		MvcResult refused = mvc.perform(post("/approvals/new/{key}", flow.getKey()).param("_title", "保留的标题")
			.param("lines[0].category", "TRAVEL")
			.param("lines[0].amount", "88.50")
			.param("lines[1].category", "MEALS")
			.param("lines[1].date", "2026-11-30")
			.param("lines[1].amount", "不是数字")
			.param("reason", "保留的说明")
			.with(csrf())
			.with(fixtures.users.as("demo", "sales"))).andExpect(status().isUnprocessableEntity()).andReturn();
		String html = refused.getResponse().getContentAsString();
		assertThat(html).contains("value=\"保留的标题\"")
			.contains("value=\"88.50\"")
			.contains("value=\"不是数字\"")
			.contains("保留的说明")
			.contains("name=\"lines[1].amount\"")
			.contains("field-error");
	}

	@Test
	void aValidFormSubmitsAndOpensTheRequest() throws Exception {
		Flow flow = fixtures.expenseFlow(false, Map.of());
		String location = mvc.perform(post("/approvals/new/{key}", flow.getKey()).param("_title", "两行报销")
			.param("lines[0].category", "TRAVEL")
			.param("lines[0].date", "2026-11-29")
			.param("lines[0].amount", "100.00")
			.param("lines[1].category", "MEALS")
			.param("lines[1].date", "2026-11-30")
			.param("lines[1].amount", "20.50")
			.with(csrf())
			.with(fixtures.users.as("demo", "sales")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		ApprovalRequest request = fixtures.request(id);
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.PENDING);
		assertThat(request.getTitle()).isEqualTo("两行报销");
		assertThat(request.values()).containsEntry("total", "120.50");
		assertThat(page(get("/approvals/{id}", id))).contains("两行报销").contains("120.50").contains("餐饮");
	}

	@Test
	void personAndDepartmentFieldsOfferAPickerAndATreeAndKeepTheChoice() throws Exception {
		String key = "pd" + UUID.randomUUID().toString().substring(0, 8);
		long manager = fixtures.id("manager");
		long department = fixtures.tx(() -> departments.findAll().stream()
			.filter(d -> d.getName().equals("电气设计室")).findFirst().orElseThrow().getId());
		Flow flow = fixtures.tx(() -> {
			forms.create(FormDesign.of(key, "交接", null, null, List.of(
					FieldDefinition.of("handover", FieldType.PERSON, "交接人", "Hand over to"),
					FieldDefinition.of("dept", FieldType.DEPARTMENT, "部门", "Department"),
					FieldDefinition.of("note", FieldType.TEXT, "说明", "Note").mandatory())));
			FlowForm form = new FlowForm(key, "交接", null, key, WhoMaySubmit.anyone(), "JJ", null, null, fixtures.id("admin"));
			return flows.create(form, new FlowDefinition(List.of(FlowNode.ApproverNode.of("n", FlowNode.Mode.ANY,
					ApproverSource.users(manager))), null), fixtures.id("admin"));
		});
		assertThat(page(get("/approvals/new/{key}", flow.getKey()))).contains("id=\"pick-handover\"")
			.contains("/approvals/people?name=handover")
			.contains("<option value=\"" + department + "\"")
			.contains("电气设计室")
			.doesNotContain("同事编号");
		assertThat(page(get("/approvals/people").param("name", "lines[0].who").param("_q", "李明").param("optional", "true")))
			.contains("name=\"lines[0].who\"")
			.contains("李明")
			.doesNotContain("required");
		String refused = mvc.perform(post("/approvals/new/{key}", flow.getKey()).param("handover", Long.toString(manager))
			.param("dept", Long.toString(department))
			.with(csrf())
			.with(fixtures.users.as("demo", "sales"))).andExpect(status().isUnprocessableEntity()).andReturn()
			.getResponse().getContentAsString();
		assertThat(refused).contains("value=\"" + manager + "\" checked").contains("李明")
			.contains("value=\"" + department + "\" selected");
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(fixtures.users.as("demo", "sales")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}
}

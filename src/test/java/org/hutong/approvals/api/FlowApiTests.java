package org.hutong.approvals.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hutong.HutongTest;
import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.hutong.approvals.flow.WhoMaySubmit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/** {@code /api/v1/approval-flows} and {@code /api/v1/approval-forms}: who sees which, the administrator's versions. */
@HutongTest
class FlowApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext beans;

	ApiKit kit;

	@BeforeEach
	void setUp() {
		kit = new ApiKit(beans);
	}

	@Test
	void aSubmitterSeesTheFlowsTheyMaySubmitOnly() throws Exception {
		Flow open = kit.flow(ApproverNode.of("leader", Mode.ANY, ApproverSource.leader(1)));
		long finance = kit.users.load("demo", "finance").departmentId();
		Flow financeOnly = kit.flow(null, new WhoMaySubmit(false, List.of(finance), List.of()),
				ApproverNode.of("n", Mode.ANY, ApproverSource.leader(1)));
		mvc.perform(get("/api/v1/approval-flows").header("Authorization", kit.bearer("demo", "sales")))
			.andExpect(jsonPath("$[*].key").value(hasItem(open.getKey())))
			.andExpect(jsonPath("$[*].key").value(not(hasItem(financeOnly.getKey()))));
		mvc.perform(get("/api/v1/approval-flows/{key}", financeOnly.getKey()).with(kit.as("sales")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/approval-flows/{key}", financeOnly.getKey()).with(kit.as("finance")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.definition.nodes[0].type").value("APPROVER"))
			.andExpect(jsonPath("$.currentVersion").value(1));
		mvc.perform(get("/api/v1/approval-flows").with(kit.approvalsAdmin()))
			.andExpect(jsonPath("$[*].key").value(hasItem(financeOnly.getKey())));
	}

	@Test
	void theAdministratorCreatesAndRevisesAFlowAsVersions() throws Exception {
		String key = "api-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> leader = Map.of("type", "APPROVER", "id", "leader", "name", "直属主管", "mode", "ANY",
				"sources", List.of(Map.of("kind", "LEADER", "level", 1)));
		Map<String, Object> flow = Map.of("key", key, "name", "合同审批", "numberPrefix", "HT", "definition",
				Map.of("nodes", List.of(leader)));
		mvc.perform(post("/api/v1/approval-flows").with(kit.as("sales"))
			.contentType(MediaType.APPLICATION_JSON).content(kit.write(flow)))
			.andExpect(status().isForbidden());
		JsonNode created = kit.body(mvc.perform(post("/api/v1/approval-flows").with(kit.approvalsAdmin())
			.contentType(MediaType.APPLICATION_JSON).content(kit.write(flow)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/approval-flows/" + key))
			.andReturn());
		mvc.perform(post("/api/v1/approval-flows").with(kit.approvalsAdmin())
			.contentType(MediaType.APPLICATION_JSON).content(kit.write(flow)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.key").isNotEmpty());

		Map<String, Object> finance = Map.of("type", "APPROVER", "id", "finance", "name", "财务", "mode", "ANY",
				"sources", List.of(Map.of("kind", "USERS", "userIds", List.of(kit.id("finance")))));
		Map<String, Object> changed = Map.of("name", "合同审批（新）", "numberPrefix", "HT", "definition",
				Map.of("nodes", List.of(leader, finance)));
		long seen = created.path("version").asLong();
		mvc.perform(put("/api/v1/approval-flows/{key}", key).with(kit.approvalsAdmin())
			.header("If-Match", "\"" + seen + "\"")
			.contentType(MediaType.APPLICATION_JSON).content(kit.write(changed)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentVersion").value(2))
			.andExpect(jsonPath("$.name").value("合同审批（新）"));
		mvc.perform(put("/api/v1/approval-flows/{key}", key).with(kit.approvalsAdmin())
			.header("If-Match", "\"" + seen + "\"")
			.contentType(MediaType.APPLICATION_JSON).content(kit.write(changed)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("stale"));
		mvc.perform(get("/api/v1/approval-flows/{key}/versions", key).with(kit.approvalsAdmin()))
			.andExpect(jsonPath("$[*].number").value(org.hamcrest.Matchers.contains(2, 1)));
		mvc.perform(get("/api/v1/approval-flows/{key}/diff", key).param("from", "1").param("to", "2")
			.with(kit.approvalsAdmin()))
			.andExpect(jsonPath("$[0].code").value("approvals.flow.diff.added"))
			.andExpect(jsonPath("$[0].nodeId").value("finance"))
			.andExpect(jsonPath("$[0].text").value("新增节点「财务」"));
		mvc.perform(get("/api/v1/approval-flows/{key}/versions", key).with(kit.as("sales")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFlowWithoutItsRequiredFieldsAnswers422() throws Exception {
		mvc.perform(post("/api/v1/approval-flows").with(kit.approvalsAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(kit.write(Map.of("key", "api-x", "numberPrefix", "X", "definition", Map.of("nodes", List.of())))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.name").isNotEmpty());
	}

	@Test
	void formsListTheStockFormsWithTheirFields() throws Exception {
		mvc.perform(get("/api/v1/approval-forms").with(kit.as("sales")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].key").value(hasItem("expense")));
		mvc.perform(get("/api/v1/approval-forms/{key}", "expense").header("Authorization", kit.bearer("demo", "sales")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("报销"))
			.andExpect(jsonPath("$.fields[0].key").value("lines"))
			.andExpect(jsonPath("$.fields[0].type").value("TABLE"));
		mvc.perform(get("/api/v1/approval-forms/{key}", "no-such-form").with(kit.as("sales")))
			.andExpect(status().isNotFound());
	}
}

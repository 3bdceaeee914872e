package org.hutong.approvals.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
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
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/** {@code /api/v1/approval-requests}: submit (422 by field path), get, boxes with a cursor, counts, predict, idempotency. */
@HutongTest
class RequestApiTests {

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
	void aBearerTokenSubmitsAndTheLeaderSeesItPendingWithItsHistory() throws Exception {
		Flow flow = kit.flow(ApproverNode.of("leader", Mode.ANY, ApproverSource.leader(1)));
		String sales = kit.bearer("demo", "sales");
		MvcResult submitted = mvc.perform(post("/api/v1/approval-requests").header("Authorization", sales)
			.contentType(MediaType.APPLICATION_JSON)
			.content(kit.write(Map.of("flowKey", flow.getKey(), "title", "差旅", "values", Map.of()))))
			.andExpect(status().isCreated())
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.submitterName").value("王芳"))
			.andExpect(jsonPath("$.currentTasks[0].assigneeName").value("李明"))
			.andExpect(jsonPath("$.currentTasks[0].mine").value(false))
			.andExpect(jsonPath("$.history[0].action").value("SUBMIT"))
			.andReturn();
		long id = kit.body(submitted).path("id").asLong();
		assertThat(submitted.getResponse().getHeader("Location")).isEqualTo("/api/v1/approval-requests/" + id);

		mvc.perform(get("/api/v1/approval-requests/{id}", id).with(kit.as("manager")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + kit.body(submitted).path("version").asLong() + "\""))
			.andExpect(jsonPath("$.currentTasks[0].mine").value(true));
		assertThat(ids(mvc.perform(get("/api/v1/approval-requests").param("box", "pending")
			.param("flow", flow.getKey())
			.with(kit.as("manager"))).andReturn())).containsExactly(id);
		mvc.perform(get("/api/v1/approval-requests/{id}", id).with(kit.as("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/approval-requests/{id}", id)).andExpect(status().isUnauthorized());
	}

	@Test
	void valuesTheFormRefusesAnswer422NamingEachFieldPath() throws Exception {
		Flow flow = kit.flow("expense", WhoMaySubmit.anyone(), ApproverNode.of("leader", Mode.ANY, ApproverSource.leader(1)));
		Map<String, Object> bad = Map.of("lines", List.of(Map.of("category", "TRAVEL", "date", "2026-06-01"),
				Map.of("category", "NOPE", "date", "2026-06-02", "amount", "-5")));
		mvc.perform(post("/api/v1/approval-requests").with(kit.as("sales"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(kit.write(Map.of("flowKey", flow.getKey(), "values", bad))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.code").value("invalid-values"))
			.andExpect(jsonPath("$.errors['values.lines[0].amount']").isNotEmpty())
			.andExpect(jsonPath("$.errors['values.lines[1].category']").isNotEmpty())
			.andExpect(jsonPath("$.errors['values.lines[1].amount']").isNotEmpty());
		mvc.perform(get("/api/v1/approval-requests").param("box", "mine").param("flow", flow.getKey())
			.with(kit.as("sales"))).andExpect(jsonPath("$.items").isEmpty());

		Map<String, Object> good = Map.of("lines", List.of(Map.of("category", "TRAVEL", "date", "2026-06-01",
				"amount", "1280.5")));
		mvc.perform(post("/api/v1/approval-requests").with(kit.as("sales"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(kit.write(Map.of("flowKey", flow.getKey(), "values", good))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.values.total").value("1280.50"));
	}

	@Test
	void pagesOfABoxFollowTheCursorWithoutRepeats() throws Exception {
		Flow flow = kit.flow(ApproverNode.of("leader", Mode.ANY, ApproverSource.leader(1)));
		List<Long> submitted = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			submitted.add(submit("sales", flow, "第" + i + "单"));
		}
		List<Long> seen = new ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			var request = get("/api/v1/approval-requests").param("box", "mine").param("flow", flow.getKey())
				.param("limit", "2")
				.with(kit.as("sales"));
			JsonNode page = kit.body(mvc.perform(after == null ? request : request.param("after", after)).andReturn());
			page.path("items").forEach(item -> seen.add(item.path("id").asLong()));
			after = page.path("next").isNull() ? null : page.path("next").asString();
			pages++;
		}
		while (after != null);
		assertThat(pages).isEqualTo(3);
		assertThat(seen).doesNotHaveDuplicates().containsExactly(submitted.get(4), submitted.get(3), submitted.get(2), submitted.get(1),
				submitted.get(0));
		assertThat(ids(mvc.perform(get("/api/v1/approval-requests").param("box", "mine").param("flow", flow.getKey())
			.param("q", "第3")
			.with(kit.as("sales"))).andReturn())).containsExactly(submitted.get(3));
		mvc.perform(get("/api/v1/approval-requests").param("box", "everything").with(kit.as("sales")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void countsPredictionAndFlowsNotForMe() throws Exception {
		Flow flow = kit.flow(ApproverNode.of("leader", Mode.ANY, ApproverSource.leader(1)));
		var manager = kit.body(mvc.perform(get("/api/v1/approval-requests/counts").with(kit.as("manager"))).andReturn());
		long before = manager.path("pending").asLong();
		long decided = manager.path("done").asLong();
		long running = kit.body(mvc.perform(get("/api/v1/approval-requests/counts").with(kit.as("sales"))).andReturn())
			.path("mine").asLong();
		long id = submit("sales", flow, "计数");
		mvc.perform(get("/api/v1/approval-requests/counts").with(kit.as("manager")))
			.andExpect(jsonPath("$.pending").value(before + 1)).andExpect(jsonPath("$.done").value(decided));
		mvc.perform(get("/api/v1/approval-requests/counts").with(kit.as("sales")))
			.andExpect(jsonPath("$.mine").value(running + 1));
		long version = kit.body(mvc.perform(get("/api/v1/approval-requests/{id}", id).with(kit.as("manager"))).andReturn())
			.path("version").asLong();
		mvc.perform(post("/api/v1/approval-requests/{id}/approve", id).with(kit.as("manager"))
			.contentType(MediaType.APPLICATION_JSON).content(kit.write(Map.of("version", version))))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/approval-requests/counts").with(kit.as("manager")))
			.andExpect(jsonPath("$.pending").value(before)).andExpect(jsonPath("$.done").value(decided + 1));
		mvc.perform(get("/api/v1/approval-requests/counts").with(kit.as("sales")))
			.andExpect(jsonPath("$.mine").value(running));
		mvc.perform(post("/api/v1/approval-requests/predict").with(kit.as("sales"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(kit.write(Map.of("flowKey", flow.getKey(), "values", Map.of()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].nodeId").value("leader"))
			.andExpect(jsonPath("$[0].people[0].displayName").value("李明"));
		long finance = kit.users.load("demo", "finance").departmentId();
		Flow financeOnly = kit.flow(null, new WhoMaySubmit(false, List.of(finance), List.of()),
				ApproverNode.of("n", Mode.ANY, ApproverSource.leader(1)));
		mvc.perform(post("/api/v1/approval-requests/predict").with(kit.as("sales"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(kit.write(Map.of("flowKey", financeOnly.getKey()))))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/approval-requests").with(kit.as("sales"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(kit.write(Map.of("flowKey", financeOnly.getKey()))))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void theSameIdempotencyKeySubmitsOnce() throws Exception {
		Flow flow = kit.flow(ApproverNode.of("leader", Mode.ANY, ApproverSource.leader(1)));
		String key = UUID.randomUUID().toString();
		String body = kit.write(Map.of("flowKey", flow.getKey(), "title", "只一次"));
		String token = kit.bearer("demo", "sales");
		MvcResult first = mvc.perform(post("/api/v1/approval-requests").header("Authorization", token)
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn();
		mvc.perform(post("/api/v1/approval-requests").header("Authorization", token)
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(header().string("Location", first.getResponse().getHeader("Location")));
		assertThat(ids(mvc.perform(get("/api/v1/approval-requests").param("box", "mine").param("flow", flow.getKey())
			.header("Authorization", token)).andReturn())).hasSize(1);
	}

	@Test
	void theOpenApiDocumentListsTheApprovalPaths() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/v1/approval-requests'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/approval-requests'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/approval-requests/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/approval-requests/{id}/approve'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/approval-requests/{id}/add-signer'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/approval-requests/{id}/resubmit'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/approval-requests/counts'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/approval-requests/predict'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/approval-flows/{key}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/approval-flows/{key}/diff'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/approval-forms/{key}'].get").exists());
	}

	private long submit(String username, Flow flow, String title) throws Exception {
		return kit.body(mvc.perform(post("/api/v1/approval-requests").with(kit.as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(kit.write(Map.of("flowKey", flow.getKey(), "title", title))))
			.andExpect(status().isCreated())
			.andReturn()).path("id").asLong();
	}

	private List<Long> ids(MvcResult result) throws Exception {
		List<Long> ids = new ArrayList<>();
		kit.body(result).path("items").forEach(item -> ids.add(item.path("id").asLong()));
		return ids;
	}
}

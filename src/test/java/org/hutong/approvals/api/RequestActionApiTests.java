package org.hutong.approvals.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.hutong.HutongTest;
import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/** The actions of {@code /api/v1/approval-requests/{id}/…}: versions (409 stale), tasks no longer mine, comments, the submitter's. */
@HutongTest
class RequestActionApiTests {

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
	void aStaleVersionAnswers409AndChangesNothing() throws Exception {
		Flow flow = kit.flow(ApproverNode.of("all", Mode.ALL, ApproverSource.users(kit.id("manager"), kit.id("finance"))));
		JsonNode request = submit(flow);
		long id = request.path("id").asLong();
		long seen = request.path("version").asLong();
		act(id, "approve", kit.as("manager"), Map.of("version", seen, "comment", "同意")).andExpect(status().isOk());
		act(id, "approve", kit.as("finance"), Map.of("version", seen, "comment", "同意"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.type").value("urn:hutong:approvals:stale"))
			.andExpect(jsonPath("$.code").value("stale"));
		long now = kit.body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/v1/approval-requests/{id}", id).with(kit.as("finance"))).andReturn()).path("version").asLong();
		mvc.perform(post("/api/v1/approval-requests/{id}/approve", id).with(kit.as("finance"))
			.header("If-Match", "\"" + now + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		act(id, "approve", kit.as("finance"), Map.of()).andExpect(status().isPreconditionRequired());
	}

	@Test
	void aTaskSomeoneElseDecidedAnswersItsOwn409() throws Exception {
		Flow flow = kit.flow(ApproverNode.of("any", Mode.ANY, ApproverSource.users(kit.id("manager"), kit.id("finance"))));
		JsonNode request = submit(flow);
		long id = request.path("id").asLong();
		long financeTask = 0;
		for (JsonNode task : request.path("currentTasks")) {
			if (task.path("assigneeId").asLong() == kit.id("finance")) {
				financeTask = task.path("id").asLong();
			}
		}
		long after = kit.body(act(id, "approve", kit.as("manager"), Map.of("version", version(request)))
			.andExpect(jsonPath("$.status").value("APPROVED")).andReturn()).path("version").asLong();
		act(id, "approve", kit.as("finance"), Map.of("version", after, "taskId", financeTask))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:hutong:approvals:task-no-longer-yours"))
			.andExpect(jsonPath("$.code").value("task-no-longer-yours"))
			.andExpect(jsonPath("$.detail").value(containsString("已由他人处理")));
		act(id, "reject", kit.as("finance"), Map.of("version", after))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("task-no-longer-yours"));
	}

	@Test
	void aNodeAskingForACommentAnswers422NamingIt() throws Exception {
		Flow flow = kit.flow(new ApproverNode("n", "主管", List.of(ApproverSource.leader(1)), Mode.ANY, null, true, null,
				null));
		JsonNode request = submit(flow);
		act(request.path("id").asLong(), "approve", kit.as("manager"), Map.of("version", version(request)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("comment-required"))
			.andExpect(jsonPath("$.errors.comment").value("请填写审批意见"));
		act(request.path("id").asLong(), "approve", kit.as("manager"),
				Map.of("version", version(request), "comment", "可以"))
			.andExpect(status().isOk());
	}

	@Test
	void transferReturnResubmitRemindAndWithdraw() throws Exception {
		Flow flow = kit.flow(ApproverNode.of("leader", Mode.ANY, ApproverSource.leader(1)));
		JsonNode request = submit(flow);
		long id = request.path("id").asLong();
		JsonNode transferred = kit.body(act(id, "transfer", kit.as("manager"),
				Map.of("version", version(request), "userId", kit.id("finance"), "comment", "请财务看"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentTasks[0].assigneeName").value("刘洋"))
			.andReturn());
		act(id, "transfer", kit.as("finance"), Map.of("version", version(transferred), "userId", -1))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.userId").isNotEmpty());
		JsonNode returned = kit.body(act(id, "return", kit.as("finance"), Map.of("version", version(transferred)))
			.andExpect(jsonPath("$.status").value("RETURNED")).andReturn());
		act(id, "resubmit", kit.as("manager"), Map.of("version", version(returned)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("not-the-submitter"));
		JsonNode again = kit.body(act(id, "resubmit", kit.as("sales"), Map.of("version", version(returned)))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.round").value(2))
			.andReturn());
		JsonNode reminded = kit.body(act(id, "remind", kit.as("sales"), Map.of("version", version(again)))
			.andExpect(status().isOk()).andReturn());
		act(id, "remind", kit.as("sales"), Map.of("version", version(reminded)))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.nextAllowedAt").isNotEmpty());
		act(id, "withdraw", kit.as("sales"), Map.of("version", version(reminded)))
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.history[?(@.action == 'RETURN')]").isNotEmpty())
			.andExpect(jsonPath("$.history[?(@.action == 'TRANSFER')].targetUserName").value("刘洋"));
	}

	@Test
	void anAddedSignerDecidesBeforeMe() throws Exception {
		Flow flow = kit.flow(ApproverNode.of("leader", Mode.ANY, ApproverSource.leader(1)));
		JsonNode request = submit(flow);
		long id = request.path("id").asLong();
		JsonNode added = kit.body(act(id, "add-signer", kit.as("manager"),
				Map.of("version", version(request), "userId", kit.id("finance"), "place", "BEFORE"))
			.andExpect(status().isOk())
			.andReturn());
		act(id, "approve", kit.as("manager"), Map.of("version", version(added)))
			.andExpect(jsonPath("$.code").value("task-no-longer-yours"));
		JsonNode signed = kit.body(act(id, "approve", kit.as("finance"), Map.of("version", version(added)))
			.andExpect(status().isOk()).andReturn());
		act(id, "approve", kit.as("manager"), Map.of("version", version(signed)))
			.andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void anotherEnterprisesRequestIsNotFoundForAnyAction() throws Exception {
		Flow flow = kit.flow(ApproverNode.of("leader", Mode.ANY, ApproverSource.leader(1)));
		JsonNode request = submit(flow);
		String outsider = kit.bearer("demo2", "admin");
		for (String action : List.of("approve", "withdraw", "remind")) {
			mvc.perform(post("/api/v1/approval-requests/{id}/" + action, request.path("id").asLong())
				.header("Authorization", outsider)
				.contentType(MediaType.APPLICATION_JSON)
				.content(kit.write(Map.of("version", version(request)))))
				.andExpect(status().isNotFound());
		}
	}

	private JsonNode submit(Flow flow) throws Exception {
		return kit.body(mvc.perform(post("/api/v1/approval-requests").with(kit.as("sales"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(kit.write(Map.of("flowKey", flow.getKey(), "title", "动作"))))
			.andExpect(status().isCreated())
			.andReturn());
	}

	private ResultActions act(long id, String action, RequestPostProcessor who, Map<String, Object> body)
			throws Exception {
		return mvc.perform(post("/api/v1/approval-requests/{id}/" + action, id).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(kit.write(body)));
	}

	private static long version(JsonNode request) {
		return request.path("version").asLong();
	}
}

package org.hutong.approvals.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.Condition;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Branch;
import org.hutong.approvals.flow.FlowNode.CcNode;
import org.hutong.approvals.flow.FlowNode.ConditionNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.hutong.approvals.flow.FlowNode.ParallelNode;
import org.hutong.approvals.flow.FlowRepository;
import org.hutong.approvals.flow.FlowVersionRepository;
import org.hutong.approvals.form.FormCatalog;
import org.hutong.approvals.request.ApprovalRequestRepository;
import org.hutong.approvals.request.RequestSubmission;
import org.hutong.approvals.request.Submitter;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code /admin/approvals}: the flow list and the designer, its draft kept in the session and saved as a new version. */
@HutongTest
class FlowDesignerPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FlowManagement flows;

	@Autowired
	FlowRepository flowRows;

	@Autowired
	FlowVersionRepository versions;

	@Autowired
	RequestSubmission submission;

	@Autowired
	ApprovalRequestRepository requests;

	@Autowired
	FormCatalog forms;

	private static final Pattern CARD = Pattern.compile("class=\"node-card kind-(\\w+)[^\"]*\" id=\"([\\w-]+)\"");

	TestUsers users;

	MockHttpSession session;

	@BeforeEach
	void setUp() {
		users = new TestUsers(userDetails);
		session = new MockHttpSession();
	}

	@Test
	void onlyTheApprovalsAdministratorReachesTheSettings() throws Exception {
		mvc.perform(get("/admin/approvals").with(users.as("demo", "sales"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/approvals/flows").with(csrf()).with(users.as("demo", "sales")).param("key", "x-y")
			.param("name", "X").param("numberPrefix", "X")).andExpect(status().isForbidden());
		long id = newFlow(simple()).getId();
		mvc.perform(get("/admin/approvals/flows/" + id).with(users.as("demo", "manager"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/approvals").with(users.as("demo", "admin"))).andExpect(status().isOk());
	}

	@Test
	void theAdministratorCreatesAFlowAndSeesItListed() throws Exception {
		String key = "adm-" + UUID.randomUUID().toString().substring(0, 6);
		String location = mvc.perform(post("/admin/approvals/flows").with(csrf()).with(admin()).param("key", key)
			.param("name", "设备申领").param("numberPrefix", "SB").param("formKey", "expense"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		Flow created = inDemo(() -> flowRows.findByKey(key).orElseThrow());
		assertThat(location).isEqualTo("/admin/approvals/flows/" + created.getId());
		assertThat(created.getFormKey()).isEqualTo("expense");
		mvc.perform(get("/admin/approvals").with(admin()))
			.andExpect(content().string(containsString("设备申领")))
			.andExpect(content().string(containsString("报销")))
			.andExpect(content().string(containsString("第 1 版")));
		mvc.perform(post("/admin/approvals/flows").with(csrf()).with(admin()).param("key", key).param("name", "再来")
			.param("numberPrefix", "SB")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("该流程标识已被使用")));
		mvc.perform(post("/admin/approvals/flows/" + created.getId() + "/enabled").with(csrf()).with(admin())
			.param("enabled", "false")).andExpect(status().is3xxRedirection());
		assertThat(inDemo(() -> flowRows.findById(created.getId()).orElseThrow().isEnabled())).isFalse();
	}

	@Test
	void theDesignerShowsEveryKindOfNode() throws Exception {
		long manager = users.load("demo", "manager").userId();
		ApproverNode inBranch = ApproverNode.of("big", Mode.ALL, ApproverSource.users(manager));
		FlowDefinition tree = new FlowDefinition(List.of(ApproverNode.of("first", Mode.SEQUENTIAL, ApproverSource.leader(1)),
				new CcNode("cc", "抄送财务", List.of(ApproverSource.users(manager))),
				new ConditionNode("cond", "金额判断", List.of(new Branch("大额", new Condition.FieldCompare("total",
						Condition.Operator.GE, new BigDecimal("50000")), List.of(inBranch))), List.of()),
				new ParallelNode("par", "并行", List.of(List.of(ApproverNode.of("lane1", Mode.ANY, ApproverSource.leader(2))),
						List.of()))), null);
		long id = newFlow(tree).getId();
		mvc.perform(get("/admin/approvals/flows/" + id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"first\"")))
			.andExpect(content().string(containsString("第 1 级主管 · 依次审批")))
			.andExpect(content().string(containsString("抄送财务")))
			.andExpect(content().string(containsString("合计 ≥ 50000")))
			.andExpect(content().string(containsString("id=\"big\"")))
			.andExpect(content().string(containsString("默认（其他情况）")))
			.andExpect(content().string(containsString("分支 2")))
			.andExpect(content().string(containsString("id=\"lane1\"")));
		mvc.perform(get("/admin/approvals/flows/" + id + "/nodes/cond").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"branches[0].value\" value=\"50000\"")));
	}

	@Test
	void addMoveDeleteAndSaveRoundTripTheDefinition() throws Exception {
		Flow flow = newFlow(simple());
		String base = "/admin/approvals/flows/" + flow.getId();
		step(base, "op", "add", "after", "first", "kind", "CC");
		step(base, "op", "add", "after", "first", "kind", "CONDITION");
		assertThat(kinds(flow.getId())).containsExactly("APPROVER", "CONDITION", "CC");
		String cc = idAt(flow.getId(), 2);
		String cond = idAt(flow.getId(), 1);
		step(base, "op", "move", "node", cc, "delta", "-1");
		assertThat(kinds(flow.getId())).containsExactly("APPROVER", "CC", "CONDITION");
		step(base, "op", "delete", "node", cc);
		step(base, "op", "add", "owner", cond, "index", "0", "kind", "APPROVER");
		mvc.perform(post(base + "/nodes/" + cond).with(csrf()).with(admin()).session(session).param("name", "金额")
			.param("branches[0].name", "大额").param("branches[0].test", "FIELD").param("branches[0].fieldKey", "total")
			.param("branches[0].operator", "GE").param("branches[0].value", "50,000")).andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/nodes/first").with(csrf()).with(admin()).session(session).param("name", "主管签批")
			.param("mode", "ANY").param("signatureRequired", "true").param("_signatureRequired", "on")
			.param("_commentRequired", "on")).andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/save").with(csrf()).with(admin()).session(session)).andExpect(status().is3xxRedirection());

		FlowDefinition saved = inDemo(() -> versions.findById(flowRows.findById(flow.getId()).orElseThrow().getCurrentVersionId())
			.orElseThrow().definition());
		assertThat(saved.nodes()).hasSize(2);
		assertThat(((ApproverNode) saved.nodes().get(0)).signatureRequired()).as("the 主管 node asks for a signature").isTrue();
		ConditionNode condition = (ConditionNode) saved.nodes().get(1);
		assertThat(condition.name()).isEqualTo("金额");
		assertThat(condition.otherwise()).isEmpty();
		Branch branch = condition.branches().get(0);
		Condition.FieldCompare compare = (Condition.FieldCompare) branch.condition();
		assertThat(compare.fieldKey()).isEqualTo("total");
		assertThat(compare.operator()).isEqualTo(Condition.Operator.GE);
		assertThat(new BigDecimal(String.valueOf(compare.value()))).isEqualByComparingTo("50000");
		assertThat(branch.nodes()).singleElement().isInstanceOf(ApproverNode.class);
		assertThat(inDemo(() -> versions.findByFlowIdOrderByNumberDesc(flow.getId()).get(0).getNumber())).isEqualTo(2);
	}

	@Test
	void aSavedChangeIsANewVersionWhileARunningRequestKeepsItsOwn() throws Exception {
		Flow flow = newFlow(simple());
		SignedInUser sales = users.load("demo", "sales");
		long requestId = inDemo(() -> submission.submit(new Submitter(sales.userId(), sales.departmentId(), null),
				flow.getKey(), null, "进行中", Map.of(), Map.of()).getId());
		String base = "/admin/approvals/flows/" + flow.getId();
		step(base, "op", "add", "after", "first", "kind", "APPROVER");
		mvc.perform(post(base + "/save").with(csrf()).with(admin()).session(session)).andExpect(status().is3xxRedirection());
		Flow now = inDemo(() -> flowRows.findById(flow.getId()).orElseThrow());
		assertThat(now.getCurrentVersionId()).isNotEqualTo(flow.getCurrentVersionId());
		assertThat(inDemo(() -> requests.findById(requestId).orElseThrow().getFlowVersionId()))
			.isEqualTo(flow.getCurrentVersionId());
		mvc.perform(get(base + "/versions").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 2 版")))
			.andExpect(content().string(containsString("新增节点「审批人」")))
			.andExpect(content().string(containsString("首个版本")));
	}

	@Test
	void anInvalidDraftShowsTheProblemAtTheNodeAndIsNotSaved() throws Exception {
		Flow flow = newFlow(simple());
		String base = "/admin/approvals/flows/" + flow.getId();
		step(base, "op", "add", "after", "first", "kind", "CONDITION");
		String cond = idAt(flow.getId(), 1);
		mvc.perform(get(base).with(admin()).session(session))
			.andExpect(content().string(containsString("每个条件分支都需要设置条件")))
			.andExpect(content().string(containsString("node-card kind-condition invalid\" id=\"" + cond + "\"")));
		mvc.perform(post(base + "/save").with(csrf()).with(admin()).session(session))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("每个条件分支都需要设置条件")));
		step(base, "op", "delete", "node", "first");
		mvc.perform(get(base).with(admin()).session(session))
			.andExpect(content().string(not(containsString("id=\"first\""))));
		assertThat(inDemo(() -> versions.findByFlowIdOrderByNumberDesc(flow.getId()))).hasSize(1);
	}

	@Test
	void aSaveAfterAnotherAdministratorsIsAConflictAndLosesNothing() throws Exception {
		Flow flow = newFlow(simple());
		String base = "/admin/approvals/flows/" + flow.getId();
		step(base, "op", "add", "after", "first", "kind", "CC");
		String mine = idAt(flow.getId(), 1);
		inDemo(() -> flows.revise(flow.getId(), flow.getVersion(),
				new FlowDefinition(List.of(ApproverNode.of("theirs", Mode.ANY, ApproverSource.leader(2))), null), null));
		mvc.perform(post(base + "/save").with(csrf()).with(admin()).session(session))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("保存前已有他人修改了此流程")))
			.andExpect(content().string(containsString("id=\"" + mine + "\"")));
		assertThat(inDemo(() -> versions.findByFlowIdOrderByNumberDesc(flow.getId()))).hasSize(2);
		step(base, "op", "rebase");
		mvc.perform(post(base + "/save").with(csrf()).with(admin()).session(session)).andExpect(status().is3xxRedirection());
		assertThat(inDemo(() -> versions.findByFlowIdOrderByNumberDesc(flow.getId()).get(0).definition().nodes()))
			.extracting(FlowNode::id).containsExactly("first", mine);
	}

	private void step(String base, String... namesAndValues) throws Exception {
		MockHttpServletRequestBuilder request = post(base + "/draft").with(csrf()).with(admin()).session(session);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	/** The draft's nodes as the designer lists them, depth first: kind and id of each card. */
	private List<String[]> cards(long flowId) throws Exception {
		String page = mvc.perform(get("/admin/approvals/flows/" + flowId).with(admin()).session(session))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Matcher card = CARD.matcher(page);
		List<String[]> cards = new ArrayList<>();
		while (card.find()) {
			cards.add(new String[] { card.group(1).toUpperCase(), card.group(2) });
		}
		return cards;
	}

	private List<String> kinds(long flowId) throws Exception {
		return cards(flowId).stream().map(card -> card[0]).toList();
	}

	private String idAt(long flowId, int index) throws Exception {
		return cards(flowId).get(index)[1];
	}

	private Flow newFlow(FlowDefinition tree) {
		String key = "adm-" + UUID.randomUUID().toString().substring(0, 8);
		return inDemo(() -> flows.create(new FlowForm(key, "设计测试", null, "expense", null, "SJ", null, null, null), tree, null));
	}

	private static FlowDefinition simple() {
		return new FlowDefinition(List.of(ApproverNode.of("first", Mode.SEQUENTIAL, ApproverSource.leader(1))), null);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return users.as("demo", "admin");
	}

	private <T> T inDemo(Supplier<T> work) {
		long tenantId = users.load("demo", "admin").tenantId();
		return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
	}
}

package org.hutong.approvals.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hutong.TestUsers;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.FlowRules;
import org.hutong.approvals.flow.WhoMaySubmit;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Demo's users and fresh flows for the approvals API tests; flows are made through the real flow management. */
final class ApiKit {

	final TestUsers users;

	private final TransactionTemplate transactions;

	private final FlowManagement flows;

	private final ApiTokens tokens;

	private final JsonMapper json = JsonMapper.builder().build();

	ApiKit(ApplicationContext beans) {
		this.users = new TestUsers(beans.getBean(UserDetailsService.class));
		this.transactions = beans.getBean(TransactionTemplate.class);
		this.flows = beans.getBean(FlowManagement.class);
		this.tokens = beans.getBean(ApiTokens.class);
	}

	long id(String username) {
		return users.load("demo", username).userId();
	}

	/** A user signed in by session. */
	RequestPostProcessor as(String username) {
		return users.as("demo", username);
	}

	/** Demo's admin holding the approvals administrator's permission, as the 系统管理员 role grants it. */
	RequestPostProcessor approvalsAdmin() {
		SignedInUser admin = users.load("demo", "admin");
		List<GrantedAuthority> granted = new ArrayList<>(admin.getAuthorities());
		granted.add(new SimpleGrantedAuthority(ApiCaller.ADMIN));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, granted));
	}

	/** A bearer token's Authorization header for the user of the enterprise. */
	String bearer(String tenant, String username) {
		SignedInUser user = users.load(tenant, username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "approvals-api", 1).secret());
	}

	Flow flow(FlowNode... nodes) {
		return flow(null, WhoMaySubmit.anyone(), nodes);
	}

	Flow flow(String formKey, WhoMaySubmit submitters, FlowNode... nodes) {
		String key = "api-" + UUID.randomUUID().toString().substring(0, 8);
		String prefix = ("A" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
		FlowForm form = new FlowForm(key, "接口测试", null, formKey, submitters, prefix, null, null, id("admin"));
		long tenant = users.load("demo", "admin").tenantId();
		return TenantContext.callAs(tenant, () -> transactions.execute(
				status -> flows.create(form, new FlowDefinition(List.of(nodes), FlowRules.defaults()), id("admin"))));
	}

	JsonNode body(MvcResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString());
	}

	String write(Object value) {
		return json.writeValueAsString(value);
	}
}

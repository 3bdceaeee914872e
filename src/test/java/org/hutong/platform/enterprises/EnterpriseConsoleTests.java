package org.hutong.platform.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.platform.Sessions;
import org.hutong.platform.enterprises.EnterpriseManagement.Actor;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@HutongTest
class EnterpriseConsoleTests {

	static final String ADMIN_PASSWORD = "first-admin-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	TenantJdbc tenantJdbc;

	@Autowired
	EnterpriseManagement management;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens apiTokens;

	MockHttpSession operator;

	@BeforeEach
	void signIn() throws Exception {
		operator = Sessions.operator(mvc);
	}

	@Test
	void listsTheDemoEnterprisesWithTheirUserCounts() throws Exception {
		List<EnterpriseRow> rows = rows(mvc.perform(get("/platform").session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("许继智能电气股份有限公司")))
			.andExpect(content().string(containsString("平顶山高压开关有限公司")))
			.andExpect(content().string(containsString("正常")))
			.andExpect(content().string(containsString("class=\"table\""))));
		EnterpriseRow demo = row(rows, "demo");
		assertThat(demo.users()).isGreaterThanOrEqualTo(6).isEqualTo(usersOf(demo.id()));
		assertThat(row(rows, "demo2").users()).isPositive().isEqualTo(usersOf(row(rows, "demo2").id()));
		assertThat(demo.createdAt().getZone().getId()).isEqualTo("Asia/Shanghai");
	}

	@Test
	void createsAnEnterpriseWhoseFirstAdministratorCanSignIn() throws Exception {
		String code = Sessions.uniqueCode();
		create(code.toUpperCase(), "boss").andExpect(redirectedUrl("/platform"));
		mvc.perform(get("/platform").session(operator))
			.andExpect(content().string(containsString("测试企业 " + code)))
			.andExpect(content().string(containsString("管理员 boss 可使用企业代码 " + code + " 登录")));
		Sessions.employee(mvc, code, "boss", ADMIN_PASSWORD);

		Tenant tenant = tenants.findByCode(code).orElseThrow();
		assertThat(usersOf(tenant.getId())).isEqualTo(1);
		assertThat(auditActions(tenant.getId())).containsExactly("TENANT_CREATED platform:operator", "SIGN_IN boss");
	}

	@Test
	void aCodeInUseIsAFieldError() throws Exception {
		int before = tenants.all().size();
		create("demo", "boss")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "platform.form.code.taken"))
			.andExpect(content().string(containsString("企业代码已被使用")));
		assertThat(tenants.all()).hasSize(before);
	}

	@Test
	void invalidInputIsShownByField() throws Exception {
		mvc.perform(post("/platform/enterprises").session(operator).with(csrf())
			.param("code", "bad code!").param("name", "").param("adminUsername", "王")
			.param("adminDisplayName", "王总").param("adminPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "code", "name", "adminUsername", "adminPassword"))
			.andExpect(content().string(containsString("企业代码需为 2–32 位小写字母、数字或连字符")))
			.andExpect(content().string(containsString("初始密码需为 8–72 个字符")));
		create(Sessions.uniqueCode(), "boss", "密码".repeat(13))
			.andExpect(model().attributeHasFieldErrorCode("form", "adminPassword", "platform.form.adminPassword.tooLong"));
	}

	@Test
	void aFailedSetUpLeavesNoEnterpriseBehind() {
		String code = Sessions.uniqueCode();
		EnterpriseForm form = new EnterpriseForm(code, "半途企业", "boss", "王总", "x".repeat(80));
		assertThatThrownBy(() -> management.create(form, new Actor("operator", "127.0.0.1")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(tenants.findByCode(code)).isEmpty();
	}

	@Test
	void suspendingStopsSignInAndResumingRestoresIt() throws Exception {
		String code = Sessions.uniqueCode();
		create(code, "boss").andExpect(redirectedUrl("/platform"));
		long id = tenants.findByCode(code).orElseThrow().getId();

		mvc.perform(post("/platform/enterprises/{id}/suspend", id).session(operator).with(csrf()))
			.andExpect(redirectedUrl("/platform"));
		assertThat(tenants.findById(id).orElseThrow().isActive()).isFalse();
		employeeSignIn(code).andExpect(redirectedUrl("/login?error=suspended&tenant=" + code));
		mvc.perform(get("/platform").session(operator)).andExpect(content().string(containsString("已暂停")));

		mvc.perform(post("/platform/enterprises/{id}/resume", id).session(operator).with(csrf()))
			.andExpect(redirectedUrl("/platform"));
		employeeSignIn(code).andExpect(redirectedUrl("/"));
		assertThat(auditActions(id)).contains("TENANT_SUSPENDED platform:operator", "TENANT_RESUMED platform:operator");
	}

	@Test
	void aSignedInUserOfASuspendedEnterpriseIsSignedOutOnTheNextRequest() throws Exception {
		String code = Sessions.uniqueCode();
		create(code, "boss").andExpect(redirectedUrl("/platform"));
		long id = tenants.findByCode(code).orElseThrow().getId();
		MockHttpSession employee = Sessions.employee(mvc, code, "boss", ADMIN_PASSWORD);
		mvc.perform(get("/").session(employee)).andExpect(status().isOk());

		mvc.perform(post("/platform/enterprises/{id}/suspend", id).session(operator).with(csrf()));
		// the live stream, which has its own security chain, refuses them too
		mvc.perform(get("/notifications/stream").session(employee).accept(MediaType.TEXT_EVENT_STREAM))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/").session(employee)).andExpect(redirectedUrl("/login?error=suspended&tenant=" + code));
		assertThat(employee.isInvalid()).isTrue();
	}

	@Test
	void apiTokensOfASuspendedEnterpriseStopWorking() throws Exception {
		String code = Sessions.uniqueCode();
		create(code, "boss").andExpect(redirectedUrl("/platform"));
		long id = tenants.findByCode(code).orElseThrow().getId();
		SignedInUser boss = new TestUsers(userDetails).load(code, "boss");
		String bearer = "Bearer " + TenantContext.callAs(id, () -> apiTokens.create(boss, "ci", 30)).secret();
		mvc.perform(get("/api/v1/me").header("Authorization", bearer))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(401));

		mvc.perform(post("/platform/enterprises/{id}/suspend", id).session(operator).with(csrf()));
		mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
	}

	@Test
	void unknownEnterpriseIsNotFound() throws Exception {
		mvc.perform(post("/platform/enterprises/{id}/suspend", Long.MAX_VALUE).session(operator).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theConsoleSpeaksEnglish() throws Exception {
		mvc.perform(get("/platform").session(operator).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("New enterprise")))
			.andExpect(content().string(containsString("Active")));
	}

	private ResultActions create(String code, String adminUsername) throws Exception {
		return create(code, adminUsername, ADMIN_PASSWORD);
	}

	private ResultActions create(String code, String adminUsername, String password) throws Exception {
		return mvc.perform(post("/platform/enterprises").session(operator).with(csrf())
			.param("code", code).param("name", "测试企业 " + code.toLowerCase()).param("adminUsername", adminUsername)
			.param("adminDisplayName", "王总").param("adminPassword", password));
	}

	private ResultActions employeeSignIn(String code) throws Exception {
		return mvc.perform(post("/login").with(csrf())
			.param("tenant", code).param("username", "boss").param("password", ADMIN_PASSWORD));
	}

	@SuppressWarnings("unchecked")
	private static List<EnterpriseRow> rows(ResultActions page) {
		return (List<EnterpriseRow>) page.andReturn().getModelAndView().getModel().get("enterprises");
	}

	private static EnterpriseRow row(List<EnterpriseRow> rows, String code) {
		return rows.stream().filter(row -> row.code().equals(code)).findFirst().orElseThrow();
	}

	private long usersOf(long tenantId) {
		return tenantJdbc.sql(tenantId, "SELECT COUNT(*) FROM identity_user WHERE tenant_id = :tenantId")
			.query(Long.class).single();
	}

	private List<String> auditActions(long tenantId) {
		return tenantJdbc
			.sql(tenantId, "SELECT action, actor_name FROM identity_audit_entry WHERE tenant_id = :tenantId ORDER BY id")
			.query((row, number) -> row.getString(1) + " " + row.getString(2)).list();
	}
}

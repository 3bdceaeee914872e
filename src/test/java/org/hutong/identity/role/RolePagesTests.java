package org.hutong.identity.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.DataScope;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.Permissions;
import org.hutong.identity.audit.AuditEntry;
import org.hutong.identity.audit.AuditEntryRepository;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@HutongTest
class RolePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	RoleRepository roles;

	@Autowired
	AuditEntryRepository audit;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	DemoTenants demo;

	RequestPostProcessor admin;

	@BeforeEach
	void setUp() {
		demo = new DemoTenants(tenants, transactions);
		admin = new TestUsers(userDetails).as("demo", "admin");
	}

	@Test
	void listHasTheLayoutAndMarksTheBuiltInRole() throws Exception {
		mvc.perform(get("/admin/roles").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"tabbar\"")))
			.andExpect(content().string(containsString("系统管理员")))
			.andExpect(content().string(containsString("内置")))
			.andExpect(content().string(containsString("本部门及下级")));
	}

	@Test
	void theFormGroupsPermissionsByModuleWithLabels() throws Exception {
		mvc.perform(get("/admin/roles/new").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("组织与权限")))
			.andExpect(content().string(containsString("查看审计日志")))
			.andExpect(content().string(containsString("value=\"identity.audit.read\"")));
	}

	@Test
	void aNewRoleStartsWithTheFeedEveryEmployeeUses() throws Exception {
		String page = mvc.perform(get("/admin/roles/new").with(admin))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(checkbox(page, "feed.read")).contains("checked");
		assertThat(checkbox(page, "feed.post")).contains("checked");
		assertThat(checkbox(page, "feed.admin")).doesNotContain("checked");
		assertThat(checkbox(page, "customers.read")).doesNotContain("checked");
	}

	private static String checkbox(String page, String code) {
		Matcher input = Pattern.compile("<input[^>]*value=\"" + Pattern.quote(code) + "\"[^>]*>")
			.matcher(page);
		assertThat(input.find()).as("a checkbox for " + code).isTrue();
		return input.group();
	}

	@Test
	void createsARoleAndAuditsIt() throws Exception {
		String name = unique("客服");
		mvc.perform(save("/admin/roles", name, "DEPARTMENT", null, Permissions.USERS_READ, Permissions.AUDIT_READ))
			.andExpect(redirectedUrl("/admin/roles"));
		Role role = find(name);
		assertThat(role.getDataScope()).isEqualTo(DataScope.DEPARTMENT);
		assertThat(role.getPermissions()).containsExactlyInAnyOrder(Permissions.USERS_READ, Permissions.AUDIT_READ);
		AuditEntry entry = lastAudit();
		assertThat(entry.getAction()).isEqualTo("ROLE_CREATED");
		assertThat(entry.getDetail()).contains("dataScope=DEPARTMENT").contains(Permissions.AUDIT_READ);
	}

	@Test
	void badInputIsShownNextToTheField() throws Exception {
		mvc.perform(save("/admin/roles", "", "SELF", null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请填写此项")));
		mvc.perform(save("/admin/roles", "销售代表", "SELF", null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("已有同名角色")));
		mvc.perform(save("/admin/roles", unique("甲"), "SELF", null, "customers.steal"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("所选项不存在")));
		mvc.perform(save("/admin/roles", unique("乙"), "EVERYTHING", null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("class=\"field-error\"")));
		mvc.perform(save("/admin/roles", unique("丙"), null, null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请填写此项")));
		mvc.perform(post("/admin/roles").with(csrf()).with(admin).param("name", unique("丁")).param("dataScope", "SELF")
			.param("description", "述".repeat(201)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("不能超过 200 个字符")));
	}

	@Test
	void editsAndAuditsAddedAndRemovedPermissions() throws Exception {
		String name = unique("编辑");
		mvc.perform(save("/admin/roles", name, "SELF", null, Permissions.USERS_READ)).andExpect(status().is3xxRedirection());
		Role role = find(name);
		mvc.perform(save("/admin/roles/" + role.getId(), name, "ALL", role.getVersion(), Permissions.AUDIT_READ))
			.andExpect(redirectedUrl("/admin/roles"));
		assertThat(find(name).getPermissions()).containsExactly(Permissions.AUDIT_READ);
		AuditEntry entry = lastAudit();
		assertThat(entry.getAction()).isEqualTo("ROLE_UPDATED");
		assertThat(entry.getDetail()).contains("dataScope: SELF → ALL")
			.contains("+" + Permissions.AUDIT_READ)
			.contains("-" + Permissions.USERS_READ);
	}

	@Test
	void aStaleVersionGivesAConflictMessage() throws Exception {
		String name = unique("并发");
		mvc.perform(save("/admin/roles", name, "SELF", null)).andExpect(status().is3xxRedirection());
		Role role = find(name);
		mvc.perform(save("/admin/roles/" + role.getId(), name, "ALL", role.getVersion())).andExpect(status().is3xxRedirection());
		mvc.perform(save("/admin/roles/" + role.getId(), name, "DEPARTMENT", role.getVersion()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("其他人刚刚修改了这条记录")));
		assertThat(find(name).getDataScope()).isEqualTo(DataScope.ALL);
	}

	@Test
	void theAdministratorRoleKeepsItsPermissionsAndScope() throws Exception {
		Role administrator = find("系统管理员");
		mvc.perform(get("/admin/roles/" + administrator.getId() + "/edit").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能修改")))
			.andExpect(content().string(not(containsString("name=\"permissions\""))));
		mvc.perform(save("/admin/roles/" + administrator.getId(), administrator.getName(), "SELF",
				administrator.getVersion(), Permissions.USERS_READ))
			.andExpect(redirectedUrl("/admin/roles"));
		Role after = find("系统管理员");
		assertThat(after.getDataScope()).isEqualTo(DataScope.ALL);
		assertThat(after.isAdministrator()).isTrue();
		assertThat(after.getPermissions()).isEmpty();
		assertThat(new TestUsers(userDetails).load("demo", "admin").permissions()).contains(Permissions.ROLES_WRITE);
	}

	@Test
	void deletesOnlyUnusedRolesAndNeverTheAdministrator() throws Exception {
		mvc.perform(post("/admin/roles/" + find("系统管理员").getId() + "/delete").with(csrf()).with(admin))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("系统管理员是内置角色，不能删除")));
		mvc.perform(post("/admin/roles/" + find("销售代表").getId() + "/delete").with(csrf()).with(admin))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("仍有用户拥有这个角色")));
		String name = unique("废弃");
		mvc.perform(save("/admin/roles", name, "SELF", null)).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/roles/" + find(name).getId() + "/delete").with(csrf()).with(admin))
			.andExpect(redirectedUrl("/admin/roles"));
		assertThat(demo.call("demo", () -> roles.findByName(name))).isEmpty();
		assertThat(lastAudit().getAction()).isEqualTo("ROLE_DELETED");
	}

	@Test
	void onlyRoleManagersGetIn() throws Exception {
		RequestPostProcessor manager = new TestUsers(userDetails).as("demo", "manager");
		mvc.perform(get("/admin/roles").with(manager)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/roles").with(csrf()).with(manager).param("name", unique("越权")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/roles/abc/edit").with(admin)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/roles/99999999/edit").with(admin)).andExpect(status().isNotFound());
		Long foreign = demo.call("demo2", () -> roles.findAllByOrderByIdAsc().get(0).getId());
		mvc.perform(get("/admin/roles/" + foreign + "/edit").with(admin)).andExpect(status().isNotFound());
	}

	@Test
	void speaksEnglish() throws Exception {
		mvc.perform(get("/admin/roles").with(admin).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Built-in")))
			.andExpect(content().string(containsString("Own department and below")));
	}

	private MockHttpServletRequestBuilder save(String url, String name, String scope, Long version,
			String... permissions) {
		MockHttpServletRequestBuilder request = post(url).with(csrf()).with(admin).param("name", name);
		if (scope != null) {
			request.param("dataScope", scope);
		}
		if (version != null) {
			request.param("version", version.toString());
		}
		if (permissions.length > 0) {
			request.param("permissions", permissions);
		}
		return request;
	}

	private Role find(String name) {
		return demo.call("demo", () -> roles.findByName(name).orElseThrow());
	}

	private AuditEntry lastAudit() {
		return demo.call("demo", () -> audit.findAll(Sort.by(Sort.Direction.DESC, "id")).get(0));
	}

	private static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}
}

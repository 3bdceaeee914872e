package org.hutong.identity.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.DataScope;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.Permissions;
import org.hutong.identity.audit.AuditEntry;
import org.hutong.identity.audit.AuditEntryRepository;
import org.hutong.identity.department.DepartmentRepository;
import org.hutong.identity.role.Role;
import org.hutong.identity.role.RoleRepository;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** Creating and editing users, and the account actions, through the pages. The list is in {@link UserListTests}. */
@HutongTest
class UserPagesTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	UserRepository users;

	@Autowired
	RoleRepository roles;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	AuditEntryRepository audit;

	@Autowired
	PasswordEncoder encoder;

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
	void createsAUserWithDepartmentAndRolesAndAuditsItWithoutThePassword() throws Exception {
		String username = username();
		mvc.perform(create(username).param("departmentId", department("华东大区").toString())
			.param("roleIds", role("销售代表").toString()))
			.andExpect(redirectedUrl("/admin/users"));
		User user = user(username);
		assertThat(user.getDepartmentId()).isEqualTo(department("华东大区"));
		assertThat(demo.call("demo", () -> users.findByUsername(username).orElseThrow().roleIds()))
			.containsExactly(role("销售代表"));
		assertThat(encoder.matches("initial-pass-1", user.getPasswordHash())).isTrue();
		AuditEntry entry = lastAudit();
		assertThat(entry.getAction()).isEqualTo("USER_CREATED");
		assertThat(entry.getTarget()).isEqualTo(username);
		assertThat(entry.getDetail()).contains("roles=销售代表").contains("department=华东大区")
			.doesNotContain("initial-pass-1");
	}

	@Test
	void invalidInputIsShownNextToEachField() throws Exception {
		mvc.perform(post("/admin/users").with(csrf()).with(admin).param("username", "a").param("displayName", " ")
			.param("mobile", "12345678901").param("email", "not-an-email").param("password", "short")
			.param("position", "职".repeat(51)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("field invalid")))
			.andExpect(content().string(containsString("用户名需为 2–32 位字母、数字或 . _ -")))
			.andExpect(content().string(containsString("请填写此项")))
			.andExpect(content().string(containsString("请输入 11 位中国大陆手机号")))
			.andExpect(content().string(containsString("邮箱格式不正确")))
			.andExpect(content().string(containsString("密码至少 8 个字符")))
			.andExpect(content().string(containsString("不能超过 50 个字符")))
			.andExpect(content().string(not(containsString("value=\"short\""))));
	}

	@Test
	void aTakenUsernameIsRefused() throws Exception {
		mvc.perform(create("sales"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("该用户名已被使用")));
	}

	@Test
	void idsOfAnotherEnterpriseOrGarbageAreRejectedNotStored() throws Exception {
		Long foreignRole = demo.call("demo2", () -> roles.findAllByOrderByIdAsc().get(0).getId());
		mvc.perform(create(username()).param("roleIds", foreignRole.toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("所选项不存在")));
		mvc.perform(create(username()).param("departmentId", "99999999"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("所选项不存在")));
		mvc.perform(create(username()).param("departmentId", "abc").param("roleIds", "x"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("class=\"field-error\"")));
		mvc.perform(create(username()).param("language", "fr"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("所选项不存在")));
	}

	@Test
	void editsAndAuditsWhatChangedButNotTheUsername() throws Exception {
		String username = newUser();
		User before = user(username);
		mvc.perform(update(before, "改名" + SEQUENCE.incrementAndGet()).param("mobile", "13800138000")
			.param("username", "hijacked"))
			.andExpect(redirectedUrl("/admin/users"));
		User after = user(username);
		assertThat(after.getMobile()).isEqualTo("13800138000");
		assertThat(after.getUsername()).isEqualTo(username);
		AuditEntry entry = lastAudit();
		assertThat(entry.getAction()).isEqualTo("USER_UPDATED");
		assertThat(entry.getDetail()).contains("mobile: — → 13800138000").contains("displayName: ");
	}

	@Test
	void aStaleVersionGivesAConflictMessageInsteadOfOverwriting() throws Exception {
		String username = newUser();
		User loaded = user(username);
		mvc.perform(update(loaded, "第一次")).andExpect(redirectedUrl("/admin/users"));
		mvc.perform(update(loaded, "第二次"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("其他人刚刚修改了这条记录")));
		assertThat(user(username).getDisplayName()).isEqualTo("第一次");
	}

	@Test
	void disablesAndEnablesButNeverThemself() throws Exception {
		Long id = user(newUser()).getId();
		mvc.perform(post("/admin/users/" + id + "/disable").with(csrf()).with(admin))
			.andExpect(redirectedUrl("/admin/users/" + id + "/edit"));
		assertThat(demo.call("demo", () -> users.findById(id).orElseThrow().isActive())).isFalse();
		assertThat(lastAudit().getAction()).isEqualTo("USER_DISABLED");
		mvc.perform(get("/admin/users/" + id + "/edit").with(admin))
			.andExpect(content().string(containsString("已停用")))
			.andExpect(content().string(containsString("启用账号")));
		mvc.perform(post("/admin/users/" + id + "/enable").with(csrf()).with(admin))
			.andExpect(redirectedUrl("/admin/users/" + id + "/edit"));
		assertThat(demo.call("demo", () -> users.findById(id).orElseThrow().isActive())).isTrue();
		assertThat(lastAudit().getAction()).isEqualTo("USER_ENABLED");

		Long self = user("admin").getId();
		mvc.perform(post("/admin/users/" + self + "/disable").with(csrf()).with(admin))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("不能停用您自己的账号")));
		assertThat(user("admin").isActive()).isTrue();
	}

	@Test
	void resetsAPasswordAndEndsALockout() throws Exception {
		String username = newUser();
		Long id = user(username).getId();
		demo.call("demo", () -> {
			User user = users.findById(id).orElseThrow();
			for (int i = 0; i < User.MAX_FAILED_SIGN_INS; i++) {
				user.recordFailedSignIn(Instant.now());
			}
			return null;
		});
		mvc.perform(get("/admin/users/" + id + "/edit").with(admin))
			.andExpect(content().string(containsString("已锁定至")))
			.andExpect(content().string(containsString("解除锁定")));
		mvc.perform(post("/admin/users/" + id + "/password").with(csrf()).with(admin).param("password", "short"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("密码至少 8 个字符")));
		mvc.perform(post("/admin/users/" + id + "/password").with(csrf()).with(admin).param("password", "brand-new-pass"))
			.andExpect(redirectedUrl("/admin/users/" + id + "/edit"));
		User after = user(username);
		assertThat(encoder.matches("brand-new-pass", after.getPasswordHash())).isTrue();
		assertThat(after.isLocked(Instant.now())).isFalse();
		AuditEntry entry = lastAudit();
		assertThat(entry.getAction()).isEqualTo("PASSWORD_RESET");
		assertThat(String.valueOf(entry.getDetail())).doesNotContain("brand-new-pass");
	}

	@Test
	void anAdministratorCannotRaiseAnyoneAboveThemself() throws Exception {
		String clerk = newUser();
		Long clerkRole = demo.call("demo", () -> roles.save(new Role("人事专员" + SEQUENCE.incrementAndGet(), null,
				// the rights 研发工程师 holds (the feed's, reading the catalogue, reading and starting projects), so granting it
				// stays within the clerk's own
				Set.of(Permissions.USERS_READ, Permissions.USERS_WRITE, "feed.read", "feed.post", "sales.products.read",
						"projects.read", "projects.create"),
				DataScope.ALL)).getId());
		demo.call("demo", () -> {
			User user = users.findByUsername(clerk).orElseThrow();
			user.assignRoles(Set.of(clerkRole));
			// as if the clerk had chosen their own password at the first sign-in
			user.changePassword(user.getPasswordHash(), Instant.now());
			return null;
		});
		RequestPostProcessor asClerk = new TestUsers(userDetails).as("demo", clerk);
		mvc.perform(create(username(), asClerk).param("roleIds", role("系统管理员").toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("不能授予超出您自身权限或数据范围的角色")));
		mvc.perform(get("/admin/users/" + user("admin").getId() + "/edit").with(asClerk))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/" + user("admin").getId() + "/password").with(csrf()).with(asClerk)
			.param("password", "taken-over-1")).andExpect(status().isForbidden());
		mvc.perform(create(username(), asClerk).param("roleIds", role("研发工程师").toString()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void anAdministratorKeepsTheirOwnAdministratorRole() throws Exception {
		User self = user("admin");
		mvc.perform(post("/admin/users/" + self.getId()).with(csrf()).with(admin)
			.param("displayName", self.getDisplayName()).param("version", String.valueOf(self.getVersion())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("不能取消您自己的系统管理员角色")));
	}

	@Test
	void readersCannotChangeUsers() throws Exception {
		RequestPostProcessor manager = new TestUsers(userDetails).as("demo", "manager");
		mvc.perform(get("/admin/users/new").with(manager)).andExpect(status().isForbidden());
		mvc.perform(create(username(), manager)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users").with(csrf()).with(manager)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/" + user("sales").getId() + "/disable").with(csrf()).with(manager))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isForbidden());
	}

	@Test
	void unknownOrMalformedIdsAreNotFound() throws Exception {
		mvc.perform(get("/admin/users/99999999/edit").with(admin)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/users/abc/edit").with(admin)).andExpect(status().isNotFound());
		mvc.perform(post("/admin/users/99999999").with(csrf()).with(admin).param("displayName", ""))
			.andExpect(status().isNotFound());
		Long foreign = demo.call("demo2", () -> users.findByUsername("admin").orElseThrow().getId());
		mvc.perform(get("/admin/users/" + foreign + "/edit").with(admin)).andExpect(status().isNotFound());
		mvc.perform(post("/admin/users/" + foreign + "/disable").with(csrf()).with(admin))
			.andExpect(status().isNotFound());
	}

	@Test
	void anHtmxRequestForTheFormGetsOnlyTheEditor() throws Exception {
		mvc.perform(get("/admin/users/new").header("HX-Request", "true").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"user-form\"")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(post("/admin/users").header("HX-Request", "true").with(admin).with(csrf()).param("username", "x"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"user-form\"")));
	}

	@Test
	void theFormSpeaksEnglish() throws Exception {
		mvc.perform(get("/admin/users/new").with(admin).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New user")))
			.andExpect(content().string(containsString("Follow the browser")));
		mvc.perform(create(username()).header("Accept-Language", "en").param("mobile", "123"))
			.andExpect(content().string(containsString("Enter an 11-digit mainland China mobile number")));
	}

	static String username() {
		return "u" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
	}

	private String newUser() throws Exception {
		String username = username();
		mvc.perform(create(username)).andExpect(status().is3xxRedirection());
		return username;
	}

	private MockHttpServletRequestBuilder create(String username) {
		return create(username, admin);
	}

	private MockHttpServletRequestBuilder create(String username, RequestPostProcessor who) {
		return post("/admin/users").with(csrf()).with(who).param("username", username)
			.param("displayName", "测试" + username.substring(0, 4)).param("password", "initial-pass-1");
	}

	private MockHttpServletRequestBuilder update(User user, String displayName) {
		return post("/admin/users/" + user.getId()).with(csrf()).with(admin).param("displayName", displayName)
			.param("version", String.valueOf(user.getVersion()));
	}

	private User user(String username) {
		return demo.call("demo", () -> users.findByUsername(username).orElseThrow());
	}

	private Long department(String name) {
		return demo.call("demo", () -> departments.findAll().stream().filter(d -> d.getName().equals(name)).findFirst()
			.orElseThrow().getId());
	}

	private Long role(String name) {
		return demo.call("demo", () -> roles.findByName(name).orElseThrow().getId());
	}

	private AuditEntry lastAudit() {
		return demo.call("demo", () -> audit.findAll(Sort.by(Sort.Direction.DESC, "id")).get(0));
	}
}

package org.hutong.identity.department;

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

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.audit.AuditEntry;
import org.hutong.identity.audit.AuditEntryRepository;
import org.hutong.identity.user.UserRepository;
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
class DepartmentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	UserRepository users;

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
	void treePageHasTheLayoutAndIndentsSubDepartments() throws Exception {
		mvc.perform(get("/admin/departments").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"tabbar\"")))
			.andExpect(content().string(containsString("华中大区")))
			.andExpect(content().string(containsString("tree-indent-1")))
			.andExpect(content().string(containsString("李明")));
	}

	@Test
	void createsADepartmentUnderAParentAndAuditsIt() throws Exception {
		String name = unique("质量部");
		mvc.perform(save("/admin/departments", name, id("研发中心"), null))
			.andExpect(redirectedUrl("/admin/departments"));
		Department created = find(name);
		assertThat(created.getParentId()).isEqualTo(id("研发中心"));
		AuditEntry entry = lastAudit();
		assertThat(entry.getAction()).isEqualTo("DEPARTMENT_CREATED");
		assertThat(entry.getTarget()).isEqualTo(name);
		assertThat(entry.getDetail()).contains("parent=研发中心");
	}

	@Test
	void emptyOrOverlongNameIsShownNextToTheField() throws Exception {
		mvc.perform(save("/admin/departments", "  ", null, null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("field invalid")))
			.andExpect(content().string(containsString("请填写此项")));
		mvc.perform(save("/admin/departments", "部".repeat(51), null, null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("不能超过 50 个字符")));
	}

	@Test
	void siblingsCannotShareAName() throws Exception {
		mvc.perform(save("/admin/departments", "华中大区", id("销售部"), null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("同一上级下已有同名部门")));
	}

	@Test
	void aDepartmentCannotMoveUnderItsOwnDescendant() throws Exception {
		String name = unique("上级");
		mvc.perform(save("/admin/departments", name, null, null)).andExpect(status().is3xxRedirection());
		String child = unique("下级");
		mvc.perform(save("/admin/departments", child, find(name).getId(), null)).andExpect(status().is3xxRedirection());
		Department parent = find(name);
		mvc.perform(save("/admin/departments/" + parent.getId(), name, find(child).getId(), parent.getVersion()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("不能把部门移到它自己或它的下级部门之下")));
		mvc.perform(save("/admin/departments/" + parent.getId(), name, parent.getId(), parent.getVersion()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aStaleVersionGivesAConflictMessageInsteadOfOverwriting() throws Exception {
		String name = unique("临时");
		mvc.perform(save("/admin/departments", name, null, null)).andExpect(status().is3xxRedirection());
		Department department = find(name);
		mvc.perform(save("/admin/departments/" + department.getId(), name + "一", null, department.getVersion()))
			.andExpect(redirectedUrl("/admin/departments"));
		mvc.perform(save("/admin/departments/" + department.getId(), name + "二", null, department.getVersion()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("其他人刚刚修改了这条记录")));
		assertThat(demo.call("demo", () -> departments.findById(department.getId()).orElseThrow().getName()))
			.isEqualTo(name + "一");
	}

	@Test
	void deletesOnlyEmptyDepartments() throws Exception {
		mvc.perform(post("/admin/departments/" + id("销售部") + "/delete").with(csrf()).with(admin))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该部门下还有下级部门")));
		mvc.perform(post("/admin/departments/" + id("财务部") + "/delete").with(csrf()).with(admin))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该部门还有成员")));
		String name = unique("空部门");
		mvc.perform(save("/admin/departments", name, null, null)).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/departments/" + find(name).getId() + "/delete").with(csrf()).with(admin))
			.andExpect(redirectedUrl("/admin/departments"));
		assertThat(demo.call("demo", () -> departments.findAll().stream().noneMatch(d -> d.getName().equals(name))))
			.isTrue();
		assertThat(lastAudit().getAction()).isEqualTo("DEPARTMENT_DELETED");
	}

	@Test
	void idsOfAnotherEnterpriseOrGarbageAreRejectedNotStored() throws Exception {
		Long foreignUser = demo.call("demo2", () -> users.findByUsername("admin").orElseThrow().getId());
		Long foreignDepartment = demo.call("demo2",
				() -> departments.save(new Department(unique("外部"), null, null, 1)).getId());
		mvc.perform(save("/admin/departments", unique("甲"), foreignDepartment, null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("所选项不存在")));
		mvc.perform(save("/admin/departments", unique("乙"), null, null).param("leaderId", foreignUser.toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("所选项不存在")));
		mvc.perform(save("/admin/departments", unique("丙"), null, null).param("parentId", "abc").param("sortOrder", "x"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("class=\"field-error\"")));
	}

	@Test
	void unknownOrMalformedIdsAreNotFound() throws Exception {
		mvc.perform(get("/admin/departments/99999999/edit").with(admin)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/departments/abc/edit").with(admin)).andExpect(status().isNotFound());
		mvc.perform(post("/admin/departments/99999999/delete").with(csrf()).with(admin)).andExpect(status().isNotFound());
		Long foreign = demo.call("demo2", () -> departments.save(new Department(unique("外"), null, null, 1)).getId());
		mvc.perform(get("/admin/departments/" + foreign + "/edit").with(admin)).andExpect(status().isNotFound());
	}

	@Test
	void readersMayLookButNotChange() throws Exception {
		RequestPostProcessor manager = new TestUsers(userDetails).as("demo", "manager");
		mvc.perform(get("/admin/departments").with(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/admin/departments/new"))));
		mvc.perform(get("/admin/departments/new").with(manager)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/departments").with(csrf()).with(manager).param("name", unique("禁")).param("sortOrder", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/departments").with(new TestUsers(userDetails).as("demo", "sales")))
			.andExpect(status().isForbidden());
	}

	@Test
	void speaksEnglish() throws Exception {
		mvc.perform(get("/admin/departments/new").with(admin).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New department")));
		mvc.perform(save("/admin/departments", "", null, null).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("This field is required")));
	}

	private MockHttpServletRequestBuilder save(String url, String name, Long parentId, Long version) {
		MockHttpServletRequestBuilder request = post(url).with(csrf()).with(admin).param("name", name).param("sortOrder", "5");
		if (parentId != null) {
			request.param("parentId", parentId.toString());
		}
		if (version != null) {
			request.param("version", version.toString());
		}
		return request;
	}

	private Long id(String name) {
		return find(name).getId();
	}

	private Department find(String name) {
		return demo.call("demo",
				() -> departments.findAll().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow());
	}

	private AuditEntry lastAudit() {
		return demo.call("demo", () -> audit.findAll(Sort.by(Sort.Direction.DESC, "id")).get(0));
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}
}

package org.hutong.projects.project;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.PhaseEntered;
import org.hutong.projects.ProjectCreated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code /api/v1/projects}: create with the lifecycle copied, refusals by field, If-Match, members,
 * shares and who sees a project — member, department scope, share, nobody else, no other enterprise.
 */
@HutongTest
@RecordApplicationEvents
class ProjectApiTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	ProjectFixtures projects;

	@BeforeEach
	void setUp() {
		projects = new ProjectFixtures(mvc, userDetails, tokens, jdbc);
	}

	@Test
	void aProjectIsCreatedWithItsCodeItsLifecycleCopiedAndItsFirstPhaseEntered() throws Exception {
		String rd = projects.token("rd");
		LocalDate start = LocalDate.now();
		String body = """
				{"name": "接口新建的项目", "typeId": %d, "managerId": %d, "departmentId": %d, "priority": "HIGH",
				 "plannedStart": "%s", "plannedEnd": "%s", "description": "样机"}
				""".formatted(projects.type("NEW_PRODUCT"), projects.user("rd"), projects.department("电气设计室"), start,
				start.plusDays(99));
		String created = mvc.perform(post("/api/v1/projects").header("Authorization", rd)
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.row.code").value(startsWith("XM-" + start.getYear() + "-")))
			.andExpect(jsonPath("$.row.phase").value("立项"))
			.andExpect(jsonPath("$.row.status").value("ACTIVE"))
			.andExpect(jsonPath("$.row.nextGate").value(start.plusDays(9).toString()))
			.andExpect(jsonPath("$.members[0].role").value("LEAD"))
			.andExpect(jsonPath("$.phases.phases.length()").value(7))
			.andExpect(jsonPath("$.mayWrite").value(true))
			.andReturn().getResponse().getHeader("Location");

		mvc.perform(get(created + "/phases").header("Authorization", rd)).andExpect(status().isOk())
			.andExpect(jsonPath("$.phases[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$.phases[0].actualStart").value(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()))
			.andExpect(jsonPath("$.phases[0].deliverables[0]").value("立项报告"))
			.andExpect(jsonPath("$.phases[6].name").value("结项"))
			.andExpect(jsonPath("$.phases[6].plannedEnd").value(start.plusDays(99).toString()));
		mvc.perform(get(created + "/members").header("Authorization", rd)).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("张伟"));

		long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
		long tenant = new org.hutong.TestUsers(userDetails).load("demo", "rd").tenantId();
		org.assertj.core.api.Assertions.assertThat(events.stream(ProjectCreated.class).filter(e -> e.projectId() == id))
			.singleElement().satisfies(e -> {
				org.assertj.core.api.Assertions.assertThat(e.tenantId()).isEqualTo(tenant);
				org.assertj.core.api.Assertions.assertThat(e.managerId()).isEqualTo(projects.user("rd"));
			});
		org.assertj.core.api.Assertions.assertThat(events.stream(PhaseEntered.class).filter(e -> e.projectId() == id))
			.singleElement().satisfies(e -> {
				org.assertj.core.api.Assertions.assertThat(e.tenantId()).isEqualTo(tenant);
				org.assertj.core.api.Assertions.assertThat(e.name()).isEqualTo("立项");
				org.assertj.core.api.Assertions.assertThat(e.plannedEnd()).isEqualTo(start.plusDays(9));
			});
	}

	@Test
	void aTemplateChangedLaterMovesNoRunningProject() throws Exception {
		String rd = projects.token("rd");
		String created = projects.create("rd", "电气设计室", "快照");
		String phase = "SELECT p.id FROM projects_template_phase p JOIN projects_template t ON t.id = p.template_id "
				+ "JOIN tenancy_tenant e ON e.id = t.tenant_id WHERE e.code = 'demo' AND t.code = 'STANDARD' AND p.position = 2";
		long templatePhase = jdbc.sql(phase).query(Long.class).single();
		jdbc.sql("UPDATE projects_template_phase SET name = '方案评审（新）', duration_share = 40 WHERE id = :id")
			.param("id", templatePhase).update();
		try {
			mvc.perform(get(created + "/phases").header("Authorization", rd)).andExpect(status().isOk())
				.andExpect(jsonPath("$.phases[1].name").value("方案评审"))
				.andExpect(jsonPath("$.phases[1].plannedEnd").value(LocalDate.now().plusDays(19).toString()));
			String later = projects.create("rd", "电气设计室", "快照之后");
			mvc.perform(get(later + "/phases").header("Authorization", rd)).andExpect(status().isOk())
				.andExpect(jsonPath("$.phases[1].name").value("方案评审（新）"));
		}
		finally {
			jdbc.sql("UPDATE projects_template_phase SET name = '方案评审', duration_share = 10 WHERE id = :id")
				.param("id", templatePhase).update();
		}
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
		String rd = projects.token("rd");
		long before = count();
		mvc.perform(post("/api/v1/projects").header("Authorization", rd).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "", "typeId": %d, "managerId": 999999, "plannedStart": "2026-05-01", "plannedEnd": "2026-04-01",
				 "fundedAmount": 1.234, "contractId": 999999}
				""".formatted(projects.type("NEW_PRODUCT"))))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("problem+json")))
			.andExpect(jsonPath("$.errors.name").exists())
			.andExpect(jsonPath("$.errors.fundedAmount").exists());
		mvc.perform(post("/api/v1/projects").header("Authorization", rd).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "年份", "typeId": %d, "managerId": 999999, "plannedStart": "2026-05-01", "plannedEnd": "2026-04-01",
				 "contractId": 999999, "fundedAmount": 100}
				""".formatted(projects.type("NEW_PRODUCT"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.managerId").exists())
			.andExpect(jsonPath("$.errors.plannedEnd").exists())
			.andExpect(jsonPath("$.errors.contractId").exists())
			.andExpect(jsonPath("$.errors.fundedAmount").exists());
		mvc.perform(post("/api/v1/projects").header("Authorization", rd).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "九九九九", "typeId": %d, "managerId": %d, "plannedStart": "0001-01-01", "plannedEnd": "9999-12-31"}
				""".formatted(projects.type("RESEARCH"), projects.user("rd"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.plannedStart").exists())
			.andExpect(jsonPath("$.errors.plannedEnd").exists());
		mvc.perform(post("/api/v1/projects").header("Authorization", projects.token("sales")).contentType(MediaType.APPLICATION_JSON)
			.content(valid("无权", "sales"))).andExpect(status().isForbidden());
		org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(before);
	}

	@Test
	void anUpdateNeedsTheCurrentVersionAndAResearchTopicKeepsItsGrant() throws Exception {
		String rd = projects.token("rd");
		String created = projects.create("rd", "电气设计室", "课题前身");
		String body = """
				{"name": "配网自愈课题", "typeId": %d, "managerId": %d, "departmentId": %d, "plannedStart": "%s",
				 "plannedEnd": "%s", "status": "PAUSED", "fundingSource": "省科技厅", "grantNumber": "HN-2026-01",
				 "fundedAmount": 500000}
				""".formatted(projects.type("RESEARCH"), projects.user("rd"), projects.department("电气设计室"),
				LocalDate.now(), LocalDate.now().plusDays(50));
		mvc.perform(put(created).header("Authorization", rd).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.row.status").value("PAUSED"))
			.andExpect(jsonPath("$.funding.grantNumber").value("HN-2026-01"))
			.andExpect(jsonPath("$.funding.amount").value(500000.0))
			// the lifecycle stays the one copied at creation
			.andExpect(jsonPath("$.phases.phases[6].plannedEnd").value(LocalDate.now().plusDays(99).toString()));
		mvc.perform(put(created).header("Authorization", rd).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());
		mvc.perform(put(created).header("Authorization", rd).contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("PAUSED", "KILLED"))).andExpect(status().isOk());
		mvc.perform(put(created).header("Authorization", rd).contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("PAUSED", "ACTIVE"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.status").exists());
	}

	@Test
	void membersSeeTheProjectOthersOnlyByDepartmentScopeOrShareAndAnotherEnterpriseNever() throws Exception {
		String name = "可见性 " + ThreadLocalRandom.current().nextInt(1_000_000);
		// admin's project in 结构设计室: rd's scope (电气设计室) does not cover it
		String outside = projects.create("admin", "结构设计室", name);
		String rd = projects.token("rd");
		String sales = projects.token("sales");
		String sales2 = projects.token("sales2");
		mvc.perform(get(outside).header("Authorization", rd)).andExpect(status().isNotFound());
		mvc.perform(get(outside).header("Authorization", sales)).andExpect(status().isNotFound());
		mvc.perform(get(outside).header("Authorization", projects.token("finance"))).andExpect(status().isOk());
		mvc.perform(get(outside).header("Authorization", projects.token("demo2", "admin"))).andExpect(status().isNotFound());
		assertListed(rd, name, false);

		String admin = projects.token("admin");
		member(outside, admin, "sales", "MEMBER");
		mvc.perform(get(outside).header("Authorization", sales)).andExpect(status().isOk())
			.andExpect(jsonPath("$.mayWrite").value(false));
		assertListed(sales, name, true);
		mvc.perform(put(outside).header("Authorization", sales).contentType(MediaType.APPLICATION_JSON)
			.content(valid("改名", "admin"))).andExpect(status().isForbidden());
		mvc.perform(delete(outside + "/members/" + projects.user("sales")).header("Authorization", admin))
			.andExpect(status().isNoContent());
		mvc.perform(get(outside).header("Authorization", sales)).andExpect(status().isNotFound());
		mvc.perform(delete(outside + "/members/" + projects.user("admin")).header("Authorization", admin))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.userId").exists());

		mvc.perform(post(outside + "/shares").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\": %d, \"access\": \"READ\"}".formatted(projects.user("sales2"))))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].access").value("READ"));
		mvc.perform(get(outside).header("Authorization", sales2)).andExpect(status().isOk())
			.andExpect(jsonPath("$.mayWrite").value(false));
		assertListed(sales2, name, true);
		mvc.perform(delete(outside + "/shares/" + projects.user("sales2")).header("Authorization", admin))
			.andExpect(status().isNoContent());
		mvc.perform(get(outside).header("Authorization", sales2)).andExpect(status().isNotFound());

		// in rd's department: rd sees it by scope, in 部门项目, but may not change it without projects.manage
		String inside = projects.create("admin", "电气设计室", name + " 电气");
		mvc.perform(get(inside).header("Authorization", rd)).andExpect(status().isOk())
			.andExpect(jsonPath("$.mayWrite").value(false));
		mvc.perform(get("/api/v1/projects").param("scope", "DEPARTMENT").param("limit", "200").header("Authorization", rd))
			.andExpect(jsonPath("$.items[*].name").value(hasItem(name + " 电气")));
		mvc.perform(get("/api/v1/projects").param("scope", "MINE").param("limit", "200").header("Authorization", rd))
			.andExpect(jsonPath("$.items[*].name").value(not(hasItem(name + " 电气"))));
		mvc.perform(post(inside + "/members").header("Authorization", rd).contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\": %d, \"role\": \"MEMBER\"}".formatted(projects.user("rd"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theListFollowsTheFiltersAndPagesByCursor() throws Exception {
		String rd = projects.token("rd");
		String first = mvc.perform(get("/api/v1/projects").param("scope", "ALL").param("limit", "2").header("Authorization", rd))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.total").isNumber()).andReturn().getResponse().getContentAsString();
		long next = ((Number) JsonPath.read(first, "$.next")).longValue();
		List<Integer> firstIds = JsonPath.read(first, "$.items[*].id");
		mvc.perform(get("/api/v1/projects").param("scope", "ALL").param("limit", "2").param("before", String.valueOf(next))
			.header("Authorization", rd)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(org.hamcrest.Matchers.lessThan(firstIds.get(1))))
			.andExpect(jsonPath("$.total").doesNotExist());
		mvc.perform(get("/api/v1/projects").param("scope", "ALL").param("status", "PAUSED").param("limit", "200")
			.header("Authorization", projects.token("admin"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].status").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("PAUSED"))));
		mvc.perform(get("/api/v1/projects").param("scope", "ALL").param("phase", "型式试验").param("limit", "200")
			.header("Authorization", projects.token("admin"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].phase").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("型式试验"))));
	}

	@Test
	void theLifecycleTemplatesAreListedWithTheirPhasesAndGates() throws Exception {
		String rd = projects.token("rd");
		String list = mvc.perform(get("/api/v1/lifecycle-templates").header("Authorization", rd)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].code").value("STANDARD"))
			.andExpect(jsonPath("$.items[0].phases[*].name").value(org.hamcrest.Matchers.contains("立项", "方案评审", "设计开发",
					"样机试制", "型式试验", "验收", "结项")))
			.andExpect(jsonPath("$.items[1].phases[*].name").value(org.hamcrest.Matchers.contains("立项", "设计开发", "验收", "结项")))
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(list, "$.items[0].id");
		mvc.perform(get("/api/v1/lifecycle-templates/" + id).header("Authorization", rd)).andExpect(status().isOk())
			.andExpect(jsonPath("$.phases[1].gate.mustMeet[0].label").value("方案满足技术规范"))
			.andExpect(jsonPath("$.phases[1].gate.shouldMeet[1].weight").value(3))
			.andExpect(jsonPath("$.phases[1].gate.gatekeeperRoleId").isNumber());
		mvc.perform(get("/api/v1/lifecycle-templates/" + id).header("Authorization", projects.token("demo2", "admin")))
			.andExpect(status().isNotFound());
	}

	private void member(String project, String token, String username, String role) throws Exception {
		mvc.perform(post(project + "/members").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\": %d, \"role\": \"%s\"}".formatted(projects.user(username), role)))
			.andExpect(status().isOk());
	}

	private void assertListed(String token, String name, boolean listed) throws Exception {
		MockHttpServletRequestBuilder all = get("/api/v1/projects").param("scope", "ALL").param("limit", "200")
			.header("Authorization", token);
		mvc.perform(all).andExpect(status().isOk()).andExpect(jsonPath("$.items[*].name")
			.value(listed ? hasItem(name) : not(hasItem(name))));
	}

	private String valid(String name, String manager) {
		return """
				{"name": "%s", "typeId": %d, "managerId": %d, "plannedStart": "%s", "plannedEnd": "%s"}
				""".formatted(name, projects.type("CUSTOM"), projects.user(manager), LocalDate.now(), LocalDate.now().plusDays(9));
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM projects_project").query(Long.class).single();
	}
}

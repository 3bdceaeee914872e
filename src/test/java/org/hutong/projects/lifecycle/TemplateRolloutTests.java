package org.hutong.projects.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.project.ProjectStages;
import org.hutong.projects.task.TaskFixtures;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A changed template applied to running projects: the preview says per project what would change;
 * applying renames and adds later phases and their deliverables, leaves the done phase and the
 * current phase's progress alone, refuses only the project whose removed phase has a task, and leaves
 * a project on another template untouched; a template changed since the preview is a conflict.
 */
@HutongTest
class TemplateRolloutTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProjectStages stages;

	TemplateFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new TemplateFixtures(mvc, new TaskFixtures(mvc, userDetails, tokens, jdbc), jdbc);
	}

	@Test
	void applyingChangesLaterPhasesOnlyAndRefusesTheProjectWhosePhaseInUseWouldGo() throws Exception {
		long template = fixtures.template("应用模板");
		long other = fixtures.template("别的模板");
		long moving = fixtures.project("应用-进行中", template);
		long busy = fixtures.project("应用-结项有任务", template);
		long elsewhere = fixtures.project("应用-别的模板", other);
		long tenant = fixtures.tenant();
		LocalDate today = LocalDate.now(EnterpriseZone.DEFAULT);
		TenantContext.callAs(tenant, () -> stages.pass(tenant, moving, today));
		List<TemplateFixtures.PhaseRow> before = fixtures.phases(moving);
		long closing = fixtures.phases(busy).get(3).id();
		fixtures.tasks().task(busy, "结项任务", "\"phaseId\": %d".formatted(closing));
		List<TemplateFixtures.PhaseRow> elsewhereBefore = fixtures.phases(elsewhere);

		List<Long> ids = fixtures.phaseIds(template);
		long version = fixtures.version(template);
		// 立项 gains a deliverable (done in one project: stays), 设计 gains one (current: taken), 试验 is new,
		// 验收 becomes 用户验收 with one more deliverable, 结项 goes
		String changed = """
				{"name": "应用模板（改）", "phases": [
				 {"id": %d, "name": "立项", "durationShare": 10, "deliverables": [{"name": "立项报告"}, {"name": "可研报告"}],
				  "criteria": [{"kind": "MUST", "label": "需求明确"}]},
				 {"id": %d, "name": "设计", "durationShare": 40, "deliverables": [{"name": "图纸"}, {"name": "试验大纲"}],
				  "criteria": [{"kind": "SHOULD", "label": "可制造性", "weight": 3}]},
				 {"name": "试验", "durationShare": 20, "deliverables": [{"name": "试验报告"}]},
				 {"id": %d, "name": "用户验收", "durationShare": 30, "deliverables": [{"name": "验收报告"}, {"name": "用户意见"}]}]}
				""".formatted(ids.get(0), ids.get(1), ids.get(2));
		mvc.perform(put("/api/v1/lifecycle-templates/{id}", template).header("Authorization", fixtures.admin())
			.header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON).content(changed))
			.andExpect(status().isOk()).andExpect(jsonPath("$.phases.length()").value(4));
		assertThat(fixtures.phases(moving)).isEqualTo(before);
		long current = fixtures.version(template);

		String chosen = "{\"projectIds\": [%d, %d, %d]}".formatted(moving, busy, elsewhere);
		mvc.perform(post("/api/v1/lifecycle-templates/{id}/apply-preview", template).header("Authorization", fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON).content(chosen))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(current))
			.andExpect(jsonPath("$.items[0].plan.refusal").doesNotExist())
			.andExpect(jsonPath("$.items[0].plan.changes[?(@.change == 'KEPT_DONE')].name").value("立项"))
			.andExpect(jsonPath("$.items[0].plan.changes[?(@.change == 'CHANGED')].deliverablesAdded[0]").value("试验大纲"))
			.andExpect(jsonPath("$.items[0].plan.changes[?(@.change == 'RENAMED')].newName").value("用户验收"))
			.andExpect(jsonPath("$.items[0].plan.changes[?(@.change == 'ADDED')].name").value("试验"))
			.andExpect(jsonPath("$.items[0].plan.changes[?(@.change == 'REMOVED')].name").value("结项"))
			.andExpect(jsonPath("$.items[1].plan.refusedPhase").value("结项"))
			.andExpect(jsonPath("$.items[1].plan.refusal").value("tasks"))
			.andExpect(jsonPath("$.items[2].skipped").value("notFollowing"));

		mvc.perform(post("/api/v1/lifecycle-templates/{id}/apply", template).header("Authorization", fixtures.admin())
			.header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON).content(chosen))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/lifecycle-templates/{id}/apply", template).header("Authorization", fixtures.admin())
			.header("If-Match", "\"" + current + "\"").contentType(MediaType.APPLICATION_JSON).content(chosen))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].result").value("APPLIED"))
			.andExpect(jsonPath("$.items[1].result").value("REFUSED"))
			.andExpect(jsonPath("$.items[1].reason").value("tasks"))
			.andExpect(jsonPath("$.items[2].result").value("SKIPPED"));

		List<TemplateFixtures.PhaseRow> after = fixtures.phases(moving);
		assertThat(after).extracting(TemplateFixtures.PhaseRow::name).containsExactly("立项", "设计", "试验", "用户验收");
		assertThat(after).extracting(TemplateFixtures.PhaseRow::status).containsExactly("DONE", "ACTIVE", "PLANNED", "PLANNED");
		assertThat(after.get(0)).isEqualTo(before.get(0));
		assertThat(after.get(1).actualStart()).isEqualTo(before.get(1).actualStart());
		assertThat(after.get(3).id()).isEqualTo(before.get(2).id());
		assertThat(fixtures.requirements(after.get(0).id())).containsExactly("立项报告");
		assertThat(fixtures.requirements(after.get(1).id())).containsExactly("图纸", "试验大纲");
		assertThat(fixtures.requirements(after.get(3).id())).containsExactly("验收报告", "用户意见");
		assertThat(fixtures.deliverables(moving)).contains("试验大纲", "试验报告", "用户意见").doesNotContain("结项报告", "可研报告");
		assertThat(fixtures.phases(busy)).extracting(TemplateFixtures.PhaseRow::name).containsExactly("立项", "设计", "验收", "结项");
		assertThat(fixtures.phases(elsewhere)).isEqualTo(elsewhereBefore);

		mvc.perform(post("/api/v1/lifecycle-templates/{id}/apply", template).header("Authorization", fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"projectIds\": [%d]}".formatted(moving)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items[0].result").value("UNCHANGED"));
		mvc.perform(get("/projects/{id}", moving).with(new TestUsers(userDetails).as("demo", "admin")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("用户验收")));
	}

	@Test
	void thePagesPreviewAndApplyAndAMemberWithoutTheSettingsMayNot() throws Exception {
		long template = fixtures.template("页面应用");
		long project = fixtures.project("页面应用项目", template);
		long phase = fixtures.phaseIds(template).get(2);
		var admin = new TestUsers(userDetails).as("demo", "admin");
		mvc.perform(post("/projects/templates/{id}/phases/{phase}/deliverables", template, phase).with(admin).with(csrf())
			.param("name", "验收照片").param("version", String.valueOf(fixtures.version(template))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/projects/templates/{id}/apply", template).with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("页面应用项目")));
		mvc.perform(post("/projects/templates/{id}/apply/preview", template).with(admin).with(csrf())
			.param("projectId", String.valueOf(project)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("新增交付物：验收照片")));
		mvc.perform(post("/projects/templates/{id}/apply", template).with(admin).with(csrf())
			.param("projectId", String.valueOf(project)).param("version", String.valueOf(fixtures.version(template))))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.requirements(fixtures.phases(project).get(2).id())).containsExactly("验收报告", "验收照片");
		var rd = new TestUsers(userDetails).as("demo", "rd");
		mvc.perform(get("/projects/templates/{id}/apply", template).with(rd)).andExpect(status().isForbidden());
		mvc.perform(post("/projects/templates/{id}/apply", template).with(rd).with(csrf())
			.param("projectId", String.valueOf(project))).andExpect(status().isForbidden());
	}

	@Test
	void aPausedProjectTakesTheTemplateAndADroppedDeliverableWithAVersionStaysAsAFreeOne() throws Exception {
		long template = fixtures.template("暂停应用");
		long project = fixtures.project("暂停应用项目", template);
		jdbc.sql("UPDATE projects_project SET status = 'PAUSED' WHERE id = :p").param("p", project).update();
		// 验收报告 already holds a version (the row says so: the files are not what this test is about)
		jdbc.sql("UPDATE projects_deliverable SET versions = 1 WHERE project_id = :p AND name = '验收报告'").param("p", project)
			.update();
		List<Long> ids = fixtures.phaseIds(template);
		String changed = """
				{"name": "暂停应用", "phases": [
				 {"id": %d, "name": "立项", "durationShare": 10, "deliverables": [{"name": "立项报告"}]},
				 {"id": %d, "name": "设计", "durationShare": 40, "deliverables": [{"name": "图纸"}]},
				 {"id": %d, "name": "验收", "durationShare": 40, "deliverables": [{"name": "验收记录"}]},
				 {"id": %d, "name": "结项", "durationShare": 10, "deliverables": []}]}
				""".formatted(ids.get(0), ids.get(1), ids.get(2), ids.get(3));
		mvc.perform(put("/api/v1/lifecycle-templates/{id}", template).header("Authorization", fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON).content(changed)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/lifecycle-templates/{id}/apply", template).header("Authorization", fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"projectIds\": [%d]}".formatted(project)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items[0].result").value("APPLIED"));
		List<TemplateFixtures.PhaseRow> phases = fixtures.phases(project);
		assertThat(fixtures.requirements(phases.get(2).id())).containsExactly("验收记录");
		assertThat(fixtures.requirements(phases.get(3).id())).isEmpty();
		assertThat(jdbc.sql("SELECT phase_deliverable_id IS NULL FROM projects_deliverable WHERE project_id = :p AND name = '验收报告'")
			.param("p", project).query(Boolean.class).single()).isTrue();
		assertThat(fixtures.deliverables(project)).contains("验收记录", "验收报告").doesNotContain("结项报告");
	}
}

package org.hutong.projects.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.task.TaskFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The template editor: admin creates a template (empty or a copy) and edits it a step at a time —
 * phases added, renamed, moved and removed, deliverables with a template file, gatekeepers, criteria;
 * refusals answer 422 with the reason by the field, a stale version 409, someone without the
 * projects settings 403. The API takes the template whole and refuses by the field path.
 */
@HutongTest
class TemplateEditorPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	TemplateFixtures fixtures;

	RequestPostProcessor admin;

	@BeforeEach
	void setUp() {
		fixtures = new TemplateFixtures(mvc, new TaskFixtures(mvc, userDetails, tokens, jdbc), jdbc);
		admin = new TestUsers(userDetails).as("demo", "admin");
	}

	@Test
	void adminCreatesATemplateAndEditsItStepByStep() throws Exception {
		mvc.perform(get("/projects/templates/new").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"firstPhase\"")));
		mvc.perform(post("/projects/templates").with(admin).with(csrf()).param("name", " ").param("firstPhase", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请填写模板名称")))
			.andExpect(content().string(containsString("请填写阶段名称")));
		String location = mvc.perform(post("/projects/templates").with(admin).with(csrf()).param("name", "编辑器模板")
			.param("firstPhase", "立项"))
			.andExpect(status().is3xxRedirection()).andExpect(header().string("Location", startsWith("/projects/templates/")))
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(location.replaceAll("\\D+", " ").trim().split(" ")[0]);
		mvc.perform(get(location).with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("1. 立项")));

		step(post("/projects/templates/{id}/phases", id).param("name", "立项").param("durationShare", "20"), id)
			.andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("模板中已有同名阶段")));
		step(post("/projects/templates/{id}/phases", id).param("name", "设计").param("durationShare", "0"), id)
			.andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("工期占比须为 1 到 100")));
		step(post("/projects/templates/{id}/phases", id).param("name", "设计").param("durationShare", "60"), id)
			.andExpect(status().is3xxRedirection());
		long design = fixtures.phaseIds(id).get(1);
		step(post("/projects/templates/{id}/phases/{p}/move", id, design).param("by", "-1"), id)
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.phaseIds(id).get(0)).isEqualTo(design);
		step(post("/projects/templates/{id}/phases/{p}/criteria", id, design).param("kind", "SHOULD").param("label", "成本")
			.param("weight", "101"), id)
			.andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("权重须为 1 到 100")));
		step(post("/projects/templates/{id}/phases/{p}/criteria", id, design).param("kind", "SHOULD").param("label", "成本")
			.param("weight", "40"), id).andExpect(status().is3xxRedirection());
		step(post("/projects/templates/{id}/phases/{p}/gatekeepers", id, design)
			.param("userId", String.valueOf(fixtures.tasks().user("manager"))), id).andExpect(status().is3xxRedirection());
		long version = fixtures.version(id);
		mvc.perform(multipart("/projects/templates/{id}/phases/{p}/deliverables", id, design)
			.file(new MockMultipartFile("file", "设计方案模板.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
			.param("name", "设计方案").param("version", String.valueOf(version)).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String json = fixtures.json(id);
		assertThat(json).contains("\"name\":\"设计\"", "成本", "设计方案", "\"hasFile\":true");
		long deliverable = ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.phases[0].required[0].id")).longValue();
		mvc.perform(get("/projects/templates/{id}/deliverables/{d}/file", id, deliverable).with(new TestUsers(userDetails)
			.as("demo", "rd"))).andExpect(status().isOk());

		mvc.perform(post("/projects/templates/{id}/name", id).with(admin).with(csrf()).param("name", "改名了")
			.param("version", String.valueOf(version))).andExpect(status().isConflict());
		step(post("/projects/templates/{id}/name", id).param("name", "").param("description", ""), id)
			.andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("请填写模板名称")));
		step(post("/projects/templates/{id}/phases/{p}/remove", id, design), id).andExpect(status().is3xxRedirection());
		long last = fixtures.phaseIds(id).get(0);
		step(post("/projects/templates/{id}/phases/{p}/remove", id, last), id)
			.andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("模板至少要有一个阶段")));

		String copy = mvc.perform(post("/projects/templates").with(admin).with(csrf()).param("name", "编辑器模板副本")
			.param("copyFrom", String.valueOf(id))).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get(copy).with(admin)).andExpect(status().isOk()).andExpect(content().string(containsString("1. 立项")));
	}

	@Test
	void someoneWithoutTheProjectsSettingsMayReadButNotEdit() throws Exception {
		long id = fixtures.template("只读模板");
		var rd = new TestUsers(userDetails).as("demo", "rd");
		mvc.perform(get("/projects/templates/{id}", id).with(rd)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/edit"))));
		mvc.perform(get("/projects/templates/{id}/edit", id).with(rd)).andExpect(status().isForbidden());
		mvc.perform(get("/projects/templates/new").with(rd)).andExpect(status().isForbidden());
		mvc.perform(post("/projects/templates/{id}/phases", id).with(rd).with(csrf()).param("name", "x")
			.param("durationShare", "5")).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/lifecycle-templates/{id}", id).header("Authorization", fixtures.tasks().token("rd"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"phases\": []}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiRefusesByTheFieldAndAStaleVersionIsAConflict() throws Exception {
		long id = fixtures.template("接口模板");
		String admin = fixtures.admin();
		mvc.perform(post("/api/v1/lifecycle-templates").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\", \"phases\": []}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("请填写模板名称"))
			.andExpect(jsonPath("$.errors.phases").value("模板至少要有一个阶段"));
		String bad = """
				{"name": "接口模板", "phases": [
				 {"name": "甲", "durationShare": 10, "criteria": [{"kind": "SHOULD", "label": "成本", "weight": 0}]},
				 {"name": "甲", "durationShare": 120, "deliverables": [{"name": " "}]}]}
				""";
		mvc.perform(put("/api/v1/lifecycle-templates/{id}", id).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON).content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['phases[0].criteria[0].weight']").value("权重须为 1 到 100 之间的整数"))
			.andExpect(jsonPath("$.errors['phases[1].name']").value("模板中已有同名阶段"))
			.andExpect(jsonPath("$.errors['phases[1].durationShare']").exists())
			.andExpect(jsonPath("$.errors['phases[1].deliverables[0].name']").exists());
		long version = fixtures.version(id);
		String good = "{\"name\": \"接口模板（新）\", \"phases\": [{\"name\": \"唯一阶段\", \"durationShare\": 100}]}";
		mvc.perform(put("/api/v1/lifecycle-templates/{id}", id).header("Authorization", admin).header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON).content(good)).andExpect(status().isOk())
			.andExpect(jsonPath("$.phases.length()").value(1));
		mvc.perform(put("/api/v1/lifecycle-templates/{id}", id).header("Authorization", admin).header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON).content(good))
			.andExpect(status().isConflict()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	private org.springframework.test.web.servlet.ResultActions step(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, long id) throws Exception {
		return mvc.perform(request.param("version", String.valueOf(fixtures.version(id))).with(admin).with(csrf()));
	}
}

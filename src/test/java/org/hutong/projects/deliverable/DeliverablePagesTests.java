package org.hutong.projects.deliverable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.files.TestImages;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.project.ProjectFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 交付物 on the project's page: the page loads the section; per phase the count of required ones
 * submitted; 张伟 uploads a version and the section shows it 已提交 with who, the note and a preview
 * link; a disguised file comes back 422 with the reason next to the field; the 观察者 reads without
 * the forms and is refused an upload; someone outside the project gets 404.
 */
@HutongTest
class DeliverablePagesTests {

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
	void aVersionUploadedShowsSubmittedWithWhoAndThePreview() throws Exception {
		long project = project("交付物页面项目");
		String page = "/projects/" + project;
		assertThat(html(get(page), "rd")).contains("hx-get=\"" + page + "/deliverables\"");
		long deliverable = firstRequired(project);
		String name = jdbc.sql("select name from projects_deliverable where id = :id").param("id", deliverable)
			.query(String.class).single();
		int required = jdbc.sql("select count(*) from projects_deliverable where project_id = :p and phase_id = "
				+ "(select phase_id from projects_deliverable where id = :id) and phase_deliverable_id is not null")
			.param("p", project).param("id", deliverable).query(Integer.class).single();
		String before = html(get(page + "/deliverables"), "rd");
		assertThat(before).contains(name).contains("待提交").contains("交付物 0/" + required).contains("上传文件")
			.contains("添加交付物").contains("accept=\".pdf,");

		mvc.perform(multipart(page + "/deliverables/" + deliverable + "/versions")
			.file(new MockMultipartFile("file", "立项报告.pdf", "application/pdf", DeliverableApiTests.PDF))
			.param("note", "评审稿").with(csrf()).with(as("rd")))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page + "#deliverable-" + deliverable));
		String after = html(get(page + "/deliverables"), "rd");
		assertThat(after).contains("已提交").contains("交付物 1/" + required).contains("第 1 版").contains("立项报告.pdf")
			.contains("评审稿").contains("张伟").contains("上传新版本")
			.contains("href=\"" + page + "/deliverables/" + deliverable + "/versions/1\"");
		mvc.perform(get(page + "/deliverables/" + deliverable + "/versions/1").with(as("finance")))
			.andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void aDisguisedFileIsRefusedNextToTheField() throws Exception {
		long project = project("交付物页面伪装项目");
		long deliverable = firstRequired(project);
		String refused = mvc.perform(multipart("/projects/" + project + "/deliverables/" + deliverable + "/versions")
			.file(new MockMultipartFile("file", "方案.pdf", "application/pdf", TestImages.png())).with(csrf()).with(as("rd")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("方案.pdf 的内容是 PNG，与文件扩展名不符").contains("field-error");
		String blank = mvc.perform(post("/projects/" + project + "/deliverables").param("name", "").param("phaseId", "")
			.with(csrf()).with(as("rd")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(blank).contains("请填写交付物名称").contains("请选择项目的一个阶段");
	}

	@Test
	void theObserverOnlyReadsAndAnOutsiderGetsNotFound() throws Exception {
		long project = project("交付物页面权限项目");
		long deliverable = firstRequired(project);
		String section = html(get("/projects/" + project + "/deliverables"), "finance");
		assertThat(section).contains("待提交").doesNotContain("上传文件").doesNotContain("添加交付物");
		mvc.perform(multipart("/projects/" + project + "/deliverables/" + deliverable + "/versions")
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", DeliverableApiTests.PDF)).with(csrf())
			.with(as("finance"))).andExpect(status().isForbidden());
		mvc.perform(get("/projects/" + project + "/deliverables").with(as("sales"))).andExpect(status().isNotFound());
		mvc.perform(multipart("/projects/" + project + "/deliverables/" + deliverable + "/versions")
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", DeliverableApiTests.PDF)).with(csrf())
			.with(as("sales"))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select versions from projects_deliverable where id = :id").param("id", deliverable)
			.query(Integer.class).single()).isZero();
	}

	private long project(String name) throws Exception {
		String location = projects.create("rd", "电气设计室", name);
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post("/api/v1/projects/{id}/members", id).header("Authorization", projects.token("rd"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\": %d, \"role\": \"OBSERVER\"}".formatted(projects.user("finance"))))
			.andExpect(status().isOk());
		return id;
	}

	/** The first required deliverable of the project's current phase. */
	private long firstRequired(long project) {
		return jdbc.sql("""
				select d.id from projects_deliverable d join projects_phase p on p.id = d.phase_id
				where d.project_id = :p and p.status = 'ACTIVE' and d.phase_deliverable_id is not null
				order by d.position, d.id""").param("p", project).query(Long.class).list().get(0);
	}

	private String html(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}

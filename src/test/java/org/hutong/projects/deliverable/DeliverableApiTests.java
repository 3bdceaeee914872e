package org.hutong.projects.deliverable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.files.TestImages;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.DeliverableVersionAdded;
import org.hutong.projects.project.ProjectFixtures;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/v1/projects/{id}/deliverables} and {@code /api/v1/deliverables/{id}}: a project's
 * required deliverables listed 待提交, a member's versions numbered with who and when and downloaded,
 * an observer and a reader by data scope refused (403), a non-member and another enterprise not
 * finding them (404), a disguised file refused on its field, a locked deliverable's version needing
 * a reason, a stale If-Match a conflict, and a free deliverable added to a phase.
 */
@HutongTest
@RecordApplicationEvents
class DeliverableApiTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeliverableLocks locks;

	@Autowired
	ApplicationEvents events;

	ProjectFixtures projects;

	@BeforeEach
	void setUp() {
		projects = new ProjectFixtures(mvc, userDetails, tokens, jdbc);
	}

	/** A project of rd's with sales2 as 成员 and finance as 观察者; answers its id. */
	private long project(String name) throws Exception {
		String location = projects.create("rd", "电气设计室", name);
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		join(id, "sales2", "MEMBER");
		join(id, "finance", "OBSERVER");
		return id;
	}

	private void join(long project, String user, String role) throws Exception {
		mvc.perform(post("/api/v1/projects/{id}/members", project).header("Authorization", projects.token("rd"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\": %d, \"role\": \"%s\"}".formatted(projects.user(user), role)))
			.andExpect(status().isOk());
	}

	/** The first required deliverable of the project's first phase. */
	private long firstRequired(long project) throws Exception {
		String body = mvc.perform(get("/api/v1/projects/{id}/deliverables", project).header("Authorization", projects.token("rd")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phases[0].deliverables[0].required").value(true))
			.andExpect(jsonPath("$.phases[0].deliverables[0].status").value("PENDING"))
			.andExpect(jsonPath("$.phases[0].submitted").value(0))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.phases[0].deliverables[0].id")).longValue();
	}

	private static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "application/octet-stream", bytes);
	}

	@Test
	void aMemberUploadsVersionsThatAreNumberedWithWhoAndWhenAndDownloaded() throws Exception {
		long project = project("交付物接口项目");
		long deliverable = firstRequired(project);
		String sales2 = projects.token("sales2");
		mvc.perform(multipart("/api/v1/deliverables/{id}/versions", deliverable).file(file("立项报告.pdf", PDF))
			.param("note", "初稿").header("Authorization", sales2))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/deliverables/" + deliverable + "/versions/1/content"))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.versions[0].number").value(1))
			.andExpect(jsonPath("$.versions[0].note").value("初稿"))
			.andExpect(jsonPath("$.versions[0].uploadedByName").value("陈磊"));
		mvc.perform(multipart("/api/v1/deliverables/{id}/versions", deliverable)
			.file(file("立项报告-图.png", TestImages.png())).header("Authorization", projects.token("rd")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.versions.length()").value(2))
			.andExpect(jsonPath("$.versions[0].number").value(2))
			.andExpect(jsonPath("$.versions[0].type").value("PNG"))
			.andExpect(jsonPath("$.versions[0].inline").value(true))
			.andExpect(jsonPath("$.versions[1].fileName").value("立项报告.pdf"));
		mvc.perform(get("/api/v1/deliverables/{id}/versions/1/content", deliverable).header("Authorization", sales2))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/api/v1/projects/{id}/deliverables", project).header("Authorization", sales2))
			.andExpect(jsonPath("$.phases[0].submitted").value(1));
		assertThat(events.stream(DeliverableVersionAdded.class).filter(e -> e.deliverableId() == deliverable))
			.extracting(DeliverableVersionAdded::number).containsExactly(1, 2);
	}

	@Test
	void observersReadersOutsidersAndOtherEnterprisesCannotUpload() throws Exception {
		long project = project("交付物权限项目");
		long deliverable = firstRequired(project);
		String finance = projects.token("finance");
		mvc.perform(get("/api/v1/deliverables/{id}", deliverable).header("Authorization", finance))
			.andExpect(status().isOk()).andExpect(jsonPath("$.mayUpload").value(false));
		mvc.perform(multipart("/api/v1/deliverables/{id}/versions", deliverable).file(file("a.pdf", PDF))
			.header("Authorization", finance)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/projects/{id}/deliverables", project).header("Authorization", finance)
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"phaseId\": 1}"))
			.andExpect(status().isForbidden());
		String sales = projects.token("sales");
		mvc.perform(get("/api/v1/deliverables/{id}", deliverable).header("Authorization", sales))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/api/v1/deliverables/{id}/versions", deliverable).file(file("a.pdf", PDF))
			.header("Authorization", sales)).andExpect(status().isNotFound());
		String other = projects.token("demo2", "admin");
		mvc.perform(get("/api/v1/projects/{id}/deliverables", project).header("Authorization", other))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/api/v1/deliverables/{id}/versions", deliverable).file(file("a.pdf", PDF))
			.header("Authorization", other)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/deliverables/{id}/versions/1/content", deliverable).header("Authorization", other))
			.andExpect(status().isNotFound());
		assertThat(versions(deliverable)).isZero();
	}

	@Test
	void aDisguisedFileIsRefusedOnItsField() throws Exception {
		long deliverable = firstRequired(project("交付物伪装项目"));
		mvc.perform(multipart("/api/v1/deliverables/{id}/versions", deliverable).file(file("方案.pdf", TestImages.png()))
			.header("Authorization", projects.token("sales2")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.file").value(containsString("方案.pdf")))
			.andExpect(jsonPath("$.errors.file").value(containsString("PNG")));
		mvc.perform(multipart("/api/v1/deliverables/{id}/versions", deliverable).param("note", "没有文件")
			.header("Authorization", projects.token("sales2")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.file").exists());
		assertThat(versions(deliverable)).isZero();
	}

	@Test
	void aLockedDeliverableNeedsAReasonAndKeepsIt() throws Exception {
		long project = project("交付物锁定项目");
		long deliverable = firstRequired(project);
		String sales2 = projects.token("sales2");
		mvc.perform(multipart("/api/v1/deliverables/{id}/versions", deliverable).file(file("v1.pdf", PDF))
			.header("Authorization", sales2)).andExpect(status().isCreated());
		long phase = jdbc.sql("select phase_id from projects_deliverable where id = :id").param("id", deliverable)
			.query(Long.class).single();
		long tenant = jdbc.sql("select tenant_id from projects_deliverable where id = :id").param("id", deliverable)
			.query(Long.class).single();
		assertThat(TenantContext.callAs(tenant, () -> locks.lockAccepted(project, phase))).isGreaterThanOrEqualTo(1);
		assertThat(TenantContext.callAs(tenant, () -> locks.lockAccepted(project, phase))).isZero();
		String etag = mvc.perform(get("/api/v1/deliverables/{id}", deliverable).header("Authorization", sales2))
			.andExpect(jsonPath("$.status").value("LOCKED"))
			.andExpect(jsonPath("$.lockedVersion").value(1))
			.andExpect(jsonPath("$.versions[0].accepted").value(true))
			.andReturn().getResponse().getHeader("ETag");

		mvc.perform(multipart("/api/v1/deliverables/{id}/versions", deliverable).file(file("v2.pdf", PDF))
			.header("Authorization", sales2))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reason").exists());
		mvc.perform(multipart("/api/v1/deliverables/{id}/versions", deliverable).file(file("v2.pdf", PDF))
			.param("reason", "型式试验整改").header("Authorization", sales2).header("If-Match", "\"99\""))
			.andExpect(status().isConflict());
		assertThat(versions(deliverable)).isEqualTo(1);
		mvc.perform(multipart("/api/v1/deliverables/{id}/versions", deliverable).file(file("v2.pdf", PDF))
			.param("reason", "型式试验整改").header("Authorization", sales2).header("If-Match", etag))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.versions[0].number").value(2))
			.andExpect(jsonPath("$.versions[0].reason").value("型式试验整改"))
			.andExpect(jsonPath("$.versions[0].accepted").value(false))
			.andExpect(jsonPath("$.versions[1].accepted").value(true))
			.andExpect(jsonPath("$.lockedVersion").value(1));
	}

	@Test
	void aFreeDeliverableIsAddedToAPhaseOfTheProject() throws Exception {
		long project = project("交付物新增项目");
		String rd = projects.token("rd");
		String body = mvc.perform(get("/api/v1/projects/{id}/deliverables", project).header("Authorization", rd))
			.andReturn().getResponse().getContentAsString();
		long phase = ((Number) JsonPath.read(body, "$.phases[1].phaseId")).longValue();
		mvc.perform(post("/api/v1/projects/{id}/deliverables", project).header("Authorization", projects.token("sales2"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"用户现场照片\", \"phaseId\": %d, \"description\": \"安装前后\"}".formatted(phase)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.required").value(false))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.phaseId").value(phase));
		mvc.perform(post("/api/v1/projects/{id}/deliverables", project).header("Authorization", rd)
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \" \", \"phaseId\": 999999999}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").exists())
			.andExpect(jsonPath("$.errors.phaseId").exists());
	}

	@Test
	void theRoutesAreInTheOpenApiSpec() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/projects/{id}/deliverables")))
			.andExpect(content().string(containsString("/api/v1/deliverables/{id}/versions/{number}/content")))
			.andExpect(content().string(containsString("Project deliverables")));
	}

	private long versions(long deliverable) {
		return jdbc.sql("select versions from projects_deliverable where id = :id").param("id", deliverable)
			.query(Long.class).single();
	}
}

package org.hutong.projects.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.files.TestImages;
import org.hutong.identity.token.ApiTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/v1/tasks/{id}/attachments}: a member attaches a PDF and a photo, listed with who, when
 * and how large, and downloaded as what they are; a disguised file, a program named {@code .pdf} and
 * one too large refused on the field; an observer reading but not attaching or deleting; another
 * member not deleting rd's file while the project's manager may; a stranger not finding any of it.
 */
@HutongTest
class TaskAttachmentApiTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	/** The first bytes of a Windows program. */
	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	TaskFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new TaskFixtures(mvc, userDetails, tokens, jdbc);
	}

	static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "application/octet-stream", bytes);
	}

	private long attach(long task, String user, String name, byte[] bytes) throws Exception {
		String body = mvc.perform(multipart("/api/v1/tasks/{id}/attachments", task).file(file(name, bytes))
			.header("Authorization", fixtures.token(user)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	void aMemberAttachesFilesThatAreListedDownloadedAndDeleted() throws Exception {
		long project = fixtures.project("附件接口项目");
		long task = fixtures.task(project, "样机振动测试", "");
		String rd = fixtures.token("rd");
		mvc.perform(multipart("/api/v1/tasks/{id}/attachments", task).file(file("振动测试报告.pdf", PDF))
			.header("Authorization", rd))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/tasks/" + task + "/attachments/")))
			.andExpect(jsonPath("$.fileName").value("振动测试报告.pdf"))
			.andExpect(jsonPath("$.type").value("PDF"))
			.andExpect(jsonPath("$.size").value(PDF.length))
			.andExpect(jsonPath("$.inline").value(true))
			.andExpect(jsonPath("$.uploadedByName").value(fixtures.name("rd")))
			.andExpect(jsonPath("$.uploadedAt").exists())
			.andExpect(jsonPath("$.mayDelete").value(true));
		long photo = attach(task, "rd", "现场照片.png", TestImages.png());

		mvc.perform(get("/api/v1/tasks/{id}/attachments", task).header("Authorization", rd))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mayUpload").value(true))
			.andExpect(jsonPath("$.attachments.length()").value(2))
			.andExpect(jsonPath("$.attachments[0].fileName").value("振动测试报告.pdf"))
			.andExpect(jsonPath("$.attachments[1].type").value("PNG"));
		long pdf = ((Number) JsonPath.read(mvc.perform(get("/api/v1/tasks/{id}/attachments", task).header("Authorization", rd))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.attachments[0].id")).longValue();
		mvc.perform(get("/api/v1/tasks/{id}/attachments/{aid}/download", task, pdf).header("Authorization", rd))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PDF));

		mvc.perform(delete("/api/v1/tasks/{id}/attachments/{aid}", task, photo).header("Authorization", rd))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/tasks/{id}/attachments/{aid}/download", task, photo).header("Authorization", rd))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/tasks/{id}/attachments/{aid}", task, photo).header("Authorization", rd))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/tasks/{id}/attachments", task).header("Authorization", rd))
			.andExpect(jsonPath("$.attachments.length()").value(1));
	}

	@Test
	void aDisguisedFileAProgramAndOneTooLargeAreRefusedOnTheField() throws Exception {
		long task = fixtures.task(fixtures.project("附件拒绝项目"), "外协件验收", "");
		String rd = fixtures.token("rd");
		mvc.perform(multipart("/api/v1/tasks/{id}/attachments", task).file(file("验收报告.pdf", TestImages.png()))
			.header("Authorization", rd))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.file").value(containsString("验收报告.pdf")))
			.andExpect(jsonPath("$.errors.file").value(containsString("与文件扩展名不符")));
		mvc.perform(multipart("/api/v1/tasks/{id}/attachments", task).file(file("说明书.pdf", EXE))
			.header("Authorization", rd))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.file").value(containsString("不是允许的文件类型")));
		byte[] large = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
		mvc.perform(multipart("/api/v1/tasks/{id}/attachments", task).file(file("扫描件.pdf", large))
			.header("Authorization", rd))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.file").value(containsString("超过 20 MB")));
		mvc.perform(multipart("/api/v1/tasks/{id}/attachments", task).header("Authorization", rd))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.file").value("请选择要上传的文件"));
		assertThat(count(task)).isZero();
	}

	@Test
	void anObserverReadsOnlyAndAnotherMemberLeavesRdsFileToTheManager() throws Exception {
		long project = fixtures.project("附件权限项目");
		fixtures.member("/api/v1/projects/" + project, "sales2", "MEMBER");
		long task = fixtures.task(project, "控制柜布线", "");
		long file = attach(task, "rd", "布线图.pdf", PDF);
		String sales = fixtures.token("sales");
		mvc.perform(get("/api/v1/tasks/{id}/attachments", task).header("Authorization", sales))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mayUpload").value(false))
			.andExpect(jsonPath("$.attachments[0].mayDelete").value(false));
		mvc.perform(get("/api/v1/tasks/{id}/attachments/{aid}/download", task, file).header("Authorization", sales))
			.andExpect(status().isOk());
		mvc.perform(multipart("/api/v1/tasks/{id}/attachments", task).file(file("观察.pdf", PDF))
			.header("Authorization", sales)).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/tasks/{id}/attachments/{aid}", task, file).header("Authorization", sales))
			.andExpect(status().isForbidden());

		String sales2 = fixtures.token("sales2");
		mvc.perform(get("/api/v1/tasks/{id}/attachments", task).header("Authorization", sales2))
			.andExpect(jsonPath("$.mayUpload").value(true))
			.andExpect(jsonPath("$.attachments[0].mayDelete").value(false));
		mvc.perform(delete("/api/v1/tasks/{id}/attachments/{aid}", task, file).header("Authorization", sales2))
			.andExpect(status().isForbidden());
		assertThat(count(task)).isOne();
		mvc.perform(delete("/api/v1/tasks/{id}/attachments/{aid}", task, file).header("Authorization", fixtures.token("admin")))
			.andExpect(status().isNoContent());
		assertThat(count(task)).isZero();
	}

	@Test
	void aStrangerFindsNothing() throws Exception {
		long task = fixtures.task(fixtures.project("附件外人项目"), "电机选型", "");
		long file = attach(task, "rd", "选型表.pdf", PDF);
		String sales2 = fixtures.token("sales2");
		mvc.perform(get("/api/v1/tasks/{id}/attachments", task).header("Authorization", sales2))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/tasks/{id}/attachments/{aid}/download", task, file).header("Authorization", sales2))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/api/v1/tasks/{id}/attachments", task).file(file("x.pdf", PDF))
			.header("Authorization", sales2)).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/tasks/{id}/attachments/{aid}", task, file).header("Authorization", sales2))
			.andExpect(status().isNotFound());
		long other = fixtures.task(fixtures.project("附件别的任务"), "别的任务", "");
		mvc.perform(get("/api/v1/tasks/{id}/attachments/{aid}/download", other, file).header("Authorization", fixtures.token("rd")))
			.andExpect(status().isNotFound());
		assertThat(count(task)).isOne();
	}

	private long count(long task) {
		return jdbc.sql("SELECT COUNT(*) FROM files_document WHERE subject_kind = 'task' AND subject_id = :id AND deleted_at IS NULL")
			.param("id", task).query(Long.class).single();
	}
}

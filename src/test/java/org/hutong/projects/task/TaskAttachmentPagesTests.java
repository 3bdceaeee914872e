package org.hutong.projects.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.files.TestImages;
import org.hutong.identity.token.ApiTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The task page's 附件: the count by the task's hours, a photo attached from the form and opened in
 * place, a disguised file refused by its field (422), a file deleted by its uploader, the form hidden
 * from an observer and refused to them, and a stranger seeing nothing.
 */
@HutongTest
class TaskAttachmentPagesTests {

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

	@Test
	void aMemberAttachesAPhotoSeesTheCountAndDeletesIt() throws Exception {
		long task = fixtures.task(fixtures.project("附件页项目"), "样机外观检查", "");
		assertThat(page(task, "rd")).contains("附件 0").contains("还没有附件").contains("id=\"task-attachment-form\"");

		mvc.perform(multipart("/projects/tasks/{id}/attachments", task)
			.file(TaskAttachmentApiTests.file("外观照片.png", TestImages.png())).with(csrf()).with(as("rd")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/projects/tasks/" + task + "#task-attachments"));
		String page = page(task, "rd");
		assertThat(page).contains("附件 1").contains("附件（1）").contains("外观照片.png").contains("PNG")
			.contains(fixtures.name("rd"));
		long id = jdbc.sql("SELECT id FROM files_document WHERE subject_kind = 'task' AND subject_id = :task")
			.param("task", task).query(Long.class).single();
		assertThat(page).contains("/projects/tasks/" + task + "/attachments/" + id);
		mvc.perform(get("/projects/tasks/{task}/attachments/{id}", task, id).with(as("rd")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));

		mvc.perform(post("/projects/tasks/{task}/attachments/{id}/delete", task, id).with(csrf()).with(as("rd")))
			.andExpect(status().is3xxRedirection());
		assertThat(page(task, "rd")).contains("附件 0").doesNotContain("外观照片.png");
	}

	@Test
	void aDisguisedFileIsRefusedByItsField() throws Exception {
		long task = fixtures.task(fixtures.project("附件页拒绝"), "图纸会签", "");
		String refused = mvc.perform(multipart("/projects/tasks/{id}/attachments", task)
			.file(TaskAttachmentApiTests.file("总装图.pdf", TestImages.png())).with(csrf()).with(as("rd")))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("总装图.pdf 的内容是 PNG，与文件扩展名不符").contains("field-error")
			.contains("id=\"task-attachment-form\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM files_document WHERE subject_kind = 'task' AND subject_id = :task")
			.param("task", task).query(Long.class).single()).isZero();
	}

	@Test
	void anObserverReadsOnlyAndAStrangerSeesNothing() throws Exception {
		long task = fixtures.task(fixtures.project("附件页权限"), "电源测试", "");
		assertThat(page(task, "sales")).contains("附件 0").doesNotContain("id=\"task-attachment-form\"");
		mvc.perform(multipart("/projects/tasks/{id}/attachments", task)
			.file(TaskAttachmentApiTests.file("a.pdf", TaskAttachmentApiTests.PDF)).with(csrf()).with(as("sales")))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/projects/tasks/{id}/attachments", task)
			.file(TaskAttachmentApiTests.file("a.pdf", TaskAttachmentApiTests.PDF)).with(csrf()).with(as("sales2")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/projects/tasks/{id}", task).with(as("sales2"))).andExpect(status().isNotFound());
	}

	private String page(long task, String user) throws Exception {
		return mvc.perform(get("/projects/tasks/{id}", task).with(as(user))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}

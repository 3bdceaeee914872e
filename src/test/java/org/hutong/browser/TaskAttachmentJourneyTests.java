package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.hutong.files.TestImages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 任务附件 on a phone (375×812): rd opens one of 我的任务, attaches a site photo and then a test report
 * PDF; the count by the task's hours and the list show them with who and how large; a picture named
 * {@code .pdf} is refused by the field; nothing is wider than the phone. Screenshots
 * {@code phone-task-attachment-*.png}.
 */
@HutongTest
@Tag("browser")
class TaskAttachmentJourneyTests extends PhoneJourney {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	JdbcClient jdbc;

	@Test
	void rdAttachesAPhotoAndAPdfToATaskFromThePhone() {
		Page rd = signIn("rd");
		rd.navigate(url("/projects/my-tasks"));
		rd.locator(".task-rows a.grow").first().tap();
		rd.waitForURL(Pattern.compile(".*/projects/tasks/\\d+$"));
		long task = Long.parseLong(rd.url().substring(rd.url().lastIndexOf('/') + 1));
		long before = count(task);
		Locator section = rd.locator("#task-attachments");
		section.scrollIntoViewIfNeeded();
		rd.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-task-attachment-1-task")));

		section.locator("input[type=file]").setInputFiles(new FilePayload("样机现场照片.png", "image/png", TestImages.png()));
		section.locator("button[type=submit]").last().tap();
		rd.waitForURL(Pattern.compile(".*/projects/tasks/" + task + "#task-attachments$"));
		assertThat(rd.locator("#task-attachments")).containsText("样机现场照片.png");
		rd.locator("#task-attachments input[type=file]")
			.setInputFiles(new FilePayload("振动测试报告.pdf", "application/pdf", PDF));
		rd.locator("#task-attachments button[type=submit]").last().tap();
		assertThat(rd.locator("#task-attachments .task-attachment").last()).containsText("振动测试报告.pdf");
		assertThat(rd.locator(".task-attachment-count")).containsText("附件 " + (before + 2));
		Assertions.assertThat(count(task)).isEqualTo(before + 2);
		assertThat(rd.locator("#task-attachments .task-attachment").last()).containsText("张伟");
		Assertions.assertThat((Boolean) rd.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		rd.locator("#task-attachments").scrollIntoViewIfNeeded();
		rd.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-task-attachment-2-attached")));

		rd.locator("#task-attachments input[type=file]")
			.setInputFiles(new FilePayload("测试报告.pdf", "application/pdf", TestImages.png()));
		rd.locator("#task-attachments button[type=submit]").last().tap();
		Locator error = rd.locator("#task-attachment-form .field-error");
		assertThat(error).containsText("与文件扩展名不符");
		Assertions.assertThat(count(task)).isEqualTo(before + 2);
		Assertions.assertThat((Boolean) rd.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		error.scrollIntoViewIfNeeded();
		rd.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("phone-task-attachment-3-refused")));
	}

	private long count(long task) {
		return jdbc.sql("SELECT COUNT(*) FROM files_document WHERE subject_kind = 'task' AND subject_id = :id AND deleted_at IS NULL")
			.param("id", task).query(Long.class).single();
	}
}

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

/**
 * 交付物 on a phone (375×812): 张伟 (rd) opens his project SF6 在线监测装置, finds the current phase's
 * deliverables with their count, uploads a new version of one with a note, and sees it 已提交 with the
 * note and himself as uploader, the earlier versions folded. A disguised file is refused next to the
 * field. Nothing is wider than the phone. Screenshots {@code phone-deliverables-*.png}.
 */
@HutongTest
@Tag("browser")
class DeliverableJourneyTests extends PhoneJourney {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Test
	void rdUploadsADeliverableVersion() {
		Page rd = signIn("rd");
		rd.navigate(url("/projects"));
		// projects other tests start are in 立项 and come first: the demo's SF6 project is in 方案评审
		rd.selectOption(".project-filters select[name=phase]", "方案评审");
		rd.locator(".project-card", new Page.LocatorOptions().setHasText("SF6 在线监测装置")).first().tap();
		rd.waitForURL(Pattern.compile(".*/projects/\\d+$"));
		Locator section = rd.locator("#deliverables");
		Locator current = section.locator(".deliverable-phase.phase-ACTIVE");
		assertThat(current.locator(".deliverable-count")).containsText("交付物");
		Locator deliverable = current.locator(".deliverable").first();
		String id = deliverable.getAttribute("id");
		deliverable.scrollIntoViewIfNeeded();
		screenshot(rd, "phone-deliverables-1-phase");

		deliverable.locator(".deliverable-upload summary").first().tap();
		deliverable.locator("input[name=file]").setInputFiles(new FilePayload("结构设计说明.pdf", "application/pdf", TestImages.png()));
		deliverable.locator(".deliverable-upload button[type=submit]").tap();
		Locator refused = rd.locator("#" + id);
		assertThat(refused.locator(".field-error")).containsText("与文件扩展名不符");
		Assertions.assertThat((Boolean) rd.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		refused.locator(".field-error").scrollIntoViewIfNeeded();
		screenshot(rd, "phone-deliverables-2-refused");

		// the refused form stays open with the reason: choose the right file there
		deliverable = refused;
		deliverable.locator("input[name=file]").setInputFiles(new FilePayload("结构设计说明.pdf", "application/pdf", PDF));
		deliverable.locator("input[name=note]").fill("按方案评审意见修订");
		Assertions.assertThat((Boolean) rd.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		screenshot(rd, "phone-deliverables-3-upload");
		deliverable.locator(".deliverable-upload button[type=submit]").tap();
		assertThat(rd.locator(".alert-ok")).containsText("新版本已上传");
		deliverable = rd.locator("#" + id);
		assertThat(deliverable.locator(".deliverable-status")).hasText("已提交");
		assertThat(deliverable).containsText("按方案评审意见修订");
		assertThat(deliverable).containsText("张伟");
		assertThat(deliverable).containsText("结构设计说明.pdf");
		Assertions.assertThat((Boolean) rd.evaluate("document.documentElement.scrollWidth <= 375")).isTrue();
		deliverable.scrollIntoViewIfNeeded();
		screenshot(rd, "phone-deliverables-4-submitted");
	}
}

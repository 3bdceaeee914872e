package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.hutong.HutongTest;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The phone without a network: a follow-up written offline waits on the phone as 待同步 and is logged
 * exactly once when the network is back; a refusal stays on the phone with the server's reason;
 * pages say 离线 instead of failing; and Chromium finds the app installable. Screenshots
 * {@code phone-offline-*.png}.
 */
@HutongTest
@Tag("browser")
class OfflineJourneyTests extends PhoneJourney {

	@Test
	void aFollowUpWrittenOfflineWaitsOnThePhoneAndIsLoggedOnceWhenOnlineAgain() {
		Page page = signIn("sales");
		openOwnCustomer(page);
		waitForWorker(page);
		String content = "离线拜访记录" + (System.currentTimeMillis() % 100_000);
		LocalDate next = LocalDate.now(EnterpriseZone.DEFAULT).plusDays(2);

		page.context().setOffline(true);
		assertThat(page.locator("#offline-bar")).containsText("离线");
		// the sheet's form was loaded with the page, so 写跟进 opens it without a network
		Locator sheet = openFollowUpSheet(page);
		sheet.locator("label.chip", new Locator.LocatorOptions().setHasText("拜访")).tap();
		sheet.locator("textarea[name=content]").fill(content);
		sheet.locator("input[name=nextFollowUpOn]").fill(next.toString());
		sheet.locator("input[name=attachments]").setInputFiles(new FilePayload("现场照片.png", "image/png", photo()));
		sheet.locator("form.follow-up-form button[type=submit]").tap();
		assertThat(sheet).isHidden();
		Locator outbox = page.locator("[data-offline-outbox]");
		assertThat(outbox).containsText(content);
		assertThat(outbox).containsText("现场照片.png");
		assertThat(outbox).containsText("待同步");
		assertThat(outbox).containsText("拜访");
		assertThat(page.locator("#offline-bar")).containsText("1 条跟进待同步");
		assertThat(sheet.locator("textarea[name=content]")).hasValue("");
		screenshot(page, "phone-offline-1-pending");

		page.context().setOffline(false);
		assertThat(outbox).hasCount(0);
		// the 跟进 tab is reloaded with the entry, newest first
		assertThat(page.locator("#record-tab .timeline-entry", new Page.LocatorOptions().setHasText(content))).hasCount(1);
		assertThat(page.locator("#record-tab .timeline-entry").first()).containsText(content);
		assertThat(page.locator("#offline-bar")).isHidden();
		screenshot(page, "phone-offline-2-synced");
		// a second chance to send finds nothing left
		page.evaluate("() => window.dispatchEvent(new Event('online'))");
		page.reload();
		Locator logged = page.locator("#record-tab .timeline-entry", new Page.LocatorOptions().setHasText(content));
		assertThat(logged).hasCount(1);
		assertThat(logged).containsText("拜访");
		assertThat(logged.locator(".attachments img")).hasCount(1);
	}

	@Test
	void aFollowUpTheServerRefusesStaysOnThePhoneWithTheReasonUntilDeleted() {
		Page page = signIn("sales");
		openOwnCustomer(page);
		String content = "过期提醒" + (System.currentTimeMillis() % 100_000);
		page.context().setOffline(true);
		Locator sheet = openFollowUpSheet(page);
		sheet.locator("textarea[name=content]").fill(content);
		sheet.locator("input[name=nextFollowUpOn]").fill(LocalDate.now(EnterpriseZone.DEFAULT).minusDays(1).toString());
		sheet.locator("form.follow-up-form button[type=submit]").tap();
		Locator outbox = page.locator("[data-offline-outbox]");
		assertThat(outbox).containsText("待同步");

		page.context().setOffline(false);
		assertThat(outbox).containsText("未能同步");
		assertThat(outbox).containsText("下次跟进日期不能早于今天");
		assertThat(page.locator("#offline-bar")).containsText("1 条跟进未能同步");
		screenshot(page, "phone-offline-3-refused");
		page.reload();
		assertThat(page.locator("[data-offline-outbox]")).containsText(content);

		page.onceDialog(dialog -> dialog.accept());
		page.locator("[data-offline-outbox] [data-offline-discard]").tap();
		assertThat(page.locator("[data-offline-outbox]")).hasCount(0);
		assertThat(page.locator("#record-tab .timeline-entry", new Page.LocatorOptions().setHasText(content))).hasCount(0);
	}

	@Test
	void offlineAPageOpenedBeforeComesFromThePhoneAndAnyOtherShowsTheOfflinePage() {
		Page page = signIn("sales");
		waitForWorker(page);
		page.navigate(url("/feed"));
		page.navigate(url("/"));
		assertThat(page.locator(".tabbar a[href='/feed']")).isVisible();
		page.context().setOffline(true);

		page.locator(".tabbar a[href='/feed']").tap();
		page.waitForURL(url("/feed"));
		assertThat(page.locator("#offline-bar")).containsText("离线");
		screenshot(page, "phone-offline-4-kept-page");

		page.locator(".tabbar a[href='/projects']").tap();
		assertThat(page.locator("#toast")).containsText("离线，无法打开此页");
		assertThat(page).hasURL(url("/feed"));

		page.navigate(url("/notifications"));
		assertThat(page.locator("main h1")).hasText("离线");
		screenshot(page, "phone-offline-5-offline-page");
		page.context().setOffline(false);
		page.locator("[data-reload]").tap();
		page.waitForURL(url("/notifications"));
		assertThat(page.locator(".topbar-title")).hasText("通知");
	}

	@Test
	void chromiumFindsTheManifestAndServiceWorkerInstallable() throws Exception {
		Path profile = Files.createTempDirectory("hutong-install");
		try (BrowserContext context = playwright.chromium()
			.launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS)
				.setViewportSize(375, 812)
				.setLocale("zh-CN"))) {
			Page page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
			signIn(page, "sales");
			waitForWorker(page);
			page.reload();
			CDPSession cdp = context.newCDPSession(page);
			JsonObject manifest = cdp.send("Page.getAppManifest");
			assertThat(manifest.getAsJsonArray("errors")).isEmpty();
			JsonObject installability = cdp.send("Page.getInstallabilityErrors");
			assertThat(installability.getAsJsonArray("installabilityErrors")).as(installability.toString()).isEmpty();
		}
	}

	private void openOwnCustomer(Page page) {
		page.navigate(url("/customers?scope=MINE"));
		page.locator("main a.customer-card").first().tap();
		page.waitForURL(Pattern.compile(".*/customers/\\d+$"));
		page.locator("#follow-up-sheet textarea[name=content]").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
		// the 跟进 tab has loaded (it may hold no entries yet)
		page.locator("#record-tab .record-loading").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
	}

	private static Locator openFollowUpSheet(Page page) {
		page.locator(".record-head [data-sheet-open]").tap();
		Locator sheet = page.locator("#follow-up-sheet");
		assertThat(sheet.locator("textarea[name=content]")).isVisible();
		return sheet;
	}

	/** A small real picture: the server decodes every image it is sent. */
	private static byte[] photo() {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 40; x++) {
			for (int y = 0; y < 30; y++) {
				image.setRGB(x, y, (x * 6) << 16 | (y * 8) << 8 | 0x40);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return png.toByteArray();
	}

	/**
	 * Until the service worker controls the page. A first install that does not finish (seen on a busy
	 * CI machine) is tried again by the browser at the next page load, so after 15 s the page is
	 * loaded again, as a user's next tap would, up to four times.
	 */
	private static void waitForWorker(Page page) {
		for (int attempt = 1;; attempt++) {
			try {
				page.waitForFunction("() => navigator.serviceWorker && navigator.serviceWorker.controller !== null", null,
						new Page.WaitForFunctionOptions().setTimeout(15_000));
				return;
			}
			catch (com.microsoft.playwright.TimeoutError slow) {
				if (attempt == 4) {
					throw slow;
				}
				page.reload();
			}
		}
	}
}

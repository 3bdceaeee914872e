package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.assertj.core.api.Assertions;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.files.TestImages;
import org.hutong.identity.SignedInUser;
import org.hutong.notifications.live.LiveConnections;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The feed on a phone, in the same Chromium and with the same flags as {@link PhoneJourneyTests}:
 * {@code sales} posts a photo and @-mentions {@code manager} through the autocomplete, {@code manager}
 * finds it on /feed and comments, and {@code sales} sees the comment on the post's page. Screenshots
 * {@code phone-feed-journey-*.png} land next to the other phone screenshots. The live journey
 * ({@code phone-feed-live-*.png}) does the same with both pages left open: the manager's feed and bell,
 * and then the author's bell, take in what happened over the live stream, without a reload.
 */
@HutongTest
@Tag("browser")
class FeedJourneyTests extends PhoneJourney {

	@Autowired
	LiveConnections connections;

	@Autowired
	UserDetailsService userDetails;

	/** Long enough for the poller (about a second) and the fetch that follows the event. */
	static final LocatorAssertions.HasTextOptions LIVE = new LocatorAssertions.HasTextOptions().setTimeout(10_000);

	@Test
	void salesPostsAPhotoMentioningTheManagerWhoCommentsAndSalesSeesTheComment() throws Exception {
		String marker = "变电站调试" + (System.currentTimeMillis() % 100_000);
		Path photo = Files.createTempFile("substation", ".jpg");
		Files.write(photo, TestImages.jpegWithExif(40, 30));

		Page sales = signIn("sales");
		sales.navigate(url("/feed"));
		Locator body = sales.locator(".feed-composer textarea[name=body]");
		body.click();
		body.pressSequentially(marker + " 完成，请 @li");
		Locator option = sales.locator(".feed-composer .mention-option", new Page.LocatorOptions().setHasText("李明"));
		option.waitFor();
		screenshot(sales, "phone-feed-journey-1-mention");
		option.tap();
		body.pressSequentially("看一下 #现场调试");
		Assertions.assertThat(body.inputValue()).contains("@李明 看一下");
		sales.locator(".feed-composer input[name=images]").setInputFiles(photo);
		sales.locator(".feed-composer button[type=submit]").tap();
		Locator mine = sales.locator("#feed-posts .feed-post", new Page.LocatorOptions().setHasText(marker)).first();
		assertThat(mine).isVisible();
		assertThat(mine.locator(".feed-images img")).hasCount(1);
		assertThat(mine.locator("a.mention")).hasText("@李明");
		screenshot(sales, "phone-feed-journey-2-posted");

		Page manager = signIn("manager");
		manager.navigate(url("/feed?view=mentions"));
		Locator post = manager.locator("#feed-posts .feed-post", new Page.LocatorOptions().setHasText(marker)).first();
		assertThat(post).isVisible();
		screenshot(manager, "phone-feed-journey-3-mentions");
		post.locator(".feed-actions a.button").tap();
		manager.waitForURL(Pattern.compile(".*/feed/posts/\\d+"));
		manager.locator("#comments textarea[name=body]").fill("收到，明天安排调试人员到现场。");
		manager.locator("#comments button[type=submit]").tap();
		assertThat(manager.locator("#comments .feed-comment").first()).containsText("明天安排调试人员");
		screenshot(manager, "phone-feed-journey-4-commented");

		sales.navigate(manager.url());
		assertThat(sales.locator("#comments .feed-comment").first()).containsText("明天安排调试人员");
		assertThat(sales.locator("#comments")).containsText("李明");
		screenshot(sales, "phone-feed-journey-5-comment-seen");
	}

	@Test
	void theOpenFeedAndBothBellsTakeInThePostAndTheCommentWithoutAReload() throws Exception {
		String marker = "开关柜到货" + (System.currentTimeMillis() % 100_000);
		String second = "出厂试验报告" + (System.currentTimeMillis() % 100_000);
		Path photo = Files.createTempFile("switchgear", ".jpg");
		Files.write(photo, TestImages.jpegWithExif(40, 30));
		TestUsers users = new TestUsers(userDetails);

		// manager goes to 动态 through the tab bar (a boosted navigation, which swaps the stream's element)
		Page manager = signIn("manager");
		readEverything(manager);
		manager.locator("nav.tabbar a[href='/feed']").tap();
		manager.waitForURL(url("/feed"));
		assertThat(manager.locator("nav.tabbar a.active")).hasText("动态");
		Locator managerBadge = manager.locator(".topbar .bell-count");
		assertThat(managerBadge).hasCount(0);
		Page sales = signIn("sales");
		readEverything(sales);
		sales.navigate(url("/feed"));
		Locator salesBadge = sales.locator(".topbar .bell-count");
		assertThat(salesBadge).hasCount(0);
		awaitStreams(users.load("demo", "manager"), 1);
		awaitStreams(users.load("demo", "sales"), 1);

		postMentioningTheManager(sales, marker, photo);
		screenshot(sales, "phone-feed-live-1-posted");

		// manager's page was open before the post: the bell and the stream take it in as it stands
		assertThat(managerBadge).hasText("1", LIVE);
		Locator managerPosts = manager.locator("#feed-posts > li.feed-post");
		assertThat(managerPosts.first()).containsText(marker, new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		assertThat(managerPosts.first().locator(".feed-images img")).hasCount(1);
		assertThat(managerPosts.first().locator("a.mention")).hasText("@李明");
		screenshot(manager, "phone-feed-live-2-arrived");

		// a second post lands once, above the first, which stays once
		Locator body = sales.locator(".feed-composer textarea[name=body]");
		body.fill(second);
		sales.locator(".feed-composer button[type=submit]").tap();
		assertThat(managerPosts.first()).containsText(second, new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		assertThat(postsWith(manager, second)).hasCount(1);
		assertThat(postsWith(manager, marker)).hasCount(1);
		assertThat(managerPosts.nth(1)).containsText(marker);
		assertThat(postsWith(sales, second)).hasCount(1);
		assertThat(postsWith(sales, marker)).hasCount(1);
		assertThat(managerBadge).hasText("1");

		manager.locator(".topbar .bell").tap();
		manager.waitForURL(url("/notifications"));
		Locator notice = manager.locator("main li.notice.unread", new Page.LocatorOptions().setHasText(marker));
		assertThat(notice).containsText("王芳 在动态中提到了你");
		screenshot(manager, "phone-feed-live-3-inbox");
		notice.locator("a").tap();
		manager.waitForURL(Pattern.compile(".*/feed/posts/\\d+"));
		String post = manager.url();
		assertThat(manager.locator("main")).containsText(marker);
		assertThat(managerBadge).hasCount(0);
		manager.locator("#comments textarea[name=body]").fill("收到，到货后安排开箱检验。");
		manager.locator("#comments button[type=submit]").tap();
		assertThat(manager.locator("#comments .feed-comment").first()).containsText("开箱检验");
		screenshot(manager, "phone-feed-live-4-commented");

		// sales never reloaded: the bell counts the comment; its notice leads to the post and the comment
		assertThat(salesBadge).hasText("1", LIVE);
		Assertions.assertThat(sales.url()).isEqualTo(url("/feed"));
		screenshot(sales, "phone-feed-live-5-bell");
		sales.locator(".topbar .bell").tap();
		sales.waitForURL(url("/notifications"));
		Locator commented = sales.locator("main li.notice.unread").first();
		assertThat(commented).containsText("李明 评论了你的动态");
		commented.locator("a").tap();
		sales.waitForURL(post);
		assertThat(sales.locator("#comments .feed-comment").first()).containsText("开箱检验");
		assertThat(sales.locator("#comments")).containsText("李明");
		assertThat(salesBadge).hasCount(0);
		screenshot(sales, "phone-feed-live-6-comment-seen");
	}

	@Test
	void aCustomerPageCarriesItsFeedAndTheManagerSeesWhoReported() {
		Page sales = signIn("sales");
		sales.navigate(url("/feed"));
		String customer = sales.locator(".feed-subject a").first().getAttribute("href");
		sales.navigate(url(customer + "?tab=feed"));
		Locator panel = sales.locator("#record-tab");
		assertThat(panel.locator(".feed-post").first()).isVisible();
		String note = "客户现场验收安排" + (System.currentTimeMillis() % 100_000);
		panel.locator("textarea[name=body]").fill(note);
		panel.locator(".feed-composer button[type=submit]").tap();
		assertThat(panel.locator(".feed-post").first()).containsText(note);
		sales.locator(".record-head [data-sheet-open]").tap();
		Locator sheet = sales.locator("#follow-up-sheet");
		sheet.locator("label.chip", new Locator.LocatorOptions().setHasText("拜访")).tap();
		sheet.locator("textarea[name=content]").fill("到现场核对开关柜基础尺寸");
		sheet.locator("form.follow-up-form button[type=submit]").tap();
		assertThat(sheet).isHidden();
		// the post is on the customer's 时间线 too, beside the follow-up
		assertThat(panel.locator(".timeline-entry").first()).containsText("到现场核对开关柜基础尺寸");
		assertThat(panel.locator(".timeline-entry.kind-post", new Locator.LocatorOptions().setHasText(note))).hasCount(1);
		sales.navigate(url(customer + "?tab=feed"));
		assertThat(sales.locator("#record-tab .feed-post").first()).containsText("记录了一次跟进（拜访）");
		screenshot(sales, "phone-feed-journey-6-customer");

		Page manager = signIn("manager");
		manager.navigate(url("/feed/reports"));
		assertThat(manager.locator("main ul.list")).containsText("王芳");
		assertThat(manager.locator("main ul.list")).containsText("陈磊");
		screenshot(manager, "phone-feed-journey-7-roster");
	}

	/** {@code sales} writes on /feed, picks the manager from the autocomplete, adds a photo and posts. */
	private void postMentioningTheManager(Page sales, String marker, Path photo) {
		Locator body = sales.locator(".feed-composer textarea[name=body]");
		body.click();
		body.pressSequentially(marker + " 请 @li");
		Locator option = sales.locator(".feed-composer .mention-option", new Page.LocatorOptions().setHasText("李明"));
		option.tap();
		body.pressSequentially("验收");
		Assertions.assertThat(body.inputValue()).contains("@李明 验收");
		sales.locator(".feed-composer input[name=images]").setInputFiles(photo);
		sales.locator(".feed-composer button[type=submit]").tap();
		assertThat(postsWith(sales, marker).locator(".feed-images img")).hasCount(1);
	}

	private static Locator postsWith(Page page, String text) {
		return page.locator("#feed-posts > li.feed-post", new Page.LocatorOptions().setHasText(text));
	}

	/** Marks every notice read, so the bell starts without a badge. */
	private void readEverything(Page page) {
		page.navigate(url("/notifications"));
		Locator readAll = page.locator("main form[action='/notifications/read-all'] button");
		if (readAll.count() > 0) {
			readAll.tap();
			assertThat(page.locator("main li.notice.unread")).hasCount(0);
		}
	}

	/** The server's count of the user's open streams settles at {@code expected} (a heartbeat finds closed ones). */
	private void awaitStreams(SignedInUser user, int expected) {
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
			connections.heartbeat();
			return connections.count(user.tenantId(), user.userId()) == expected;
		});
	}

}

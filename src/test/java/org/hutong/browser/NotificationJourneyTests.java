package org.hutong.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerForm;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.SignedInUser;
import org.hutong.notifications.NotificationFixtures;
import org.hutong.notifications.live.LiveConnections;
import org.hutong.notifications.notice.Notifying;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people on two phones (375×812): {@code manager}'s bell counts up without a reload when a notice
 * reaches them over the live stream, while {@code sales} opens a reminder from the inbox and lands on
 * the customer. Navigating keeps one stream per page, never a pile of them. Notices are delivered
 * through the module's own service in this JVM, as its listeners do. Screenshots in {@code screenshots/}.
 */
@HutongTest
@Tag("browser")
class NotificationJourneyTests extends PhoneJourney {

	@Autowired
	Notifying notifying;

	@Autowired
	LiveConnections connections;

	@Autowired
	CustomerRepository customers;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void theBellCountsUpWithoutAReloadAndTheInboxLeadsToTheCustomer() {
		TestUsers users = new TestUsers(userDetails);
		SignedInUser manager = users.load("demo", "manager");
		SignedInUser sales = users.load("demo", "sales");
		Page managerPage = signIn(phone(), "manager");
		Page salesPage = signIn(phone(), "sales");

		// manager reads everything first, so the bell starts at no badge; the inbox stays open
		managerPage.navigate(url("/notifications"));
		if (managerPage.locator("main form[action='/notifications/read-all'] button").count() > 0) {
			managerPage.locator("main form[action='/notifications/read-all'] button").click();
			managerPage.waitForURL(url("/notifications"));
		}
		Locator badge = managerPage.locator(".topbar .bell-count");
		assertThat(badge).hasCount(0);
		awaitStreams(manager, 1);

		notifying.deliver(NotificationFixtures.mention(manager.tenantId(), manager.userId(), sales.userId(), "下午三点评审"));
		assertThat(badge).hasText("1", new LocatorAssertions.HasTextOptions().setTimeout(10_000));
		notifying.deliver(NotificationFixtures.mention(manager.tenantId(), manager.userId(), sales.userId(), "记得带样品"));
		assertThat(badge).hasText("2", new LocatorAssertions.HasTextOptions().setTimeout(10_000));
		assertThat(managerPage.locator("main li.notice.unread")).hasCount(2);
		assertThat(managerPage.locator("main li.notice.unread").first()).containsText("记得带样品");
		screenshot(managerPage, "phone-notifications-bell-zh");

		Customer customer = customerOf(sales);
		notifying.deliver(NotificationFixtures.followUpDue(sales.tenantId(), sales.userId(), customer.getId(), customer.getName()));
		assertThat(salesPage.locator(".topbar .bell-count")).isVisible();
		salesPage.locator(".topbar .bell").click();
		salesPage.waitForURL(url("/notifications"));
		Locator item = salesPage.locator("main li.notice.unread", new Page.LocatorOptions().setHasText(customer.getName()));
		assertThat(item).isVisible();
		assertThat(item).containsText("今天该跟进这位客户了");
		assertThat(salesPage.locator(".topbar .bell-count")).isVisible();
		screenshot(salesPage, "phone-notifications-inbox-zh");
		item.locator("a").click();
		salesPage.waitForURL(url("/customers/" + customer.getId()));
		salesPage.navigate(url("/notifications"));
		assertThat(salesPage.locator("main li.notice.read", new Page.LocatorOptions().setHasText(customer.getName())))
			.isVisible();

		// boosted navigation swaps the stream's element out: still one stream for the page
		managerPage.locator("nav.tabbar a[href='/customers']").click();
		managerPage.waitForURL(Pattern.compile(".*/customers.*"));
		managerPage.locator("nav.tabbar a[href='/']").click();
		managerPage.waitForURL(url("/"));
		awaitStreams(manager, 1);
	}

	/** The server's count of the user's open streams settles at {@code expected} (a heartbeat finds closed ones). */
	private void awaitStreams(SignedInUser user, int expected) {
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
			connections.heartbeat();
			return connections.count(user.tenantId(), user.userId()) == expected;
		});
	}

	private Customer customerOf(SignedInUser sales) {
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		return new DemoTenants(tenants, transactions).call("demo", () -> customers.save(new Customer(
				CustomerForm.named(CustomerFixtures.uniqueName()), sales.userId(), admin, Instant.now())));
	}

}

package org.hutong.customers.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.hutong.customers.customer.CustomerManagement;
import org.hutong.identity.SignedInUser;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.HomeAction;
import org.hutong.web.HomeCard;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 工作台's 待跟进 card: the user's own customers whose next follow-up is today or overdue. */
@Service
@Transactional(readOnly = true)
public class FollowUpsDue {

	static final int SHOWN = 5;

	/** The most the full list (查看全部) and the 写跟进 chooser show at once. */
	static final int ALL = 200;

	static final int CHOICES = 20;

	private final FollowUpRepository followUps;

	private final Clock clock;

	FollowUpsDue(FollowUpRepository followUps, Clock clock) {
		this.followUps = followUps;
		this.clock = clock;
	}

	/** How many are due, and the first few, most overdue first. */
	public record Card(long count, List<Due> first, LocalDate today) {

		/** Whether some are not shown: the full list says so rather than silently stopping. */
		public boolean more() {
			return count > first.size();
		}
	}

	/** One customer to get in touch with. */
	public record Due(long customerId, String name, LocalDate nextFollowUpOn) {
	}

	@Bean
	static HomeCard followUpsDueHomeCard() {
		return new HomeCard("/customers/home-card/follow-ups-due", 10, "customers.read");
	}

	/** 工作台's 写跟进: choose one of one's customers, then write on its follow-up page. */
	@Bean
	static HomeAction followUpHomeAction() {
		return new HomeAction("home.action.followUp", "/customers/follow-ups/new", "icon-follow-up", 20,
				"customers.write");
	}

	@PreAuthorize(CustomerManagement.MAY_READ)
	public Card card(SignedInUser user) {
		return card(user, SHOWN);
	}

	/** The whole list behind the card's 查看全部 (up to {@link #ALL}), counted by the same query as the badge. */
	@PreAuthorize(CustomerManagement.MAY_READ)
	public Card all(SignedInUser user) {
		return card(user, ALL);
	}

	/**
	 * 写跟进 from 工作台: the user's own customers to choose from, those due first, narrowed by a part of
	 * the name.
	 */
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	public List<Due> choices(SignedInUser user, String q) {
		String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
			.replace("%", "\\%").replace("_", "\\_");
		return followUps.findToFollowUp(user.userId(), text, Limit.of(CHOICES))
			.stream()
			.map(c -> new Due(c.getId(), c.getName(), c.getNextFollowUpOn()))
			.toList();
	}

	/** Today in the enterprise's zone, the day "due" and "overdue" are measured against. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
	}

	private Card card(SignedInUser user, int shown) {
		LocalDate today = today();
		List<Due> first = followUps.findDue(user.userId(), today, Limit.of(shown))
			.stream()
			.map(c -> new Due(c.getId(), c.getName(), c.getNextFollowUpOn()))
			.toList();
		return new Card(first.isEmpty() ? 0 : followUps.countDue(user.userId(), today), first, today);
	}
}

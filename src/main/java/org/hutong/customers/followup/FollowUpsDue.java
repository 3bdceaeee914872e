package org.hutong.customers.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.hutong.customers.customer.CustomerManagement;
import org.hutong.identity.SignedInUser;
import org.hutong.web.EnterpriseZone;
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

	private final FollowUpRepository followUps;

	private final Clock clock;

	FollowUpsDue(FollowUpRepository followUps, Clock clock) {
		this.followUps = followUps;
		this.clock = clock;
	}

	/** How many are due, and the first few, most overdue first. */
	public record Card(long count, List<Due> first, LocalDate today) {
	}

	/** One customer to get in touch with. */
	public record Due(long customerId, String name, LocalDate nextFollowUpOn) {
	}

	@Bean
	static HomeCard followUpsDueHomeCard() {
		return new HomeCard("/customers/home-card/follow-ups-due", 10, "customers.read");
	}

	@PreAuthorize(CustomerManagement.MAY_READ)
	public Card card(SignedInUser user) {
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		List<Due> first = followUps.findDue(user.userId(), today, Limit.of(SHOWN))
			.stream()
			.map(c -> new Due(c.getId(), c.getName(), c.getNextFollowUpOn()))
			.toList();
		return new Card(first.isEmpty() ? 0 : followUps.countDue(user.userId(), today), first, today);
	}
}

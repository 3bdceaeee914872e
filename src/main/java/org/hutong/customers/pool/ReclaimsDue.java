package org.hutong.customers.pool;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hutong.customers.customer.Customer;
import org.hutong.identity.SignedInUser;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.HomeCard;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 工作台's 即将回收 card: the user's own customers the 回收规则 will take back to the pool within the
 * warning days. Computed on read from the rules and each customer's last follow-up (or creation).
 */
@Service
@Transactional(readOnly = true)
public class ReclaimsDue {

	static final int SHOWN = 5;

	/** The most the full list (查看全部) shows at once. */
	static final int ALL = 200;

	private final PoolRules rules;

	private final PoolCustomers customers;

	private final Clock clock;

	ReclaimsDue(PoolRules rules, PoolCustomers customers, Clock clock) {
		this.rules = rules;
		this.customers = customers;
		this.clock = clock;
	}

	/** How many will be reclaimed soon, and the first few, soonest first; empty when the rule is off. */
	public record Card(long count, List<Soon> first) {

		/** Whether some are not shown: the full list says so rather than silently stopping. */
		public boolean more() {
			return count > first.size();
		}
	}

	/** One customer to follow up before it goes back to the pool on {@code reclaimOn}. */
	public record Soon(long customerId, String name, LocalDate reclaimOn) {
	}

	@Bean
	static HomeCard reclaimsDueHomeCard() {
		return new HomeCard("/customers/home-card/reclaims-due", 15, "customers.read");
	}

	@PreAuthorize("hasAuthority('customers.read')")
	public Card card(SignedInUser user) {
		return card(user, SHOWN);
	}

	/** The whole list behind the card's 查看全部 (up to {@link #ALL}), counted by the same query as the badge. */
	@PreAuthorize("hasAuthority('customers.read')")
	public Card all(SignedInUser user) {
		return card(user, ALL);
	}

	private Card card(SignedInUser user, int shown) {
		ReclaimRule rule = rules.reclaimRule();
		Instant now = clock.instant();
		return rule.warnCutoff(now)
			.map(cutoff -> card(rule, user.userId(), cutoff, shown))
			.orElse(new Card(0, List.of()));
	}

	private Card card(ReclaimRule rule, long userId, Instant cutoff, int shown) {
		List<Soon> first = customers.findOwnedByUntouchedSince(userId, cutoff, Limit.of(shown))
			.stream()
			.map(c -> new Soon(c.getId(), c.getName(), reclaimOn(rule, c)))
			.toList();
		return new Card(first.isEmpty() ? 0 : customers.countOwnedByUntouchedSince(userId, cutoff), first);
	}

	private static LocalDate reclaimOn(ReclaimRule rule, Customer customer) {
		Instant touched = customer.getLastFollowUpAt() != null ? customer.getLastFollowUpAt() : customer.getCreatedAt();
		return rule.reclaimAt(touched).orElseThrow().atZone(EnterpriseZone.DEFAULT).toLocalDate();
	}
}

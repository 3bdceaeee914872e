package org.hutong.sales.quote;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerSummary;
import org.hutong.sales.QuoteExpiring;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The morning's quote validity in the current enterprise: a sent quote whose 有效期 ended yesterday or
 * before becomes 已过期, and one ending within {@link #WARN_DAYS} days warns its owner, each as a
 * {@link QuoteExpiring} for whoever tells them.
 */
@Component
class QuoteExpiry {

	static final int WARN_DAYS = 3;

	private final QuoteRepository quotes;

	private final CustomerDirectory customers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QuoteExpiry(QuoteRepository quotes, CustomerDirectory customers, ApplicationEventPublisher events, Clock clock) {
		this.quotes = quotes;
		this.customers = customers;
		this.events = events;
		this.clock = clock;
	}

	/** Expires and warns; answers how many quotes it touched. */
	@Transactional
	public int run() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, EnterpriseZone.DEFAULT);
		List<Quote> ended = quotes.findSentValidBefore(today);
		ended.forEach(quote -> {
			quote.expire(now);
			publish(quote, true);
		});
		List<Quote> ending = quotes.findSentValidBetween(today, today.plusDays(WARN_DAYS - 1L));
		ending.forEach(quote -> publish(quote, false));
		return ended.size() + ending.size();
	}

	private void publish(Quote quote, boolean expired) {
		String customer = customers.find(quote.getCustomerId()).map(CustomerSummary::name).orElse("");
		events.publishEvent(new QuoteExpiring(TenantContext.require(), quote.getId(), quote.getNumber(),
				quote.getCustomerId(), customer, quote.getOwnerId(), quote.getValidUntil(), expired));
	}
}

package org.hutong.sales.tender;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.hutong.sales.TenderDateDue;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The morning's tender reminders in the current enterprise: every key date of an open tender that
 * falls today or tomorrow, as a {@link TenderDateDue} for whoever tells its owner. Tenders keep no
 * record of reminding; listeners keep one notice per tender, date and day.
 */
@Component
class TenderReminders {

	private final TenderRepository tenders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TenderReminders(TenderRepository tenders, ApplicationEventPublisher events, Clock clock) {
		this.tenders = tenders;
		this.events = events;
		this.clock = clock;
	}

	/** Publishes today's reminders; answers how many. */
	@Transactional
	public int remindDue() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), EnterpriseZone.DEFAULT);
		LocalDate tomorrow = today.plusDays(1);
		Instant start = today.atStartOfDay(EnterpriseZone.DEFAULT).toInstant();
		Instant end = today.plusDays(2).atStartOfDay(EnterpriseZone.DEFAULT).toInstant();
		int published = 0;
		for (Tender tender : tenders.findOpenWithDatesBetween(today, tomorrow, start, end)) {
			published += remind(tender, "REGISTRATION", tender.getRegistrationDue(), today, tomorrow);
			published += remind(tender, "DOCUMENTS", tender.getDocumentDue(), today, tomorrow);
			published += remind(tender, "CLARIFICATION", tender.getClarificationOn(), today, tomorrow);
			published += remind(tender, "DEADLINE", day(tender.getBidDeadline()), today, tomorrow);
			published += remind(tender, "OPENING", day(tender.getOpeningAt()), today, tomorrow);
		}
		return published;
	}

	private int remind(Tender tender, String kind, LocalDate on, LocalDate today, LocalDate tomorrow) {
		if (on == null || on.isBefore(today) || on.isAfter(tomorrow)) {
			return 0;
		}
		events.publishEvent(new TenderDateDue(TenantContext.require(), tender.getId(), tender.getTitle(),
				tender.getCustomerId(), tender.getOwnerId(), kind, on));
		return 1;
	}

	private static LocalDate day(Instant at) {
		return at == null ? null : LocalDate.ofInstant(at, EnterpriseZone.DEFAULT);
	}

}

package org.hutong.approvals.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.hutong.approvals.ApprovalsAwaiting;
import org.hutong.approvals.PendingApprovals;
import org.hutong.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning digest in the current enterprise: one {@link ApprovalsAwaiting} per approver with
 * something pending, naming the newest few. Published in one transaction, so the registry keeps them
 * all or none; the listener's key is per approver and day, so a second run that morning adds nothing.
 */
@Component
class Digest {

	static final int TITLES = 3;

	private final PendingApprovals pending;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Digest(PendingApprovals pending, ApplicationEventPublisher events, Clock clock, TransactionTemplate transactions) {
		this.pending = pending;
		this.events = events;
		this.clock = clock;
		this.transactions = transactions;
	}

	/** Answers how many approvers were told. */
	int sendIn(ZoneId zone) {
		return transactions.execute(status -> publish(TenantContext.require(), zone));
	}

	private int publish(long tenantId, ZoneId zone) {
		LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
		List<PendingApprovals.Waiting> waiting = pending.waiting();
		waiting.forEach(w -> events.publishEvent(new ApprovalsAwaiting(tenantId, w.approverId(), w.count(),
				pending.firstFor(w.approverId(), TITLES).stream().map(i -> i.number() + " " + i.title()).toList(), day,
				clock.instant())));
		return waiting.size();
	}
}

package org.hutong.approvals.delegation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.approvals.ApprovalDelegated;
import org.hutong.approvals.delegation.DelegationRefused.Reason;
import org.hutong.identity.AuditAction;
import org.hutong.identity.AuditLog;
import org.hutong.identity.OrgChart;
import org.hutong.tenancy.TenantContext;
import org.hutong.web.EnterpriseZone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 委托 (out of office): a person hands their approvals to a colleague between two days. The engine
 * asks {@link #assigneeFor} whenever it gives someone a task; the task then goes to the delegate
 * and remembers whose it was, so the timeline reads "由 李明 代 王芳 审批". Tasks already waiting
 * stay where they are. Setting and ending one is audited and tells the delegate.
 */
@Service
@Transactional
public class Delegations {

	/** The longest a delegation may run: a long absence is a change of approver, not a delegation. */
	static final int MAX_DAYS = 366;

	/** How far a chain of delegations is followed (王芳 → 李明 → 张伟) before the last one keeps the task. */
	static final int MAX_HOPS = 3;

	private final DelegationRepository delegations;

	private final OrgChart org;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public Delegations(DelegationRepository delegations, OrgChart org, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.delegations = delegations;
		this.org = org;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** What a person asks for: to whom, which days, and why (optional). */
	public record Request(long delegateId, LocalDate startsOn, LocalDate endsOn, String reason) {
	}

	/** Who gets a task meant for a person: the person, or their delegate with the person as {@code delegatedFrom}. */
	public record Assignee(long userId, Long delegatedFromId) {
	}

	/** The enterprise's today: the days of delegations are its days. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
	}

	public Delegation set(long delegatorId, Request request) {
		LocalDate today = today();
		check(delegatorId, request, today);
		String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
		Delegation delegation = delegations.save(new Delegation(delegatorId, request.delegateId(), request.startsOn(),
				request.endsOn(), reason, clock.instant()));
		audit.record(AuditAction.APPROVALS_DELEGATED, name(delegatorId), describe(delegation));
		events.publishEvent(new ApprovalDelegated(TenantContext.require(), delegation.getId(), delegatorId,
				delegation.getDelegateId(), delegation.getStartsOn(), delegation.getEndsOn(), clock.instant()));
		return delegation;
	}

	/** Ends one of the person's own delegations now (or withdraws one not yet begun). */
	public void end(long delegatorId, long delegationId) {
		Delegation delegation = delegations.findById(delegationId)
			.filter(d -> d.getDelegatorId() == delegatorId)
			.orElseThrow(() -> new NoSuchElementException("delegation " + delegationId));
		if (delegation.getEndedAt() != null) {
			return;
		}
		delegation.end(clock.instant());
		audit.record(AuditAction.APPROVALS_DELEGATION_ENDED, name(delegatorId), describe(delegation));
	}

	/** The person's delegations, the running and coming ones first, then the last few before. */
	@Transactional(readOnly = true)
	public List<Delegation> of(long delegatorId, int limit) {
		return delegations.findByDelegatorIdOrderByStartsOnDescIdDesc(delegatorId, Limit.of(limit));
	}

	/** Delegations others gave this person that are running or still to come. */
	@Transactional(readOnly = true)
	public List<Delegation> heldBy(long delegateId) {
		return delegations.heldBy(delegateId, today());
	}

	/** The delegation covering today for the person, if any. */
	@Transactional(readOnly = true)
	public Optional<Delegation> currentOf(long delegatorId) {
		return delegations.covering(List.of(delegatorId), today()).stream().findFirst();
	}

	/**
	 * Who takes a task meant for {@code userId} today: their delegate when a delegation covers today
	 * and the delegate may still approve, following a chain a few steps and never back round to
	 * someone already passed, nor to {@code notTo} (the submitter, who must not approve their own).
	 */
	@Transactional(readOnly = true)
	public Assignee assigneeFor(long userId, long notTo) {
		LocalDate today = today();
		long current = userId;
		Set<Long> passed = new HashSet<>(List.of(userId, notTo));
		for (int hop = 0; hop < MAX_HOPS; hop++) {
			Optional<Long> next = delegateOf(current, today).filter(d -> !passed.contains(d));
			if (next.isEmpty()) {
				break;
			}
			current = next.get();
			passed.add(current);
		}
		return current == userId ? new Assignee(userId, null) : new Assignee(current, userId);
	}

	/** For many people at once (a predicted route): each person's delegate today, where they have one. */
	@Transactional(readOnly = true)
	public Map<Long, Long> delegatesToday(Collection<Long> people) {
		if (people.isEmpty()) {
			return Map.of();
		}
		List<Delegation> covering = delegations.covering(people, today());
		Map<Long, ?> active = org.members(covering.stream().map(Delegation::getDelegateId).toList());
		return covering.stream()
			.filter(d -> active.containsKey(d.getDelegateId()))
			.collect(Collectors.toMap(Delegation::getDelegatorId, Delegation::getDelegateId, (a, b) -> a));
	}

	private Optional<Long> delegateOf(long person, LocalDate day) {
		return delegations.covering(List.of(person), day)
			.stream()
			.map(Delegation::getDelegateId)
			.filter(delegate -> org.members(List.of(delegate)).containsKey(delegate))
			.findFirst();
	}

	private void check(long delegatorId, Request request, LocalDate today) {
		if (request.delegateId() == delegatorId) {
			throw new DelegationRefused(Reason.SELF);
		}
		if (!org.members(List.of(request.delegateId())).containsKey(request.delegateId())) {
			throw new DelegationRefused(Reason.NOT_A_COLLEAGUE);
		}
		if (request.endsOn().isBefore(request.startsOn())) {
			throw new DelegationRefused(Reason.ENDS_BEFORE_START);
		}
		if (request.endsOn().isBefore(today)) {
			throw new DelegationRefused(Reason.IN_THE_PAST);
		}
		if (request.startsOn().plusDays(MAX_DAYS).isBefore(request.endsOn())) {
			throw new DelegationRefused(Reason.TOO_LONG);
		}
		if (delegations.open(delegatorId, today).stream().anyMatch(d -> d.overlaps(request.startsOn(), request.endsOn()))) {
			throw new DelegationRefused(Reason.OVERLAPS);
		}
		// the delegate handing their approvals back to the delegator on the same days would send tasks round
		if (delegations.open(request.delegateId(), today)
			.stream()
			.anyMatch(d -> d.getDelegateId() == delegatorId && d.overlaps(request.startsOn(), request.endsOn()))) {
			throw new DelegationRefused(Reason.CIRCULAR);
		}
	}

	private String name(long userId) {
		return Optional.ofNullable(org.members(List.of(userId)).get(userId))
			.map(OrgChart.Member::displayName)
			.orElse(Long.toString(userId));
	}

	private String describe(Delegation delegation) {
		DateTimeFormatter days = DateTimeFormatter.ISO_LOCAL_DATE;
		return "→ " + name(delegation.getDelegateId()) + " " + days.format(delegation.getStartsOn()) + " ~ "
				+ days.format(delegation.getEndsOn());
	}
}

package org.hutong.approvals.inbox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hutong.approvals.request.ActionKind;
import org.hutong.approvals.request.ApprovalRequest;
import org.hutong.approvals.request.TaskState;
import org.hutong.web.EnterpriseZone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox's lists and counts for one user, in the current enterprise (the entities' tenant filter
 * applies). Every tab lists requests newest first by id, so "加载更多" is a keyset on the request id,
 * the last column of the tenant-leading indexes it reads (submitter, assignee + state).
 */
@Service
@Transactional(readOnly = true)
public class InboxSearch {

	static final int PAGE_SIZE = 20;

	/** Tasks the user has decided: what 我已处理 lists. */
	static final Set<TaskState> DECIDED = Set.of(TaskState.APPROVED, TaskState.REJECTED, TaskState.TRANSFERRED,
			TaskState.RETURNED);

	private final EntityManager entityManager;

	private final InboxItems items;

	InboxSearch(EntityManager entityManager, InboxItems items) {
		this.entityManager = entityManager;
		this.items = items;
	}

	public InboxPage page(long userId, InboxFilter filter) {
		StringBuilder jpql = new StringBuilder("select r from ApprovalRequest r where ").append(scope(filter.tab()));
		if (filter.q() != null) {
			jpql.append(" and (lower(r.title) like :q or lower(r.number) like :q)");
		}
		if (filter.flow() != null) {
			jpql.append(" and r.flowKey = :flow");
		}
		if (filter.from() != null) {
			jpql.append(" and r.submittedAt >= :from");
		}
		if (filter.to() != null) {
			jpql.append(" and r.submittedAt < :to");
		}
		if (filter.after() != null) {
			jpql.append(" and r.id < :after");
		}
		TypedQuery<ApprovalRequest> query = entityManager.createQuery(jpql.append(" order by r.id desc").toString(),
				ApprovalRequest.class);
		bindScope(query, filter.tab(), userId);
		bindFilters(query, filter);
		List<ApprovalRequest> found = query.setMaxResults(PAGE_SIZE + 1).getResultList();
		List<ApprovalRequest> shown = found.subList(0, Math.min(PAGE_SIZE, found.size()));
		InboxFilter next = found.size() > PAGE_SIZE ? filter.after(shown.get(shown.size() - 1).getId()) : null;
		return new InboxPage(items.of(userId, filter.tab(), shown), next);
	}

	/**
	 * How many requests each tab holds, unfiltered. Counted in the table the tab is about (my tasks, my
	 * requests, my CC rows) through its index that leads with me, never by matching against every
	 * request of the enterprise: with a million finished requests that match cost 150 ms for an
	 * approver with 37,000 decided, the task index alone 8 ms (docs/BENCHMARKS.md, approvals).
	 */
	public Map<InboxTab, Long> counts(long userId) {
		Map<InboxTab, Long> counts = new EnumMap<>(InboxTab.class);
		for (InboxTab tab : InboxTab.values()) {
			TypedQuery<Long> query = entityManager.createQuery(countOf(tab), Long.class);
			bindScope(query, tab, userId);
			counts.put(tab, query.getSingleResult());
		}
		return counts;
	}

	private static String countOf(InboxTab tab) {
		return switch (tab) {
			case PENDING -> "select count(distinct t.requestId) from ApprovalTask t where t.assigneeId = :me and t.state = :state";
			case DONE -> "select count(distinct t.requestId) from ApprovalTask t where t.assigneeId = :me and t.state in :states";
			case MINE -> "select count(r) from ApprovalRequest r where r.submitterId = :me";
			case CC -> "select count(distinct a.requestId) from ApprovalAction a where a.targetUserId = :me and a.action = :cc";
		};
	}

	private static String scope(InboxTab tab) {
		return switch (tab) {
			case PENDING -> "r.id in (select t.requestId from ApprovalTask t where t.assigneeId = :me and t.state = :state)";
			case DONE -> "r.id in (select t.requestId from ApprovalTask t where t.assigneeId = :me and t.state in :states)";
			case MINE -> "r.submitterId = :me";
			case CC -> "r.id in (select a.requestId from ApprovalAction a where a.targetUserId = :me and a.action = :cc)";
		};
	}

	private static void bindScope(TypedQuery<?> query, InboxTab tab, long userId) {
		query.setParameter("me", userId);
		switch (tab) {
			case PENDING -> query.setParameter("state", TaskState.PENDING);
			case DONE -> query.setParameter("states", DECIDED);
			case CC -> query.setParameter("cc", ActionKind.CC);
			case MINE -> {
			}
		}
	}

	private static void bindFilters(TypedQuery<?> query, InboxFilter filter) {
		if (filter.q() != null) {
			query.setParameter("q", "%" + filter.q().toLowerCase().replace("%", "").replace("_", "") + "%");
		}
		if (filter.flow() != null) {
			query.setParameter("flow", filter.flow());
		}
		if (filter.from() != null) {
			query.setParameter("from", filter.from().atStartOfDay(EnterpriseZone.DEFAULT).toInstant());
		}
		if (filter.to() != null) {
			query.setParameter("to", filter.to().plusDays(1).atStartOfDay(EnterpriseZone.DEFAULT).toInstant());
		}
		if (filter.after() != null) {
			query.setParameter("after", filter.after());
		}
	}
}

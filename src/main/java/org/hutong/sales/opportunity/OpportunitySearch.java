package org.hutong.sales.opportunity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Subquery;

import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerSummary;
import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.pipeline.PipelineView;
import org.hutong.sales.pipeline.PipelineView.StageView;
import org.hutong.sales.pipeline.Pipelines;
import org.hutong.sales.pipeline.StageOutcome;
import org.hutong.shared.CappedCount;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads deals newest change first, a page at a time after a cursor (last change, id), over the
 * indexes that lead with the enterprise and the owner. 我的 is the deals the user owns or is on the
 * team of; 团队 adds those of every owner the data scope shows. Names of customers, owners and
 * stages are read once per page, never per row.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(OpportunityPermissions.MAY_READ)
public class OpportunitySearch {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_LIMIT = 200;

	/** A list counts its matches up to here and shows 999+ beyond: a count is never a scan of the enterprise. */
	public static final int COUNT_CAP = 999;

	private final OpportunityRepository opportunities;

	private final DataScopes scopes;

	private final Names names;

	private final CappedCount<Opportunity> counts;

	/** Where the names of a page come from. */
	record Names(CustomerDirectory customers, Colleagues colleagues, Pipelines pipelines) {
	}

	OpportunitySearch(OpportunityRepository opportunities, DataScopes scopes, CustomerDirectory customers,
			Colleagues colleagues, Pipelines pipelines, EntityManager entities) {
		this.opportunities = opportunities;
		this.scopes = scopes;
		this.names = new Names(customers, colleagues, pipelines);
		this.counts = new CappedCount<>(entities, Opportunity.class);
	}

	/**
	 * One page. The deals owned by visible owners and those the user is on the team of are read by two
	 * keyset queries, each over its own index (owner, or the user's memberships), and merged: one
	 * query with "owned or member" would read the enterprise's deals in date order to find a rep's few.
	 */
	public OpportunityPage page(SignedInUser user, OpportunityFilter filter, int limit) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		Specification<Opportunity> matching = matching(filter);
		Specification<Opportunity> owned = owned(user, filter.scope()).and(matching);
		Specification<Opportunity> shared = live().and(onTeam(user.userId())).and(Specification.not(owned(user, filter.scope())))
			.and(matching);
		List<Opportunity> found = merged(first(owned, filter, size + 1), first(shared, filter, size + 1), size + 1);
		List<Opportunity> shown = found.subList(0, Math.min(found.size(), size));
		Opportunity last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		OpportunityFilter next = found.size() > size ? filter.after(last.getUpdatedAt(), last.getId()) : null;
		Long total = filter.first() ? (next == null ? (long) shown.size()
				: Math.min(COUNT_CAP + 1, counts.upTo(owned, COUNT_CAP) + counts.upTo(shared, COUNT_CAP))) : null;
		return new OpportunityPage(rows(shown), total, next);
	}

	private List<Opportunity> first(Specification<Opportunity> spec, OpportunityFilter filter, int n) {
		return opportunities.findBy(spec.and(after(filter.cursor())),
				query -> query.sortBy(NEWEST).limit(n).all());
	}

	private static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "updatedAt", "id");

	private static final java.util.Comparator<Opportunity> NEWEST_FIRST = java.util.Comparator
		.comparing(Opportunity::getUpdatedAt).thenComparing(Opportunity::getId).reversed();

	private static List<Opportunity> merged(List<Opportunity> a, List<Opportunity> b, int n) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).sorted(NEWEST_FIRST).limit(n).toList();
	}

	/** The deals the user sees on one stage, newest change first, for a column of the board. */
	List<OpportunityRow> onStage(SignedInUser user, OpportunityScope scope, long pipelineId, long stageId,
			java.time.Instant closedSince, int limit) {
		Specification<Opportunity> onStage = (root, query, cb) -> cb.and(cb.equal(root.get("pipelineId"), pipelineId),
				cb.equal(root.get("stageId"), stageId));
		if (closedSince != null) {
			onStage = onStage.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("closedAt"), closedSince));
		}
		Specification<Opportunity> owned = owned(user, scope).and(onStage);
		Specification<Opportunity> shared = live().and(onTeam(user.userId())).and(Specification.not(owned(user, scope)))
			.and(onStage);
		OpportunityFilter none = OpportunityFilter.none();
		return rows(merged(first(owned, none, limit), first(shared, none, limit), limit));
	}

	/** A deal the user may see, or {@link org.hutong.web.RecordNotFound}. */
	OpportunityRow row(Opportunity opportunity) {
		return rows(List.of(opportunity)).get(0);
	}

	/** Live deals owned by the user (我的) or by an owner the data scope shows (团队). */
	private Specification<Opportunity> owned(SignedInUser user, OpportunityScope scope) {
		if (scope == OpportunityScope.MINE) {
			return live().and((root, query, cb) -> cb.equal(root.get("ownerId"), user.userId()));
		}
		return live().and(scopes.of(user).ownedBy("ownerId"));
	}

	private static Specification<Opportunity> live() {
		return (root, query, cb) -> cb.isNull(root.get("deletedAt"));
	}

	private static Specification<Opportunity> onTeam(long userId) {
		return (root, query, cb) -> {
			Subquery<Long> member = query.subquery(Long.class);
			var m = member.from(OpportunityMember.class);
			member.select(m.get("id")).where(cb.equal(m.get("opportunity"), root), cb.equal(m.get("userId"), userId));
			return cb.exists(member);
		};
	}

	private static Specification<Opportunity> matching(OpportunityFilter filter) {
		return (root, query, cb) -> {
			List<jakarta.persistence.criteria.Predicate> all = new java.util.ArrayList<>();
			if (filter.q() != null) {
				all.add(cb.like(cb.lower(root.get("name")), "%" + escape(filter.q().toLowerCase(java.util.Locale.ROOT)) + "%", '\\'));
			}
			if (filter.pipeline() != null) {
				all.add(cb.equal(root.get("pipelineId"), filter.pipeline()));
			}
			if (filter.stage() != null) {
				all.add(cb.equal(root.get("stageId"), filter.stage()));
			}
			if (filter.customer() != null) {
				all.add(cb.equal(root.get("customerId"), filter.customer()));
			}
			if (filter.status() == OpportunityStatus.OPEN) {
				all.add(cb.isNull(root.get("outcome")));
			}
			else if (filter.status() != null) {
				all.add(cb.equal(root.get("outcome"), StageOutcome.valueOf(filter.status().name())));
			}
			return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}

	private static Specification<Opportunity> after(OpportunityFilter.Cursor cursor) {
		if (cursor == null) {
			return Specification.unrestricted();
		}
		return (root, query, cb) -> cb.or(cb.lessThan(root.get("updatedAt"), cursor.updatedAt()),
				cb.and(cb.equal(root.get("updatedAt"), cursor.updatedAt()), cb.lessThan(root.get("id"), cursor.id())));
	}

	private static String escape(String typed) {
		return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private List<OpportunityRow> rows(List<Opportunity> shown) {
		if (shown.isEmpty()) {
			return List.of();
		}
		Map<Long, CustomerSummary> customers = names.customers().findAll(ids(shown, Opportunity::getCustomerId));
		Map<Long, String> owners = names.colleagues().names(ids(shown, Opportunity::getOwnerId));
		Map<Long, StageView> stages = stages();
		return shown.stream().map(o -> {
			StageView stage = stages.get(o.getStageId());
			CustomerSummary customer = customers.get(o.getCustomerId());
			return new OpportunityRow(o.getId(), o.getName(), o.getCustomerId(), customer == null ? null : customer.name(),
					o.getOwnerId(), owners.get(o.getOwnerId()), o.getPipelineId(), o.getStageId(),
					stage == null ? null : stage.name(), stage == null ? 0 : stage.probability(), o.getOutcome(),
					o.getAmount(), o.getExpectedClose(), o.getUpdatedAt(), o.getVersion());
		}).toList();
	}

	Map<Long, StageView> stages() {
		return names.pipelines().all().stream().flatMap(pipeline -> pipeline.stages().stream())
			.collect(Collectors.toMap(StageView::id, Function.identity()));
	}

	List<PipelineView> pipelines() {
		return names.pipelines().all();
	}

	private static Set<Long> ids(Collection<Opportunity> shown, Function<Opportunity, Long> id) {
		return shown.stream().map(id).collect(Collectors.toSet());
	}
}

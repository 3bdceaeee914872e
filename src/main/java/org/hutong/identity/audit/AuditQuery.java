package org.hutong.identity.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.hutong.identity.AuditAction;
import org.springframework.data.jpa.domain.Specification;

/**
 * The audit log filters and keyset cursor: newest first, then the rows after the last one shown.
 *
 * @param action one action or {@code null} for all
 * @param actor part of the actor's username
 * @param from first day shown (inclusive), in the enterprise's zone
 * @param to last day shown (inclusive)
 * @param before id of the last entry already shown
 */
public record AuditQuery(AuditAction action, String actor, LocalDate from, LocalDate to, Long before) {

	/** How many of the 筛选 sheet's filters narrow the log (the days count once). */
	public int activeFilters() {
		return (action == null ? 0 : 1) + (from == null && to == null ? 0 : 1);
	}

	/** Whether anything narrows the log. */
	public boolean narrowed() {
		return (actor != null && !actor.isBlank()) || activeFilters() > 0;
	}

	Specification<AuditEntry> toSpecification(ZoneId zone, AuditEntry cursor) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (action != null) {
				where.add(cb.equal(root.get("action"), action.name()));
			}
			if (actor != null && !actor.isBlank()) {
				where.add(cb.like(cb.lower(root.get("actorName")), "%" + escape(actor.strip().toLowerCase()) + "%", '\\'));
			}
			if (from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(zone).toInstant()));
			}
			if (to != null) {
				where.add(cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(zone).toInstant()));
			}
			if (cursor != null) {
				Instant at = cursor.getOccurredAt();
				where.add(cb.or(cb.lessThan(root.get("occurredAt"), at),
						cb.and(cb.equal(root.get("occurredAt"), at), cb.lessThan(root.get("id"), cursor.getId()))));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}

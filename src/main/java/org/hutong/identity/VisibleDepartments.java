package org.hutong.identity;

import java.util.Set;

import org.springframework.data.jpa.domain.Specification;

/**
 * The departments whose records the current user sees under the data scope of their roles: none for
 * 本人, their own for 本部门, their own and those below for 本部门及下级, every one for 全部. For records
 * kept per department rather than per owner (研发项目).
 *
 * @param ids the visible departments, or {@code null} when the user sees every department
 */
public record VisibleDepartments(Set<Long> ids) {

	public static final VisibleDepartments ALL = new VisibleDepartments(null);

	public VisibleDepartments {
		ids = ids == null ? null : Set.copyOf(ids);
	}

	public boolean all() {
		return ids == null;
	}

	/** Whether the scope covers any department at all: a 部门 list is worth offering. */
	public boolean any() {
		return all() || !ids.isEmpty();
	}

	public boolean includes(Long departmentId) {
		return all() || (departmentId != null && ids.contains(departmentId));
	}

	/** Rows whose {@code departmentAttribute} is a visible department (a row of no department only under 全部). */
	public <T> Specification<T> in(String departmentAttribute) {
		return (root, query, cb) -> all() ? cb.conjunction()
				: ids.isEmpty() ? cb.disjunction() : root.get(departmentAttribute).in(ids);
	}
}

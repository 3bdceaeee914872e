package org.hutong.projects.budget;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Labour spent on projects: time × each person's cost rate, as amounts only (rates never leave their
 * folder). Implemented by the time entries; without an implementation the budget shows labour as
 * not known rather than zero.
 */
public interface LabourActuals {

	/** A project's labour per phase id; the key null (or absent) for time booked to no phase. */
	Map<Long, BigDecimal> byPhase(long projectId);

	/** The labour of each project in total; a project without any may be absent. */
	Map<Long, BigDecimal> totals(Collection<Long> projectIds);
}

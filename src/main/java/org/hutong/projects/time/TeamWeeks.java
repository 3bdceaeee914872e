package org.hutong.projects.time;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.projects.project.ProjectWork;
import org.hutong.projects.project.ProjectWork.WorkGrant;
import org.hutong.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's team week, for whoever leads the project's work (its manager, and those whose role and
 * data scope let them change it): two grouped queries over the project's entries of the week.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ProjectPermissions.MAY_READ)
public class TeamWeeks {

	private final ProjectWork work;

	private final JdbcClient jdbc;

	private final Colleagues colleagues;

	private final TimeKeeping keeping;

	TeamWeeks(ProjectWork work, JdbcClient jdbc, Colleagues colleagues, TimeKeeping keeping) {
		this.work = work;
		this.jdbc = jdbc;
		this.colleagues = colleagues;
		this.keeping = keeping;
	}

	/** Whether the user may see the project's team week (not found when they may not see the project). */
	public boolean mayRead(SignedInUser me, long projectId) {
		WorkGrant grant = work.grant(me, projectId);
		return grant.mayLead() || grant.managerId() == me.userId();
	}

	public TeamWeek of(SignedInUser me, long projectId, Week week) {
		WorkGrant grant = work.grant(me, projectId);
		if (!grant.mayLead() && grant.managerId() != me.userId()) {
			throw new AccessDeniedException("the team week is for who leads the project");
		}
		long tenant = TenantContext.require();
		Map<Long, Map<LocalDate, BigDecimal>> byMember = new HashMap<>();
		jdbc.sql("""
				SELECT user_id, work_day, SUM(hours) FROM projects_time_entry
				WHERE tenant_id = :tenant AND project_id = :project AND work_day BETWEEN :from AND :to
				GROUP BY user_id, work_day""").param("tenant", tenant).param("project", projectId)
			.param("from", week.monday()).param("to", week.sunday())
			.query((rs, n) -> byMember.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
				.put(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3))).list();
		List<TeamWeek.TaskHours> tasks = jdbc.sql("""
				SELECT t.id, t.title, t.planned_hours, SUM(e.hours) FROM projects_time_entry e
				JOIN projects_task t ON t.id = e.task_id
				WHERE e.tenant_id = :tenant AND e.project_id = :project AND e.work_day BETWEEN :from AND :to
				GROUP BY t.id, t.title, t.planned_hours ORDER BY SUM(e.hours) DESC, t.id""")
			.param("tenant", tenant).param("project", projectId).param("from", week.monday()).param("to", week.sunday())
			.query((rs, n) -> new TeamWeek.TaskHours(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
			.list();
		Set<Long> people = new LinkedHashSet<>(grant.workers());
		people.addAll(byMember.keySet());
		Map<Long, String> names = colleagues.names(people);
		List<TeamWeek.Member> members = new ArrayList<>();
		for (long person : people) {
			Map<LocalDate, BigDecimal> days = byMember.getOrDefault(person, Map.of());
			List<BigDecimal> hours = week.days().stream().map(day -> days.getOrDefault(day, BigDecimal.ZERO)).toList();
			members.add(new TeamWeek.Member(person, names.getOrDefault(person, ""), hours, sum(hours)));
		}
		List<BigDecimal> dayTotals = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			int day = i;
			dayTotals.add(sum(members.stream().map(m -> m.days().get(day)).toList()));
		}
		Week next = week.next().monday().isAfter(keeping.today()) ? null : week.next();
		return new TeamWeek(projectId, grant.name(), week, next, members, tasks, dayTotals, sum(dayTotals));
	}

	private static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}

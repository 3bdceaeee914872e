package org.hutong.projects.milestone;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Component;

/**
 * What a milestone needs to know of its project's work, one query per kind: which tasks are done,
 * which deliverables have a version, whether ids belong to the project, and who leads it.
 */
@Component
class ProjectWorkFacts {

	private final TenantJdbc jdbc;

	ProjectWorkFacts(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	Set<Long> doneTasks(long projectId) {
		return ids("select id from projects_task where tenant_id = :tenantId and project_id = :project "
				+ "and category = 'DONE'", projectId);
	}

	Set<Long> submittedDeliverables(long projectId) {
		return ids("select id from projects_deliverable where tenant_id = :tenantId and project_id = :project "
				+ "and versions > 0", projectId);
	}

	Set<Long> tasks(long projectId) {
		return ids("select id from projects_task where tenant_id = :tenantId and project_id = :project", projectId);
	}

	Set<Long> deliverables(long projectId) {
		return ids("select id from projects_deliverable where tenant_id = :tenantId and project_id = :project",
				projectId);
	}

	Set<Long> phases(long projectId) {
		return ids("select id from projects_phase where tenant_id = :tenantId and project_id = :project", projectId);
	}

	/** Whether the user is the project's manager or one of its 负责人 / 技术负责人. */
	boolean leads(long projectId, long userId) {
		return jdbc.sql("select count(*) from projects_project p where p.tenant_id = :tenantId and p.id = :project "
				+ "and (p.manager_id = :user or exists (select 1 from projects_member m where m.tenant_id = :tenantId "
				+ "and m.project_id = p.id and m.user_id = :user and m.role in ('LEAD', 'TECH_LEAD')))")
			.param("project", projectId).param("user", userId).query(Long.class).single() > 0;
	}

	/** The project's phases, tasks and deliverables to pick from, each kind in its order. */
	MilestonesView.Choices choices(long projectId) {
		return new MilestonesView.Choices(
				choices("select id, name from projects_phase where tenant_id = :tenantId and project_id = :project "
						+ "order by position", projectId),
				choices("select id, title from projects_task where tenant_id = :tenantId and project_id = :project "
						+ "order by coalesce(due_date, start_date), id", projectId),
				choices("select id, name from projects_deliverable where tenant_id = :tenantId "
						+ "and project_id = :project order by phase_id, position, id", projectId));
	}

	private List<MilestonesView.Choice> choices(String sql, long projectId) {
		return jdbc.sql(sql).param("project", projectId)
			.query((rs, n) -> new MilestonesView.Choice(rs.getLong(1), rs.getString(2))).list();
	}

	private Set<Long> ids(String sql, long projectId) {
		List<Long> ids = jdbc.sql(sql).param("project", projectId).query(Long.class).list();
		return new HashSet<>(ids);
	}
}

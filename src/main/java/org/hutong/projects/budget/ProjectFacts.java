package org.hutong.projects.budget;

import java.math.BigDecimal;

import org.hutong.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the budget needs of a project it was let see: its manager, whether a user is its 负责人, its grant. */
@Component
class ProjectFacts {

	private final JdbcClient jdbc;

	ProjectFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param fundedAmount the grant of a funded type's project, else null */
	record Facts(long id, String name, long managerId, boolean funded, BigDecimal fundedAmount) {
	}

	Facts of(long projectId) {
		return jdbc.sql("""
				SELECT p.id, p.name, p.manager_id, t.funded, p.funded_amount FROM projects_project p
				JOIN projects_type t ON t.id = p.type_id WHERE p.tenant_id = :tenant AND p.id = :id""")
			.param("tenant", TenantContext.require()).param("id", projectId)
			.query((rs, n) -> new Facts(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4),
					rs.getBoolean(4) ? rs.getBigDecimal(5) : null))
			.single();
	}

	/** The project's 项目类型. */
	long typeOf(long projectId) {
		return jdbc.sql("SELECT type_id FROM projects_project WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", TenantContext.require()).param("id", projectId).query(Long.class).single();
	}

	/**
	 * The type's projects that follow their type's set without having chosen one, and already have
	 * budget lines or costs in it: they keep that set when the type moves to another.
	 */
	java.util.List<Long> budgetedWithoutChoice(long typeId) {
		return jdbc.sql("""
				SELECT p.id FROM projects_project p WHERE p.tenant_id = :tenant AND p.type_id = :type
				AND NOT EXISTS (SELECT 1 FROM projects_budget b WHERE b.tenant_id = p.tenant_id AND b.project_id = p.id)
				AND (EXISTS (SELECT 1 FROM projects_budget_line l WHERE l.tenant_id = p.tenant_id AND l.project_id = p.id)
				OR EXISTS (SELECT 1 FROM projects_cost c WHERE c.tenant_id = p.tenant_id AND c.project_id = p.id))""")
			.param("tenant", TenantContext.require()).param("type", typeId).query(Long.class).list();
	}

	/** The manager or a 负责人 of the project: who keeps its budget and costs. */
	boolean keeps(long projectId, long userId) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM projects_project p WHERE p.tenant_id = :tenant AND p.id = :id AND (p.manager_id = :user
				OR EXISTS (SELECT 1 FROM projects_member m WHERE m.tenant_id = p.tenant_id AND m.project_id = p.id
				AND m.user_id = :user AND m.role = 'LEAD'))""")
			.param("tenant", TenantContext.require()).param("id", projectId).param("user", userId)
			.query(Long.class).single() > 0;
	}
}

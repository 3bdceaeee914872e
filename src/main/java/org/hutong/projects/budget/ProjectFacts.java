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

package org.hutong.projects.budget;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The set a 项目类型 of {@code demo} follows is invisible to {@code demo2} by id. It is written here,
 * for demo's first type and its default set, which that type follows anyway. (The settings page is
 * the enterprise's own list: {@link CategorySettingsTests} shows demo2's leaves demo's sets out.)
 */
class CategorySettingsIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	@Autowired
	BudgetTypeSetRepository typeSets;

	@Autowired
	BudgetSetRepository sets;

	@Override
	protected List<Isolated> entities() {
		return List.of(new Isolated("budget type set", this::typeSet, this::visible, null, null));
	}

	private long typeSet() {
		long type = entityManager.createQuery("select t.id from ProjectType t order by t.id", Long.class).setMaxResults(1)
			.getSingleResult();
		return typeSets.findByTypeId(type).map(BudgetTypeSet::getId)
			.orElseGet(() -> typeSets.save(new BudgetTypeSet(type, sets.findFirstByIsDefaultTrue().orElseThrow().getId()))
				.getId());
	}

	private boolean visible(long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(e) from BudgetTypeSet e where e.id = :id", Long.class)
			.setParameter("id", id).getSingleResult() > 0;
	}
}

package org.hutong.sales.target;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** A 销售目标 of {@code demo} (from its demo data) is invisible to {@code demo2}. */
class TargetIsolationTests extends TenantIsolationTestBase {

	@Autowired
	TargetRepository targets;

	@Autowired
	EntityManager entityManager;

	@Override
	protected List<Isolated> entities() {
		return List.of(new Isolated("sales target", () -> entityManager
			.createQuery("select t.id from Target t order by t.id", Long.class).setMaxResults(1).getSingleResult(),
				id -> targets.findById(id).isPresent(), null, null));
	}
}

package org.hutong.sales.pipeline;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** A pipeline of {@code demo}, its stages and its lost reasons are invisible to {@code demo2}. */
class PipelineIsolationTests extends TenantIsolationTestBase {

	@Autowired
	PipelineRepository pipelines;

	@Autowired
	LostReasonRepository reasons;

	@Autowired
	EntityManager entityManager;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("pipeline", this::newPipeline, id -> pipelines.findById(id).isPresent(), null,
						id -> get("/api/v1/pipelines/{id}", id)),
				new Isolated("lost reason", () -> reasons.save(new LostReason("隔离" + ThreadLocalRandom.current().nextInt(1_000_000), 9)).getId(),
						id -> reasons.findById(id).isPresent(), null, null),
				new Isolated("pipeline stage", () -> pipelines.findById(newPipeline()).orElseThrow().getStages().get(0).getId(),
						this::stageVisible, null, null));
	}

	private boolean stageVisible(long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(s) from Stage s where s.id = :id", Long.class)
			.setParameter("id", id)
			.getSingleResult() > 0;
	}

	private long newPipeline() {
		return pipelines.save(new Pipeline("隔离流程" + ThreadLocalRandom.current().nextInt(1_000_000), 9,
				Pipelines.DEFAULT_STAGES, "赢单", "输单")).getId();
	}
}

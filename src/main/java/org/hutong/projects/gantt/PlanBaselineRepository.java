package org.hutong.projects.gantt;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanBaselineRepository extends JpaRepository<PlanBaseline, Long> {

	/** A project's baselines, newest first. */
	List<PlanBaseline> findByProjectIdOrderByTakenAtDescIdDesc(long projectId);
}

package org.hutong.sales.pipeline;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PipelineRepository extends JpaRepository<Pipeline, Long> {

	@EntityGraph(attributePaths = "stages")
	List<Pipeline> findAllByOrderByPositionAscIdAsc();

	boolean existsByName(String name);

	boolean existsByNameAndIdNot(String name, long id);
}

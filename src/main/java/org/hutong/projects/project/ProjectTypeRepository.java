package org.hutong.projects.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectTypeRepository extends JpaRepository<ProjectType, Long> {

	List<ProjectType> findAllByOrderByPositionAscIdAsc();

	boolean existsByName(String name);

	boolean existsByNameAndIdNot(String name, long id);
}

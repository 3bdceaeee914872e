package org.hutong.projects.budget;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CrossingRepository extends JpaRepository<Crossing, Long> {

	List<Crossing> findByProjectId(long projectId);
}

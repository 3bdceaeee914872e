package org.hutong.projects.project;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectPolicyRepository extends JpaRepository<ProjectPolicy, Long> {

	Optional<ProjectPolicy> findFirstByOrderByIdAsc();
}

package org.hutong.projects.lifecycle;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LifecycleTemplateRepository extends JpaRepository<LifecycleTemplate, Long> {

	List<LifecycleTemplate> findAllByOrderByPositionAscIdAsc();

	List<LifecycleTemplate> findByActiveTrueOrderByPositionAscIdAsc();

	Optional<LifecycleTemplate> findByCode(String code);
}

package org.hutong.projects.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

	/** The project under a row lock until the transaction ends: two changes to its members at once wait. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Project p where p.id = :id")
	Optional<Project> lockById(long id);

	List<Project> findByTemplateIdAndStatusInOrderByCodeAscIdAsc(long templateId, Collection<ProjectStatus> statuses);
}

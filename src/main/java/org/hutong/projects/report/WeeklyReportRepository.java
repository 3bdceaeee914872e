package org.hutong.projects.report;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WeeklyReportRepository extends JpaRepository<WeeklyReport, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from WeeklyReport r where r.id = :id")
	Optional<WeeklyReport> lockById(long id);

	Optional<WeeklyReport> findByProjectIdAndWeek(long projectId, String week);
}

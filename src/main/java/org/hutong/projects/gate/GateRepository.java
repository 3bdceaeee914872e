package org.hutong.projects.gate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface GateRepository extends JpaRepository<Gate, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select g from Gate g where g.id = :id")
	Optional<Gate> lockById(long id);

	List<Gate> findByProjectIdOrderByIdDesc(long projectId);

	boolean existsByProjectIdAndStatus(long projectId, GateStatus status);

	Optional<Gate> findByApprovalRequestId(long approvalRequestId);

	List<Gate> findByOutcomeAndHoldRemindedFalseAndHoldUntilLessThanEqual(GateOutcome outcome, LocalDate day);
}

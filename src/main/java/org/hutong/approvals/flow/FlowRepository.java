package org.hutong.approvals.flow;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface FlowRepository extends JpaRepository<Flow, Long> {

	Optional<Flow> findByKey(String key);

	/** The flow row locked for the transaction: submissions of one flow take turns, so a subject gets one open request. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from Flow f where f.key = :key")
	Optional<Flow> lockByKey(String key);
}

package org.hutong.projects.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CostRateRepository extends JpaRepository<CostRate, Long> {

	Optional<CostRate> findByUserIdAndEffectiveFrom(long userId, LocalDate effectiveFrom);

	/** Every rate of the enterprise, each person's newest first. */
	List<CostRate> findAllByOrderByUserIdAscEffectiveFromDesc();

	List<CostRate> findByUserIdOrderByEffectiveFromDesc(long userId);
}

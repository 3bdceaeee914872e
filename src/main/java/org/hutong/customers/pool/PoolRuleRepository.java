package org.hutong.customers.pool;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The current enterprise's rule row (the tenant filter leaves at most one). */
interface PoolRuleRepository extends JpaRepository<PoolRule, Long> {

	Optional<PoolRule> findFirstByOrderByIdAsc();
}

package org.hutong.sales.contract;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ContractPolicyRepository extends JpaRepository<ContractPolicy, Long> {

	/** The current enterprise's settings: the tenant filter and the unique tenant leave at most one. */
	Optional<ContractPolicy> findFirstByIdIsNotNull();

	/** The same under a row lock until the transaction ends: a save and a seeding never interleave. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from ContractPolicy p")
	Optional<ContractPolicy> lockCurrent();
}

package org.hutong.customers.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

	Optional<Customer> findByIdAndDeletedAtIsNull(Long id);

	List<Customer> findByKeysNameNormalisedAndDeletedAtIsNull(String nameNormalised);

	/** The live customer with this normalised name, by the unique key of V26. */
	List<Customer> findByLiveName(String liveName);

	/** Deleted ones too: the unique index keeps a code taken while its customer is in the recycle bin. */
	List<Customer> findByCreditCode(String creditCode);

	boolean existsByDeletedAtIsNull();
}

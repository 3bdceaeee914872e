package org.hutong.customers.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

	Optional<Customer> findByIdAndDeletedAtIsNull(Long id);

	List<Customer> findByKeysNameNormalisedAndDeletedAtIsNull(String nameNormalised);

	/** Deleted ones too: the unique index keeps a code taken while its customer is in the recycle bin. */
	List<Customer> findByCreditCode(String creditCode);

	/** Candidates for the "similar name" warning: same leading characters or the same initials. */
	@Query("""
			select c from Customer c where c.deletedAt is null
			and (c.keys.nameNormalised like :prefix or c.keys.nameInitials = :initials)""")
	List<Customer> findSimilarCandidates(String prefix, String initials, Limit limit);

	boolean existsByDeletedAtIsNull();
}

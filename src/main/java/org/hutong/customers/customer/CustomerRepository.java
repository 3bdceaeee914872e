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

	/** The live customer with this normalised name, by the unique key of V26. */
	List<Customer> findByLiveName(String liveName);

	/** Deleted ones too: the unique index keeps a code taken while its customer is in the recycle bin. */
	List<Customer> findByCreditCode(String creditCode);

	/**
	 * Candidates for the "similar name" warning: normalised names from {@code lead} (inclusive) to
	 * {@code beyond}, that start with {@code lead}. The range lets both databases walk the name index
	 * (PostgreSQL uses none for {@code LIKE 'x%'} unless the collation is C); the {@code LIKE} keeps
	 * the match exact.
	 */
	@Query("""
			select c from Customer c where c.deletedAt is null
			and c.keys.nameNormalised >= :lead and c.keys.nameNormalised < :beyond and c.keys.nameNormalised like :pattern""")
	List<Customer> findByNameStart(String lead, String beyond, String pattern, Limit limit);

	/** Candidates for the "similar name" warning: the same pinyin initials. */
	@Query("select c from Customer c where c.deletedAt is null and c.keys.nameInitials = :initials")
	List<Customer> findByInitials(String initials, Limit limit);

	boolean existsByDeletedAtIsNull();
}

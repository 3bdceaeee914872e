package org.hutong.customers.contact;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRepository extends JpaRepository<Contact, Long> {

	Optional<Contact> findByIdAndDeletedAtIsNull(Long id);

	List<Contact> findByCustomerIdAndDeletedAtIsNullOrderByDecisionMakerDescIdAsc(long customerId);

	List<Contact> findByMobileAndDeletedAtIsNull(String mobile);

	/** The contact holding this mobile by the unique key of V26: live, at a live customer. */
	List<Contact> findByLiveMobile(String liveMobile);
}

package org.hutong.tenancy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TenantRepository extends JpaRepository<Tenant, Long> {

	Optional<Tenant> findByCode(String code);

	boolean existsByCode(String code);

	List<Tenant> findAllByOrderByCreatedAtAscIdAsc();
}

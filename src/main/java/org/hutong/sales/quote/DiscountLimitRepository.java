package org.hutong.sales.quote;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DiscountLimitRepository extends JpaRepository<DiscountLimit, Long> {

	List<DiscountLimit> findByRoleIdIn(Collection<Long> roleIds);

	Optional<DiscountLimit> findByRoleId(long roleId);
}

package org.hutong.identity.role;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleRepository extends JpaRepository<Role, Long> {

	List<Role> findAllByOrderByIdAsc();

	List<Role> findByIdIn(Collection<Long> ids);

	Optional<Role> findByName(String name);

	boolean existsByName(String name);
}

package org.hutong.approvals.flow;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FlowRepository extends JpaRepository<Flow, Long> {

	Optional<Flow> findByKey(String key);
}

package org.hutong.approvals.flow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FlowVersionRepository extends JpaRepository<FlowVersion, Long> {

	List<FlowVersion> findByFlowIdOrderByNumberDesc(long flowId);
}

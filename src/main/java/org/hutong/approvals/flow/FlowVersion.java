package org.hutong.approvals.flow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** One saved definition of a flow, numbered 1..n; never changed, so running requests keep theirs. */
@Entity
@Table(name = "approval_flow_version")
public class FlowVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "flow_id")
	private long flowId;

	private int number;

	private String definition;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private Long createdBy;

	protected FlowVersion() {
	}

	FlowVersion(long flowId, int number, FlowDefinition definition, Long createdBy, Instant now) {
		this.flowId = flowId;
		this.number = number;
		this.definition = FlowJson.write(definition);
		this.createdBy = createdBy;
		this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	public Long getId() {
		return id;
	}

	public long getFlowId() {
		return flowId;
	}

	public int getNumber() {
		return number;
	}

	public FlowDefinition definition() {
		return FlowJson.definition(definition);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}

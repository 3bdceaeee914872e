package org.hutong.projects.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** A person named as gatekeeper of a project phase's gate, copied from the template. */
@Entity
@Table(name = "projects_phase_gatekeeper")
public class PhaseGatekeeper {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "phase_id")
	private Phase phase;

	@Column(name = "user_id")
	private long userId;

	protected PhaseGatekeeper() {
	}

	PhaseGatekeeper(Phase phase, long userId) {
		this.phase = phase;
		this.userId = userId;
	}

	public Long getId() {
		return id;
	}

	public long getUserId() {
		return userId;
	}
}

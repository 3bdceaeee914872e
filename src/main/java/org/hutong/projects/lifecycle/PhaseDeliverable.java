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

/** A deliverable a project's phase requires before its gate, copied from the template: the deliverables module fills it later. */
@Entity
@Table(name = "projects_phase_deliverable")
public class PhaseDeliverable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "phase_id")
	private Phase phase;

	private int position;

	private String name;

	protected PhaseDeliverable() {
	}

	PhaseDeliverable(Phase phase, int position, String name) {
		this.phase = phase;
		this.position = position;
		this.name = name;
	}

	void renumber(int newPosition) {
		position = newPosition;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public String getName() {
		return name;
	}
}

package org.hutong.projects.gate;

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

/** A gatekeeper's answer to one criterion: 是/否 for a must-meet, 1–5 for a should-meet. */
@Entity
@Table(name = "projects_gate_answer")
public class GateAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "score_id")
	private GateScore score;

	@Column(name = "criterion_id")
	private long criterionId;

	private Boolean met;

	private Integer points;

	protected GateAnswer() {
	}

	GateAnswer(GateScore score, long criterionId, Boolean met, Integer points) {
		this.score = score;
		this.criterionId = criterionId;
		this.met = met;
		this.points = points;
	}

	public long getCriterionId() {
		return criterionId;
	}

	public Boolean getMet() {
		return met;
	}

	public Integer getPoints() {
		return points;
	}
}

package org.hutong.projects.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** A criterion of a template phase's gate: must-meet (a checklist item) or should-meet with its weight. */
@Entity
@Table(name = "projects_template_criterion")
public class TemplateCriterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "phase_id")
	private TemplatePhase phase;

	private int position;

	@Enumerated(EnumType.STRING)
	private CriterionKind kind;

	private String label;

	/** The weight of a should-meet criterion; {@code null} for a must-meet one. */
	private Integer weight;

	protected TemplateCriterion() {
	}

	TemplateCriterion(TemplatePhase phase, int position, CriterionKind kind, String label, Integer weight) {
		this.phase = phase;
		this.position = position;
		this.kind = kind;
		this.label = label;
		this.weight = kind == CriterionKind.SHOULD ? weight : null;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public CriterionKind getKind() {
		return kind;
	}

	public String getLabel() {
		return label;
	}

	public Integer getWeight() {
		return weight;
	}
}

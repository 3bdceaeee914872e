package org.hutong.sales.pipeline;

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

/**
 * 阶段: one step of a pipeline with its win probability and what an opportunity needs to enter it
 * (an amount, an expected close date: before 方案报价, say). 赢单 and 输单 carry an outcome.
 */
@Entity
@Table(name = "sales_pipeline_stage")
public class Stage {

	static final int NAME_LENGTH = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "pipeline_id")
	private Pipeline pipeline;

	private String name;

	private int position;

	private int probability;

	@Enumerated(EnumType.STRING)
	private StageOutcome outcome;

	@Column(name = "requires_amount")
	private boolean requiresAmount;

	@Column(name = "requires_close_date")
	private boolean requiresCloseDate;

	protected Stage() {
	}

	Stage(Pipeline pipeline, String name, int probability, StageOutcome outcome) {
		this.pipeline = pipeline;
		this.name = name;
		this.probability = probability;
		this.outcome = outcome;
	}

	void change(String newName, int newProbability, boolean amount, boolean closeDate) {
		this.name = newName;
		this.probability = outcome == StageOutcome.WON ? 100 : outcome == StageOutcome.LOST ? 0 : newProbability;
		this.requiresAmount = amount;
		this.requiresCloseDate = closeDate;
	}

	void place(int newPosition) {
		this.position = newPosition;
	}

	public boolean isFinal() {
		return outcome != null;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public int getPosition() {
		return position;
	}

	public int getProbability() {
		return probability;
	}

	public StageOutcome getOutcome() {
		return outcome;
	}

	public boolean isRequiresAmount() {
		return requiresAmount;
	}

	public boolean isRequiresCloseDate() {
		return requiresCloseDate;
	}
}

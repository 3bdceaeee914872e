package org.hutong.projects.gantt;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** One phase, milestone or task of a baseline with its dates then (finish: the last day). */
@Entity
@Table(name = "projects_plan_baseline_item")
class PlanBaselineItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "baseline_id")
	private long baselineId;

	@Column(name = "item_kind")
	private String itemKind;

	@Column(name = "item_id")
	private long itemId;

	@Column(name = "start_on")
	private LocalDate startOn;

	@Column(name = "finish_on")
	private LocalDate finishOn;

	protected PlanBaselineItem() {
	}

	PlanBaselineItem(long baselineId, String itemKind, long itemId, LocalDate startOn, LocalDate finishOn) {
		this.baselineId = baselineId;
		this.itemKind = itemKind;
		this.itemId = itemId;
		this.startOn = startOn;
		this.finishOn = finishOn;
	}

	Long getId() {
		return id;
	}
}

package org.hutong.projects.lifecycle;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.TenantId;

/**
 * One phase of a template: its share of the project's planned duration (percent), the deliverables
 * required to leave it, and its gate — gatekeepers (a role, and people by name) with must-meet and
 * should-meet criteria.
 */
@Entity
@Table(name = "projects_template_phase")
public class TemplatePhase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "template_id")
	private LifecycleTemplate template;

	private int position;

	private String name;

	@Column(name = "duration_share")
	private int durationShare;

	@Column(name = "gatekeeper_role_id")
	private Long gatekeeperRoleId;

	@OneToMany(mappedBy = "phase", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	@BatchSize(size = 20)
	private List<TemplateDeliverable> deliverables = new ArrayList<>();

	@OneToMany(mappedBy = "phase", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	@BatchSize(size = 20)
	private List<TemplateCriterion> criteria = new ArrayList<>();

	@OneToMany(mappedBy = "phase", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 20)
	private List<TemplateGatekeeper> gatekeepers = new ArrayList<>();

	protected TemplatePhase() {
	}

	TemplatePhase(LifecycleTemplate template, int position, String name, int durationShare, Long gatekeeperRoleId) {
		if (durationShare < 1 || durationShare > 100) {
			throw new IllegalArgumentException("a phase's share is 1 to 100 percent: " + durationShare);
		}
		this.template = template;
		this.position = position;
		this.name = name;
		this.durationShare = durationShare;
		this.gatekeeperRoleId = gatekeeperRoleId;
	}

	TemplatePhase requires(String... names) {
		for (String deliverable : names) {
			deliverables.add(new TemplateDeliverable(this, deliverables.size() + 1, deliverable));
		}
		return this;
	}

	TemplatePhase must(String... labels) {
		for (String label : labels) {
			criteria.add(new TemplateCriterion(this, criteria.size() + 1, CriterionKind.MUST, label, null));
		}
		return this;
	}

	TemplatePhase should(String label, int weight) {
		criteria.add(new TemplateCriterion(this, criteria.size() + 1, CriterionKind.SHOULD, label, weight));
		return this;
	}

	TemplatePhase gatekeeper(long userId) {
		gatekeepers.add(new TemplateGatekeeper(this, userId));
		return this;
	}

	/** This phase with all it requires, for a copied template (template files stay with the original's). */
	TemplatePhase copyInto(LifecycleTemplate other) {
		TemplatePhase copy = new TemplatePhase(other, position, name, durationShare, gatekeeperRoleId);
		deliverables.forEach(d -> copy.deliverables.add(new TemplateDeliverable(copy, d.getPosition(), d.getName())));
		criteria.forEach(c -> copy.criteria.add(new TemplateCriterion(copy, c.getPosition(), c.getKind(), c.getLabel(),
				c.getWeight())));
		gatekeepers.forEach(g -> copy.gatekeepers.add(new TemplateGatekeeper(copy, g.getUserId())));
		return copy;
	}

	/**
	 * The phase as the form has it. Deliverables given with an id keep theirs (and their template
	 * file); criteria are taken as given; gatekeepers named before stay rows of their own (one per
	 * person), the others are added or go.
	 */
	void revise(int newPosition, TemplateForm.PhaseForm form) {
		this.position = newPosition;
		this.name = form.name().strip();
		this.durationShare = form.durationShare();
		this.gatekeeperRoleId = form.gatekeeperRoleId();
		java.util.Map<Long, TemplateDeliverable> known = new java.util.HashMap<>();
		deliverables.forEach(d -> known.put(d.getId(), d));
		List<TemplateDeliverable> nextDeliverables = new ArrayList<>();
		for (TemplateForm.DeliverableForm given : form.deliverablesOrEmpty()) {
			TemplateDeliverable kept = given.id() == null ? null : known.remove(given.id());
			int at = nextDeliverables.size() + 1;
			nextDeliverables.add(kept == null ? new TemplateDeliverable(this, at, given.name().strip())
					: kept.revise(at, given.name().strip()));
		}
		deliverables.clear();
		deliverables.addAll(nextDeliverables);
		criteria.clear();
		for (TemplateForm.CriterionForm given : form.criteriaOrEmpty()) {
			criteria.add(new TemplateCriterion(this, criteria.size() + 1, given.kind(), given.label().strip(), given.weight()));
		}
		java.util.Set<Long> people = new java.util.LinkedHashSet<>(form.gatekeeperIdsOrEmpty());
		gatekeepers.removeIf(g -> !people.contains(g.getUserId()));
		gatekeepers.forEach(g -> people.remove(g.getUserId()));
		people.forEach(this::gatekeeper);
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

	public int getDurationShare() {
		return durationShare;
	}

	public Long getGatekeeperRoleId() {
		return gatekeeperRoleId;
	}

	public List<TemplateDeliverable> getDeliverables() {
		return List.copyOf(deliverables);
	}

	public List<TemplateCriterion> getCriteria() {
		return List.copyOf(criteria);
	}

	public List<TemplateGatekeeper> getGatekeepers() {
		return List.copyOf(gatekeepers);
	}
}

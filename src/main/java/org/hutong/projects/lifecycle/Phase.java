package org.hutong.projects.lifecycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.TenantId;

/**
 * A phase of one project, copied from its template when the project was created: planned dates
 * spread over the project's, actual dates as it goes, the deliverables it requires and its gate. The
 * gate is planned for the phase's planned end; past it while the phase is not done, the gate is late.
 */
@Entity
@Table(name = "projects_phase")
public class Phase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "project_id")
	private long projectId;

	private int position;

	private String name;

	@Column(name = "planned_start")
	private LocalDate plannedStart;

	@Column(name = "planned_end")
	private LocalDate plannedEnd;

	@Column(name = "actual_start")
	private LocalDate actualStart;

	@Column(name = "actual_end")
	private LocalDate actualEnd;

	@Enumerated(EnumType.STRING)
	private PhaseStatus status = PhaseStatus.PLANNED;

	@Column(name = "gatekeeper_role_id")
	private Long gatekeeperRoleId;

	/** The template phase this one was copied from, so that a changed template recognises it. */
	@Column(name = "template_phase_id")
	private Long templatePhaseId;

	@OneToMany(mappedBy = "phase", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	@BatchSize(size = 20)
	private List<PhaseDeliverable> deliverables = new ArrayList<>();

	@OneToMany(mappedBy = "phase", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	@BatchSize(size = 20)
	private List<PhaseCriterion> criteria = new ArrayList<>();

	@OneToMany(mappedBy = "phase", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 20)
	private List<PhaseGatekeeper> gatekeepers = new ArrayList<>();

	protected Phase() {
	}

	/** The project's copy of a template phase, planned over the given days. */
	static Phase copyOf(TemplatePhase source, long projectId, LocalDate plannedStart, LocalDate plannedEnd) {
		Phase phase = new Phase();
		phase.projectId = projectId;
		phase.position = source.getPosition();
		phase.name = source.getName();
		phase.plannedStart = plannedStart;
		phase.plannedEnd = plannedEnd;
		phase.gatekeeperRoleId = source.getGatekeeperRoleId();
		phase.templatePhaseId = source.getId();
		source.getDeliverables().forEach(d -> phase.deliverables.add(new PhaseDeliverable(phase, d.getPosition(), d.getName())));
		source.getCriteria().forEach(c -> phase.criteria.add(
				new PhaseCriterion(phase, c.getPosition(), c.getKind(), c.getLabel(), c.getWeight())));
		source.getGatekeepers().forEach(g -> phase.gatekeepers.add(new PhaseGatekeeper(phase, g.getUserId())));
		return phase;
	}

	/** A phase the applied template adds, at that place and over those days. */
	static Phase added(TemplatePhase source, long projectId, int position, LocalDate plannedStart, LocalDate plannedEnd) {
		Phase phase = copyOf(source, projectId, plannedStart, plannedEnd);
		phase.position = position;
		return phase;
	}

	/** A phase not yet entered takes the template phase's name and gate (gatekeepers and criteria). */
	void regate(TemplatePhase source) {
		if (status != PhaseStatus.PLANNED) {
			throw new IllegalStateException("only a phase not yet entered takes a changed gate: " + position);
		}
		name = source.getName();
		templatePhaseId = source.getId();
		gatekeeperRoleId = source.getGatekeeperRoleId();
		criteria.clear();
		source.getCriteria().forEach(c -> criteria.add(
				new PhaseCriterion(this, c.getPosition(), c.getKind(), c.getLabel(), c.getWeight())));
		java.util.Set<Long> people = new java.util.LinkedHashSet<>();
		source.getGatekeepers().forEach(g -> people.add(g.getUserId()));
		gatekeepers.removeIf(g -> !people.contains(g.getUserId()));
		gatekeepers.forEach(g -> people.remove(g.getUserId()));
		people.forEach(user -> gatekeepers.add(new PhaseGatekeeper(this, user)));
	}

	/** The required deliverables of these names it does not have yet are added after its own. */
	void requireAlso(List<String> names) {
		for (String wanted : names) {
			if (deliverables.stream().noneMatch(d -> d.getName().equals(wanted))) {
				deliverables.add(new PhaseDeliverable(this, deliverables.size() + 1, wanted));
			}
		}
	}

	/** The ids of its required deliverables whose names are not among these. */
	List<Long> notRequiredBy(List<String> names) {
		return deliverables.stream().filter(d -> !names.contains(d.getName())).map(PhaseDeliverable::getId).toList();
	}

	/** Those required deliverables go; the rest are numbered again. */
	void drop(java.util.Collection<Long> requirementIds) {
		if (deliverables.removeIf(d -> requirementIds.contains(d.getId()))) {
			for (int i = 0; i < deliverables.size(); i++) {
				deliverables.get(i).renumber(i + 1);
			}
		}
	}

	/** Another place in the lifecycle, and for a phase not yet entered perhaps other planned days. */
	void replan(int newPosition, LocalDate start, LocalDate end) {
		position = newPosition;
		if (start != null && status == PhaseStatus.PLANNED) {
			plannedStart = start;
			plannedEnd = end;
		}
	}

	/** The project enters this phase on that day. */
	void enter(LocalDate day) {
		if (status != PhaseStatus.PLANNED) {
			throw new IllegalStateException("phase " + position + " was entered already");
		}
		status = PhaseStatus.ACTIVE;
		actualStart = day;
	}

	/** The phase's gate let the project through on that day. */
	void complete(LocalDate day) {
		if (status != PhaseStatus.ACTIVE) {
			throw new IllegalStateException("only the current phase completes: " + position);
		}
		status = PhaseStatus.DONE;
		actualEnd = day.isBefore(actualStart) ? actualStart : day;
	}

	/** Whether the gate is past its planned date, the phase not done: it shows red. */
	public boolean gateLate(LocalDate today) {
		return status != PhaseStatus.DONE && today.isAfter(plannedEnd);
	}

	/**
	 * The slip in days against the plan, later positive: a done phase's actual end against its planned
	 * end; the current phase's, once its gate is late, by how much (nothing before); a phase not yet
	 * entered, how far its planned start has passed.
	 */
	public long slipDays(LocalDate today) {
		return switch (status) {
			case DONE -> ChronoUnit.DAYS.between(plannedEnd, actualEnd);
			case ACTIVE -> Math.max(0, ChronoUnit.DAYS.between(plannedEnd, today));
			case PLANNED -> Math.max(0, ChronoUnit.DAYS.between(plannedStart, today));
		};
	}

	public Long getId() {
		return id;
	}

	public long getProjectId() {
		return projectId;
	}

	public int getPosition() {
		return position;
	}

	public String getName() {
		return name;
	}

	public LocalDate getPlannedStart() {
		return plannedStart;
	}

	public LocalDate getPlannedEnd() {
		return plannedEnd;
	}

	public LocalDate getActualStart() {
		return actualStart;
	}

	public LocalDate getActualEnd() {
		return actualEnd;
	}

	public PhaseStatus getStatus() {
		return status;
	}

	public Long getGatekeeperRoleId() {
		return gatekeeperRoleId;
	}

	public Long getTemplatePhaseId() {
		return templatePhaseId;
	}

	public List<PhaseDeliverable> getDeliverables() {
		return List.copyOf(deliverables);
	}

	public List<PhaseCriterion> getCriteria() {
		return List.copyOf(criteria);
	}

	public List<PhaseGatekeeper> getGatekeepers() {
		return List.copyOf(gatekeepers);
	}
}

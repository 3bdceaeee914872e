package org.hutong.projects.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.TenantId;

/**
 * A project's 里程碑: due on a day, in a phase or none, waiting for some of the project's tasks and
 * deliverables. It is reached automatically once every task it waits for is done and every deliverable
 * has a version, or by hand (with a note) — once: a reached milestone stays reached. Its baseline day
 * is the day first planned; moving the due day later is its slip.
 */
@Entity
@Table(name = "projects_milestone")
class Milestone {

	static final int MAX_NAME = 50;

	static final int MAX_NOTE = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "project_id")
	private long projectId;

	@Column(name = "phase_id")
	private Long phaseId;

	private String name;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Column(name = "baseline_on")
	private LocalDate baselineOn;

	@Enumerated(EnumType.STRING)
	private MilestoneStatus status = MilestoneStatus.OPEN;

	@Column(name = "reached_at")
	private Instant reachedAt;

	@Column(name = "reached_by")
	private Long reachedBy;

	private String note;

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "milestone", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 100)
	private List<MilestoneLink> links = new ArrayList<>();

	protected Milestone() {
	}

	Milestone(long projectId, Long phaseId, String name, LocalDate dueOn, long by, Instant now) {
		this.projectId = projectId;
		this.phaseId = phaseId;
		this.name = name;
		this.dueOn = dueOn;
		this.baselineOn = dueOn;
		this.createdBy = by;
		this.createdAt = now;
	}

	/** Name, phase and due day changed; the baseline day stays the first planned one. */
	void change(Long phaseId, String name, LocalDate dueOn) {
		this.phaseId = phaseId;
		this.name = name;
		this.dueOn = dueOn;
	}

	/** It waits for exactly these tasks and deliverables from now on. */
	void waitFor(Collection<Long> tasks, Collection<Long> deliverables) {
		links.removeIf(l -> !(l.getKind() == MilestoneLink.Kind.TASK ? tasks : deliverables).contains(l.getTargetId()));
		tasks.stream().filter(t -> !waits(MilestoneLink.Kind.TASK, t)).distinct()
			.forEach(t -> links.add(new MilestoneLink(this, MilestoneLink.Kind.TASK, t)));
		deliverables.stream().filter(d -> !waits(MilestoneLink.Kind.DELIVERABLE, d)).distinct()
			.forEach(d -> links.add(new MilestoneLink(this, MilestoneLink.Kind.DELIVERABLE, d)));
	}

	/**
	 * Reached now if it is still open, waits for something and all of it is there: {@code doneTasks} and
	 * {@code submittedDeliverables} are those of the project that are. Answers whether it was reached now.
	 */
	boolean reachIfComplete(Set<Long> doneTasks, Set<Long> submittedDeliverables, Instant now) {
		if (reached() || links.isEmpty()) {
			return false;
		}
		boolean complete = links.stream()
			.allMatch(l -> (l.getKind() == MilestoneLink.Kind.TASK ? doneTasks : submittedDeliverables)
				.contains(l.getTargetId()));
		if (complete) {
			reach(null, null, now);
		}
		return complete;
	}

	/** Reached by hand, with a note; a reached one cannot be reached again. */
	void reachBy(long by, String note, Instant now) {
		if (reached()) {
			throw new MilestoneAlreadyReached();
		}
		reach(by, note, now);
	}

	private void reach(Long by, String note, Instant now) {
		this.status = MilestoneStatus.REACHED;
		this.reachedBy = by;
		this.note = note;
		this.reachedAt = now;
	}

	boolean reached() {
		return status == MilestoneStatus.REACHED;
	}

	/** Days its due day moved from its baseline day: positive when later. */
	long slipDays() {
		return ChronoUnit.DAYS.between(baselineOn, dueOn);
	}

	private boolean waits(MilestoneLink.Kind kind, long target) {
		return links.stream().anyMatch(l -> l.getKind() == kind && l.getTargetId() == target);
	}

	List<Long> targets(MilestoneLink.Kind kind) {
		return links.stream().filter(l -> l.getKind() == kind).map(MilestoneLink::getTargetId).toList();
	}

	Long getId() {
		return id;
	}

	long getProjectId() {
		return projectId;
	}

	Long getPhaseId() {
		return phaseId;
	}

	String getName() {
		return name;
	}

	LocalDate getDueOn() {
		return dueOn;
	}

	LocalDate getBaselineOn() {
		return baselineOn;
	}

	MilestoneStatus getStatus() {
		return status;
	}

	Instant getReachedAt() {
		return reachedAt;
	}

	Long getReachedBy() {
		return reachedBy;
	}

	String getNote() {
		return note;
	}

	long getVersion() {
		return version;
	}
}

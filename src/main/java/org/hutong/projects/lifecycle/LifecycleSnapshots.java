package org.hutong.projects.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hutong.projects.PhaseEntered;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's own lifecycle: on creation its template is copied — phases planned over the project's
 * dates by their shares, their required deliverables, gatekeepers and criteria — and the first phase
 * is entered; later the project moves on phase by phase. The copy is the project's: a template
 * changed afterwards moves no running project (ADR 0042). Runs in the caller's transaction.
 */
@Service
@Transactional
public class LifecycleSnapshots {

	private final LifecycleTemplateRepository templates;

	private final PhaseRepository phases;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LifecycleSnapshots(LifecycleTemplateRepository templates, PhaseRepository phases, ApplicationEventPublisher events,
			Clock clock) {
		this.templates = templates;
		this.phases = phases;
		this.events = events;
		this.clock = clock;
	}

	/** Copies the template into the project and enters its first phase on {@code enteredOn}. */
	public CurrentPhase copy(long tenantId, long projectId, long templateId, LocalDate start, LocalDate end,
			LocalDate enteredOn) {
		LifecycleTemplate template = templates.findById(templateId).orElseThrow(RecordNotFound::new);
		List<TemplatePhase> source = template.getPhases();
		if (source.isEmpty()) {
			throw new IllegalStateException("template " + template.getCode() + " has no phases");
		}
		List<PhasePlan.Span> spans = PhasePlan.spread(source.stream().map(TemplatePhase::getDurationShare).toList(),
				start, end);
		List<Phase> copied = new java.util.ArrayList<>();
		for (int i = 0; i < source.size(); i++) {
			copied.add(Phase.copyOf(source.get(i), projectId, spans.get(i).start(), spans.get(i).end()));
		}
		phases.saveAll(copied);
		return enter(tenantId, copied.get(0), enteredOn);
	}

	/**
	 * The current phase's gate let the project through on {@code day}: the phase is done and the next
	 * one entered. Empty when the last phase is done (the project is through its lifecycle).
	 */
	public Optional<CurrentPhase> advance(long tenantId, long projectId, LocalDate day) {
		List<Phase> all = phases.findByProjectIdOrderByPosition(projectId);
		Phase current = all.stream().filter(p -> p.getStatus() == PhaseStatus.ACTIVE).findFirst()
			.orElseThrow(() -> new IllegalStateException("project " + projectId + " has no current phase"));
		current.complete(day);
		return all.stream().filter(p -> p.getPosition() == current.getPosition() + 1).findFirst()
			.map(next -> enter(tenantId, next, current.getActualEnd()));
	}

	/** The project's phases in their order, with what each requires. */
	@Transactional(readOnly = true)
	public List<Phase> phases(long projectId) {
		return phases.findByProjectIdOrderByPosition(projectId);
	}

	/** The project's phase bar as of today. */
	@Transactional(readOnly = true)
	public PhaseBar bar(long projectId, LocalDate today) {
		return PhaseBar.of(phases.findByProjectIdOrderByPosition(projectId), today);
	}

	private CurrentPhase enter(long tenantId, Phase phase, LocalDate day) {
		phase.enter(day);
		events.publishEvent(new PhaseEntered(tenantId, phase.getProjectId(), phase.getId(), phase.getPosition(),
				phase.getName(), day, phase.getPlannedEnd(), clock.instant()));
		return CurrentPhase.of(phase);
	}
}

package org.hutong.projects.lifecycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * A project's phases as its page draws them: planned against actual per phase, the slip in days, a
 * gate past its planned date late (red). Positions on the bar are percentages of the span from the
 * earliest date shown to the latest (today included while the project runs).
 */
public record PhaseBar(LocalDate from, LocalDate to, LocalDate today, List<Line> phases) {

	/** One phase on the bar. */
	public record Line(Long id, int position, String name, PhaseStatus status, LocalDate plannedStart,
			LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, long slipDays, boolean gateLate,
			List<String> deliverables, List<String> mustMeet, List<String> shouldMeet, double plannedLeft,
			double plannedWidth, Double actualLeft, Double actualWidth) {
	}

	static PhaseBar of(List<Phase> phases, LocalDate today) {
		if (phases.isEmpty()) {
			return new PhaseBar(today, today, today, List.of());
		}
		boolean running = phases.stream().anyMatch(p -> p.getStatus() != PhaseStatus.DONE);
		LocalDate from = phases.stream().flatMap(p -> Stream.of(p.getPlannedStart(), p.getActualStart()))
			.filter(d -> d != null).min(LocalDate::compareTo).orElseThrow();
		LocalDate to = phases.stream().flatMap(p -> Stream.of(p.getPlannedEnd(), p.getActualEnd(), running ? today : null))
			.filter(d -> d != null).max(LocalDate::compareTo).orElseThrow();
		double days = ChronoUnit.DAYS.between(from, to) + 1;
		return new PhaseBar(from, to, today, phases.stream().map(p -> line(p, from, days, today)).toList());
	}

	private static Line line(Phase p, LocalDate from, double days, LocalDate today) {
		LocalDate actualTo = p.getActualEnd() != null ? p.getActualEnd() : p.getActualStart() != null ? today : null;
		return new Line(p.getId(), p.getPosition(), p.getName(), p.getStatus(), p.getPlannedStart(), p.getPlannedEnd(),
				p.getActualStart(), p.getActualEnd(), p.slipDays(today), p.gateLate(today),
				p.getDeliverables().stream().map(PhaseDeliverable::getName).toList(),
				p.getCriteria().stream().filter(c -> c.getKind() == CriterionKind.MUST).map(PhaseCriterion::getLabel).toList(),
				p.getCriteria().stream().filter(c -> c.getKind() == CriterionKind.SHOULD)
					.map(c -> c.getLabel() + " ×" + c.getWeight()).toList(),
				left(p.getPlannedStart(), from, days), width(p.getPlannedStart(), p.getPlannedEnd(), days),
				p.getActualStart() == null ? null : left(p.getActualStart(), from, days),
				p.getActualStart() == null ? null : width(p.getActualStart(), actualTo, days));
	}

	/** The current phase, if the project is in one. */
	public Line current() {
		return phases.stream().filter(l -> l.status() == PhaseStatus.ACTIVE).findFirst().orElse(null);
	}

	private static double left(LocalDate day, LocalDate from, double days) {
		return round(ChronoUnit.DAYS.between(from, day) * 100 / days);
	}

	private static double width(LocalDate start, LocalDate end, double days) {
		return round(Math.max(1, ChronoUnit.DAYS.between(start, end) + 1) * 100 / days);
	}

	private static double round(double percent) {
		return Math.round(percent * 10) / 10.0;
	}
}

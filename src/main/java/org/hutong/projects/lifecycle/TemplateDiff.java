package org.hutong.projects.lifecycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What applying a template would change in one project, computed from plain values (no database):
 * the project's phases as they are, the template's as they should be, and which phases have work on
 * them. The rules: done phases stay as they are; the current phase keeps its progress, name and gate
 * and takes only the template's changed deliverables; phases not yet entered are renamed, changed,
 * reordered, added or removed as the template has them; a phase the template adds before the point
 * the project has reached is left out (the project is past it). Removing a phase that has work on it
 * refuses the whole project, with the reason. A project phase is recognised by the template phase it
 * was copied from, or else by its name.
 */
public final class TemplateDiff {

	private TemplateDiff() {
	}

	public record Criterion(CriterionKind kind, String label, Integer weight) {

		String text() {
			return weight == null ? label : label + " ×" + weight;
		}
	}

	/** A project phase as it is. */
	public record Held(long phaseId, Long templatePhaseId, String name, PhaseStatus status, List<String> deliverables,
			List<Criterion> criteria, Long roleId, Set<Long> gatekeepers) {
	}

	/** A template phase as the project should get it. */
	public record Wanted(long templatePhaseId, String name, int share, List<String> deliverables, List<Criterion> criteria,
			Long roleId, Set<Long> gatekeepers) {
	}

	public enum Change {
		/** A new phase after the current one. */
		ADDED,
		/** A phase not yet entered, gone from the template. */
		REMOVED,
		/** A phase not yet entered, renamed (and perhaps changed). */
		RENAMED,
		/** A phase not yet entered, or the current one's deliverables, changed. */
		CHANGED,
		/** A done phase the template changed or dropped: it stays as it is. */
		KEPT_DONE,
		/** The current phase, whose name or gate the template changed: those stay. */
		KEPT_CURRENT,
		/** A phase the template adds before the point the project has reached. */
		SKIPPED_PAST
	}

	/**
	 * One line of the preview.
	 *
	 * @param work for a removed phase, what is on it (a key of {@link PhaseWork}), or null
	 */
	public record PhaseChange(Change change, Long phaseId, Long templatePhaseId, String name, String newName,
			List<String> deliverablesAdded, List<String> deliverablesRemoved, List<String> criteriaAdded,
			List<String> criteriaRemoved, boolean gatekeepersChanged, String work) {
	}

	/** A phase of the project after the current one, in its new order: one it has ({@code phaseId}) or a new one. */
	public record Next(Long phaseId, Wanted wanted) {
	}

	/**
	 * The outcome for one project.
	 *
	 * @param future the phases after the current one as they will be, in order
	 * @param reordered whether phases not yet entered change places
	 * @param refusedPhase the phase whose removal refuses the project, or null
	 * @param refusal what is on it (a key of {@link PhaseWork}), or null
	 */
	public record Plan(List<PhaseChange> changes, List<Next> future, boolean reordered, String refusedPhase,
			String refusal) {

		public boolean refused() {
			return refusal != null;
		}

		/** Whether applying would change anything in the project. */
		public boolean changesAnything() {
			return reordered || changes.stream().anyMatch(c -> switch (c.change()) {
				case ADDED, REMOVED, RENAMED, CHANGED -> true;
				case KEPT_CURRENT -> !c.deliverablesAdded().isEmpty() || !c.deliverablesRemoved().isEmpty();
				case KEPT_DONE, SKIPPED_PAST -> false;
			});
		}
	}

	/**
	 * @param held the project's phases in their order
	 * @param wanted the template's phases in their order
	 * @param work what is on each project phase that has work, by phase id
	 */
	public static Plan between(List<Held> held, List<Wanted> wanted, Map<Long, String> work) {
		Map<Held, Wanted> match = match(held, wanted);
		int passed = -1;
		for (Held h : held) {
			if (h.status() != PhaseStatus.PLANNED && match.containsKey(h)) {
				passed = Math.max(passed, wanted.indexOf(match.get(h)));
			}
		}
		List<PhaseChange> changes = new ArrayList<>();
		String refusedPhase = null;
		String refusal = null;
		for (Held h : held) {
			Wanted w = match.get(h);
			PhaseChange change = switch (h.status()) {
				case DONE -> w != null && same(h, w) ? null : kept(Change.KEPT_DONE, h, w, false);
				case ACTIVE -> current(h, w);
				case PLANNED -> w == null ? removed(h, work.get(h.phaseId())) : same(h, w) ? null : changed(h, w);
			};
			if (change != null) {
				changes.add(change);
				if (change.change() == Change.REMOVED && change.work() != null && refusal == null) {
					refusedPhase = h.name();
					refusal = change.work();
				}
			}
		}
		List<Next> future = new ArrayList<>();
		Map<Wanted, Held> byWanted = new IdentityHashMap<>();
		match.forEach((h, w) -> byWanted.put(w, h));
		for (int i = 0; i < wanted.size(); i++) {
			Wanted w = wanted.get(i);
			Held h = byWanted.get(w);
			if (h == null && i < passed) {
				changes.add(new PhaseChange(Change.SKIPPED_PAST, null, w.templatePhaseId(), w.name(), null, w.deliverables(),
						List.of(), List.of(), List.of(), false, null));
			}
			else if (h == null) {
				changes.add(new PhaseChange(Change.ADDED, null, w.templatePhaseId(), w.name(), null, w.deliverables(), List.of(),
						w.criteria().stream().map(Criterion::text).toList(), List.of(), !w.gatekeepers().isEmpty(), null));
				future.add(new Next(null, w));
			}
			else if (h.status() == PhaseStatus.PLANNED) {
				future.add(new Next(h.phaseId(), w));
			}
		}
		List<Long> before = held.stream().filter(h -> h.status() == PhaseStatus.PLANNED && match.containsKey(h))
			.map(Held::phaseId).toList();
		List<Long> after = future.stream().map(Next::phaseId).filter(Objects::nonNull).toList();
		return new Plan(List.copyOf(changes), List.copyOf(future), !before.equals(after), refusedPhase, refusal);
	}

	/** By the template phase each was copied from, then by name among the rest. */
	private static Map<Held, Wanted> match(List<Held> held, List<Wanted> wanted) {
		Map<Held, Wanted> match = new IdentityHashMap<>();
		Map<Long, Wanted> byId = new HashMap<>();
		wanted.forEach(w -> byId.put(w.templatePhaseId(), w));
		List<Wanted> free = new ArrayList<>(wanted);
		for (Held h : held) {
			Wanted w = h.templatePhaseId() == null ? null : byId.get(h.templatePhaseId());
			if (w != null && free.remove(w)) {
				match.put(h, w);
			}
		}
		for (Held h : held) {
			if (!match.containsKey(h)) {
				free.stream().filter(w -> w.name().equals(h.name())).findFirst().ifPresent(w -> {
					match.put(h, w);
					free.remove(w);
				});
			}
		}
		return match;
	}

	private static PhaseChange current(Held h, Wanted w) {
		if (w == null) {
			return kept(Change.KEPT_CURRENT, h, null, false);
		}
		List<String> added = minus(w.deliverables(), h.deliverables());
		List<String> removed = minus(h.deliverables(), w.deliverables());
		boolean gateOrName = !h.name().equals(w.name()) || !h.criteria().equals(w.criteria()) || gateDiffers(h, w);
		if (gateOrName) {
			return new PhaseChange(Change.KEPT_CURRENT, h.phaseId(), w.templatePhaseId(), h.name(), w.name(), added, removed,
					criteriaText(minus(w.criteria(), h.criteria())), criteriaText(minus(h.criteria(), w.criteria())),
					gateDiffers(h, w), null);
		}
		return added.isEmpty() && removed.isEmpty() ? null
				: new PhaseChange(Change.CHANGED, h.phaseId(), w.templatePhaseId(), h.name(), null, added, removed, List.of(),
						List.of(), false, null);
	}

	private static PhaseChange kept(Change change, Held h, Wanted w, boolean gate) {
		return new PhaseChange(change, h.phaseId(), w == null ? null : w.templatePhaseId(), h.name(),
				w == null || w.name().equals(h.name()) ? null : w.name(), List.of(), List.of(), List.of(), List.of(), gate, null);
	}

	private static PhaseChange removed(Held h, String work) {
		return new PhaseChange(Change.REMOVED, h.phaseId(), null, h.name(), null, List.of(), h.deliverables(), List.of(),
				List.of(), false, work);
	}

	private static PhaseChange changed(Held h, Wanted w) {
		boolean renamed = !h.name().equals(w.name());
		return new PhaseChange(renamed ? Change.RENAMED : Change.CHANGED, h.phaseId(), w.templatePhaseId(), h.name(),
				renamed ? w.name() : null, minus(w.deliverables(), h.deliverables()), minus(h.deliverables(), w.deliverables()),
				criteriaText(minus(w.criteria(), h.criteria())), criteriaText(minus(h.criteria(), w.criteria())),
				gateDiffers(h, w), null);
	}

	private static boolean same(Held h, Wanted w) {
		return h.name().equals(w.name()) && h.deliverables().equals(w.deliverables()) && h.criteria().equals(w.criteria())
				&& !gateDiffers(h, w);
	}

	private static boolean gateDiffers(Held h, Wanted w) {
		return !Objects.equals(h.roleId(), w.roleId()) || !h.gatekeepers().equals(w.gatekeepers());
	}

	private static <T> List<T> minus(List<T> these, List<T> those) {
		return these.stream().filter(t -> !those.contains(t)).toList();
	}

	private static List<String> criteriaText(List<Criterion> criteria) {
		return criteria.stream().map(Criterion::text).toList();
	}
}

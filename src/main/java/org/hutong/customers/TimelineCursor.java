package org.hutong.customers;

import java.time.Instant;
import java.util.Comparator;

/**
 * Where a page of a 时间线 ends. Entries are ordered newest first, then by kind, then by id (highest
 * first), so entries of different sources written at the same instant page without gaps or repeats.
 * Written {@code epochSecond.nanos_kind_id}.
 */
public record TimelineCursor(Instant at, String kind, long id) {

	/** The timeline's order: newest first; at the same instant by kind, then by id, highest first. */
	public static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::at)
		.reversed()
		.thenComparing(TimelineEntry::kind)
		.thenComparing(Comparator.comparingLong(TimelineEntry::id).reversed());

	/**
	 * For a source of this kind, the entries after the cursor are those older than {@link #at()} and,
	 * at {@link #at()} itself, those with an id below this bound: all of a kind sorted after the
	 * cursor's, none of a kind sorted before it, and for the cursor's own kind those below its id.
	 */
	public long idBelow(String sourceKind) {
		int order = sourceKind.compareTo(kind);
		return order > 0 ? Long.MAX_VALUE : order < 0 ? Long.MIN_VALUE : id;
	}

	/** Whether the entry comes after the cursor in the timeline's order. */
	public boolean admits(TimelineEntry entry) {
		int at = entry.at().compareTo(this.at);
		return at < 0 || at == 0 && entry.id() < idBelow(entry.kind());
	}

	/** The cursor a client sent back, or {@code null} when there is none or it is unreadable. */
	public static TimelineCursor parse(String text) {
		if (text == null || !text.matches("-?\\d{1,12}\\.\\d{1,9}_[a-z][a-z0-9-]{0,29}_-?\\d{1,19}")) {
			return null;
		}
		String[] parts = text.split("_");
		String[] seconds = parts[0].split("\\.");
		try {
			return new TimelineCursor(Instant.ofEpochSecond(Long.parseLong(seconds[0]), Long.parseLong(seconds[1])),
					parts[1], Long.parseLong(parts[2]));
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

	public String text() {
		return at.getEpochSecond() + "." + at.getNano() + "_" + kind + "_" + id;
	}
}

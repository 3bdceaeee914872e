package org.hutong.customers.followup;

import java.time.Instant;
import java.util.List;

/**
 * One page of a customer's timeline, newest first, and the cursor of the next page ({@code null}
 * on the last).
 */
public record FollowUpPage(List<FollowUpView> entries, String next) {

	/** Where a page ends: the occurred time and id of its last entry, as {@code epochSecond.nanos_id}. */
	record Cursor(Instant at, long id) {

		static Cursor of(FollowUp last) {
			return new Cursor(last.getOccurredAt(), last.getId());
		}

		/** The cursor a client sent back, or {@code null} when there is none or it is unreadable. */
		static Cursor parse(String text) {
			if (text == null || !text.matches("-?\\d{1,12}\\.\\d{1,9}_\\d{1,19}")) {
				return null;
			}
			String[] parts = text.split("[._]");
			try {
				return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
						Long.parseLong(parts[2]));
			}
			catch (RuntimeException unreadable) {
				return null;
			}
		}

		String text() {
			return at.getEpochSecond() + "." + at.getNano() + "_" + id;
		}
	}
}

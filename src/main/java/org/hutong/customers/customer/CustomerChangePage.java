package org.hutong.customers.customer;

import java.time.Instant;
import java.util.List;

/**
 * One page of a customer's 修改记录, newest first, and the cursor of the next page ({@code null} on
 * the last).
 */
public record CustomerChangePage(long customerId, List<CustomerChangeView> entries, String next) {

	/** Where a page ends: the time and id of its last row, as {@code epochSecond.nanos_id}. */
	record Cursor(Instant at, long id) {

		static Cursor of(CustomerChange last) {
			return new Cursor(last.getOccurredAt(), last.getId());
		}

		/** The cursor a client sent back, or {@code null} when there is none or it is unreadable. */
		static Cursor parse(String text) {
			if (text == null || !text.matches("-?\\d{1,12}\\.\\d{1,9}_\\d{1,18}")) {
				return null;
			}
			String[] parts = text.split("[._]");
			return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
					Long.parseLong(parts[2]));
		}

		String text() {
			return at.getEpochSecond() + "." + at.getNano() + "_" + id;
		}
	}
}

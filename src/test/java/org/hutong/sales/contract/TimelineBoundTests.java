package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hutong.customers.TimelineCursor;
import org.hutong.customers.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * The day bound of entries dated by a day (shipped, accepted, signed) admits exactly the entries the
 * timeline's cursor admits, wherever the cursor stands: at the start of a day, within it, at an entry
 * of the same kind or of a kind sorted before or after it. Without Spring.
 */
class TimelineBoundTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	@Test
	void fromTheNewestEveryDayIsAdmitted() {
		TimelineBound bound = TimelineBound.after(null, "delivery");
		assertThat(bound.day()).isAfter(LocalDate.of(9000, 1, 1));
		assertThat(bound.dayIdBelow()).isEqualTo(Long.MAX_VALUE);
		assertThat(bound.idBelow()).isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void aDayEntryIsAfterTheCursorExactlyWhenTheTimelineSaysSo() {
		List<Instant> cursorsAt = List.of(TimelineBound.startOf(DAY), TimelineBound.startOf(DAY).plusSeconds(3600),
				TimelineBound.startOf(DAY).minusNanos(1), TimelineBound.startOf(DAY.plusDays(1)));
		for (Instant at : cursorsAt) {
			for (String kind : List.of("acceptance", "delivery", "receipt")) {
				TimelineCursor cursor = new TimelineCursor(at, kind, 7);
				TimelineBound bound = TimelineBound.after(cursor, "delivery");
				for (LocalDate day : List.of(DAY.minusDays(1), DAY, DAY.plusDays(1))) {
					for (long id = 5; id <= 9; id++) {
						TimelineEntry entry = new TimelineEntry("delivery", id, TimelineBound.startOf(day), null, null, null, null,
								List.of());
						boolean bySql = day.isBefore(bound.day()) || day.equals(bound.day()) && id < bound.dayIdBelow();
						assertThat(bySql).as("%s %s, entry %s #%d", at, kind, day, id).isEqualTo(cursor.admits(entry));
					}
				}
			}
		}
	}

	@Test
	void amountsShowWithTheirCurrency() {
		assertThat(TimelineBound.money("CNY", new java.math.BigDecimal("1234567.8"))).isEqualTo("CNY 1,234,567.80");
	}
}

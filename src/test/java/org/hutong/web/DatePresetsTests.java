package org.hutong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DatePresetsTests {

	@Test
	void presetsCountFromTodayWithWeeksFromMonday() {
		// 2026-12-02 is a Wednesday in the fourth quarter
		List<DatePresets.Preset> presets = DatePresets.of(LocalDate.parse("2026-12-02"));
		assertThat(presets).extracting(DatePresets.Preset::key)
			.containsExactly("today", "week", "month", "quarter", "days30");
		assertThat(presets).extracting(p -> p.from() + "~" + p.to())
			.containsExactly("2026-12-02~2026-12-02", "2026-11-30~2026-12-06", "2026-12-01~2026-12-31",
					"2026-10-01~2026-12-31", "2026-11-03~2026-12-02");
	}

	@Test
	void aQuarterStartsInJanuaryAprilJulyOrOctober() {
		assertThat(DatePresets.of(LocalDate.parse("2026-05-31")).get(3))
			.isEqualTo(new DatePresets.Preset("quarter", LocalDate.parse("2026-04-01"), LocalDate.parse("2026-06-30")));
		assertThat(DatePresets.of(LocalDate.parse("2026-02-15")).get(3).chosen(LocalDate.parse("2026-01-01"),
				LocalDate.parse("2026-03-31"))).isTrue();
	}
}

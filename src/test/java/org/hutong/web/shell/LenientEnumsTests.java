package org.hutong.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.converter.Converter;

class LenientEnumsTests {

	private final Converter<String, DayOfWeek> days = new LenientEnums().getConverter(DayOfWeek.class);

	@Test
	void readsAConstantInAnyCase() {
		assertThat(days.convert("MONDAY")).isEqualTo(DayOfWeek.MONDAY);
		assertThat(days.convert("monday")).isEqualTo(DayOfWeek.MONDAY);
		assertThat(days.convert(" Friday ")).isEqualTo(DayOfWeek.FRIDAY);
		assertThat(days.convert("")).isNull();
	}

	@Test
	void aWordThatNamesNoConstantStillFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> days.convert("someday"));
	}
}

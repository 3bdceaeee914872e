package org.hutong.sales.delivery;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/** 到货: the day the customer signed for a delivery, and a note (who signed, what was short). */
public record ArrivalForm(@NotNull(message = "{delivery.required}") LocalDate arrivedOn,
		@Size(max = 200, message = "{delivery.tooLong}") String note) {

	public ArrivalForm {
		note = Texts.clean(note);
	}
}

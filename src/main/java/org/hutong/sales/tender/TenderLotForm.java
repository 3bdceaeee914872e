package org.hutong.sales.tender;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import org.hutong.shared.Texts;

/** A 标包 as entered: its name and our price for it (optional until we bid). A blank line is dropped. */
public record TenderLotForm(@Size(max = 100, message = "{tender.tooLong}") String name,
		@DecimalMin(value = "0", message = "{tender.money.negative}")
		@DecimalMax(value = "99999999999999.99", message = "{tender.money.tooHigh}")
		@Digits(integer = 14, fraction = 2, message = "{tender.money.decimals}") BigDecimal ourPrice) {

	public TenderLotForm {
		name = Texts.clean(name);
	}

	boolean blank() {
		return name == null && ourPrice == null;
	}
}

package org.hutong.sales.tender;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hutong.shared.Texts;

/**
 * 开标结果 as recorded from the 开标记录: 中标 / 未中标 / 流标, the winning bidder and price, and per lot
 * (in the tender's order) who won it at what price.
 */
public record ResultForm(@NotNull(message = "{tender.result.required}") TenderResult result,
		@Size(max = 100, message = "{tender.tooLong}") String winner,
		@DecimalMin(value = "0", message = "{tender.money.negative}")
		@DecimalMax(value = "99999999999999.99", message = "{tender.money.tooHigh}")
		@Digits(integer = 14, fraction = 2, message = "{tender.money.decimals}") BigDecimal winningPrice,
		@Size(max = 500, message = "{tender.tooLong}") String note, @Valid List<LotResult> lots, Long version) {

	public ResultForm {
		winner = Texts.clean(winner);
		note = Texts.clean(note);
		lots = lots == null ? List.of() : lots.stream().map(lot -> lot == null ? new LotResult(null, null) : lot).toList();
	}

	/** Who won one lot, at what price. */
	public record LotResult(@Size(max = 100, message = "{tender.tooLong}") String winner,
			@DecimalMin(value = "0", message = "{tender.money.negative}")
			@DecimalMax(value = "99999999999999.99", message = "{tender.money.tooHigh}")
			@Digits(integer = 14, fraction = 2, message = "{tender.money.decimals}") BigDecimal winningPrice) {

		public LotResult {
			winner = Texts.clean(winner);
		}
	}
}

package org.hutong.sales.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * A 发货单 as its form and the API send it: the day, carrier, waybill, receiver, the batch (for a
 * contract delivered in batches), and how much of each contract line goes out (lines left empty are
 * dropped). That no line ships more than is still open
 * is {@link DeliveryManagement}'s check, under the contract's lock.
 */
public record DeliveryForm(@NotNull(message = "{delivery.required}") LocalDate shippedOn,
		@Size(max = 50, message = "{delivery.tooLong}") String carrier,
		@Size(max = 50, message = "{delivery.tooLong}") String waybill,
		@Size(max = 50, message = "{delivery.tooLong}") String receiver,
		@Size(max = 30, message = "{delivery.tooLong}") String receiverPhone,
		@Valid @Size(max = 200, message = "{delivery.tooLong}") List<Line> lines, Integer batch) {

	/** One contract line's quantity on the delivery. */
	public record Line(@NotNull(message = "{delivery.required}") Long contractLineId,
			@DecimalMin(value = "0.001", message = "{delivery.quantity.positive}")
			@Digits(integer = 8, fraction = 3, message = "{delivery.quantity.decimals}") BigDecimal quantity) {
	}

	public DeliveryForm(LocalDate shippedOn, String carrier, String waybill, String receiver, String receiverPhone,
			List<Line> lines) {
		this(shippedOn, carrier, waybill, receiver, receiverPhone, lines, null);
	}

	public DeliveryForm {
		carrier = Texts.clean(carrier);
		waybill = Texts.clean(waybill);
		receiver = Texts.clean(receiver);
		receiverPhone = Texts.clean(receiverPhone);
		lines = lines == null ? List.of()
				: lines.stream().filter(Objects::nonNull).filter(line -> line.quantity() != null).toList();
	}
}

package org.hutong.sales.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's 发货 · 到货 · 验收 as its page shows them: each contract line with what is shipped and
 * still open, the deliveries with their lines and arrival, the acceptances, and what the reader may do.
 *
 * @param inEffect whether goods may go out (the contract is 已生效 or 执行中)
 * @param batches the numbers of the batches the contract delivers in; none when it delivers at once
 */
public record FulfilmentView(long contractId, boolean inEffect, boolean mayWrite, List<LineStatus> lines,
		List<DeliveryRow> deliveries, List<AcceptanceRow> acceptances, List<Integer> batches) {

	public record LineStatus(long contractLineId, String name, String spec, String unit, BigDecimal contracted,
			BigDecimal shipped, BigDecimal open) {
	}

	/** @param photo whether the signed receipt's photo was taken */
	public record DeliveryRow(long id, String number, LocalDate shippedOn, String carrier, String waybill,
			String receiver, String receiverPhone, LocalDate arrivedOn, String arrivalNote, List<Shipped> lines,
			Integer batch, boolean photo) {
	}

	public record Shipped(String name, String unit, BigDecimal quantity) {
	}

	public record AcceptanceRow(long id, AcceptanceKind kind, LocalDate acceptedOn, String acceptedBy, String documentNo,
			String remarks, Integer batch) {
	}

	/** Whether anything is still to be shipped. */
	public boolean anythingOpen() {
		return lines.stream().anyMatch(line -> line.open().signum() > 0);
	}

	public boolean allShipped() {
		return !lines.isEmpty() && !anythingOpen();
	}

	public boolean allArrived() {
		return allShipped() && deliveries.stream().allMatch(d -> d.arrivedOn() != null);
	}
}

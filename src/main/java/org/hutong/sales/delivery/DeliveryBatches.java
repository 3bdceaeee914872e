package org.hutong.sales.delivery;

import java.util.Set;
import java.util.TreeSet;

import org.hutong.sales.contract.RecordedBatches;
import org.springframework.stereotype.Component;

/** The batches delivery notes and acceptances were recorded for; an acceptance of the whole contract names none. */
@Component
class DeliveryBatches implements RecordedBatches {

	private final DeliveryRepository deliveries;

	private final AcceptanceRepository acceptances;

	DeliveryBatches(DeliveryRepository deliveries, AcceptanceRepository acceptances) {
		this.deliveries = deliveries;
		this.acceptances = acceptances;
	}

	@Override
	public Set<Integer> of(long contractId) {
		Set<Integer> batches = new TreeSet<>(deliveries.batchesOf(contractId));
		batches.addAll(acceptances.batchesOf(contractId));
		return batches;
	}
}

package org.hutong.sales.contract;

import java.util.List;
import java.util.Set;

import org.hutong.sales.collection.Batch;

/**
 * The batches a contract's delivery notes and acceptances were recorded for, as the delivery folder
 * keeps them; a 补充协议 may not change the batches under them.
 */
public interface RecordedBatches {

	/** The batch numbers (from 1) a delivery note or acceptance names; 0 when a delivery note was for the whole contract. */
	Set<Integer> of(long contractId);

	/**
	 * Whether the contract could deliver in these batches: a batch something was recorded for must
	 * remain, and a contract that shipped at once must stay so.
	 */
	static boolean fit(Set<Integer> recorded, List<Batch> batches) {
		return recorded.stream().allMatch(number -> number == 0 ? batches.isEmpty() : number <= batches.size());
	}
}

package org.hutong.sales.collection;

/**
 * What makes a payment term fall due. Delivery, arrival and the acceptances happen once per batch
 * when a contract delivers in batches, so a term they trigger is paid batch by batch. The warranty
 * end is not recorded but derived (an acceptance plus the warranty months), and a fixed date sits on
 * the term itself.
 */
public enum TriggerEvent {

	/** 签订 */
	SIGNING,
	/** 审批通过 */
	APPROVAL,
	/** 发货, of a batch */
	DELIVERY,
	/** 到货, of a batch */
	ARRIVAL,
	/** 初验, of a batch */
	INITIAL_ACCEPTANCE,
	/** 终验, of a batch */
	FINAL_ACCEPTANCE,
	/** 开票 */
	INVOICE_ISSUED,
	/** 质保期满: the warranty's start event plus the retention's warranty months */
	WARRANTY_END,
	/** a date written on the term */
	FIXED_DATE;

	/** Whether the event happens once per batch. */
	boolean perBatch() {
		return this == DELIVERY || this == ARRIVAL || acceptance();
	}

	boolean acceptance() {
		return this == INITIAL_ACCEPTANCE || this == FINAL_ACCEPTANCE;
	}

	/** Whether the event is recorded with a date, rather than derived or written on the term. */
	boolean recorded() {
		return this != WARRANTY_END && this != FIXED_DATE;
	}
}

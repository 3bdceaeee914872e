package org.hutong.sales.collection;

/**
 * Something that must have happened besides the trigger before a term may be collected: its date
 * passing is not enough (a customer pays against an invoice, or once our bank guarantee is in).
 */
public enum Precondition {

	/** 已开票: an invoice is recorded for the contract or for the installment's batch */
	INVOICE_ISSUED,
	/** 已收保函: the customer has our bank guarantee */
	GUARANTEE_RECEIVED
}

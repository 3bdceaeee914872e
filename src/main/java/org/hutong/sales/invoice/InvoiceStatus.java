package org.hutong.sales.invoice;

/** 申请中 → 已开票 by finance, or 已退回 with the reason; an issued one 作废 with the reason. Labels: {@code invoice.status.<name>}. */
public enum InvoiceStatus {
	REQUESTED, ISSUED, REJECTED, VOIDED
}

package org.hutong.sales.receipt;

/** 待确认 → 已确认 by finance, or 已退回 with the reason. Labels: {@code receipt.status.<name>}. */
public enum ReceiptStatus {
	RECORDED, CONFIRMED, REJECTED
}

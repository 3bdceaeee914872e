package org.hutong.sales.invoice;

/** 增值税专用发票 · 增值税普通发票 · 电子发票. Labels: {@code invoice.kind.<name>}. */
public enum InvoiceKind {
	SPECIAL, ORDINARY, ELECTRONIC
}

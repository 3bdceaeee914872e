package org.hutong.sales.tender;

/** How a tender ended for us: not yet opened, 中标, 未中标, or 流标 (the tender failed and was not awarded). */
public enum TenderResult {
	PENDING, WON, LOST, FAILED;

	public boolean decided() {
		return this != PENDING;
	}
}

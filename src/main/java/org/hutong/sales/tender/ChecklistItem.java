package org.hutong.sales.tender;

/**
 * What the go / no-go decision checks: our 资质 meets the tender's, we have the 业绩 it asks for, we
 * meet its technical parameters and its delivery time, our price can compete, the bond is ready.
 */
public enum ChecklistItem {
	QUALIFICATION, REFERENCES, TECHNICAL, DELIVERY, PRICE, BOND
}

package org.hutong.sales.tender;

/** Which tenders a list shows: the open ones, those whose bid bond has not come back, or all. */
public enum TenderList {
	OPEN, BONDS, ALL
}

package org.hutong.sales.contract;

/**
 * Records kept under a contract that posts may be about: a 发货单 and a 回款. Each is seen by whoever
 * may open its contract and shown in its section of the contract's page.
 */
enum UnderContract {

	DELIVERY("delivery", "sales_delivery", "fulfilment"), RECEIPT("receipt", "sales_receipt", "receipts");

	private final String type;

	private final String table;

	private final String section;

	UnderContract(String type, String table, String section) {
		this.type = type;
		this.table = table;
		this.section = section;
	}

	/** As in {@code receipt:12}. */
	String type() {
		return type;
	}

	String table() {
		return table;
	}

	/** The id of its section on the contract's page. */
	String section() {
		return section;
	}
}

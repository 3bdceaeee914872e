package org.hutong.customers.customer;

/** 客户来源. A fixed list for now, tenant-editable later. Labels: {@code customer.source.<name>}. */
public enum CustomerSource {
	REFERRAL, EXHIBITION, WEBSITE, BIDDING, COLD_CALL, EXISTING, OTHER
}

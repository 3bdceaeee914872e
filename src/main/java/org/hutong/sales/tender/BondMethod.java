package org.hutong.sales.tender;

/** How the 投标保证金 was paid: bank transfer, a bank guarantee (保函), guarantee insurance, or otherwise. */
public enum BondMethod {
	TRANSFER, GUARANTEE, INSURANCE, OTHER
}

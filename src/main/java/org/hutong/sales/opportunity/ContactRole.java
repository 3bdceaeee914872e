package org.hutong.sales.opportunity;

/** What a customer's contact is on a deal: 决策人 · 技术 · 采购 · 使用. Labels: {@code opportunity.contactRole.<name>}. */
public enum ContactRole {
	DECISION_MAKER, TECHNICAL, PURCHASING, USER
}

package org.hutong.customers.lead;

/** 线索状态: 新线索 · 已联系 · 已确认 · 已转化 · 无效. Labels: {@code lead.status.<name>}. */
public enum LeadStatus {

	NEW, CONTACTED, QUALIFIED, CONVERTED, INVALID;

	/** The statuses a user sets by editing; converting and marking invalid are actions of their own. */
	public boolean isWorkable() {
		return this == NEW || this == CONTACTED || this == QUALIFIED;
	}
}

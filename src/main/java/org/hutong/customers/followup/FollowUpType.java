package org.hutong.customers.followup;

/** How we got in touch: 电话 · 拜访 · 微信 · 邮件 · 会议 · 其他. Labels: {@code followUp.type.<name>}. */
public enum FollowUpType {
	CALL, VISIT, WECHAT, EMAIL, MEETING, OTHER;

	/** The names, as the form's pattern allows them. */
	static final String NAMES = "CALL|VISIT|WECHAT|EMAIL|MEETING|OTHER";
}

package org.hutong.approvals.inbox;

/** The inbox's segments: 待我审批 · 我已处理 · 我发起的 · 抄送我的. */
public enum InboxTab {
	PENDING, DONE, MINE, CC
}

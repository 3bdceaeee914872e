package org.hutong.sales.retention;

/**
 * Where a 质保金 stands on a day: 未到期 (its release day is ahead, or not known before final
 * acceptance), 可申请 (released: it may be asked back, unless a quality claim is open), 已申请, 已收回.
 */
public enum RetentionStatus {
	NOT_DUE, CLAIMABLE, REQUESTED, COLLECTED
}

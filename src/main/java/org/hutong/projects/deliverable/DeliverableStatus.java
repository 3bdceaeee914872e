package org.hutong.projects.deliverable;

/** Where a deliverable stands: 待提交 (no version yet) · 已提交 (it has one) · 已锁定 (its gate accepted a version). */
public enum DeliverableStatus {
	PENDING, SUBMITTED, LOCKED
}

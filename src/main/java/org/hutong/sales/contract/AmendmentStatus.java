package org.hutong.sales.contract;

/** Where a 补充协议 stands: in approval, applied, turned down or withdrawn, or refused when it came to apply. */
public enum AmendmentStatus {
	APPROVING, APPROVED, REJECTED, WITHDRAWN, REFUSED
}

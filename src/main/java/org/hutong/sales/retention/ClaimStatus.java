package org.hutong.sales.retention;

/** A quality claim is open until it is resolved; an open one blocks asking the retention back. */
public enum ClaimStatus {
	OPEN, RESOLVED
}

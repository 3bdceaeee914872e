package org.hutong.sales.delivery;

/** 初验 or 终验. Labels: {@code acceptance.kind.<name>}. */
public enum AcceptanceKind {
	INITIAL, FINAL
}

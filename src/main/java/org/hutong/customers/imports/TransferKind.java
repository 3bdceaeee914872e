package org.hutong.customers.imports;

/** What a {@link TransferJob} does. */
public enum TransferKind {
	IMPORT, EXPORT
}

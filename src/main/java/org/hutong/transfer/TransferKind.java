package org.hutong.transfer;

/** What a {@link TransferJob} does. */
public enum TransferKind {
	IMPORT, EXPORT
}

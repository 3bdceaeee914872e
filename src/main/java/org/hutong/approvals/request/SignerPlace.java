package org.hutong.approvals.request;

/** 加签: the added signer decides before me (my task waits, then comes back) or after me. */
public enum SignerPlace {
	BEFORE, AFTER
}

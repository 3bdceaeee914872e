package org.hutong.sales.quote;

/** The two pictures of a letterhead: the logo at the top, the seal (公章) by the signature. */
public enum LetterheadImage {
	LOGO, SEAL
}

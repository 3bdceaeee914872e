package org.hutong.customers.imports;

/** The GB 32100 check character, to make valid credit codes for tests. */
final class CreditCodes {

	private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodes() {
	}

	static char check(String first17) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return CHARSET.charAt((31 - sum % 31) % 31);
	}
}

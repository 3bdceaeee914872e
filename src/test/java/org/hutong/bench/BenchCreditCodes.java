package org.hutong.bench;

/**
 * 统一社会信用代码 for benchmark customers (GB 32100-2015): authority 9 (市场监管), type 1 (企业),
 * the six-digit division of the customer's county or city, a nine-character organisation code
 * spelled from a number in the standard's 31-character set, and the check character. Different
 * numbers give different codes whatever the division, so numbering by customer id keeps them unique.
 */
final class BenchCreditCodes {

	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int ORGANISATION_LENGTH = 9;

	/** Weight of position i is 3^i mod 31. */
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private BenchCreditCodes() {
	}

	/** The code of organisation number {@code number} (0 to 31^9 - 1) registered in {@code division}. */
	static String of(String division, long number) {
		StringBuilder code = new StringBuilder("91").append(sixDigits(division));
		char[] organisation = new char[ORGANISATION_LENGTH];
		long rest = number;
		for (int i = ORGANISATION_LENGTH - 1; i >= 0; i--) {
			organisation[i] = CHARSET.charAt((int) (rest % CHARSET.length()));
			rest /= CHARSET.length();
		}
		if (rest != 0 || number < 0) {
			throw new IllegalArgumentException("organisation number out of range: " + number);
		}
		code.append(organisation);
		return code.append(check(code)).toString();
	}

	/** 41 → 410000, 4110 → 411000, 411003 as it is. */
	private static String sixDigits(String division) {
		return (division + "000000").substring(0, 6);
	}

	private static char check(CharSequence first17) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return CHARSET.charAt((31 - sum % 31) % 31);
	}
}

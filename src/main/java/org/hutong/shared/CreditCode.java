package org.hutong.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * 统一社会信用代码, the 18-character registration code of GB 32100-2015: 1 character registration
 * authority, 1 organisation type, 6 digits of the registering administrative division, 9 characters
 * of organisation code and 1 check character, all from a 31-character set without I, O, Z, S and V.
 * <p>
 * Only the check character is enforced. The standard listed the authorities 1, 5, 9 and Y, but later
 * notices added more (e.g. 3 司法行政 for law firms, N 农业 for co-operatives), so an authority whitelist
 * would reject real codes; the check character already catches nearly every typo.
 */
public final class CreditCode {

	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	public static final int LENGTH = 18;

	/** Weight of position i is 3^i mod 31. */
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCode() {
	}

	/**
	 * The code as people type it, made comparable: full-width characters to half-width, spaces and
	 * hyphens gone (codes are often grouped when printed), upper case. {@code null} stays {@code null}.
	 */
	public static String normalise(String code) {
		if (code == null) {
			return null;
		}
		String halfWidth = Normalizer.normalize(code, Normalizer.Form.NFKC);
		return halfWidth.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
	}

	/** Whether the code, once {@link #normalise normalised}, has 18 allowed characters and the right check character. */
	public static boolean isValid(String code) {
		String normalised = normalise(code);
		if (normalised == null || normalised.length() != LENGTH) {
			return false;
		}
		for (int i = 0; i < LENGTH; i++) {
			if (CHARSET.indexOf(normalised.charAt(i)) < 0) {
				return false;
			}
		}
		return normalised.charAt(LENGTH - 1) == checkCharacter(normalised.substring(0, LENGTH - 1));
	}

	/** The check character for the first 17 characters, which must all be from {@link #CHARSET}. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return CHARSET.charAt((31 - sum % 31) % 31);
	}
}

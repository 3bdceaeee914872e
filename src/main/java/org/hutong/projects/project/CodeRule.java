package org.hutong.projects.project;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * An enterprise's rule for project codes: its prefix, the year and a sequence restarting each year —
 * {@code XM-2026-001} by default. A sequence beyond its digits grows a digit; a code is never cut.
 *
 * @param prefix letters and digits, 1 to {@link #MAX_PREFIX}
 * @param digits the sequence's width, {@link #MIN_DIGITS} to {@link #MAX_DIGITS}
 */
public record CodeRule(String prefix, int digits) {

	public static final int MAX_PREFIX = 10;

	public static final int MIN_DIGITS = 3;

	public static final int MAX_DIGITS = 6;

	public static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9]{1," + MAX_PREFIX + "}");

	public static final CodeRule DEFAULT = new CodeRule("XM", 3);

	public CodeRule {
		if (prefix == null || !PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException("a prefix is 1 to " + MAX_PREFIX + " letters or digits: " + prefix);
		}
		if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
			throw new IllegalArgumentException("digits must be " + MIN_DIGITS + " to " + MAX_DIGITS + ": " + digits);
		}
	}

	public String format(LocalDate day, int sequence) {
		return prefix + "-" + day.getYear() + "-" + String.format("%0" + digits + "d", sequence);
	}

	/** The counter's name: kept apart from every other module's numbers, one per prefix. */
	String counter() {
		return "P:" + prefix + "/Y";
	}
}
